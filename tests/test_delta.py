"""The build manifest (kgapp.delta): what the next build reads back is what this one saved."""
import pickle

from kgapp.delta import Manifest
from kg.graph import REST, Edge, Graph, Node


def _graph() -> Graph:
    g = Graph()
    for rid, nodes, edges in (("r1", ["report:r1", "region:甲市"], [("report:r1", "region:甲市", "ABOUT")]),
                              ("r2", ["report:r2"], [("report:r2", "region:甲市", "ABOUT"),
                                                     ("report:r2", "org:不在图中", "MENTIONS")])):
        for n in nodes:
            g.add_node(Node(n, "Report", n))
        for s, t, typ in edges:
            g.add_edge(Edge(s, t, typ))
        g.parts.append((rid, len(g.nodes), len(g.edges)))
    g.add_edge(Edge("region:甲市", "report:r1", "MEETS", {"gap": 0.5}))
    return g


def test_a_saved_manifest_reads_back_equal_and_names_the_part_of_each_element(tmp_path):
    m = Manifest.of("settings", _graph(), {"r1": "k1:0", "r2": "k2:0"})
    m.save(tmp_path)
    back = Manifest.load(tmp_path)
    assert back == m
    # an edge whose end is no node (kept by its name all the same), and the target links after the cuts
    mention, link = ("report:r2", "MENTIONS", "org:不在图中"), ("region:甲市", "MEETS", "report:r1")
    assert back.parts_of({"region:甲市", mention, link}) == {"region:甲市": "r1", mention: "r2", link: REST}


def test_a_manifest_that_will_not_load_is_none(tmp_path):
    Manifest.path(tmp_path).parent.mkdir(parents=True)
    Manifest.path(tmp_path).write_bytes(pickle.dumps({"not": "a manifest"}))
    assert Manifest.load(tmp_path) is None
    Manifest.path(tmp_path).write_bytes(b"\x80\x05truncated")
    assert Manifest.load(tmp_path) is None
