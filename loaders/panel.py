"""Targets and outcomes as a tidy panel: one row per region × year × indicator (× series), for Stata,
R or pandas (`kg export panel OUT`).

A row joins what a region's report for year Y set as its target for Y with the actual of Y that a
later report states, the comparison of the two (kg.targets, the MEETS/MISSES links of the graph),
and the target of the region's parent (the nation for a province, the province for a city) with
the comparison on growth. Every side names its report and sentence, so each figure can be cited.
The columns are defined once (COLUMNS); the codebook written beside the panel is made from them.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from kg import lexicons
from kg.graph import Graph, Node
from loaders.staging import atomic_write

from .writer import Change, Written
from kg.targets import parents

Format = Literal["csv", "parquet"]
FORMATS: tuple[Format, ...] = ("csv", "parquet")


@dataclass(frozen=True)
class Column:
    name: str
    type: Literal["string", "int64", "float64", "bool"]
    description: str


COLUMNS = [
    Column("region", "string", "the reporting region (中华人民共和国 for the State Council's reports)"),
    Column("region_level", "string", "national, province, prefecture or county"),
    Column("province", "string", "the province the region belongs to (empty for the nation)"),
    Column("year", "int64", "the year the target is set for and the actual is of"),
    Column("indicator", "string", "indicator code (kg/lexicons/indicators.tsv)"),
    Column("indicator_zh", "string", "display name of the code in Chinese"),
    Column("indicator_en", "string", "display name of the code in English"),
    Column("series", "string", "the series of an indicator that has several (UNEMPLOYMENT_RATE: surveyed, registered)"),
    Column("target_low", "float64", "growth target in % (the lower bound of a range such as 6%—6.5%)"),
    Column("target_high", "float64", "upper bound of a range target in %; equal to target_low for a single figure"),
    Column("target_value", "float64", "level target as written (e.g. 5.5 for an unemployment rate of 5.5%, 1100 for 1100万人)"),
    Column("target_unit", "string", "unit of target_value as written (%, 亿元, 万人 …)"),
    Column("target_comparator", "string", "左右 (about), 以上 (at least), 以内/以下 (at most), or empty"),
    Column("target_wording", "string", "how the target is put before its figure: 确保, 力争, 争取, 预计 … or empty"),
    Column("target_absent", "bool", "true when the report says it sets no target for the indicator "
                                    "(国务院 2020: no growth target); false when a target was stated; empty when "
                                    "no target was found"),
    Column("target_report", "string", "id of the report that set the target"),
    Column("target_sentence", "string", "the sentence that states the target"),
    Column("actual_value", "float64", "the level reached, as written"),
    Column("actual_unit", "string", "unit of actual_value as written"),
    Column("actual_value_base", "float64", "actual_value in base units (元, 美元, 人, 吨, %)"),
    Column("actual_base_unit", "string", "the base unit of actual_value_base"),
    Column("actual_growth", "float64", "growth reached in % (negative for a fall)"),
    Column("actual_change_pp", "float64", "change in percentage points"),
    Column("actual_report", "string", "id of the report that states the actual (usually the next year's)"),
    Column("actual_sentence", "string", "the sentence that states the actual"),
    Column("met", "bool", "whether the actual meets the target (a ceiling such as 以内, and the unemployment rate "
                          "and CPI, is met at or below it; any other target at or above it); empty when the two "
                          "share no measure"),
    Column("gap", "float64", "actual minus target in the measure compared (a 左右 target missed by 0.2 gives -0.2)"),
    Column("gap_measure", "string", "the measure compared: growth_pct, change_pp or value (base units)"),
    Column("parent_region", "string", "the region whose target this one is compared with across levels "
                                      "(the nation for a province, the province for a city or county)"),
    Column("parent_target_low", "float64", "the parent's growth target in % (lower bound)"),
    Column("parent_target_high", "float64", "the parent's growth target in % (upper bound)"),
    Column("parent_met", "bool", "whether the region's actual growth meets the parent's growth target"),
    Column("parent_gap", "float64", "the region's actual growth minus the parent's growth target, in points"),
]


def panel_rows(graph: Graph) -> list[dict[str, Any]]:
    """The panel's rows, sorted by region, indicator, series and year."""
    regions = {n.name: n.properties for n in graph.nodes.values() if n.label == "Region"}
    up = parents(graph.nodes.values())
    said: dict[str, tuple[str, str]] = {}  # observation id -> (report, sentence)
    links: dict[tuple[str, str], tuple[str, dict[str, Any]]] = {}  # (actual, target) -> (type, properties)
    for e in graph.edges.values():
        if e.type == "REPORTS" and e.evidence:
            said.setdefault(e.target, (e.evidence[0].report, e.evidence[0].sentence))
        elif e.type in ("MEETS", "MISSES", "MEETS_PARENT_TARGET", "MISSES_PARENT_TARGET"):
            links[(e.source, e.target)] = (e.type, e.properties)
    cells: dict[tuple, dict[str, Node]] = {}
    for n in graph.nodes.values():
        p = n.properties
        if n.label != "Observation" or p.get("indicator") in (None, "OTHER") or not p.get("region"):
            continue
        key = (p["region"], p["indicator"], p.get("measure") or "", p.get("year"))
        cells.setdefault(key, {}).setdefault(p.get("kind"), n)  # the first report that states it
    names = lexicons.indicator_names()
    rows = []
    for key in sorted(cells, key=lambda k: (k[0], k[1], k[2], k[3] or 0)):
        region, indicator, series, year = key
        target, actual = cells[key].get("target"), cells[key].get("actual")
        t = target.properties if target else {}
        a = actual.properties if actual else {}
        own = links.get((actual.id, target.id)) if actual and target else None
        parent = up.get(region)
        ptarget = cells.get((parent, indicator, series, year), {}).get("target") if parent else None
        plink = links.get((actual.id, ptarget.id)) if actual and ptarget else None
        info = regions.get(region, {})
        rows.append({
            "region": region, "region_level": info.get("level"), "province": info.get("province"),
            "year": year, "indicator": indicator, "indicator_zh": names.get(indicator, ("", ""))[0],
            "indicator_en": names.get(indicator, ("", ""))[1], "series": series or None,
            "target_low": t.get("growth_pct"), "target_high": _high(t),
            "target_value": t.get("value"), "target_unit": t.get("unit"),
            "target_comparator": t.get("comparator"), "target_wording": t.get("wording"),
            "target_absent": bool(t.get("absent")) if target else None,
            "target_report": said.get(target.id, (None, None))[0] if target else None,
            "target_sentence": said.get(target.id, (None, None))[1] if target else None,
            "actual_value": a.get("value"), "actual_unit": a.get("unit"),
            "actual_value_base": a.get("value_base"), "actual_base_unit": a.get("base_unit"),
            "actual_growth": a.get("growth_pct"), "actual_change_pp": a.get("change_pp"),
            "actual_report": said.get(actual.id, (None, None))[0] if actual else None,
            "actual_sentence": said.get(actual.id, (None, None))[1] if actual else None,
            "met": own[0] == "MEETS" if own else None, "gap": own[1].get("gap") if own else None,
            "gap_measure": own[1].get("measure") if own else None,
            "parent_region": parent,
            "parent_target_low": ptarget.properties.get("growth_pct") if ptarget else None,
            "parent_target_high": _high(ptarget.properties) if ptarget else None,
            "parent_met": plink[0] == "MEETS_PARENT_TARGET" if plink else None,
            "parent_gap": plink[1].get("gap") if plink else None,
        })
    return rows


