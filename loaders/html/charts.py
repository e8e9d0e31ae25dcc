"""The data of the chart page: for each indicator code, actual vs target by region and year."""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from kg import lexicons
from kg.graph import Graph

# the measures an observation can carry: field -> (label, unit when the field has a fixed one)
MEASURES = {"growth_pct": ("增长 growth", "%"), "value_base": ("数值 level", None), "change_pp": ("变化 change", "百分点")}


def indicator_charts(graph: Graph) -> dict[str, Any]:
    """{code: {name, measures: {field: {label, unit, points, series: {region: {kind: [[year, value, report, high]]}}}}}}
    (and for growth, series[region]["absent"]: [[year, report]] of the years a report says it sets no target).

    One point per region, year, kind and measure; when several reports state it (a target
    restated, an actual revised), the earliest report's figure is kept, as first published. ``high``
    is the upper bound of a range target of growth (6%—6.5%), else None. Each code is named by its
    fixed bilingual display name (kg/lexicons/indicator_names.tsv)."""
    years = {n.id.split(":", 1)[1]: n.properties.get("year") or 0 for n in graph.nodes.values() if n.label == "Report"}
    obs = sorted((n for n in graph.nodes.values() if n.label == "Observation"),
                 key=lambda n: (years.get(n.properties.get("report"), 0), n.id))
    seen: set[tuple] = set()
    out: dict[str, Any] = {}
    units: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for n in obs:
        p = n.properties
        code, region, year, kind = p.get("indicator"), p.get("region"), p.get("year"), p.get("kind")
        if not (code and region and year and kind in ("actual", "target")) or code == "OTHER":
            continue
        if p.get("absent"):  # the report says it sets no target: marked on the growth chart
            growth = out.setdefault(code, {"measures": {}})["measures"].setdefault(
                "growth_pct", {"label": MEASURES["growth_pct"][0], "unit": "%", "points": 0, "series": {}})
            growth["series"].setdefault(region, {"actual": [], "target": []}).setdefault("absent", []).append(
                [year, p.get("report")])
            continue
        for measure, (label, unit) in MEASURES.items():
            value = p.get(measure)
            key = (code, measure, region, year, kind)
            if value is None or key in seen:
                continue
            seen.add(key)
            entry = out.setdefault(code, {"measures": {}})["measures"].setdefault(
                measure, {"label": label, "unit": unit, "points": 0, "series": {}})
            point_unit = unit or p.get("base_unit") or ""
            high = p.get("growth_pct_high") if measure == "growth_pct" else None
            entry["series"].setdefault(region, {"actual": [], "target": []})[kind].append(
                [year, value, p.get("report"), high, point_unit])
            units[(code, measure)][point_unit] += 1
    names = lexicons.indicator_names()
    for code, entry in out.items():
        entry["name"] = " ".join(names.get(code, (code, "")))
        for measure, m in entry["measures"].items():
            # one axis, one unit: levels stated in another base unit (a count of firms beside yuan) are left out
            m["unit"] = units[(code, measure)].most_common(1)[0][0] if units[(code, measure)] else m["unit"]
            for s in m["series"].values():
                for kind in ("actual", "target"):
                    s[kind] = sorted(pt[:4] for pt in s[kind] if pt[4] == m["unit"])
            m["points"] = sum(len(s.get(k, ())) for s in m["series"].values() for k in ("actual", "target", "absent"))
    return dict(sorted(out.items(), key=lambda kv: -max(m["points"] for m in kv[1]["measures"].values())))
