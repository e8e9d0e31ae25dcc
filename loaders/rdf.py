"""RDF export of the graph model: Turtle, TriG (one named graph per report), N-Triples, JSON-LD.

Vocabulary: data/ontology/gov-report-kg.ttl (included in every export, so the file is
self-contained and RDFS inference needs nothing else). Every node is a resource typed with its
class; every relationship is one direct triple (`region gk:hasProject project`) plus, for each
report that states it, a gk:Fact (an rdf:Statement) carrying the relationship's properties,
prov:wasDerivedFrom the report, and gk:evidence spans with Web Annotation selectors.

Terms are pyoxigraph's and the file is written by its streaming serialiser: the statements are
generated chunk by chunk — the shared nodes first, then one chunk per report — so memory stays
bounded by the largest report, and no term is built twice in two libraries (the rdflib-on-Oxigraph
writer this replaces spent most of its time converting terms).
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, BinaryIO, Iterator

import pyoxigraph as ox

from kg import schema
from kg.graph import Edge, Graph, Node
from kg.model import Evidence
from kg.staging import atomic_write


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
    return ox.Literal(str(value))


def _int(value: Any) -> ox.Literal:
    return ox.Literal(str(int(value)), datatype=XSD.integer)


def _zh(text: str) -> ox.Literal:
    return ox.Literal(text, language="zh")


_IRI_UNSAFE = re.compile(r"[^A-Za-z0-9\-._~:\u00a0-\ud7ff\uf900-\ufdcf\ufdf0-\uffef]")
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


SHARED_CHUNK = 20_000  # nodes per chunk of the shared part


def chunks(graph: Graph, iris: Iris, ontology: bool = True) -> Iterator[tuple[ox.NamedNode | None, Iterator[Triple]]]:
    """(graph name, triples): the shared part (graph name None: vocabulary, nodes, relationships
    without evidence) in slices, then one chunk per report, named by the report's IRI, holding what
    that report states and the evidence for it. Triples are generated lazily, chunk by chunk; only
    an index of edges per report is kept, so memory does not grow with the size of the export.
    No triple repeats within a chunk."""
    if ontology:
        # sorted: the export should be the same bytes every run
        vocabulary = sorted((q.triple for q in ox.parse(path=ONTOLOGY, format=ox.RdfFormat.TURTLE)), key=str)
        yield None, ((t.subject, t.predicate, t.object) for t in vocabulary)
    nodes = list(graph.nodes.values())
    for i in range(0, len(nodes), SHARED_CHUNK):
        yield None, (t for n in nodes[i:i + SHARED_CHUNK] for t in _node_triples(n, iris))
    unsourced: list[Edge] = []
    by_report: dict[str, list[tuple[Edge, list[Evidence]]]] = {}
    for e in graph.edges.values():
        if e.type == "ABOUT":  # the report's own subject: with what it says
            by_report.setdefault(e.source.partition(":")[2], []).append((e, []))
        elif not e.evidence:
            unsourced.append(e)
        else:
            grouped: dict[str, list[Evidence]] = {}
            for ev in e.evidence:
                grouped.setdefault(ev.report, []).append(ev)
            for report, evs in grouped.items():
                by_report.setdefault(report, []).append((e, evs))
    yield None, (t for e in unsourced for t in _stated(e, None, [], iris, set()))
    for report, stated in by_report.items():
        described: set[ox.NamedNode] = set()
        yield iris.report(report), (t for e, evs in stated
                                    for t in _stated(e, report if evs else None, evs, iris, described))


def _stated(e: Edge, report: str | None, evidence: list[Evidence], iris: Iris,
            described: set[ox.NamedNode]) -> Iterator[Triple]:
    """The direct triple of a relationship and, when it has a source or properties, its gk:Fact."""
    yield _ends(e, iris)
    if report or any(v is not None for v in e.properties.values()):
        yield from _fact_triples(e, report, evidence, iris, described)


def _prefixes(iris: Iris) -> dict[str, str]:
    return {prefix: ns.base for prefix, ns in {**PREFIXES, **iris.namespaces()}.items()}


def _write_stream(graph: Graph, iris: Iris, fmt: str, f: BinaryIO) -> int:
    """Serialise every chunk through one streaming writer; returns the number of statements written."""
    count = 0
    quads = fmt in ("trig", "jsonld")

    def statements() -> Iterator[ox.Triple | ox.Quad]:
        nonlocal count
        for name, triples in chunks(graph, iris):
            graph_name = name if name is not None else ox.DefaultGraph()
            for s, p, o in triples:
                count += 1
                yield ox.Quad(s, p, o, graph_name) if quads else ox.Triple(s, p, o)

    ox.serialize(statements(), f, _SYNTAX[fmt], prefixes=None if fmt == "nt" else _prefixes(iris))
    return count


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
    for name, triples in chunks(graph, iris):
        g = ds.graph(rdflib.URIRef(name.value)) if name is not None else ds.default_graph
        g.addN((term(s), term(p), term(o), g) for s, p, o in triples)
    return ds


def write_rdf(graph: Graph, out_dir: str | Path, fmt: str = "turtle", base: str = DEFAULT_BASE) -> tuple[Path, int]:
    """Write OUT_DIR/graph.<ext> atomically; returns the path and the number of triples written
    (summed over chunks: a triple stated by two reports counts twice). Every format is streamed."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown RDF format {fmt!r} (one of {', '.join(FORMATS)})")
    iris = Iris(base)
    path = Path(out_dir) / f"graph.{FORMATS[fmt]}"
    count = [0]

    def write(f: BinaryIO) -> None:
        count[0] = _write_stream(graph, iris, fmt, f)

    atomic_write(path, write, mode="wb")
    return path, count[0]
