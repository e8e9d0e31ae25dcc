"""Resolve stage: one node per real-world thing within and across reports.

Ids are deterministic from type and normalised name, so the same organisation or
national policy named in two reports becomes one node; aliases (全称/简称) from
the lexicons map to one canonical name; local projects are keyed by region.
"""
from __future__ import annotations

from .model import Entity, Extraction
from .text import norm_name

PREFIX = {"Project": "project", "Organization": "org", "Policy": "policy", "Person": "person",
          "Region": "region", "Industry": "industry"}


def entity_id(type_: str, name: str, region: str | None = None) -> str:
    """Deterministic node id: a project is local to its region, everything else is global."""
    key = norm_name(name)
    if type_ == "Project" and region:
        return f"project:{region}:{key}"
    return f"{PREFIX.get(type_, type_.lower())}:{key}"


def merge_entities(entities: list[Entity]) -> list[Entity]:
    """Merge entities of one report that share an id, keeping mentions and aliases of all."""
    out: dict[str, Entity] = {}
    for e in entities:
        old = out.get(e.id)
        if old is None:
            out[e.id] = e
            continue
        for a in [e.name, *e.aliases]:
            if a != old.name and a not in old.aliases:
                old.aliases.append(a)
        for k, v in e.properties.items():
            if old.properties.get(k) is None:
                old.properties[k] = v
        seen = {(m.start, m.end) for m in old.mentions}
        old.mentions.extend(m for m in e.mentions if (m.start, m.end) not in seen)
    return list(out.values())


def resolve(ex: Extraction) -> Extraction:
    """Deduplicate a report's entities and relations (ids are already canonical)."""
    ex.entities = merge_entities(ex.entities)
    seen = {}
    for r in ex.relations:
        key = (r.source, r.type, r.target)
        if key in seen:
            seen[key].evidence.extend(r.evidence)
            for k, v in r.properties.items():
                seen[key].properties.setdefault(k, v)
        else:
            seen[key] = r
    ex.relations = list(seen.values())
    return ex
