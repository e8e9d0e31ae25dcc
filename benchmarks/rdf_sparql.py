"""Benchmark: RDF export and the SPARQL library on rdflib and Oxigraph, side by side.

    PYTHONPATH=. python benchmarks/rdf_sparql.py OUT_DIR            # an existing `kg build` output
    PYTHONPATH=. python benchmarks/rdf_sparql.py ../shared/corpus --limit 300 --workers 2
Prints export time, triples and file size per format, then the load (parse) time of graph.ttl
and the time of every query of queries/sparql/ per engine. Each engine runs in its own process
with a time limit (--timeout), so an engine that cannot cope is reported as such.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg import sparql  # noqa: E402


def engine_figures(engine: str, out_dir: str) -> dict:
    t0 = time.perf_counter()
    store = sparql.open_store(out_dir, engine)
    figures = {"load_s": time.perf_counter() - t0, "queries": {}}
    for f in sorted((ROOT / "queries" / "sparql").glob("*.rq")):
        t0 = time.perf_counter()
        _, rows = sparql.run(store, f.read_text(encoding="utf-8"))
        figures["queries"][f.stem] = (time.perf_counter() - t0, len(rows))
    figures["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return figures


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("source", help="a `kg build` output folder, or reports to build first")
    ap.add_argument("--limit", type=int, default=0, help="first N reports in path order (0: all)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--timeout", type=int, default=900, help="seconds allowed per engine (default: 900)")
    ap.add_argument("--formats", default="turtle,trig,nt", help="formats to export (default: turtle,trig,nt; "
                                                                 "graph.ttl is what the engines load)")
    ap.add_argument("--engine-only", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.engine_only:
        print(json.dumps(engine_figures(a.engine_only, a.source)))
        return

    from kg.graph import Graph
    from kg.pipeline import build
    from kg.read import iter_paths
    from loaders.rdf import write_rdf

    tmp = tempfile.TemporaryDirectory()
    out = Path(a.source)
    if not (out / "graph.json").exists():
        files = sorted(str(p) for p in iter_paths([a.source]) if not isinstance(p, Exception))
        out = Path(tmp.name)
        build(files[:a.limit] if a.limit else files, out, workers=a.workers, progress=False)
    t0 = time.perf_counter()
    graph = Graph.load(out)
    print(f"graph: {len(graph.nodes):,} nodes, {len(graph.edges):,} edges (graph.json read in "
          f"{time.perf_counter() - t0:.1f} s)")
    print("| format | export s | triples | MB |\n|---|---|---|---|")
    for fmt in a.formats.split(","):
        t0 = time.perf_counter()
        path, n = write_rdf(graph, out, fmt)
        print(f"| {fmt} | {time.perf_counter() - t0:.1f} | {n:,} | {path.stat().st_size / 1e6:.0f} |", flush=True)
    del graph
    results = {}
    for engine in ("oxigraph", "rdflib"):
        try:
            done = subprocess.run([sys.executable, __file__, str(out), "--engine-only", engine], capture_output=True,
                                  text=True, timeout=a.timeout)
            results[engine] = json.loads(done.stdout) if done.returncode == 0 else done.stderr.strip()[-200:]
        except subprocess.TimeoutExpired:
            results[engine] = f"did not finish within {a.timeout} s"
    print("\n| step | oxigraph | rdflib |\n|---|---|---|")

    def cell(engine, pick):
        r = results[engine]
        return pick(r) if isinstance(r, dict) else r
    print("| parse graph.ttl (s) | " + " | ".join(cell(e, lambda r: f"{r['load_s']:.1f}") for e in ("oxigraph", "rdflib"))
          + " |")
    names = sorted((ROOT / "queries" / "sparql").glob("*.rq"))
    for f in names:
        print(f"| {f.stem} (s) | " + " | ".join(
            cell(e, lambda r: f"{r['queries'][f.stem][0]:.2f} ({r['queries'][f.stem][1]} rows)")
            for e in ("oxigraph", "rdflib")) + " |")
    print("| peak RSS (MB) | " + " | ".join(cell(e, lambda r: f"{r['peak_rss_mb']:,.0f}") for e in ("oxigraph", "rdflib"))
          + " |")


if __name__ == "__main__":
    main()
