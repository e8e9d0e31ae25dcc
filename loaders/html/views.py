"""What each HTML page shows: subgraphs of the graph model, laid out, as plain data.

A region page is the region at the centre with everything its reports name (projects,
organizations, policies, people, other regions) and its indicators, one node per thing; an
entity linked by a specific relation (HAS_PROJECT, IMPLEMENTS, COOPERATES_WITH, HOLDS_OFFICE)
shows that relation, anything else the plain mention. The overview is every reporting region
with the entities several regions share, bounded so a browser stays responsive on any corpus.
"""
from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterator

from kg import lexicons
from loaders.writer import Change
from kg.graph import Edge, Graph

from .charts import Figures, indicator_rows, report_label

# vis-network shape and colour per node type; the legend and the type filter use the same table
TYPES: dict[str, dict[str, str]] = {
    "Region": {"zh": "地区", "shape": "hexagon", "color": "#2b6cb0"},
    "Project": {"zh": "项目", "shape": "square", "color": "#dd6b20"},
    "Organization": {"zh": "组织", "shape": "diamond", "color": "#2f855a"},
    "Policy": {"zh": "政策", "shape": "triangle", "color": "#b83280"},
    "Person": {"zh": "人物", "shape": "dot", "color": "#6b46c1"},
    "Indicator": {"zh": "指标", "shape": "triangleDown", "color": "#4a5568"},
}
# relation -> (label drawn on the edge, edge colour); the colour follows the type the edge leads to
RELATIONS: dict[str, dict[str, str]] = {
    "PART_OF": {"zh": "隶属", "en": "part of", "color": "#63b3ed"},
    "MENTIONS": {"zh": "提及", "en": "mentions", "color": "#cbd5e0"},
    "HAS_PROJECT": {"zh": "项目", "en": "has project", "color": "#f6ad55"},
    "IMPLEMENTS": {"zh": "实施", "en": "implements", "color": "#f687b3"},
    "COOPERATES_WITH": {"zh": "合作", "en": "cooperates with", "color": "#68d391"},
    "PARTICIPATES_IN": {"zh": "参与", "en": "participates in", "color": "#4fd1c5"},
    "HOLDS_OFFICE": {"zh": "任职", "en": "holds office", "color": "#b794f4"},
    "HAS_OBSERVATION": {"zh": "指标", "en": "indicator", "color": "#a0aec0"},
}
# the relation that links an entity to its region, in order of preference over a plain mention
_SPECIFIC = ("HAS_PROJECT", "IMPLEMENTS", "COOPERATES_WITH")
_SHARED = ("IMPLEMENTS", "COOPERATES_WITH")  # the specific relations the overview draws
_ENTITY_TYPES = ("Project", "Organization", "Policy", "Person", "Region")
MAX_EVIDENCE = 3  # sentences kept per relationship on a page
# what pages call properties and their coded values: Chinese and English, never a code name alone
PROPERTY_NAMES = {
    "status": "状态 status", "investment_value": "投资额 investment", "investment_unit": "投资单位 investment unit",
    "region": "地区 region", "type": "类型 type", "scope": "范围 scope", "level": "级别 level", "code": "代码 code",
    "province": "省份 province", "aliases": "别名 aliases", "title": "职务 title", "reports": "报告 reports",
    "regions": "地区数 regions", "years": "年份 years", "en": "英文名 English name",
}
VALUE_NAMES = {
    "completed": "建成 completed", "started": "开工 started", "signed": "签约 signed", "planned": "谋划 planned",
    "ongoing": "推进 ongoing", "plan": "计划 plan", "national": "国家 national", "local": "地方 local",
    "enterprise": "企业 enterprise", "government": "政府 government", "financial": "金融 financial",
    "education_research": "教育科研 education and research", "medical": "医疗 medical", "other": "其他 other",
    "province": "省级 province", "prefecture": "地级 prefecture", "county": "县级 county",
}


@dataclass
class VNode:
    id: str
    type: str
    name: str
    years: set[int] = field(default_factory=set)
    regions: set[str] = field(default_factory=set)
    props: dict[str, Any] = field(default_factory=dict)
    size: float = 12.0
    x: float = 0.0
    y: float = 0.0


@dataclass
class VEdge:
    source: str
    target: str
    type: str
    evidence: list[tuple[str, str]] = field(default_factory=list)  # (sentence, report id)


