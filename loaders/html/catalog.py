"""What the index shows: every report of the build with its facts and counts, and every entity by
name and alias with the pages that show it (the search box)."""
from __future__ import annotations

from collections import Counter
from typing import Any

from kg.graph import Graph

from .charts import indicator_name
from .views import TYPES, GraphIndex, column, table

SOURCES = "sources"  # html/sources/<report id>.txt: each report's own text, beside the pages
REPORT_COLUMNS = [
    column("title", "报告 report", "link"), column("region", "地区 region", "link"), column("province", "省份 province", "facet"),
    column("year", "年份 year", "num", "facet"), column("speaker", "报告人 speaker"), column("meeting", "会议 meeting"),
    column("date", "日期 date"), column("Project", "项目 projects", "num"), column("Policy", "政策 policies", "num"),
    column("Organization", "组织 organizations", "num"), column("Observation", "指标数值 indicator values", "num"),
    column("source", "原文 source", "link"),
]
_COUNTED = ("Project", "Policy", "Organization")


def report_table(graph: Graph, index: GraphIndex, region_pages: dict[str, str], sources: set[str]) -> dict[str, Any]:
    """Every report: title (linked to its region page), region, year, speaker, meeting, date, how many
    projects, policies and organizations it names and indicator values it states, and a link to its
    text (sources: the report ids whose text is written beside the pages)."""
    rows = []
    for rid, node in sorted(index.reports.items(), key=lambda kv: (kv[1].properties.get("region") or "", kv[0])):
        p, rep = node.properties, f"report:{rid}"
        counts = Counter(graph.nodes[t].label for t in index.mentions.get(rep, ()))
        counts["Observation"] = sum(e.type == "REPORTS" for e in index.out[rep])
        region = index.report_region.get(rep)
        page = region_pages.get(region or "")
        name = graph.nodes[region].name if region else p.get("region") or ""
        rows.append({"title": [node.name, page] if page else node.name, "region": [name, page] if page else name,
                     "province": p.get("province"), "year": p.get("year"), "speaker": p.get("speaker"),
                     "meeting": p.get("meeting"), "date": p.get("date"),
                     **{k: counts[k] for k in (*_COUNTED, "Observation")},
                     "source": [f"{rid}.txt", f"{SOURCES}/{rid}.txt"] if rid in sources else ""})
    return table("reports", REPORT_COLUMNS, rows)


def search_entries(graph: Graph, index: GraphIndex, region_pages: dict[str, str], extra: dict[str, str]
                   ) -> dict[str, Any]:
    """{pages: [file], entities: [[name, aliases, type, [page index]]]}: every entity of the build with
    the region pages that show it (the regions whose reports name it or that it is related to) and
    the pages given in extra (entity id -> file: the matrix's policies, the charts' indicators)."""
    files = sorted(set(region_pages.values()) | set(extra.values()))
    at = {f: i for i, f in enumerate(files)}
    entities = []
    for nid, n in graph.nodes.items():
        if n.label not in TYPES:
            continue
        regions = set(index.linked.get(nid, ())) | {nid}
        regions |= {e.target for e in index.out.get(nid, ()) if e.target in region_pages}
        regions |= {e.source for e in index.inc.get(nid, ()) if e.source in region_pages}
        pages = sorted({at[region_pages[r]] for r in regions if r in region_pages} | ({at[extra[nid]]} if nid in extra else set()))
        if pages:
            name = indicator_name(n.properties.get("code") or n.name) if n.label == "Indicator" else n.name
            entities.append([name, "、".join([*n.aliases, n.name] if name != n.name else n.aliases), TYPES[n.label]["zh"], pages])
    entities.sort(key=lambda e: (-len(e[3]), e[0]))
    return {"pages": files, "entities": entities}
