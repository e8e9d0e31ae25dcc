"""Targets against outcomes: the target a region set for year Y, met or missed by the actual of Y
that its next report states (MEETS / MISSES, with the gap).

Growth targets are compared on growth, level targets on the level in base units. A target written
as a ceiling (3%以内, 以下) — and the unemployment rate and CPI, which are ceilings by nature — is
met when the actual stays at or below it; every other target when the actual reaches it.
"""
from __future__ import annotations

from typing import Any, Iterable, Protocol


class ObservationNode(Protocol):
    id: str
    label: str
    properties: dict[str, Any]

# indicators whose target is a ceiling even when the report does not say 以内
CEILINGS = {"UNEMPLOYMENT_RATE", "CPI"}


def _measure(target: dict, actual: dict) -> tuple[str, float] | None:
    """(measure, gap = actual − target) on the first measure both observations state."""
    for key in ("growth_pct", "change_pp"):
        if target.get(key) is not None and actual.get(key) is not None:
            return key, actual[key] - target[key]
    if (target.get("value_base") is not None and actual.get("value_base") is not None
            and target.get("base_unit") == actual.get("base_unit")):
        return "value", actual["value_base"] - target["value_base"]
    return None


def target_links(nodes: Iterable[ObservationNode]) -> list[tuple[str, str, str, dict[str, Any]]]:
    """(actual id, target id, MEETS | MISSES, {measure, gap}) for each target whose year has an actual
    of the same region and indicator. Observations of code OTHER are not compared (their surfaces
    differ from report to report)."""
    actuals: dict[tuple, ObservationNode] = {}
    targets: list[ObservationNode] = []
    for n in nodes:
        p = n.properties
        if n.label != "Observation" or p.get("indicator") in (None, "OTHER") or not p.get("region"):
            continue
        key = (p["region"], p["indicator"], p.get("year"))
        if p.get("kind") == "actual":
            actuals.setdefault(key, n)
        elif p.get("kind") == "target":
            targets.append(n)
    links = []
    for t in targets:
        tp = t.properties
        a = actuals.get((tp["region"], tp["indicator"], tp.get("year")))
        found = a and _measure(tp, a.properties)
        if not found:
            continue
        measure, gap = found
        ceiling = tp.get("comparator") in ("以内", "以下") or (tp.get("comparator") is None and tp["indicator"] in CEILINGS)
        met = gap <= 1e-9 if ceiling else gap >= -1e-9
        links.append((a.id, t.id, "MEETS" if met else "MISSES", {"measure": measure, "gap": round(gap, 6)}))
    return links