@dataclass
class View:
    """One graph page: its nodes (laid out), edges and a note of what was left out."""
    slug: str
    title: str
    kind: str  # "region" | "overview"
    nodes: dict[str, VNode]
    edges: list[VEdge]
    note: str = ""


class GraphIndex:
    """Adjacency and report facts of a graph, built once for all pages (no per-page scans)."""

    def __init__(self, graph: Graph):
        self.graph = graph
        out: dict[str, list[Edge]] = defaultdict(list)
        inc: dict[str, list[Edge]] = defaultdict(list)
        region_reports: dict[str, list[str]] = defaultdict(list)  # region id -> report node ids
        mentions: dict[str, list[str]] = defaultdict(list)  # report node id -> the entities it mentions
        for e in graph.edges.values():  # the one pass over every edge: a corpus has a million
            out[e.source].append(e)
            inc[e.target].append(e)
            if e.type == "MENTIONS":
                mentions[e.source].append(e.target)
            elif e.type == "ABOUT":
                region_reports[e.target].append(e.source)
        self.out, self.inc, self.region_reports, self.mentions = out, inc, region_reports, mentions
        self.report_region = {rep: region for region, reps in region_reports.items() for rep in reps}
        self.reports = {n.id.split(":", 1)[1]: n for n in graph.nodes.values() if n.label == "Report"}
        # report id -> [title, year]: what pages show of the reports their sentences come from
        self.titles = {k: [n.name, n.properties.get("year")] for k, n in self.reports.items()}
        self._years = {k: y for k, (_, y) in self.titles.items()}
        # the regions whose reports mention an entity; how many: its reach, for sizes
        self.linked: dict[str, set[str]] = defaultdict(set)
        for region, reps in region_reports.items():
            for rep in reps:
                for target in mentions.get(rep, ()):
                    self.linked[target].add(region)
        self.reach = {k: len(v) for k, v in self.linked.items()}

    def year(self, report: str) -> int | None:
        return self._years.get(report)

    def years(self, edge: Edge) -> set[int]:
        years = self._years
        return {y for y in (years.get(v.report) for v in edge.evidence) if y}


def _evidence(edge: Edge) -> list[tuple[str, str]]:
    return [(v.sentence, v.report) for v in edge.evidence[:MAX_EVIDENCE] if v.sentence]


def _entity_size(node_type: str, props: dict[str, Any], reach: int) -> float:
    """Projects by investment (when stated), everything else by how many regions name it."""
    if node_type == "Project" and props.get("investment_value"):
        yuan = props["investment_value"] * _yuan(props.get("investment_unit"))
        return min(12 + 5 * math.log10(1 + yuan / 1e8), 34)
    return min(10 + 4 * math.log2(max(reach, 1)), 34)


def _props(props: dict[str, Any], aliases: list[str]) -> dict[str, Any]:
    out = {k: v for k, v in props.items() if v not in (None, "", [])}
    if aliases:
        out["aliases"] = "、".join(aliases)
    return out


def region_ids(graph: Graph, index: GraphIndex) -> list[str]:
    """The regions that have reports (one page each), in name order."""
    return sorted(index.region_reports, key=lambda r: graph.nodes[r].name)


def region_views(graph: Graph, index: GraphIndex | None = None) -> Iterator[View]:
    """One view per region that has reports, in name order."""
    index = index or GraphIndex(graph)
    for rid in region_ids(graph, index):
        yield region_view(graph, rid, index)


