"""The region × policy matrix: which region names which of the most shared policies, and from when.

Rows are the reporting regions grouped by province (the province first, then its cities), columns
the policies named by most regions, a cell the first year one of the region's reports names the
policy, with that sentence and report (what a study of policy diffusion starts from).
"""
from __future__ import annotations

from collections import defaultdict
from typing import Any

from kg.graph import Graph

from .charts import report_label
from .views import VALUE_NAMES, GraphIndex, region_ids

MATRIX_FILE = "matrix.html"


def policy_matrix(graph: Graph, index: GraphIndex, region_pages: dict[str, str], columns: int = 60) -> dict[str, Any]:
    """{regions: [[name, province, page]], policies: [[id, name, scope, regions]], cells: [[row, column,
    year, sentence index, report]], sentences, reports: {id: label}}; columns: how many policies."""
    policies = {k for k, n in graph.nodes.items() if n.label == "Policy"}
    first: dict[str, dict[str, tuple[int, str, str]]] = defaultdict(dict)  # policy -> region -> (year, report, sentence)
    rows = sorted(region_ids(graph, index), key=lambda r: _row_order(graph, r))
    for rid in rows:
        for rep in index.region_reports[rid]:
            report = rep.split(":", 1)[1]
            year = index.year(report)
            for e in index.out[rep]:
                if e.type == "MENTIONS" and e.target in policies and year:
                    seen = first[e.target].get(rid)
                    if seen is None or (year, report) < seen[:2]:
                        sentence = next((v.sentence for v in e.evidence if v.sentence), "")
                        first[e.target][rid] = (year, report, sentence)
    shared = sorted((p for p, by in first.items() if len(by) >= 2),
                    key=lambda p: (-len(first[p]), graph.nodes[p].name))[:columns]
    at = {r: i for i, r in enumerate(rows)}
    sentences: dict[str, int] = {}
    cells, reports = [], {}
    for j, p in enumerate(shared):
        for rid, (year, report, sentence) in first[p].items():
            cells.append([at[rid], j, year, sentences.setdefault(sentence, len(sentences)), report])
            reports[report] = report_label(index.titles, report)
    return {"regions": [[graph.nodes[r].name, graph.nodes[r].properties.get("province") or "", region_pages.get(r, "")]
                        for r in rows],
            "policies": [[p, graph.nodes[p].name, VALUE_NAMES.get(graph.nodes[p].properties.get("scope") or "", ""),
                          len(first[p])] for p in shared],
            "cells": sorted(cells), "sentences": list(sentences), "reports": reports}


def _row_order(graph: Graph, rid: str) -> tuple:
    """By province, the province's own row first, then its cities by name (the nation before all)."""
    p = graph.nodes[rid].properties
    level = p.get("level")
    return (level != "national", p.get("province") or graph.nodes[rid].name, level != "province", graph.nodes[rid].name)
