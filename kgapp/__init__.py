"""The application: the `kg` command, the build (files in → extractions → graph → writers) and the
query engines (Cypher on the embedded database, SPARQL on the RDF).

Python API::

    from kgapp import build, extract_paths
    run = build(["data/reports"], "out/")        # writes out/graph.json, graph.ttl, graph.lbug, html/, reports/
    run = extract_paths(["data/raw"])            # extractions only
"""
from .pipeline import RunResult, build, extract_paths

__all__ = ["build", "extract_paths", "RunResult"]