def region_view(graph: Graph, rid: str, index: GraphIndex) -> View:
    """The page of one region: its reports' entities, relations and indicators around it."""
    centre = graph.nodes[rid]
    reports = sorted(index.region_reports[rid], key=lambda r: graph.nodes[r].properties.get("year") or 0)
    nodes: dict[str, VNode] = {rid: VNode(rid, "Region", centre.name, regions={centre.name},
                                          props=_props(centre.properties, centre.aliases), size=40)}
    nodes[rid].props["reports"] = "；".join(graph.nodes[r].name for r in reports)
    mentions: dict[str, Edge] = {}
    series: dict[str, list[dict[str, Any]]] = defaultdict(list)

    def add(node_id: str, years: set[int]) -> VNode:
        if node_id not in nodes:
            n = graph.nodes[node_id]
            nodes[node_id] = VNode(node_id, n.label, n.name, regions={centre.name}, props=_props(n.properties, n.aliases),
                                   size=_entity_size(n.label, n.properties, index.reach.get(node_id, 1)))
        nodes[node_id].years |= years
        return nodes[node_id]

    for rep in reports:
        year = graph.nodes[rep].properties.get("year")
        nodes[rid].years.add(year)
        for e in index.out[rep]:
            target = graph.nodes[e.target]
            if e.type == "MENTIONS" and target.label in _ENTITY_TYPES and e.target != rid:
                add(e.target, {year})
                mentions.setdefault(e.target, e)
            elif e.type == "REPORTS":
                p = target.properties
                series[p["indicator"]].append({k: p.get(k) for k in ("year", "kind", "surface", "value", "unit",
                                                                     "growth_pct", "change_pp", "comparator")}
                                              | {"report": rep.split(":", 1)[1], "evidence": _evidence(e)})
    edges: list[VEdge] = []
    linked: set[str] = set()
    for e in index.out[rid]:
        if e.type in _SPECIFIC:
            add(e.target, index.years(e))
            edges.append(VEdge(rid, e.target, e.type, _evidence(e)))
            linked.add(e.target)
        elif e.type == "PART_OF":
            add(e.target, set(nodes[rid].years))
            edges.append(VEdge(rid, e.target, "PART_OF"))
            linked.add(e.target)
    for e in index.inc[rid]:
        if e.type == "HOLDS_OFFICE":
            add(e.source, index.years(e))
            edges.append(VEdge(e.source, rid, e.type, _evidence(e)))
            linked.add(e.source)
        elif e.type == "PART_OF" and e.source in nodes:
            edges.append(VEdge(e.source, rid, "PART_OF"))
            linked.add(e.source)
    for node_id in list(nodes):
        for e in index.out[node_id]:
            if e.type == "PARTICIPATES_IN" and e.target in nodes and node_id != rid:
                edges.append(VEdge(node_id, e.target, e.type, _evidence(e)))
    for node_id, e in mentions.items():
        if node_id not in linked:
            edges.append(VEdge(rid, node_id, "MENTIONS", _evidence(e)))
    for code, rows in sorted(series.items()):
        ind = f"indicator:{code}"
        rows.sort(key=lambda r: (r["year"] or 0, r["kind"]))
        zh, en = lexicons.indicator_names().get(code, (code, ""))  # one fixed name per code, not a report's phrase
        node = VNode(ind, "Indicator", zh, years={index.year(r["report"]) for r in rows} - {None}, regions={centre.name},
                     props={"code": code, "en": en, "series": rows}, size=min(10 + 2 * len(rows), 24))
        nodes[ind] = node
        edges.append(VEdge(rid, ind, "HAS_OBSERVATION", [ev for r in rows for ev in r["evidence"]][:MAX_EVIDENCE]))
    _sector_layout(nodes, rid)
    return View(slug=f"region-{_slug(centre.name)}", title=f"{centre.name}", kind="region", nodes=nodes, edges=edges)


def column(key: str, label: str, *flags: str) -> dict[str, Any]:
    """A table column for static/tables.js: flags num (sorts as numbers), facet (a menu filters it),
    link (values are [text, href]), ev (an evidence sentence: shown wrapped)."""
    return {"key": key, "label": label} | {f: True for f in flags}


def table(name: str, columns: list[dict[str, Any]], rows: list[dict[str, Any]]) -> dict[str, Any]:
    """A table spec as static/tables.js draws it (name: the CSV file's name)."""
    return {"name": name, "columns": columns, "rows": rows}


_EVIDENCE_COLUMNS = [column("evidence", "证据 evidence", "ev"), column("report", "报告 report", "facet")]
REGION_COLUMNS = {
    "projects": [column("name", "项目 project"), column("status", "状态 status", "facet"),
                 column("investment", "投资额（亿元） investment, 100 M yuan", "num"), column("years", "年份 years", "facet")],
    "policies": [column("name", "政策 policy"), column("scope", "范围 scope", "facet"),
                 column("first", "首次提及 first year", "num", "facet"), column("reports", "提及年份 years named"),
                 column("count", "报告数 reports", "num")],
    "organizations": [column("name", "组织 organization"), column("type", "类型 type", "facet"),
                      column("cooperations", "合作 cooperations"), column("years", "年份 years", "facet")],
    "indicators": [column("indicator", "指标 indicator", "facet"), column("year", "年份 year", "num", "facet"),
                   column("measure", "度量 measure", "facet"), column("actual", "实际 actual"), column("target", "目标 target"),
                   column("met", "达成 met/missed", "facet"), column("gap", "差距 gap (actual − target)", "num"),
                   column("target_report", "目标来源 target from")],
}


