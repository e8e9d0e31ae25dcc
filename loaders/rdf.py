"""RDF export of the graph model: Turtle, TriG (one named graph per report), N-Triples, JSON-LD.

Vocabulary: data/ontology/gov-report-kg.ttl (included in every export, so the file is
self-contained and RDFS inference needs nothing else). Every node is a resource typed with its
class; every relationship is one direct triple (`region gk:hasProject project`) plus, for each
report that states it, a gk:Fact (an rdf:Statement) carrying the relationship's properties,
prov:wasDerivedFrom the report, and gk:evidence spans with Web Annotation selectors.

Terms are pyoxigraph's and the file is written by its serialiser piece by piece (``chunks``): for
each part of the graph its nodes, for each report what it states — so memory stays bounded by the
largest piece, no term is built twice in two libraries (the rdflib-on-Oxigraph writer this replaces
spent most of its time converting terms), and an incremental build copies the pieces of the parts
that did not change (loaders.pieces).
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from itertools import chain
from typing import Any, Callable, Collection, Iterable, Iterator

import pyoxigraph as ox

from kg import schema
from kg.graph import REST, Edge, Graph, Node, pieces
from kg.model import Evidence

from .pieces import Item, PieceKey, index_path, write_pieces
from .writer import Change, Written


class Namespace:
    """The IRIs under one base as pyoxigraph terms: ``NS.term`` or ``NS["term"]`` (built once each)."""

    def __init__(self, base: str) -> None:
        self.base = base
        self._terms: dict[str, ox.NamedNode] = {}

    def __getitem__(self, name: str) -> ox.NamedNode:
        term = self._terms.get(name)
        if term is None:
            term = self._terms[name] = ox.NamedNode(self.base + name)
        return term

    def __getattr__(self, name: str) -> ox.NamedNode:
        if name.startswith("_"):
            raise AttributeError(name)
        return self[name]


ONTOLOGY = Path(__file__).resolve().parents[1] / "data" / "ontology" / "gov-report-kg.ttl"
DEFAULT_BASE = schema.BASE_IRI
GK = Namespace("https://w3id.org/gov-report-kg/def#")
RDF = Namespace("http://www.w3.org/1999/02/22-rdf-syntax-ns#")
RDFS = Namespace("http://www.w3.org/2000/01/rdf-schema#")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
OWL = Namespace("http://www.w3.org/2002/07/owl#")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
DCTERMS = Namespace("http://purl.org/dc/terms/")
PROV = Namespace("http://www.w3.org/ns/prov#")
OA = Namespace("http://www.w3.org/ns/oa#")
QB = Namespace("http://purl.org/linked-data/cube#")
ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")
PREFIXES = {"gk": GK, "rdf": RDF, "rdfs": RDFS, "owl": OWL, "xsd": XSD, "skos": SKOS, "dcterms": DCTERMS, "prov": PROV,
            "oa": OA, "qb": QB, "org": ORG, "schema": SCHEMA}

FORMATS = {"turtle": "ttl", "trig": "trig", "nt": "nt", "jsonld": "jsonld"}

_SYNTAX = {"turtle": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG, "nt": ox.RdfFormat.N_TRIPLES,
           "jsonld": ox.RdfFormat.JSON_LD}

# relationship type -> (predicate, written from the target's side)
PREDICATES: dict[str, tuple[ox.NamedNode, bool]] = {
    "ABOUT": (GK.about, False), "PART_OF": (GK.partOf, False), "MENTIONS": (GK.mentions, False),
    "HAS_PROJECT": (GK.hasProject, False), "IMPLEMENTS": (GK.implements, False),
    "COOPERATES_WITH": (GK.cooperatesWith, False), "PARTICIPATES_IN": (GK.participatesIn, False),
    "HOLDS_OFFICE": (GK.holdsOffice, False),
    # Data Cube: the observation carries its dimensions, so these two point from the observation
    "HAS_OBSERVATION": (GK.refArea, True), "REPORTS": (GK.reportedIn, True), "OF_INDICATOR": (GK.indicator, False),
    "MEETS": (GK.meetsTarget, False), "MISSES": (GK.missesTarget, False),
    "MEETS_PARENT_TARGET": (GK.meetsParentTarget, False), "MISSES_PARENT_TARGET": (GK.missesParentTarget, False),
}
CLASSES = {label: GK[label] for label in schema.NODES}

# property -> predicate where a standard term or a clearer name fits; others are gk:camelCase
_RENAMED = {"date": DCTERMS.date, "path": DCTERMS.source, "region": GK.regionName, "code": GK.adminCode,
            "type": GK.organizationType, "change_pp": GK.changePp}
_BY_LABEL = {("Indicator", "code"): SKOS.notation, ("Observation", "year"): GK.refPeriod}
_SKIPPED = {("Observation", "indicator"), ("Observation", "report"), ("Observation", "kind")}  # edges / IRIs say it
_YEARS = {"year", "review_year"}


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(w.capitalize() for w in rest)


def predicate(label: str | None, prop: str) -> ox.NamedNode:
    """The predicate of a node (label) or relationship (None) property."""
    return _BY_LABEL.get((label, prop)) or _RENAMED.get(prop) or GK[_camel(prop)]


def _literal(prop: str, typ: str, value: Any) -> ox.Literal:
    if prop in _YEARS:
        return ox.Literal(str(int(value)), datatype=XSD.gYear)
    if typ == schema.FLOAT:
        return ox.Literal(format(Decimal(repr(float(value))), "f"), datatype=XSD.decimal)
    if typ == schema.INT:
        return _int(value)
    if typ == schema.BOOL:
        return ox.Literal("true" if value else "false", datatype=XSD.boolean)
    return ox.Literal(str(value))


def _int(value: Any) -> ox.Literal:
    return ox.Literal(str(int(value)), datatype=XSD.integer)


def _zh(text: str) -> ox.Literal:
    return ox.Literal(text, language="zh")


# IRIs may hold any character from U+00A0 on, but line and paragraph separators (U+2028, U+2029)
# break N-Triples readers (rdflib) and the other spaces and format marks of General Punctuation and
# U+3000/U+FEFF are invisible: those are percent-encoded with the ASCII ones an IRI cannot hold
_IRI_UNSAFE = re.compile(r"[^A-Za-z0-9\-._~:\u00a0-\u1fff\u2010-\u2027\u2030-\u205e\u2070-\u2fff"
                         r"\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufefe\uff00-\uffef]")
# one namespace per kind of resource, so that Turtle shows them as region:三门峡市, project:…
KINDS = ("report", "region", "project", "org", "policy", "person", "indicator", "obs", "fact", "evidence",
         "position", "sentence")


def _local(s: str) -> str:
    # keep Chinese readable (IRIs allow it) and the ids' colons; percent-encode what an IRI cannot hold,
    # and a final "." too: Turtle writers escape it in a prefixed name ("p:x\.") and rdflib cannot read that
    out = _IRI_UNSAFE.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode()), s)
    return out[:-1] + "%2E" if out.endswith(".") else out


@dataclass
class Iris:
    """Stable IRIs from the graph model's ids: BASE + kind + "/" + the rest of the id."""
    base: str = DEFAULT_BASE

    def namespaces(self) -> dict[str, Namespace]:
        return {k: Namespace(f"{self.base}{k}/") for k in KINDS}

    def __post_init__(self) -> None:
        self._cache: dict[str, ox.NamedNode] = {}  # node ids recur in every fact that names them

    def node(self, node_id: str) -> ox.NamedNode:
        iri = self._cache.get(node_id)
        if iri is None:
            iri = self._cache[node_id] = self._iri(node_id)
        return iri

    def _iri(self, some_id: str) -> ox.NamedNode:
        kind, _, rest = some_id.partition(":")
        return ox.NamedNode(f"{self.base}{_local(kind)}/{_local(rest)}")

    def report(self, report_id: str) -> ox.NamedNode:
        return self.node(f"report:{report_id}")

    def fact(self, e: Edge, report: str | None) -> ox.NamedNode:
        key = "\x1f".join((e.source, e.type, e.target, report or ""))
        return self._iri("fact:" + hashlib.sha1(key.encode()).hexdigest()[:16])

    def evidence(self, ev: Evidence, kind: str = "evidence") -> ox.NamedNode:
        """The span (kind "evidence") or its position selector (kind "position")."""
        return self._iri(f"{kind}:{ev.report}:{ev.start}-{ev.end}")

    def sentence(self, ev: Evidence) -> ox.NamedNode:
        return self._iri(f"sentence:{ev.report}:{hashlib.sha1(ev.sentence.encode()).hexdigest()[:12]}")


