"""The graph model every writer consumes (JSON, GraphML, and later Neo4j, RDF, HTML).

Nodes: Report, Region, Project, Organization, Policy, Person, Indicator,
Observation.  Edges carry their evidence (report, sentence, offsets).
"""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, TypeVar

import networkx as nx

from .gazetteer import gazetteer
from .model import Evidence, Extraction, merge_evidence, merge_names, merge_properties
from .targets import target_links

_K = TypeVar("_K")
_V = TypeVar("_V")


@dataclass(slots=True)
class Node:
    id: str
    label: str
    name: str
    properties: dict[str, Any] = field(default_factory=dict)
    aliases: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Edge:
    source: str
    target: str
    type: str
    properties: dict[str, Any] = field(default_factory=dict)
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.source, self.type, self.target)


@dataclass
class Graph:
    nodes: dict[str, Node] = field(default_factory=dict)
    edges: dict[tuple[str, str, str], Edge] = field(default_factory=dict)
    # (report id, node count, edge count) after each report's part was merged (build_graph): the
    # elements each report added first, in insertion order — the pieces writers render and reuse
    parts: list[tuple[str, int, int]] = field(default_factory=list)
    # report id -> the keys of the edges its part gives evidence for, and of its ABOUT, in the report's
    # own order (build_graph): what an RDF writer states per report without a pass over all the edges
    stated: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict, repr=False)

    def add_node(self, node: Node) -> Node:
        """Add or merge a node (aliases and properties are unioned; the first value wins)."""
        old = self.nodes.get(node.id)
        if old is None:
            self.nodes[node.id] = node
            return node
        _merge_node(old, node)
        return old

    def add_edge(self, edge: Edge) -> Edge:
        """Add or merge an edge (one per source, type, target; evidence accumulates)."""
        key = edge.key
        old = self.edges.get(key)
        if old is None:
            self.edges[key] = edge
            return edge
        _merge_edge(old, edge)
        return old

    def merge(self, part: "Graph") -> None:
        """Add or merge every node and edge of another graph, as add_node and add_edge do one by one
        (the same result; a loop per table because assembling a corpus merges millions of elements)."""
        _merge_into(self.nodes, part.nodes, _merge_node)
        _merge_into(self.edges, part.edges, _merge_edge)

    def counts(self) -> tuple[dict[str, int], dict[str, int]]:
        """Nodes by label and edges by type."""
        nodes: dict[str, int] = {}
        edges: dict[str, int] = {}
        for n in self.nodes.values():
            nodes[n.label] = nodes.get(n.label, 0) + 1
        for e in self.edges.values():
            edges[e.type] = edges.get(e.type, 0) + 1
        return dict(sorted(nodes.items())), dict(sorted(edges.items()))

    def to_dict(self) -> dict[str, Any]:
        return {"nodes": [node_dict(n) for n in self.nodes.values()],
                "edges": [edge_dict(e) for e in self.edges.values()]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Graph":
        """The inverse of to_dict: loaders read graph.json instead of re-extracting."""
        g = cls()
        for n in data["nodes"]:
            g.add_node(Node(**n))
        for e in data["edges"]:
            ev = [Evidence(**x) for x in e.get("evidence") or []]
            g.add_edge(Edge(e["source"], e["target"], e["type"], dict(e.get("properties") or {}), ev))
        return g

    def to_networkx(self) -> nx.MultiDiGraph:
        """A networkx view for analysis (GraphML-safe scalar attributes)."""
        g = nx.MultiDiGraph()
        for n in self.nodes.values():
            g.add_node(n.id, label=n.label, name=n.name, **_scalars(n.properties),
                       **({"aliases": "|".join(n.aliases)} if n.aliases else {}))
        for e in self.edges.values():
            attrs = _scalars(e.properties)
            if e.evidence:
                attrs["evidence"] = e.evidence[0].sentence
                attrs["evidence_report"] = e.evidence[0].report
                attrs["evidence_start"] = e.evidence[0].start
                attrs["evidence_end"] = e.evidence[0].end
            g.add_edge(e.source, e.target, key=e.type, type=e.type, **attrs)
        return g


def _merge_into(mine: dict[_K, _V], theirs: dict[_K, _V], merge: Callable[[_V, _V], None]) -> None:
    """Every element of ``theirs`` into ``mine``: new keys are added, known ones merged into the first sighting."""
    for k, x in theirs.items():
        old = mine.get(k)
        if old is None:
            mine[k] = x
        else:
            merge(old, x)


def _merge_node(old: Node, node: Node) -> None:
    """A second sighting of a node into the first (kg.model's merge rule)."""
    merge_names(old.name, old.aliases, node.aliases)
    merge_properties(old.properties, node.properties)


def _merge_edge(old: Edge, edge: Edge) -> None:
    """A second sighting of an edge into the first (kg.model's merge rule)."""
    merge_properties(old.properties, edge.properties)
    merge_evidence(old.evidence, edge.evidence)


def node_dict(n: Node) -> dict[str, Any]:
    """A node as JSON data (what graph.json holds; Graph.from_dict reads it back)."""
    return {"id": n.id, "label": n.label, "name": n.name, "properties": n.properties, "aliases": n.aliases}


def edge_dict(e: Edge) -> dict[str, Any]:
    """An edge as JSON data, its evidence included."""
    return {"source": e.source, "target": e.target, "type": e.type, "properties": e.properties,
            "evidence": [{"report": v.report, "sentence": v.sentence, "start": v.start, "end": v.end,
                          **({"rule": v.rule} if v.rule else {})} for v in e.evidence]}


def _scalars(props: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for k, v in props.items():
        if v is None:
            continue
        out[k] = v if isinstance(v, (str, int, float, bool)) else json.dumps(v, ensure_ascii=False)
    return out


def region_id(name: str) -> str:
    return f"region:{name}"


def _add_region(g: Graph, name: str, province: str | None = None) -> str:
    """A Region node with its chain of parents (PART_OF), from the gazetteer."""
    chain = gazetteer().chain(name, province)
    if not chain:
        g.add_node(Node(region_id(name), "Region", name))
        return region_id(name)
    for d in chain:
        g.add_node(Node(region_id(d.name), "Region", d.name, {"level": d.level, "code": d.code or None,
                                                                "province": d.province}, [d.alias]))
    for child, parent in zip(chain, chain[1:]):
        g.add_edge(Edge(region_id(child.name), region_id(parent.name), "PART_OF"))
    return region_id(chain[0].name)


def report_graph(ex: Extraction) -> Graph:
    """What one report contributes to the graph: its own nodes and edges, merged within the report.
    The corpus graph is these merged in report order, plus the target links across reports."""
    g = Graph()
    m = ex.meta
    rid = f"report:{m.id}"
    g.add_node(Node(rid, "Report", m.title, {
        "year": m.year, "review_year": m.review_year, "region": m.region, "province": m.province,
        "level": m.level, "speaker": m.speaker, "speaker_title": m.speaker_title, "meeting": m.meeting,
        "date": m.date, "path": m.path, "sha1": m.sha1}))
    region = _add_region(g, m.region, m.province) if m.region else None
    if region:
        g.add_edge(Edge(rid, region, "ABOUT"))
    for e in ex.entities:
        if e.type == "Region":
            _add_region(g, e.name)
        else:
            g.add_node(Node(e.id, e.type, e.name, dict(e.properties), list(e.aliases)))
        g.add_edge(Edge(rid, e.id, "MENTIONS", {"count": len(e.mentions)}, e.mentions[:3]))
    for r in ex.relations:
        g.add_edge(Edge(r.source, r.target, r.type, dict(r.properties), list(r.evidence)))
    for o in ex.observations:
        ind = f"indicator:{o.indicator}"
        g.add_node(Node(ind, "Indicator", o.indicator, {"code": o.indicator}))
        oid = (f"obs:{m.id}:{o.indicator}:{o.kind}:{o.year}" + (f":{o.surface}" if o.indicator == "OTHER" else "")
               + (f":{o.measure}" if o.measure else ""))
        g.add_node(Node(oid, "Observation", f"{m.region} {o.year} {o.surface} ({o.kind})", {
            "indicator": o.indicator, "surface": o.surface, "year": o.year, "kind": o.kind,
            "value": o.value, "unit": o.unit, "value_base": o.value_base, "base_unit": o.base_unit,
            "growth_pct": o.growth_pct, "growth_pct_high": o.growth_pct_high, "change_pp": o.change_pp,
            "comparator": o.comparator, "wording": o.wording, "absent": o.absent or None, "measure": o.measure,
            "region": m.region, "report": m.id}))
        g.add_edge(Edge(oid, ind, "OF_INDICATOR"))
        if region:
            g.add_edge(Edge(region, oid, "HAS_OBSERVATION", {}, [o.evidence]))
        g.add_edge(Edge(rid, oid, "REPORTS", {}, [o.evidence]))
    return g


def build_graph(extractions: Iterable[Extraction]) -> Graph:
    """Assemble resolved per-report extractions into one graph."""
    g = Graph()
    for ex in extractions:
        part = report_graph(ex)
        _share_strings(part)
        g.merge(part)
        g.parts.append((ex.meta.id, len(g.nodes), len(g.edges)))
        g.stated[ex.meta.id] = [k for k, e in part.edges.items() if e.evidence or e.type == "ABOUT"]
    for source, target, typ, props in target_links(list(g.nodes.values())):
        g.add_edge(Edge(source, target, typ, props))
    return g


def _share_strings(part: Graph) -> None:
    """One string object per distinct sentence and rule name of a report's evidence. Each mention of
    a sentence comes with a copy of it (sliced by a rule, or decoded from the cache): on the corpus,
    three copies of every sentence the graph keeps, a tenth of its memory."""
    texts: dict[str, str] = {}
    for e in part.edges.values():
        for ev in e.evidence:
            ev.sentence = texts.setdefault(ev.sentence, ev.sentence)
            ev.rule = sys.intern(ev.rule)


REST = "~rest"  # the piece no report added first: the target links (or a whole graph read from graph.json)


@dataclass
class Piece:
    """The nodes and edges one report added to the graph first (or REST), in insertion order."""
    name: str
    nodes: list[Node]
    edges: list[Edge]


def pieces(graph: Graph) -> list[Piece]:
    """The graph cut at its parts. A report's piece changes only when that report changes or an element
    it added first changes, so writers can copy every other piece's output from the previous build."""
    nodes, edges = list(graph.nodes.values()), list(graph.edges.values())
    out, n0, e0 = [], 0, 0
    for name, n1, e1 in graph.parts:
        out.append(Piece(name, nodes[n0:n1], edges[e0:e1]))
        n0, e0 = n1, e1
    out.append(Piece(REST, nodes[n0:], edges[e0:]))
    return out
