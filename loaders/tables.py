"""The graph as typed rows per node label and relationship type: what every database writer loads."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterator

from kg import schema
from kg.graph import Edge, Graph, Node

_CAST = {schema.INT: int, schema.FLOAT: float, schema.STRING: str, schema.BOOL: bool}


@dataclass
class Tables:
    """The graph's nodes per label and edges per type and end labels — references, not copies; the rows a
    writer loads are made batch by batch (``node_rows``, ``rel_rows``), so a corpus is never held twice."""
    nodes: dict[str, list[Node]] = field(default_factory=dict)
    # type -> (source label, target label) -> edges
    rels: dict[str, dict[tuple[str, str], list[Edge]]] = field(default_factory=dict)

    def node_count(self) -> int:
        return sum(map(len, self.nodes.values()))

    def rel_count(self) -> int:
        return sum(len(edges) for pairs in self.rels.values() for edges in pairs.values())


def batches(items: list[Any], size: int) -> Iterator[list[Any]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def node_rows(nodes: list[Node]) -> list[dict[str, Any]]:
    """Typed rows with the node table's columns (id, name, aliases and the label's properties)."""
    return [_node_row(n) for n in nodes]


def rel_rows(edges: list[Edge]) -> list[dict[str, Any]]:
    """Typed rows with source, target, the type's properties and the evidence columns."""
    return [_rel_row(e) for e in edges]


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
    """Nodes and edges grouped for every label and type of the schema (empty lists included, so tables
    always exist); a label or end-label pair outside the schema is an error."""
    t = Tables({label: [] for label in schema.NODES},
               {typ: {pair: [] for pair in pairs} for typ, (pairs, _) in schema.RELATIONSHIPS.items()})
    labels = {}
    for n in graph.nodes.values():
        if n.label not in schema.NODES:
            raise ValueError(f"node {n.id}: label {n.label} is not in the schema (kg/schema.py)")
        t.nodes[n.label].append(n)
        labels[n.id] = n.label
    for e in graph.edges.values():
        pair = (labels.get(e.source), labels.get(e.target))
        if e.type not in t.rels or pair not in t.rels[e.type]:
            raise ValueError(f"edge {e.source} -[{e.type}]-> {e.target}: {pair} is not in the schema (kg/schema.py)")
        t.rels[e.type][pair].append(e)
    return t
