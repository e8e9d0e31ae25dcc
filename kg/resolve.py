"""Resolve stage: one node per real-world thing within and across reports.

Ids are deterministic from type and normalised name, so the same organisation or
national policy named in two reports becomes one node; aliases (全称/简称) from
the lexicons map to one canonical name; local projects are keyed by region.
"""
from __future__ import annotations

from .model import Entity, EntityType, Extraction, Relation, merge_evidence, merge_names, merge_properties
from .text import norm_name

PREFIX: dict[EntityType, str] = {"Project": "project", "Organization": "org", "Policy": "policy",
                                 "Person": "person", "Region": "region"}


def entity_id(type_: EntityType, name: str, region: str | None = None) -> str:
    """Deterministic node id: a project is local to its region, everything else is global."""
    key = norm_name(name)
    if type_ == "Project" and region:
        return f"project:{region}:{key}"
    return f"{PREFIX[type_]}:{key}"


def merge_entities(entities: list[Entity]) -> list[Entity]:
    """Merge entities of one report that share an id (kg.model's merge rule: mentions and aliases of all)."""
    out: dict[str, Entity] = {}
    for e in entities:
        old = out.get(e.id)
        if old is None:
            out[e.id] = e
            continue
        merge_names(old.name, old.aliases, [e.name, *e.aliases])
        merge_properties(old.properties, e.properties)
        merge_evidence(old.mentions, e.mentions)
    return list(out.values())


def resolve(ex: Extraction) -> Extraction:
    """Deduplicate a report's entities and relations (ids are already canonical)."""
    ex.entities = merge_entities(ex.entities)
    seen: dict[tuple[str, str, str], Relation] = {}
    for r in ex.relations:
        key = (r.source, r.type, r.target)
        if key in seen:
            merge_evidence(seen[key].evidence, r.evidence)
            merge_properties(seen[key].properties, r.properties)
        else:
            seen[key] = r
    ex.relations = list(seen.values())
    return ex
