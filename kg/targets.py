"""Targets against outcomes: the target a region set for year Y, met or missed by the actual of Y
that its next report states (MEETS / MISSES, with the gap); and across levels, a province's actual
growth against the national target of the same year, a city's against its province's
(MEETS_PARENT_TARGET / MISSES_PARENT_TARGET, on growth only: levels of a part and of the whole do
not compare).

Growth targets are compared on growth, level targets on the level in base units. A target written
as a ceiling (3%以内, 以下) — and the unemployment rate and CPI, which are ceilings by nature — is
met when the actual stays at or below it; every other target when the actual reaches it. A range
(6%—6.5%) is met from its lower bound on. A target the report says it does not set (absent) is
never compared.
"""
from __future__ import annotations

from typing import Any, Iterable, Protocol

from .gazetteer import NATIONAL


class ObservationNode(Protocol):
    id: str
    label: str
    properties: dict[str, Any]

# indicators whose target is a ceiling even when the report does not say 以内
CEILINGS = {"UNEMPLOYMENT_RATE", "CPI"}


def _measure(target: dict, actual: dict, keys: tuple[str, ...]) -> tuple[str, float] | None:
    """(measure, gap = actual − target) on the first of ``keys`` both observations state; "value" is
    the level in base units."""
    for key in keys:
        if key == "value":
            if (target.get("value_base") is not None and actual.get("value_base") is not None
                    and target.get("base_unit") == actual.get("base_unit")):
                return key, actual["value_base"] - target["value_base"]
        elif target.get(key) is not None and actual.get(key) is not None:
            return key, actual[key] - target[key]
    return None


def compare(target: dict, actual: dict, keys: tuple[str, ...] = ("growth_pct", "change_pp", "value")
            ) -> tuple[bool, str, float] | None:
    """(met, measure, gap) of an actual against a target (observation properties), or None when they
    share no measure or the target is absent."""
    if target.get("absent"):
        return None
    found = _measure(target, actual, keys)
    if not found:
        return None
    measure, gap = found
    ceiling = target.get("comparator") in ("以内", "以下") or (target.get("comparator") is None
                                                             and target.get("indicator") in CEILINGS)
    met = gap <= 1e-9 if ceiling else gap >= -1e-9
    return met, measure, round(gap, 6)


def parents(nodes: Iterable[ObservationNode]) -> dict[str, str]:
    """Region name -> the region whose targets it is compared with: a province's is the nation, a
    city's or county's its province (Region nodes' level and province)."""
    out = {}
    for n in nodes:
        if n.label != "Region":
            continue
        level, province = n.properties.get("level"), n.properties.get("province")
        name = n.id.partition(":")[2]
        if level == "province":
            out[name] = NATIONAL
        elif level in ("prefecture", "county") and province and province != name:
            out[name] = province
    return out


def target_links(nodes: Iterable[ObservationNode]) -> list[tuple[str, str, str, dict[str, Any]]]:
    """(actual id, target id, type, {measure, gap}) for each target whose year has an actual of the
    same region and indicator (MEETS | MISSES), and for each actual growth whose region's parent set a
    growth target for that year (MEETS_PARENT_TARGET | MISSES_PARENT_TARGET). Observations of code
    OTHER are not compared (their surfaces differ from report to report)."""
    nodes = list(nodes)
    up = parents(nodes)
    actuals: dict[tuple, ObservationNode] = {}
    targets: list[tuple[tuple, ObservationNode]] = []
    for n in nodes:
        p = n.properties
        if n.label != "Observation" or p.get("indicator") in (None, "OTHER") or not p.get("region"):
            continue
        key = (p["region"], p["indicator"], p.get("measure"), p.get("year"))
        if p.get("kind") == "actual":
            actuals.setdefault(key, n)
        elif p.get("kind") == "target":
            targets.append((key, n))
    links = []
    for key, t in targets:
        a = actuals.get(key)
        if a is None:
            continue
        found = compare(t.properties, a.properties)
        if found:
            met, measure, gap = found
            links.append((a.id, t.id, "MEETS" if met else "MISSES", {"measure": measure, "gap": gap}))
    first_target: dict[tuple, ObservationNode] = {}
    for key, t in targets:
        first_target.setdefault(key, t)
    for (region, indicator, series, year), a in actuals.items():
        parent_target = first_target.get((up.get(region), indicator, series, year))
        if parent_target is None:
            continue
        found = compare(parent_target.properties, a.properties, ("growth_pct",))
        if found:
            met, measure, gap = found
            links.append((a.id, parent_target.id, "MEETS_PARENT_TARGET" if met else "MISSES_PARENT_TARGET",
                          {"measure": measure, "gap": gap}))
    return links
