"""Indicator figures as pages show them: actual vs target by region and year, met or missed.

One figure per indicator code, measure, region, year and kind; when several reports state it (a
target restated, an actual revised), the earliest report's figure is kept, as first published.
Whether a target was met, and by how much, is kg.targets.compare's verdict on the two figures.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any, Iterable

from kg import lexicons
from kg.graph import Graph
from kg.targets import compare

# the measures an observation can carry: field -> (label, unit when the field has a fixed one, compare key)
MEASURES = {"growth_pct": ("增长 growth", "%", "growth_pct"), "value_base": ("数值 level", None, "value"),
            "change_pp": ("变化 change", "百分点", "change_pp")}
MET = {True: "达成 met", False: "未达成 missed"}
NO_TARGET = "不设目标 none set"


@dataclass
class Figure:
    """One first-published figure: a measure of an observation (Observation node properties)."""
    obs: str
    measure: str
    value: float
    high: float | None  # upper bound of a range target of growth (6%—6.5%)
    unit: str
    props: dict[str, Any]

    @property
    def report(self) -> str:
        return self.props.get("report") or ""

    def text(self) -> str:
        """The figure as read: 7.7%, 6–6.5% (a range), a level in the report's own unit (1348.6亿元)."""
        if self.measure == "value_base" and self.props.get("value") is not None:
            return f"{_num(self.props['value'])}{self.props.get('unit') or ''}"
        return (_num(self.value) if self.high is None else f"{_num(self.value)}–{_num(self.high)}") + self.unit


@dataclass
class Figures:
    """The figures of a graph: (code, measure, region, year, kind) -> Figure, and (code, region, year)
    -> (observation id, report id) of each year a report says it sets no target; per region the
    (code, year, measure) it has figures of."""
    points: dict[tuple[str, str, str, int, str], Figure]
    absent: dict[tuple[str, str, int], tuple[str, str]]
    regions: dict[str, set[tuple[str, int, str]]]

    def verdict(self, code: str, measure: str, region: str, year: int) -> tuple[bool, float] | None:
        """(met, gap) of the year's target against its actual, or None when either is missing."""
        t, a = (self.points.get((code, measure, region, year, k)) for k in ("target", "actual"))
        found = t and a and compare(t.props, a.props, (MEASURES[measure][2],))
        return (found[0], found[2]) if found else None


def _num(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else f"{v:g}"


def figures(graph: Graph) -> Figures:
    """Every first-published figure of the graph's observations (code OTHER left out: its surfaces
    differ from report to report)."""
    years = {n.id.split(":", 1)[1]: n.properties.get("year") or 0 for n in graph.nodes.values() if n.label == "Report"}
    obs = sorted((n for n in graph.nodes.values() if n.label == "Observation"),
                 key=lambda n: (years.get(n.properties.get("report"), 0), n.id))
    out = Figures({}, {}, defaultdict(set))
    for n in obs:
        p = n.properties
        code, region, year, kind = p.get("indicator"), p.get("region"), p.get("year"), p.get("kind")
        if not (code and region and year and kind in ("actual", "target")) or code == "OTHER":
            continue
        if p.get("absent"):
            out.absent.setdefault((code, region, year), (n.id, p.get("report")))
            out.regions[region].add((code, year, "growth_pct"))
            continue
        for measure, (_, unit, _) in MEASURES.items():
            if p.get(measure) is not None:
                high = p.get("growth_pct_high") if measure == "growth_pct" else None
                out.points.setdefault((code, measure, region, year, kind),
                                      Figure(n.id, measure, p[measure], high, unit or p.get("base_unit") or "", p))
                out.regions[region].add((code, year, measure))
    return out


def indicator_name(code: str) -> str:
    """The fixed bilingual display name of an indicator code (kg/lexicons/indicator_names.tsv)."""
    zh, en = lexicons.indicator_names().get(code, (code, ""))
    return f"{zh} {en}".strip()


def indicator_charts(graph: Graph, figs: Figures | None = None) -> dict[str, Any]:
    """{code: {name, measures: {field: {label, unit, points, series: {region: {actual, target, absent, verdicts}}}}}}
    with actual and target as [[year, value, report, high]], absent (growth only: the years a report
    says it sets no target) as [[year, report]] and verdicts as [[year, met, gap]]. Codes with most
    points first; a level stated in another base unit than most (a count of firms beside yuan) is
    left out, so that one axis has one unit."""
    figs = figs or figures(graph)
    out: dict[str, Any] = {}
    units: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for (code, measure, region, year, kind), f in figs.points.items():
        units[(code, measure)][f.unit] += 1
    for (code, measure, region, year, kind), f in sorted(figs.points.items(), key=lambda kv: kv[0][3]):
        m = _measure(out, code, measure, units)
        if f.unit == m["unit"]:
            _series(m, region)[kind].append([year, f.value, f.report, f.high])
    for (code, region, year), (_, report) in sorted(figs.absent.items()):
        _series(_measure(out, code, "growth_pct", units), region)["absent"].append([year, report])
    for code, entry in out.items():
        entry["name"] = indicator_name(code)
        for measure, m in entry["measures"].items():
            for region, s in m["series"].items():
                years = sorted({p[0] for p in s["actual"]} & {p[0] for p in s["target"]})
                s["verdicts"] = [[y, *v] for y in years if (v := figs.verdict(code, measure, region, y))]
            m["points"] = sum(len(s[k]) for s in m["series"].values() for k in ("actual", "target", "absent"))
    return dict(sorted(out.items(), key=lambda kv: -max(m["points"] for m in kv[1]["measures"].values())))


def _measure(out: dict[str, Any], code: str, measure: str, units: dict[tuple[str, str], Counter]) -> dict[str, Any]:
    label, unit, _ = MEASURES[measure]
    common = units[(code, measure)].most_common(1)
    return out.setdefault(code, {"measures": {}})["measures"].setdefault(
        measure, {"label": label, "unit": common[0][0] if common else unit, "points": 0, "series": {}})


def _series(m: dict[str, Any], region: str) -> dict[str, list]:
    return m["series"].setdefault(region, {"actual": [], "target": [], "absent": []})


def indicator_rows(figs: Figures, region: str, sentences: dict[str, str],
                   titles: dict[str, list]) -> Iterable[dict[str, Any]]:
    """The rows of a region's indicator table: per code, year and measure its actual and target,
    met or missed with the gap, and the sentence (sentences: observation id -> sentence) and report
    the figure comes from (the actual's when there is one)."""
    for code, year, measure in sorted(figs.regions.get(region, ())):
        t, a = (figs.points.get((code, measure, region, year, k)) for k in ("target", "actual"))
        verdict = figs.verdict(code, measure, region, year)
        absent = measure == "growth_pct" and t is None and (code, region, year) in figs.absent
        obs, report = (a.obs, a.report) if a else (t.obs, t.report) if t else figs.absent[(code, region, year)]
        yield {"indicator": indicator_name(code), "year": year, "measure": MEASURES[measure][0],
               "actual": a.text() if a else "", "target": NO_TARGET if absent else (t.text() if t else ""),
               "met": MET[verdict[0]] if verdict else "", "gap": verdict[1] if verdict else None,
               "evidence": sentences.get(obs, ""), "report": report_label(titles, report),
               "target_report": report_label(titles, t.report) if t else ""}


def report_label(titles: dict[str, list], report: str) -> str:
    """A report as pages name it: its year and title (the id when the build does not hold it)."""
    title = titles.get(report)
    if not title:
        return report
    return f"{title[1]} {title[0]}" if title[1] and str(title[1]) not in title[0] else title[0]
