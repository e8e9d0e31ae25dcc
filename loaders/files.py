"""File writers: graph.json, graph.graphml and reports/<id>.json, each written atomically.

graph.json and graph.graphml are written piece by piece (loaders.pieces): a corpus graph is never
copied into a second structure (a dict tree or a networkx graph) just to be written, and a piece
whose part of the graph did not change since the previous build is copied from the previous file.
"""
from __future__ import annotations

import json
import re
from itertools import chain
from pathlib import Path
from typing import Any, Callable, Collection, Iterable, Iterator
from xml.sax.saxutils import escape, quoteattr

from kg import schema
from kg.contract import report_json
from kg.graph import Edge, Graph, Node, edge_dict, node_dict, pieces
from kg.model import Extraction
from loaders.staging import atomic_write

from .pieces import Item, index_path, write_pieces
from .writer import Change, Written



def read_graph(out_dir: str | Path) -> Graph:
    """The graph of a `kg build` output folder, read back from its graph.json (loaders and queries
    work from it instead of re-extracting)."""
    path = Path(out_dir) / "graph.json"
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no graph here; run `kg build … --out {out_dir}` first")
    return Graph.from_dict(json.loads(path.read_text(encoding="utf-8")))

def write_graph_json(graph: Graph, out_dir: Path, change: Change | None = None) -> Written:
    """OUT_DIR/graph.json: {"nodes": [...], "edges": [...]}, one node or edge per line. With a change,
    the lines of the parts it did not touch are copied from the previous file (loaders.pieces)."""
    path = Path(out_dir) / "graph.json"
    parts = pieces(graph)

    def section(head: bytes, kind: str, dump: Callable[[Any], dict[str, Any]]) -> Iterator[Item]:
        yield head
        first = True
        for p in parts:
            items = p.nodes if kind == "nodes" else p.edges
            if items:
                if not first:
                    yield b",\n"
                first = False
                yield (kind, p.name), lambda items=items: ",\n".join(
                    json.dumps(dump(x), ensure_ascii=False) for x in items).encode()
        yield b"\n"
    rendered = write_pieces(path, chain(section(b'{"nodes": [\n', "nodes", node_dict),
                                        section(b'],\n"edges": [\n', "edges", edge_dict), [b"]}\n"]),
                            index_path(path.parent, path.name), change.parts if change else None)
    return Written(path, len(graph.nodes) + len(graph.edges), rendered)


# GraphML attribute types of the schema's property types; lists are written as JSON text
_GRAPHML_TYPE = {schema.STRING: "string", schema.INT: "long", schema.FLOAT: "double", schema.BOOL: "boolean"}
_EVIDENCE_KEYS = {"evidence": schema.STRING, "evidence_report": schema.STRING, "evidence_start": schema.INT,
                  "evidence_end": schema.INT}


def _keys() -> tuple[dict[str, str], dict[str, str]]:
    """Attribute name -> schema type, for nodes and for edges. From the schema alone, so that the
    header (and the key ids in every element) never depends on what a corpus happens to hold."""
    nodes = {"label": schema.STRING, "name": schema.STRING, "aliases": schema.STRING}
    edges = {"type": schema.STRING}
    for props in schema.NODES.values():
        nodes.update(props)
    for _, props in schema.RELATIONSHIPS.values():
        edges.update(props)
    edges.update(_EVIDENCE_KEYS)
    return nodes, edges


def _value(v: Any, typ: str) -> str:
    if typ == schema.INT:
        return str(int(v))
    if typ == schema.FLOAT:
        return repr(float(v))
    if typ == schema.BOOL:
        return "true" if v else "false"
    return v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)


# characters XML 1.0 forbids (a NUL or another control byte inside a report): one of them would make
# the whole file unreadable, so each becomes U+FFFD
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_text(s: str) -> str:
    return escape(_NOT_XML.sub("\ufffd", s))


def _xml_attr(s: str) -> str:
    return quoteattr(_NOT_XML.sub("\ufffd", s))


def _data(attrs: dict[str, Any], ids: dict[str, tuple[str, str]], what: str) -> str:
    try:
        return "".join(f'<data key="{ids[k][0]}">{_xml_text(_value(v, ids[k][1]))}</data>'
                       for k, v in attrs.items() if v is not None and v != "" and v != [])
    except KeyError as e:
        raise ValueError(f"{what}: property {e} is not in kg/schema.py") from None


def write_graphml(graph: Graph, out_dir: Path, change: Change | None = None) -> Written:
    """OUT_DIR/graph.graphml (directed, parallel edges of different types), readable by networkx, Gephi
    and igraph. With a change, the elements of the parts it did not touch are copied from the previous
    file (loaders.pieces)."""
    path = Path(out_dir) / "graph.graphml"
    node_keys, edge_keys = _keys()
    nids = {k: (f"n{i}", t) for i, (k, t) in enumerate(node_keys.items())}
    eids = {k: (f"e{i}", t) for i, (k, t) in enumerate(edge_keys.items())}

    def node(n: Node) -> str:
        attrs = {"label": n.label, "name": n.name, "aliases": "|".join(n.aliases), **n.properties}
        return f"<node id={_xml_attr(n.id)}>{_data(attrs, nids, n.id)}</node>\n"

    def edge(e: Edge) -> str:
        attrs = {"type": e.type, **e.properties}
        if e.evidence:
            ev = e.evidence[0]
            attrs.update(evidence=ev.sentence, evidence_report=ev.report, evidence_start=ev.start, evidence_end=ev.end)
        return (f"<edge id={_xml_attr(e.type)} source={_xml_attr(e.source)} target={_xml_attr(e.target)}>"
                f"{_data(attrs, eids, e.type)}</edge>\n")

    head = ('<?xml version="1.0" encoding="utf-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/'
            'xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n')
    for scope, ids in (("node", nids), ("edge", eids)):
        for name, (kid, typ) in ids.items():
            head += (f'<key id="{kid}" for="{scope}" attr.name={quoteattr(name)} '
                     f'attr.type="{_GRAPHML_TYPE.get(typ, "string")}"/>\n')
    head += '<graph edgedefault="directed">\n'
    parts = pieces(graph)
    items: list[Item] = [head.encode()]
    items += [(("nodes", p.name), lambda p=p: "".join(map(node, p.nodes)).encode()) for p in parts]
    items += [(("edges", p.name), lambda p=p: "".join(map(edge, p.edges)).encode()) for p in parts]
    items.append(b"</graph>\n</graphml>\n")
    rendered = write_pieces(path, items, index_path(path.parent, path.name), change.parts if change else None)
    return Written(path, len(graph.nodes) + len(graph.edges), rendered)


def write_reports(extractions: Iterable[Extraction], folder: Path) -> list[Path]:
    """One contract JSON per report, on one line; returns the paths written. Not indented: Python's
    JSON encoder indents in Python, not in C, which tripled the time of writing the corpus's files."""
    out = []
    for ex in extractions:
        p = folder / f"{ex.meta.id}.json"
        atomic_write(p, lambda f, ex=ex: f.write(json.dumps(report_json(ex), ensure_ascii=False)))
        out.append(p)
    return out