Triple = tuple[ox.NamedNode, ox.NamedNode, Any]


def _node_triples(n: Node, iris: Iris) -> Iterator[Triple]:
    s = iris.node(n.id)
    yield s, RDF.type, CLASSES[n.label]
    yield s, RDFS.label, _zh(n.name)
    if n.label in ("Policy", "Indicator"):
        yield s, SKOS.prefLabel, _zh(n.name)
        yield s, SKOS.inScheme, GK.Policies if n.label == "Policy" else GK.IndicatorCodes
    if n.label == "Report":  # the id users cite ("2017-三门峡市") and evidence refers to
        yield s, DCTERMS.title, _zh(n.name)
        yield s, DCTERMS.identifier, ox.Literal(n.id.partition(":")[2])
    if n.label == "Observation":
        yield s, QB.dataSet, GK.indicators
        if n.properties.get("kind") in ("actual", "target"):
            yield s, GK.kind, GK[n.properties["kind"]]
    for a in n.aliases:
        yield s, SKOS.altLabel, _zh(a)
    for prop, typ in schema.NODES[n.label].items():
        value = n.properties.get(prop)
        if value is not None and (n.label, prop) not in _SKIPPED:
            yield s, predicate(n.label, prop), _literal(prop, typ, value)


def _ends(e: Edge, iris: Iris) -> Triple:
    p, inverted = PREDICATES[e.type]
    s, o = iris.node(e.source), iris.node(e.target)
    return (o, p, s) if inverted else (s, p, o)


