"""Knowledge graphs from Chinese government work reports (政府工作报告).

Python API::

    from kg import build, extract_paths
    run = build(["data/reports"], "out/")        # writes out/graph.json, graph.graphml, reports/
    run = extract_paths(["data/raw"])            # extractions only
"""
from .pipeline import RunResult, build, extract_paths

__all__ = ["build", "extract_paths", "RunResult"]
