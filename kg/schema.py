"""The typed schema of the graph model, shared by every database writer.

Node labels and relationship types are exactly those of kg.graph; property types are
those of the extractors. Neo4j takes the rows as they are; the embedded database needs
the DDL (one node table per label, one relationship table per type with its end labels).
Evidence is kept on relationships: the first source as scalars (report, sentence,
start_offset, end_offset in the source file) and every source as parallel lists.
"""
from __future__ import annotations

# RDF resources are BASE_IRI + kind + "/" + the rest of the node id (loaders/rdf.py; --base-iri changes it)
BASE_IRI = "https://w3id.org/gov-report-kg/id/"

STRING, INT, FLOAT, BOOL, STRINGS, INTS = "STRING", "INT64", "DOUBLE", "BOOLEAN", "STRING[]", "INT64[]"

NODE_COMMON = {"id": STRING, "name": STRING, "aliases": STRINGS}

NODES: dict[str, dict[str, str]] = {
    "Report": {"year": INT, "review_year": INT, "region": STRING, "province": STRING, "level": STRING,
               "speaker": STRING, "speaker_title": STRING, "meeting": STRING, "date": STRING, "path": STRING,
               "sha1": STRING},
    "Region": {"level": STRING, "code": STRING, "province": STRING},
    "Project": {"region": STRING, "status": STRING, "investment_value": FLOAT, "investment_unit": STRING},
    "Organization": {"type": STRING},
    "Policy": {"scope": STRING},
    "Person": {"title": STRING},
    "Indicator": {"code": STRING},
    "Observation": {"indicator": STRING, "surface": STRING, "year": INT, "kind": STRING, "value": FLOAT,
                    "unit": STRING, "value_base": FLOAT, "base_unit": STRING, "growth_pct": FLOAT,
                    "growth_pct_high": FLOAT, "change_pp": FLOAT, "comparator": STRING, "wording": STRING,
                    "absent": BOOL, "measure": STRING, "region": STRING, "report": STRING},
}

EVIDENCE = {"report": STRING, "sentence": STRING, "start_offset": INT, "end_offset": INT,
            "evidence_reports": STRINGS, "evidence_sentences": STRINGS, "evidence_starts": INTS,
            "evidence_ends": INTS}

# type -> (end label pairs, properties)
RELATIONSHIPS: dict[str, tuple[list[tuple[str, str]], dict[str, str]]] = {
    "ABOUT": ([("Report", "Region")], {}),
    "PART_OF": ([("Region", "Region")], {}),
    "MENTIONS": ([("Report", x) for x in ("Project", "Organization", "Policy", "Person", "Region")], {"count": INT}),
    "HAS_PROJECT": ([("Region", "Project")], {"status": STRING, "investment_value": FLOAT, "investment_unit": STRING}),
    "IMPLEMENTS": ([("Region", "Policy")], {"scope": STRING}),
    "COOPERATES_WITH": ([("Region", "Organization")], {"what": STRING, "status": STRING, "amount_value": FLOAT,
                                                        "amount_unit": STRING}),
    "PARTICIPATES_IN": ([("Organization", "Project")], {}),
    "HOLDS_OFFICE": ([("Person", "Region")], {"title": STRING, "year": INT}),
    "HAS_OBSERVATION": ([("Region", "Observation")], {}),
    "REPORTS": ([("Report", "Observation")], {}),
    "OF_INDICATOR": ([("Observation", "Indicator")], {}),
    # an actual against the target of its region, indicator and year (kg/targets.py)
    "MEETS": ([("Observation", "Observation")], {"measure": STRING, "gap": FLOAT}),
    "MISSES": ([("Observation", "Observation")], {"measure": STRING, "gap": FLOAT}),
    # an actual growth against the growth target of the region's parent (province → nation, city → province)
    "MEETS_PARENT_TARGET": ([("Observation", "Observation")], {"measure": STRING, "gap": FLOAT}),
    "MISSES_PARENT_TARGET": ([("Observation", "Observation")], {"measure": STRING, "gap": FLOAT}),
}


def node_columns(label: str) -> dict[str, str]:
    """Column name -> type of a node label, id first."""
    return {**NODE_COMMON, **NODES[label]}


def rel_columns(rel_type: str) -> dict[str, str]:
    """Property name -> type of a relationship type (evidence included)."""
    return {**RELATIONSHIPS[rel_type][1], **EVIDENCE}
