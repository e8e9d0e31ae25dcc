"""Extract stage: run every extractor on one prepared report."""
from __future__ import annotations

from ..model import Extraction
from ..prepare import Prepared
from .indicators import extract_indicators
from .organizations import extract_organizations
from .policies import extract_policies
from .projects import extract_projects
from .relations import entity_relations, extract_cooperations, speaker_entities


def extract_report(p: Prepared) -> Extraction:
    """All entities, observations and relations of one report (before resolution)."""
    doc, meta = p.doc, p.meta
    orgs = extract_organizations(doc, meta)
    projects = extract_projects(doc, meta)
    policies = extract_policies(doc, meta)
    coops, parties = extract_cooperations(doc, meta, orgs)
    people, offices = speaker_entities(meta)
    entities = orgs + parties + projects + policies + people
    relations = coops + entity_relations(meta, entities) + offices
    if not meta.region:  # a text of unknown region states no region's relations (never a "region:None" node)
        relations = [r for r in relations if r.type == "PARTICIPATES_IN"]
    return Extraction(meta=meta, entities=entities, observations=extract_indicators(doc, meta), relations=relations)
