"""The graph as typed rows per node label and relationship type: what every database writer loads."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kg import schema
from kg.graph import Edge, Graph, Node

_CAST = {schema.INT: int, schema.FLOAT: float, schema.STRING: str}


@dataclass
class Tables:
    nodes: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    # type -> (source label, target label) -> rows with "source", "target" and the properties
    rels: dict[str, dict[tuple[str, str], list[dict[str, Any]]]] = field(default_factory=dict)

    def node_count(self) -> int:
        return sum(map(len, self.nodes.values()))

    def rel_count(self) -> int:
        return sum(len(rows) for pairs in self.rels.values() for rows in pairs.values())


def _cast(value: Any, typ: str) -> Any:
    if value is None:
        return None
    if typ in _CAST:
        return _CAST[typ](value)
    return list(value)


def _node_row(n: Node) -> dict[str, Any]:
    values = {"id": n.id, "name": n.name, "aliases": n.aliases, **n.properties}
    return {k: _cast(values.get(k), t) for k, t in schema.node_columns(n.label).items()}


def _rel_row(e: Edge) -> dict[str, Any]:
    ev = e.evidence
    first = ev[0] if ev else None
    values = {**e.properties,
              "report": first and first.report, "sentence": first and first.sentence,
              "start_offset": first and first.start, "end_offset": first and first.end,
              "evidence_reports": [x.report for x in ev], "evidence_sentences": [x.sentence for x in ev],
              "evidence_starts": [x.start for x in ev], "evidence_ends": [x.end for x in ev]}
    row = {"source": e.source, "target": e.target}
    row.update((k, _cast(values.get(k), t)) for k, t in schema.rel_columns(e.type).items())
    return row


def tables(graph: Graph) -> Tables:
    """Rows for every label and type of the schema (empty lists included, so tables always exist)."""
    t = Tables({label: [] for label in schema.NODES},
               {typ: {pair: [] for pair in pairs} for typ, (pairs, _) in schema.RELATIONSHIPS.items()})
    labels = {}
    for n in graph.nodes.values():
        if n.label not in schema.NODES:
            raise ValueError(f"node {n.id}: label {n.label} is not in the schema (kg/schema.py)")
        t.nodes[n.label].append(_node_row(n))
        labels[n.id] = n.label
    for e in graph.edges.values():
        pair = (labels.get(e.source), labels.get(e.target))
        if e.type not in t.rels or pair not in t.rels[e.type]:
            raise ValueError(f"edge {e.source} -[{e.type}]-> {e.target}: {pair} is not in the schema (kg/schema.py)")
        t.rels[e.type][pair].append(_rel_row(e))
    return t
