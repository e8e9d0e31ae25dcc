"""The extraction contract of `kg extract --format json` (../shared/gold/FORMAT.md)."""
from __future__ import annotations

from typing import Any

from .model import Extraction


def _num(x: float | None) -> float | int | None:
    if x is None:
        return None
    return int(x) if float(x).is_integer() else round(x, 6)


def report_json(ex: Extraction) -> dict[str, Any]:
    """One report's facts as the contract's JSON object."""
    m = ex.meta
    return {
        "report": {
            "id": m.id, "title": m.title, "region": m.region, "province": m.province, "level": m.level,
            "year": m.year, "review_year": m.review_year, "speaker": m.speaker, "speaker_title": m.speaker_title,
            "meeting": m.meeting, "date": m.date, "path": m.path, "sha1": m.sha1, "warnings": m.warnings,
        },
        "entities": [
            {"id": e.id, "type": e.type, "name": e.name, "aliases": e.aliases, "properties": e.properties,
             "rules": sorted({v.rule for v in e.mentions if v.rule}),
             "mentions": [{"start": v.start, "end": v.end, "sentence": v.sentence, "rule": v.rule} for v in e.mentions]}
            for e in ex.entities
        ],
        "observations": [
            {"indicator": o.indicator, "surface": o.surface, "year": o.year, "kind": o.kind,
             "value": _num(o.value), "unit": o.unit, "growth_pct": _num(o.growth_pct),
             "change_pp": _num(o.change_pp), "comparator": o.comparator,
             "value_base": _num(o.value_base), "base_unit": o.base_unit, "wording": o.wording,
             "growth_pct_high": _num(o.growth_pct_high), "absent": o.absent, "measure": o.measure,
             "evidence": o.evidence.sentence, "start": o.evidence.start, "end": o.evidence.end,
             "rule": o.evidence.rule}
            for o in ex.observations
        ],
        "relations": [
            {"type": r.type, "source": r.source, "target": r.target, "properties": r.properties,
             "evidence": r.evidence[0].sentence if r.evidence else None,
             "start": r.evidence[0].start if r.evidence else None,
             "end": r.evidence[0].end if r.evidence else None}
            for r in ex.relations
        ],
    }