def _fact_triples(e: Edge, report: str | None, evidence: list[Evidence], iris: Iris,
                  described: set[ox.NamedNode]) -> Iterator[Triple]:
    s, p, o = _ends(e, iris)
    f = iris.fact(e, report)
    yield f, RDF.type, GK.Fact
    yield f, RDF.subject, s
    yield f, RDF.predicate, p
    yield f, RDF.object, o
    for prop, typ in schema.RELATIONSHIPS[e.type][1].items():
        value = e.properties.get(prop)
        if value is not None:
            yield f, predicate(None, prop), _literal(prop, typ, value)
    if report:
        yield f, PROV.wasDerivedFrom, iris.report(report)
    for ev in evidence:
        span = iris.evidence(ev)
        yield f, GK.evidence, span
        if span in described:  # another fact of this chunk cites the same span: describe it once
            continue
        described.add(span)
        pos, sent = iris.evidence(ev, "position"), iris.sentence(ev)
        yield span, RDF.type, GK.Evidence
        yield span, OA.hasSource, iris.report(ev.report)
        yield span, OA.hasSelector, pos
        yield span, OA.hasSelector, sent
        yield pos, RDF.type, OA.TextPositionSelector
        yield pos, OA.start, _int(ev.start)
        yield pos, OA.end, _int(ev.end)
        if sent not in described:
            described.add(sent)
            yield sent, RDF.type, OA.TextQuoteSelector
            yield sent, OA.exact, ox.Literal(ev.sentence)


Chunk = tuple[PieceKey, "ox.NamedNode | None", Callable[[], Iterator[Triple]]]


def chunks(graph: Graph, iris: Iris, ontology: bool = True) -> Iterator[Chunk]:
    """(piece key, graph name, triples): the vocabulary; for each part of the graph (kg.graph.pieces)
    its nodes and the relationships without evidence (graph name None); then for each report, named
    by the report's IRI, what it states and the evidence for it. A piece's triples are made only when
    asked for (an incremental build copies most pieces instead). No triple repeats within a piece."""
    if ontology:
        # sorted: the export should be the same bytes every run
        yield ("vocabulary", "~ontology"), None, lambda: (
            (t.subject, t.predicate, t.object) for t in
            sorted((q.triple for q in ox.parse(path=ONTOLOGY, format=ox.RdfFormat.TURTLE)), key=str))
    parts = pieces(graph)
    for p in parts:
        yield ("nodes", p.name), None, lambda p=p: chain(
            (t for n in p.nodes for t in _node_triples(n, iris)),
            (t for e in p.edges if not e.evidence and e.type != "ABOUT" for t in _stated(e, None, [], iris, set())))
    stated = graph.stated or _stated_by_report(graph)
    for report in (p.name for p in parts if p.name != REST) if graph.parts else stated:
        yield ("facts", report), iris.report(report), lambda report=report: _report_triples(
            graph, stated.get(report, []), report, iris)


def _stated_by_report(graph: Graph) -> dict[str, list[tuple[str, str, str]]]:
    """Graph.stated of a graph read back from graph.json (which does not keep it): the edges each report
    gives evidence for, and its ABOUT, in graph order."""
    out: dict[str, list[tuple[str, str, str]]] = {}
    for e in graph.edges.values():
        if e.type == "ABOUT":  # the report's own subject: with what it says
            out.setdefault(e.source.partition(":")[2], []).append(e.key)
        else:
            for report in dict.fromkeys(v.report for v in e.evidence):
                out.setdefault(report, []).append(e.key)
    return out


def _report_triples(graph: Graph, keys: list[tuple[str, str, str]], report: str, iris: Iris) -> Iterator[Triple]:
    """What one report states (the edges of ``keys``) with its evidence for each."""
    described: set[ox.NamedNode] = set()
    for k in keys:
        e = graph.edges[k]
        evidence = [v for v in e.evidence if v.report == report]
        yield from _stated(e, report if evidence else None, evidence, iris, described)


