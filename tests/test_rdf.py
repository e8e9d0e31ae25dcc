"""The RDF export: every node and edge present, round trips through an independent parser,
SHACL-conforming (and a broken export is caught), one named graph per report in TriG."""
import subprocess
import sys

import pytest
import pyoxigraph as ox
import rdflib
from rdflib.compare import isomorphic

from conftest import ROOT, SHARED, needs
from kg.graph import Graph
from loaders.files import read_graph
from loaders.rdf import CLASSES, GK, PREDICATES, Iris, to_rdflib, write_rdf

SHAPES = ROOT / "data" / "ontology" / "shapes.ttl"


@pytest.fixture(scope="module")
def exports(sample_build, tmp_path_factory):
    """graph.ttl as `kg build` wrote it, plus the other formats written by `kg export rdf`."""
    out = tmp_path_factory.mktemp("rdf")
    g = read_graph(sample_build)
    paths = {"turtle": sample_build / "graph.ttl"}
    for fmt in ("trig", "nt", "jsonld"):
        paths[fmt] = write_rdf(g, out, fmt=fmt).path
    return g, paths


def _oxigraph(path, fmt):
    store = ox.Store()
    store.load(path=str(path), format=fmt)
    return store


def _count(store, query):
    return int(next(iter(store.query(query)))[0].value)


def test_every_node_and_edge_of_the_graph_is_in_the_export(exports):
    g, paths = exports
    store = _oxigraph(paths["turtle"], ox.RdfFormat.TURTLE)
    nodes, edges = g.counts()
    for label, n in nodes.items():
        assert _count(store, f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s a {CLASSES[label]} }}") == n, label
    for typ, n in edges.items():
        p = PREDICATES[typ][0]
        assert _count(store, f"SELECT (COUNT(*) AS ?n) WHERE {{ ?s {p} ?o }}") == n, typ


def test_round_trip_through_an_independent_parser(exports):
    _, paths = exports
    ttl = rdflib.Graph().parse(paths["turtle"], format="turtle")
    nt = rdflib.Graph().parse(paths["nt"], format="nt")
    assert len(ttl) > 10_000 and isomorphic(ttl, nt)
    assert len(_oxigraph(paths["turtle"], ox.RdfFormat.TURTLE)) == len(ttl)
    assert len(_oxigraph(paths["nt"], ox.RdfFormat.N_TRIPLES)) == len(ttl)
    trig = rdflib.Dataset().parse(paths["trig"], format="trig")
    quads = len(list(trig.quads()))
    assert len(_oxigraph(paths["trig"], ox.RdfFormat.TRIG)) == quads
    assert len(_oxigraph(paths["jsonld"], ox.RdfFormat.JSON_LD)) == quads
    # the union of the named graphs is the Turtle export
    union = rdflib.Graph()
    for s, p, o, _ in trig.quads():
        union.add((s, p, o))
    assert isomorphic(union, ttl)


def test_trig_has_one_named_graph_per_report_with_what_it_states(exports):
    g, paths = exports
    store = _oxigraph(paths["trig"], ox.RdfFormat.TRIG)
    reports = {Iris().report(n.id.partition(":")[2]).value for n in g.nodes.values() if n.label == "Report"}
    assert {gr.value for gr in store.named_graphs()} == reports
    rows = list(store.query(
        'SELECT ?g WHERE { GRAPH ?g { ?r %s ?p } ?p <http://www.w3.org/2000/01/rdf-schema#label> "国道310南移项目"@zh }'
        % GK.hasProject))
    assert [r[0].value for r in rows] == [Iris().report("2017-三门峡市").value]


def test_iris_are_readable_stable_and_under_the_base():
    iris = Iris("http://example.org/kg/")
    assert iris.node("region:三门峡市").value == "http://example.org/kg/region/三门峡市"
    assert iris.node("project:上海市:浦东国际机场一期").value == "http://example.org/kg/project/上海市:浦东国际机场一期"
    # characters an IRI cannot hold are percent-encoded, so every store accepts it
    assert iris.node("org:A B/C#1").value == "http://example.org/kg/org/A%20B%2FC%231"
    assert iris.node('policy:"x"<y>{z}|^`\\').value.endswith("%22x%22%3Cy%3E%7Bz%7D%7C%5E%60%5C")