def region_tables(graph: Graph, rid: str, index: GraphIndex, figs: Figures) -> dict[str, dict[str, Any]]:
    """The tables of a region page: its projects, the policies and organizations its reports name,
    its indicators; each row with the first sentence that states it and that sentence's report."""
    name, titles = graph.nodes[rid].name, index.titles
    named: dict[str, list[tuple[int, str, str]]] = defaultdict(list)  # entity -> (year, report, sentence)
    sentences: dict[str, str] = {}
    for rep in index.region_reports[rid]:
        report = rep.split(":", 1)[1]
        for e in index.out[rep]:
            if e.type == "MENTIONS":
                named[e.target].append((index.year(report) or 0, report, _first_sentence(e)))
            elif e.type == "REPORTS":
                sentences[e.target] = _first_sentence(e)

    def evidence(e: Edge | None, entity: str) -> dict[str, str]:
        """The relationship's first sentence, else that of the earliest report naming the entity."""
        found = next(((v.sentence, v.report) for v in (e.evidence if e else ()) if v.sentence), None)
        if found is None and named.get(entity):
            _, report, sentence = min(named[entity])
            found = (sentence, report)
        sentence, report = found or ("", "")
        return {"evidence": sentence, "report": report_label(titles, report) if report else ""}

    def years(entity: str, e: Edge | None = None) -> list[int]:
        return sorted({y for y, _, _ in named.get(entity, ())} | (index.years(e) if e else set()))

    projects, coops = [], defaultdict(list)
    for e in index.out[rid]:
        if e.type == "HAS_PROJECT":
            p = e.properties
            projects.append({"name": graph.nodes[e.target].name, "status": _value(p.get("status")),
                             "investment": _yi(p.get("investment_value"), p.get("investment_unit")),
                             "years": _years_text(years(e.target, e))} | evidence(e, e.target))
        elif e.type == "COOPERATES_WITH":
            coops[e.target].append(e)
    policies, orgs = [], []
    for entity in sorted(named, key=lambda k: graph.nodes[k].name):
        n = graph.nodes[entity]
        ys = years(entity)
        if n.label == "Policy":
            policies.append({"name": n.name, "scope": _value(n.properties.get("scope")),
                             "first": ys[0] if ys else None, "reports": _years_text(ys),
                             "count": len({r for _, r, _ in named[entity]})} | evidence(None, entity))
        elif n.label == "Organization":
            orgs.append({"name": n.name, "type": _value(n.properties.get("type")),
                         "cooperations": _cooperations(coops.get(entity, [])), "years": _years_text(ys)}
                        | evidence(next(iter(coops.get(entity, ())), None), entity))
    rows = {"projects": projects, "policies": policies, "organizations": orgs,
            "indicators": list(indicator_rows(figs, name, sentences, titles))}
    return {k: table(f"{name}-{k}", REGION_COLUMNS[k] + _EVIDENCE_COLUMNS, v) for k, v in rows.items()}


def _value(v: Any) -> Any:
    """A coded value as pages show it, in Chinese and English (建成 completed)."""
    return VALUE_NAMES.get(v, v) if isinstance(v, str) else v


def _cooperations(edges: list[Edge]) -> str:
    """What a region's cooperations with one organization are about, and how far they got, once each."""
    said = (" ".join(filter(None, (e.properties.get("what"), VALUE_NAMES.get(e.properties.get("status"))))) for e in edges)
    return "；".join(dict.fromkeys(s for s in said if s))


def _first_sentence(e: Edge) -> str:
    return next((v.sentence for v in e.evidence if v.sentence), "")


def _years_text(years: list[int]) -> str:
    return "、".join(map(str, years))


def _yi(value: float | None, unit: str | None) -> float | None:
    """An investment in 亿元 (100 million yuan), so that projects sort by it."""
    return None if value is None else round(value * _yuan(unit) / 1e8, 4)


