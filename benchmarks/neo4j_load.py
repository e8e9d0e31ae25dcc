"""Benchmark: load the graph of the corpus (or of N reports) into Neo4j and print the figures.

    PYTHONPATH=. python benchmarks/neo4j_load.py ../shared/corpus --limit 300 --workers 2
    PYTHONPATH=. python benchmarks/neo4j_load.py OUT_DIR --batch-size 5000   # an existing `kg build` output
Uses $NEO4J_URI/… when set, else starts tools/neo4j-server (and stops it afterwards).
"""
from __future__ import annotations

import argparse
import importlib.util
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.graph import Graph  # noqa: E402
from kgapp.pipeline import build  # noqa: E402
from kg.read import iter_paths  # noqa: E402
from loaders.neo4j import Neo4jTarget, load_neo4j  # noqa: E402
from loaders.files import read_graph


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("source", help="reports (file or folder), or a `kg build` output folder to load as it is")
    ap.add_argument("--limit", type=int, default=0, help="first N reports in path order (0: all)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--batch-size", type=int, default=2000)
    a = ap.parse_args()
    built = (Path(a.source) / "graph.json").exists()
    files = [] if built else sorted(str(p) for p in iter_paths([a.source]) if not isinstance(p, Exception))
    files = files[:a.limit] if a.limit else files
    started = None
    if not os.environ.get("NEO4J_URI"):
        os.environ["KG_NEO4J_STATE"] = tempfile.mkdtemp(prefix="kg-bench-neo4j-")  # its own server, nobody else's
        out = subprocess.run([str(ROOT / "tools" / "neo4j-server"), "start"], capture_output=True, text=True, check=True)
        os.environ.update(kv.split("=", 1) for kv in out.stdout.strip().splitlines()[-1].split())
        started = True
    try:
        with tempfile.TemporaryDirectory() as tmp:
            t0 = time.perf_counter()
            if not built:
                build(files, tmp, workers=a.workers, progress=False)
            t_build = time.perf_counter() - t0
            g = read_graph(a.source if built else tmp)
            st = load_neo4j(g, Neo4jTarget.from_env(), batch_size=a.batch_size, replace=True, progress=False)
        rust = "with" if importlib.util.find_spec("neo4j._rust") else "without"
        reports = sum(1 for n in g.nodes.values() if n.label == "Report")
        print(f"reports {reports} | build {t_build:.1f} s | nodes {len(g.nodes)} | relationships {len(g.edges)} | "
              f"load {st.seconds:.1f} s | {st.rows / st.seconds:,.0f} rows/s (batch {a.batch_size}, {rust} neo4j-rust-ext)")
    finally:
        if started:
            subprocess.run([str(ROOT / "tools" / "neo4j-server"), "stop"])


if __name__ == "__main__":
    main()
