"""File writers: graph.json, graph.graphml and reports/<id>.json, each written atomically."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable

import networkx as nx

from kg.contract import report_json
from kg.graph import Graph
from kg.model import Extraction
from kg.staging import atomic_write


def write_graph_json(graph: Graph, path: Path) -> None:
    atomic_write(path, lambda f: json.dump(graph.to_dict(), f, ensure_ascii=False, indent=1))


def write_graphml(graph: Graph, path: Path) -> None:
    atomic_write(path, lambda f: nx.write_graphml(graph.to_networkx(), f), mode="wb")


def write_reports(extractions: Iterable[Extraction], folder: Path) -> list[Path]:
    """One contract JSON per report; returns the paths written."""
    out = []
    for ex in extractions:
        p = folder / f"{ex.meta.id}.json"
        atomic_write(p, lambda f, ex=ex: json.dump(report_json(ex), f, ensure_ascii=False, indent=1))
        out.append(p)
    return out