def _stated(e: Edge, report: str | None, evidence: list[Evidence], iris: Iris,
            described: set[ox.NamedNode]) -> Iterator[Triple]:
    """The direct triple of a relationship and, when it has a source or properties, its gk:Fact."""
    yield _ends(e, iris)
    if report or any(v is not None for v in e.properties.values()):
        yield from _fact_triples(e, report, evidence, iris, described)


def _prefixes(iris: Iris) -> dict[str, str]:
    return {prefix: ns.base for prefix, ns in {**PREFIXES, **iris.namespaces()}.items()}


def _serializer(fmt: str, iris: Iris) -> tuple[bytes, Callable[[Iterable[tuple[ox.NamedNode | None, Iterator[Triple]]]], bytes]]:
    """The file's head (the prefixes) and a function serialising one piece without it: pieces written
    one after another read as one document (Turtle, TriG, N-Triples)."""
    quads = fmt in ("trig", "jsonld")
    prefixes = None if fmt == "nt" else _prefixes(iris)

    def serialize(named: Iterable[tuple[ox.NamedNode | None, Iterator[Triple]]]) -> bytes:
        return ox.serialize((ox.Quad(s, p, o, name if name is not None else ox.DefaultGraph()) if quads
                             else ox.Triple(s, p, o) for name, triples in named for s, p, o in triples),
                            format=_SYNTAX[fmt], prefixes=prefixes)

    probe = serialize([(None, iter([(GK.probe, GK.probe, GK.probe)]))])
    head = b"".join(line for line in probe.splitlines(keepends=True) if line.startswith(b"@prefix"))

    def piece(named: Iterable[tuple[ox.NamedNode | None, Iterator[Triple]]]) -> bytes:
        data = serialize(named)
        return data[len(head):] if data.startswith(head) else data
    return head, piece


def to_rdflib(graph: Graph, base: str = DEFAULT_BASE):
    """The export as an rdflib Dataset (one named graph per report, the shared part in the default
    graph), for Python users who work with rdflib; the files are written without it, by the
    streaming serialiser above, which is several times faster on a corpus."""
    import rdflib

    def term(t):
        if isinstance(t, ox.NamedNode):
            return rdflib.URIRef(t.value)
        # a simple literal is xsd:string in RDF 1.1 (pyoxigraph) and has no datatype in rdflib
        datatype = None if t.language or t.datatype == XSD.string else rdflib.URIRef(t.datatype.value)
        return rdflib.Literal(t.value, lang=t.language, datatype=datatype)

    iris = Iris(base)
    ds = rdflib.Dataset()
    for prefix, ns in _prefixes(iris).items():
        ds.bind(prefix, ns, override=True)
    for _, name, triples in chunks(graph, iris):
        g = ds.graph(rdflib.URIRef(name.value)) if name is not None else ds.default_graph
        g.addN((term(s), term(p), term(o), g) for s, p, o in triples())
    return ds


def write_rdf(graph: Graph, out_dir: str | Path, change: Change | None = None, *, fmt: str = "turtle",
              base: str = DEFAULT_BASE) -> Written:
    """Write OUT_DIR/graph.<ext> atomically; its items are the triples serialised (summed over pieces:
    a triple stated by two reports counts twice). Turtle, TriG and N-Triples are written piece by
    piece, and with a change the pieces of the parts it did not touch are copied from the previous
    file (loaders.pieces) and not counted; JSON-LD, one document that cannot be cut, is always
    serialised whole."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown RDF format {fmt!r} (one of {', '.join(FORMATS)})")
    iris = Iris(base)
    path = Path(out_dir) / f"graph.{FORMATS[fmt]}"
    head, piece = _serializer(fmt, iris)
    count = 0

    def counted(triples: Iterator[Triple]) -> Iterator[Triple]:
        nonlocal count
        for t in triples:
            count += 1
            yield t

    items: list[Item]
    if fmt == "jsonld":
        items = [(("all", REST), lambda: piece((name, counted(triples())) for _, name, triples in chunks(graph, iris)))]
        change = None
    else:
        items = [head] + [(key, lambda name=name, triples=triples: piece([(name, counted(triples()))]))
                          for key, name, triples in chunks(graph, iris)]
    # the base IRI is in every piece: an index kept per base never hands pieces of one base to another.
    # A graph read back from graph.json (kg export) has no report parts: its one piece holds everything,
    # and an index of it would hand the whole graph to the next build as its last piece
    rendered = write_pieces(path, items, index_path(Path(out_dir), f"{path.name}-{hashlib.sha1(base.encode()).hexdigest()[:12]}"),
                            change.parts if change else None, keep_index=bool(graph.parts))
    return Written(path, count, rendered)
