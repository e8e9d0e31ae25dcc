"""Extract stage: run every extractor on one prepared report."""
from __future__ import annotations

from bisect import bisect_left, bisect_right

from ..model import Entity, Extraction
from ..prepare import Prepared
from .indicators import extract_indicators
from .organizations import extract_organizations
from .policies import extract_policies
from .projects import extract_projects
from .relations import entity_relations, extract_cooperations, speaker_entities


def extract_report(p: Prepared) -> Extraction:
    """All entities, observations and relations of one report (before resolution)."""
    doc, meta = p.doc, p.meta
    projects = extract_projects(doc, meta)
    orgs = _outside(extract_organizations(doc, meta), projects)
    policies = _not_projects(extract_policies(doc, meta), projects)
    coops, parties = extract_cooperations(doc, meta, orgs)
    people, offices = speaker_entities(meta)
    entities = orgs + parties + projects + policies + people
    relations = coops + entity_relations(meta, entities) + offices
    if not meta.region:  # a text of unknown region states no region's relations (never a "region:None" node)
        relations = [r for r in relations if r.type == "PARTICIPATES_IN"]
    return Extraction(meta=meta, entities=entities, observations=extract_indicators(doc, meta), relations=relations)


def _outside(orgs: list[Entity], projects: list[Entity]) -> list[Entity]:
    """Organizations named somewhere else than inside a project's name (市第三人民医院门诊综合楼 is a project;
    the hospital is an organization of the report only if the report names it on its own too)."""
    spans = sorted({(m.start, m.end) for p in projects for m in p.mentions})
    starts = [a for a, _ in spans]
    longest = max((b - a for a, b in spans), default=0)

    def inside(m) -> bool:
        # only spans starting at most `longest` before the mention can hold it: bisect, not a scan of all
        lo, hi = bisect_left(starts, m.end - longest), bisect_right(starts, m.start)
        return any(m.end <= b and (a, b) != (m.start, m.end) for a, b in spans[lo:hi])
    return [o for o in orgs if not all(inside(m) for m in o.mentions)]


def _not_projects(policies: list[Entity], projects: list[Entity]) -> list[Entity]:
    """Policies other than a project read twice: a work named where a programme could be (实施S318改建工程,
    推进钦州港东航道扩建工程) is the project its facility makes it, not a programme."""
    spans = {(m.start, m.end) for p in projects for m in p.mentions}
    ends = {(m.start, m.end + 2) for p in projects for m in p.mentions}  # the project's name without 工程/项目

    def project(policy: Entity, m) -> bool:
        return (m.start, m.end) in spans or (m.start, m.end) in ends and policy.name.endswith(("工程", "项目"))
    return [p for p in policies if not all(project(p, m) for m in p.mentions)]
