"""File writers: graph.json, graph.graphml and reports/<id>.json, each written atomically.

graph.json and graph.graphml are streamed item by item: a corpus graph is never copied into a
second structure (a dict tree or a networkx graph) just to be written.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterable, TextIO
from xml.sax.saxutils import escape, quoteattr

from kg import schema
from kg.contract import report_json
from kg.graph import Graph, edge_dict, node_dict
from kg.model import Extraction
from kg.staging import atomic_write


def write_graph_json(graph: Graph, path: Path) -> None:
    """{"nodes": [...], "edges": [...]}, one node or edge per line."""
    def write(f: TextIO) -> None:
        for head, items in (('{"nodes": [\n', map(node_dict, graph.nodes.values())),
                            ('],\n"edges": [\n', map(edge_dict, graph.edges.values()))):
            f.write(head)
            for i, item in enumerate(items):
                f.write((",\n" if i else "") + json.dumps(item, ensure_ascii=False))
            f.write("\n")
        f.write("]}\n")
    atomic_write(path, write)


# GraphML attribute types of the schema's property types; lists are written as JSON text
_GRAPHML_TYPE = {schema.STRING: "string", schema.INT: "long", schema.FLOAT: "double"}
_EVIDENCE_KEYS = {"evidence": schema.STRING, "evidence_report": schema.STRING, "evidence_start": schema.INT,
                  "evidence_end": schema.INT}


def _keys(graph: Graph) -> tuple[dict[str, str], dict[str, str]]:
    """Attribute name -> schema type, for nodes and for edges (the schema's, then any other as text)."""
    nodes = {"label": schema.STRING, "name": schema.STRING, "aliases": schema.STRING}
    edges = {"type": schema.STRING}
    for props in schema.NODES.values():
        nodes.update(props)
    for _, props in schema.RELATIONSHIPS.values():
        edges.update(props)
    edges.update(_EVIDENCE_KEYS)
    for n in graph.nodes.values():
        for k in n.properties.keys() - nodes.keys():
            nodes[k] = schema.STRING
    for e in graph.edges.values():
        for k in e.properties.keys() - edges.keys():
            edges[k] = schema.STRING
    return nodes, edges


def _value(v: Any, typ: str) -> str:
    if typ == schema.INT:
        return str(int(v))
    if typ == schema.FLOAT:
        return repr(float(v))
    return v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)


def _data(attrs: dict[str, Any], ids: dict[str, tuple[str, str]]) -> str:
    return "".join(f'<data key="{ids[k][0]}">{escape(_value(v, ids[k][1]))}</data>'
                   for k, v in attrs.items() if v is not None and v != "" and v != [])


def write_graphml(graph: Graph, path: Path) -> None:
    """GraphML (directed, parallel edges of different types), readable by networkx, Gephi and igraph."""
    node_keys, edge_keys = _keys(graph)
    nids = {k: (f"n{i}", t) for i, (k, t) in enumerate(node_keys.items())}
    eids = {k: (f"e{i}", t) for i, (k, t) in enumerate(edge_keys.items())}

    def write(f: TextIO) -> None:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
                'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/'
                'xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n')
        for scope, ids in (("node", nids), ("edge", eids)):
            for name, (kid, typ) in ids.items():
                f.write(f'<key id="{kid}" for="{scope}" attr.name={quoteattr(name)} '
                        f'attr.type="{_GRAPHML_TYPE.get(typ, "string")}"/>\n')
        f.write('<graph edgedefault="directed">\n')
        for n in graph.nodes.values():
            attrs = {"label": n.label, "name": n.name, "aliases": "|".join(n.aliases), **n.properties}
            f.write(f"<node id={quoteattr(n.id)}>{_data(attrs, nids)}</node>\n")
        for e in graph.edges.values():
            attrs = {"type": e.type, **e.properties}
            if e.evidence:
                ev = e.evidence[0]
                attrs.update(evidence=ev.sentence, evidence_report=ev.report, evidence_start=ev.start,
                             evidence_end=ev.end)
            f.write(f"<edge id={quoteattr(e.type)} source={quoteattr(e.source)} target={quoteattr(e.target)}>"
                    f"{_data(attrs, eids)}</edge>\n")
        f.write("</graph>\n</graphml>\n")
    atomic_write(path, write)


def write_reports(extractions: Iterable[Extraction], folder: Path) -> list[Path]:
    """One contract JSON per report; returns the paths written."""
    out = []
    for ex in extractions:
        p = folder / f"{ex.meta.id}.json"
        atomic_write(p, lambda f, ex=ex: json.dump(report_json(ex), f, ensure_ascii=False, indent=1))
        out.append(p)
    return out