def test_awkward_names_round_trip_through_rdflib(tmp_path):
    """Scraped names such as "**1." (markdown residue) still give Turtle that rdflib reads back."""
    from kg.graph import Node
    from loaders.files import read_graph

    g = Graph()
    for name in ("**1.", "a b/c", "x.y.", "100%"):
        g.add_node(Node(f"project:江西省:{name}", "Project", name + "项目"))
    path = write_rdf(g, tmp_path).path
    labels = {str(o) for o in rdflib.Graph().parse(path, format="turtle").objects(None, rdflib.RDFS.label)}
    assert {"**1.项目", "a b/c项目", "x.y.项目", "100%项目"} <= labels


def test_sample_export_conforms_to_the_shapes(exports):
    from pyshacl import validate

    _, paths = exports
    conforms, _, text = validate(rdflib.Graph().parse(paths["turtle"]), shacl_graph=str(SHAPES), inference="rdfs")
    assert conforms, text[:3000]


def test_a_broken_export_does_not_conform(tmp_path):
    from pyshacl import validate

    from kgapp.pipeline import build

    build([ROOT / "data" / "reports" / "2016_安阳市.md"], tmp_path, progress=False)
    data = rdflib.Graph().parse(tmp_path / "graph.ttl")
    region = rdflib.URIRef(Iris().node("region:安阳市").value)
    policy = next(data.subjects(rdflib.RDF.type, rdflib.URIRef(GK.Policy.value)))
    data.add((region, rdflib.URIRef(GK.hasProject.value), policy))  # a policy where a project belongs
    span = next(data.subjects(rdflib.RDF.type, rdflib.URIRef("http://www.w3.org/ns/oa#TextPositionSelector")))
    data.set((span, rdflib.URIRef("http://www.w3.org/ns/oa#start"), rdflib.Literal(10 ** 9)))  # start after end
    conforms, _, text = validate(data, shacl_graph=str(SHAPES), inference="rdfs")
    assert not conforms
    assert "gk:Project" in text or "Project" in text
    assert "lessThanOrEquals" in text or "LessThanOrEquals" in text


@pytest.mark.corpus
def test_corpus_sample_of_every_level_conforms(tmp_path):
    from pyshacl import validate

    from kgapp.pipeline import build

    corpus = SHARED / "corpus"
    needs(corpus, "report corpus")
    picks = []
    for folder in sorted(corpus.iterdir()):
        if folder.is_dir():
            files = sorted(folder.rglob("*.md"))
            picks += [files[0], files[len(files) // 2], files[-1]]  # oldest regions/years to newest
    build(picks, tmp_path, progress=False)
    conforms, _, text = validate(rdflib.Graph().parse(tmp_path / "graph.ttl"), shacl_graph=str(SHAPES),
                                 inference="rdfs")
    assert conforms, text[:3000]


def test_export_cli_writes_formats_and_fails_in_one_line(sample_build, tmp_path):
    kg = [sys.executable, "-m", "kgapp.cli", "export", "rdf"]
    import shutil

    shutil.copy(sample_build / "graph.json", tmp_path / "graph.json")
    ok = subprocess.run(kg + [str(tmp_path), "--format", "nt", "--base-iri", "http://example.org/x/"],
                        capture_output=True, text=True, cwd=ROOT)
    assert ok.returncode == 0 and "triples" in ok.stderr
    assert "<http://example.org/x/region/三门峡市>" in (tmp_path / "graph.nt").read_text(encoding="utf-8")
    bad = subprocess.run(kg + [str(tmp_path / "nowhere")], capture_output=True, text=True, cwd=ROOT)
    assert bad.returncode == 1 and len(bad.stderr.strip().splitlines()) == 1 and "graph.json" in bad.stderr


def test_the_rdflib_dataset_is_the_trig_export(exports):
    g, paths = exports
    ds = to_rdflib(g)
    trig = rdflib.Dataset().parse(paths["trig"], format="trig")
    assert {str(c.identifier) for c in ds.graphs()} - {str(rdflib.graph.DATASET_DEFAULT_GRAPH_ID)} == \
        {str(c.identifier) for c in trig.graphs()} - {str(rdflib.graph.DATASET_DEFAULT_GRAPH_ID)}
    union = [rdflib.Graph(), rdflib.Graph()]
    for g_, d in zip(union, (ds, trig)):
        for s, p, o, _ in d.quads():
            g_.add((s, p, o))
    assert len(union[0]) > 10_000 and isomorphic(*union)