def pages_touched(graph: Graph, index: GraphIndex, change: Change, old_reach: dict[str, int]) -> set[str]:
    """The regions whose page may differ from the previous build's, given what changed (kgapp.delta) and
    the entities' reach then. A page shows its region's reports and what they mention, the region's
    own relationships, the entities at their ends, the indicator figures of its reports and the
    reports it cites (graph and tables alike): a changed element marks every page that can show it,
    so the pages not marked are the previous build's bytes."""
    def showing(node_id: str) -> set[str]:
        out = set(index.linked.get(node_id, ()))
        out.update(e.target for e in index.out.get(node_id, ()) if e.target.startswith("region:"))
        out.update(e.source for e in index.inc.get(node_id, ()) if e.source.startswith("region:"))
        if node_id.startswith("region:"):
            out.add(node_id)
        return out

    regions = set(change.regions)
    moved = {k for k in index.reach.keys() | old_reach.keys() if index.reach.get(k) != old_reach.get(k)}
    for k in change.nodes | moved:
        regions |= showing(k)
    for source, typ, target in change.edges:
        regions.update(end for end in (source, target) if end.startswith("region:"))
        if typ == "PARTICIPATES_IN":
            regions |= showing(source) | showing(target)
    if change.retitled:
        for e in graph.edges.values():
            if any(v.report in change.retitled for v in e.evidence):
                regions |= showing(e.source) | showing(e.target)
    return regions


def _slug(name: str) -> str:
    """A file-name-safe form of a name (Chinese kept: file:// pages open with it)."""
    return "".join(c if c.isalnum() or c in "-_" else "_" for c in name) or "_"


def _sector_layout(nodes: dict[str, VNode], centre: str) -> None:
    """Each type in its own angular sector around the centre, bigger nodes nearer it; within a
    sector nodes follow a sunflower spiral (even spacing at any count, in linear time)."""
    order = list(TYPES)
    groups: dict[str, list[VNode]] = defaultdict(list)
    for n in nodes.values():
        if n.id != centre:
            groups[n.type].append(n)
    total = sum(len(g) for g in groups.values()) or 1
    start, spacing, r0 = -math.pi / 2, 72.0, 260.0
    present = [t for t in order if groups.get(t)]
    for t in present:
        group = sorted(groups[t], key=lambda n: (-n.size, n.name))
        width = 2 * math.pi * (0.5 / len(present) + 0.5 * len(group) / total)  # small groups still get room
        for i, n in enumerate(group):
            r = math.sqrt(r0 ** 2 + 2 * i * spacing ** 2 / width)
            a = start + width * (0.08 + 0.84 * ((i * 0.6180339887) % 1.0))
            n.x, n.y = r * math.cos(a), r * math.sin(a)
        start += width