def _high(target: dict[str, Any]) -> float | None:
    low = target.get("growth_pct")
    return target.get("growth_pct_high") if target.get("growth_pct_high") is not None else low


def write_panel(graph: Graph, out_dir: str | Path, change: Change | None = None, *, fmt: Format = "csv") -> Written:
    """Write OUT_DIR/panel.csv (UTF-8) or panel.parquet, and panel.codebook.md beside it; its items
    are the panel's rows. Each file is written whole beside its place, then renamed (a change makes no
    difference: the panel is small)."""
    out = Path(out_dir)
    rows = panel_rows(graph)
    path = out / f"panel.{fmt}"
    if fmt == "csv":
        def write_csv(f) -> None:
            w = csv.DictWriter(f, [c.name for c in COLUMNS], lineterminator="\n")
            w.writeheader()
            w.writerows({k: ("true" if v is True else "false" if v is False else v) for k, v in r.items()}
                        for r in rows)
        atomic_write(path, write_csv)
    else:
        import pyarrow as pa
        import pyarrow.parquet as pq

        types = {"string": pa.string(), "int64": pa.int64(), "float64": pa.float64(), "bool": pa.bool_()}
        schema = pa.schema([pa.field(c.name, types[c.type], metadata={"description": c.description})
                            for c in COLUMNS])
        table = pa.Table.from_pylist(rows, schema=schema)
        atomic_write(path, lambda f: pq.write_table(table, f), "wb")
    atomic_write(out / "panel.codebook.md", lambda f: f.write(codebook()))
    return Written(path, len(rows))


def codebook() -> str:
    """The panel's codebook (Markdown): what a row is, then every column with its type."""
    head = ("# panel: targets and outcomes\n\n"
            "One row per region × year × indicator (× series): the target the region's report set for the "
            "year, the actual a later report states, their comparison, and the target of the region's "
            "parent. Indicators of code OTHER are left out (their surfaces differ from report to report). "
            "Empty cells are missing values. Made by `kg export panel OUT` from the build's graph.\n\n"
            "| column | type | meaning |\n|---|---|---|\n")
    return head + "".join(f"| `{c.name}` | {c.type} | {c.description} |\n" for c in COLUMNS)