def overview(graph: Graph, index: GraphIndex | None = None, max_nodes: int = 1500, max_edges: int = 40000) -> View:
    """Reporting regions and the organizations and policies several of them share, most shared first,
    within max_nodes / max_edges; the view's note says what was left out."""
    index = index or GraphIndex(graph)
    regions = sorted(index.region_reports, key=lambda r: (-len(index.region_reports[r]), graph.nodes[r].name))
    kept_regions = regions[: max(max_nodes // 2, 1)]
    region_set = set(kept_regions)
    # entity -> {region: relation type}; a specific relation wins over a mention
    links: dict[str, dict[str, str]] = defaultdict(dict)
    policies = {k for k, n in graph.nodes.items() if n.label == "Policy"}  # a set: this loop sees every mention
    for rid in kept_regions:
        for rep in index.region_reports[rid]:
            for target in index.mentions.get(rep, ()):
                if target in policies:
                    links[target].setdefault(rid, "MENTIONS")
        for e in index.out[rid]:
            if e.type in _SHARED:
                links[e.target][rid] = e.type
    # organizations cooperating with several regions are few and telling: they go first, then policies
    shared = sorted((k for k, v in links.items() if len(v) >= 2),
                    key=lambda k: (graph.nodes[k].label != "Organization", -len(links[k]), graph.nodes[k].name))
    nodes: dict[str, VNode] = {}
    for rid in kept_regions:
        n = graph.nodes[rid]
        nodes[rid] = VNode(rid, "Region", n.name, regions={n.name}, props=_props(n.properties, n.aliases),
                           size=min(14 + 4 * math.log2(len(index.region_reports[rid])), 34),
                           years={graph.nodes[r].properties.get("year") for r in index.region_reports[rid]} - {None})
        nodes[rid].props["reports"] = len(index.region_reports[rid])
    edges: list[VEdge] = []
    for rid in kept_regions:
        for e in index.out[rid]:
            if e.type == "PART_OF" and e.target in region_set:
                edges.append(VEdge(rid, e.target, "PART_OF"))
    kept = 0
    for ent in shared:
        if len(nodes) >= max_nodes or len(edges) + len(links[ent]) > max_edges:
            break
        n = graph.nodes[ent]
        names = sorted(graph.nodes[r].name for r in links[ent])
        nodes[ent] = VNode(ent, n.label, n.name, years=_shared_years(ent, region_set, policies, index), regions=set(names),
                           props=_props(n.properties, n.aliases) | {"regions": len(names)},
                           size=min(10 + 4 * math.log2(len(names)), 34))
        edges.extend(VEdge(r, ent, t) for r, t in sorted(links[ent].items()))
        kept += 1
    left = []
    if len(kept_regions) < len(regions):
        left.append(f"{len(regions) - len(kept_regions)} of {len(regions)} regions (those with fewest reports)")
    if kept < len(shared):
        dropped = sum(len(links[k]) for k in shared[kept:])
        left.append(f"{len(shared) - kept} of {len(shared)} shared entities (those shared by fewest regions, "
                    f"{dropped} links)")
    _ring_layout(nodes, edges)
    note = ("Left out to keep the page responsive: " + "; ".join(left) + ".") if left else ""
    return View(slug="overview", title="Overview", kind="overview", nodes=nodes, edges=edges, note=note)


def _shared_years(entity: str, regions: set[str], policies: set[str], index: GraphIndex) -> set[int]:
    """The years in which the overview's regions name a shared entity: their reports' mentions of a
    policy, and the evidence of their specific relations to it. Asked only of the entities the
    overview keeps (a few hundred of the corpus's hundred thousand)."""
    years: set[int] = set()
    for e in index.inc[entity]:
        if e.type == "MENTIONS" and entity in policies and index.report_region.get(e.source) in regions:
            years.add(index.year(e.source.split(":", 1)[1]))
        elif e.type in _SHARED and e.source in regions:
            years |= index.years(e)
    return years - {None}


def _ring_layout(nodes: dict[str, VNode], edges: list[VEdge]) -> None:
    """Regions on a ring, grouped by province; each shared entity at the mean direction of the regions
    that share it, so what every region names sits at the centre and what one province's cities share
    sits near that province's arc. Linear in the edges and deterministic (a force layout of a dense
    region-policy graph is a uniform disc that shows nothing, and costs O(n²) per iteration)."""
    regions = sorted((n for n in nodes.values() if n.type == "Region"),
                     key=lambda n: (n.props.get("province") or "", n.props.get("level") != "province", n.name))
    others = len(nodes) - len(regions)
    cw, ch = 120.0, 64.0  # a cell holds one node and its label
    radius = max(300.0, len(regions) * 60 / (2 * math.pi), 0.8 * math.sqrt(others * cw * ch))
    unit: dict[str, tuple[float, float]] = {}
    for i, n in enumerate(regions):
        a = 2 * math.pi * i / max(len(regions), 1) - math.pi / 2
        unit[n.id] = (math.cos(a), math.sin(a))
        n.x, n.y = radius * unit[n.id][0], radius * unit[n.id][1]
    ends: dict[str, list[str]] = defaultdict(list)
    for e in edges:
        if e.source in unit and e.target not in unit:
            ends[e.target].append(e.source)
    taken: set[tuple[int, int]] = set()
    for n in sorted((n for n in nodes.values() if n.type != "Region"), key=lambda n: (-len(ends[n.id]), n.name)):
        vs = [unit[r] for r in ends[n.id]] or [(0.0, 0.0)]
        x, y = (0.82 * radius * sum(v[0] for v in vs) / len(vs), 0.82 * radius * sum(v[1] for v in vs) / len(vs))
        n.x, n.y = _free_cell(x, y, cw, ch, taken)


def _free_cell(x: float, y: float, cw: float, ch: float, taken: set[tuple[int, int]]) -> tuple[float, float]:
    """The centre of the nearest free grid cell to (x, y), searched ring by ring, marked taken."""
    cx, cy = round(x / cw), round(y / ch)
    for r in range(0, 10_000):
        ring = [(cx + dx, cy + dy) for dx in range(-r, r + 1) for dy in range(-r, r + 1) if max(abs(dx), abs(dy)) == r]
        free = [c for c in ring if c not in taken]
        if free:
            best = min(free, key=lambda c: (((c[0] - cx) * cw) ** 2 + ((c[1] - cy) * ch) ** 2, c))
            taken.add(best)
            return best[0] * cw, best[1] * ch
    return x, y


def _yuan(unit: str | None) -> float:
    """Yuan per unit of an investment (kg/lexicons/units.tsv); an investment without a unit is in 亿元."""
    base, factor = lexicons.units().get(unit or "亿元", ("元", 1e8))
    return factor if base == "元" else 1e8
