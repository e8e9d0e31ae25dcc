"""Benchmark: RDF export and the SPARQL library on rdflib and Oxigraph, side by side.

    PYTHONPATH=. python benchmarks/rdf_sparql.py OUT_DIR            # an existing `kg build` output
    PYTHONPATH=. python benchmarks/rdf_sparql.py ../shared/corpus --limit 300 --workers 2
Prints export time, triples and file size per format, then the load (parse) time of graph.ttl
and the time of every query of queries/sparql/ per engine. Each engine runs in its own process under a
memory limit, each query with a time limit, so an engine that cannot cope is reported as such
(for Oxigraph the load is the building of the on-disk store that `kg sparql` then reuses).
"""
from __future__ import annotations

import argparse
import json
import queue
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg import sparql  # noqa: E402


QUERIES = sorted((ROOT / "queries" / "sparql").glob("*.rq"))


def engine_steps(engine: str, out_dir: str, start: int) -> None:
    """Child process: load the export, then run the queries from index `start`, printing one JSON line
    per step as it ends, so that the parent can time out one step without losing the others."""
    def emit(step: str, seconds: float, rows: int | None = None) -> None:
        # VmHWM, not ru_maxrss: Linux carries ru_maxrss over exec, so it would count the parent's graph
        status = Path("/proc/self/status").read_text()
        rss = int(status.split("VmHWM:")[1].split()[0]) / 1024
        print(json.dumps({"step": step, "s": seconds, "rows": rows, "rss_mb": rss}), flush=True)
    if engine == "oxigraph" and start == 0:  # measure the load itself, not a cached store
        shutil.rmtree(Path(out_dir) / sparql.STORE_DIR, ignore_errors=True)
    t0 = time.perf_counter()
    store = sparql.open_store(out_dir, engine)
    emit("load", time.perf_counter() - t0)
    for f in QUERIES[start:]:
        t0 = time.perf_counter()
        _, rows = sparql.run(store, f.read_text(encoding="utf-8"))
        emit(f.stem, time.perf_counter() - t0, len(rows))


def measure(engine: str, out: Path, load_timeout: float, query_timeout: float, memory_gb: float) -> dict:
    """{step: figures dict or a reason string} for one engine, each step printed as it ends. A query
    over its time limit is recorded as such and the child restarted after it (for Oxigraph this
    reopens the cached store) - unless loading took longer than a query may, in which case the
    remaining queries are not run rather than re-loading for each."""
    def limit_memory() -> None:
        cap = int(memory_gb * 2**30)
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    results: dict = {}
    start = 0
    while start == 0 or start < len(QUERIES):
        proc = subprocess.Popen([sys.executable, __file__, str(out), "--engine-only", engine, "--start", str(start)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, preexec_fn=limit_memory)
        lines: queue.Queue = queue.Queue()
        threading.Thread(target=lambda: [lines.put(x) for x in proc.stdout] + [lines.put(None)], daemon=True).start()
        for i, step in enumerate(["load"] + [f.stem for f in QUERIES[start:]]):
            timeout = load_timeout if step == "load" else query_timeout
            try:
                line = lines.get(timeout=timeout)
                reason = "" if line else "failed: " + (proc.stderr.read().strip().splitlines() or ["?"])[-1][:120]
            except queue.Empty:
                proc.kill()
                line, reason = None, f"over {timeout:.0f} s"
            if line is None:
                if step == "load":  # nothing after it can run
                    results.setdefault("load", reason)
                    print(f"  {engine} load: {reason}", flush=True)
                    return results
                results[step] = reason
                print(f"  {engine} {step}: {reason}", flush=True)
                start += i  # restart after the query that failed
                load = results.get("load")
                if isinstance(load, dict) and load["s"] > query_timeout and start < len(QUERIES):
                    for f in QUERIES[start:]:
                        results[f.stem] = f"not run (a restart re-loads for {load['s']:.0f} s)"
                    start = len(QUERIES)
                break
            if step != "load" or start == 0:  # a restart's reload is not the load figure
                results[step] = json.loads(line)
                print(f"  {engine} {step}: {results[step]['s']:.2f} s, peak {results[step]['rss_mb']:,.0f} MB",
                      flush=True)
        else:
            start = len(QUERIES)
        proc.wait()
    return results

def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("source", help="a `kg build` output folder, or reports to build first")
    ap.add_argument("--limit", type=int, default=0, help="first N reports in path order (0: all)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--load-timeout", type=float, default=1800, help="seconds allowed to load graph.ttl (default: 1800)")
    ap.add_argument("--query-timeout", type=float, default=300, help="seconds allowed per query (default: 300)")
    ap.add_argument("--memory-gb", type=float, default=16, help="address-space limit of each engine process "
                                                                 "(default: 16), so a store too big fails alone")
    ap.add_argument("--engines", default="oxigraph,rdflib")
    ap.add_argument("--formats", default="turtle,trig,nt", help="formats to export (default: turtle,trig,nt; "
                                                                 "graph.ttl is what the engines load)")
    ap.add_argument("--engine-only", help=argparse.SUPPRESS)
    ap.add_argument("--start", type=int, default=0, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.engine_only:
        engine_steps(a.engine_only, a.source, a.start)
        return

    from loaders.files import read_graph
    from kgapp.pipeline import build
    from kg.read import iter_paths
    from loaders.rdf import write_rdf

    tmp = tempfile.TemporaryDirectory()
    out = Path(a.source)
    if not (out / "graph.json").exists():
        files = sorted(str(p) for p in iter_paths([a.source]) if not isinstance(p, Exception))
        out = Path(tmp.name)
        build(files[:a.limit] if a.limit else files, out, workers=a.workers, progress=False)
    t0 = time.perf_counter()
    graph = read_graph(out)
    print(f"graph: {len(graph.nodes):,} nodes, {len(graph.edges):,} edges (graph.json read in "
          f"{time.perf_counter() - t0:.1f} s)")
    print("| format | export s | triples | MB |\n|---|---|---|---|")
    for fmt in filter(None, a.formats.split(",")):
        t0 = time.perf_counter()
        written = write_rdf(graph, out, fmt=fmt)
        path, n = written.path, written.items
        print(f"| {fmt} | {time.perf_counter() - t0:.1f} | {n:,} | {path.stat().st_size / 1e6:.0f} |", flush=True)
    del graph
    engines = a.engines.split(",")
    results = {e: measure(e, out, a.load_timeout, a.query_timeout, a.memory_gb) for e in engines}

    def cell(engine: str, step: str, rows: bool = True) -> str:
        r = results[engine].get(step, "not run")
        if isinstance(r, str):
            return r
        return f"{r['s']:.2f}" + (f" ({r['rows']} rows)" if rows and r["rows"] is not None else "")
    print("\n| step | " + " | ".join(engines) + " |\n|---|" + "---|" * len(engines))
    print("| parse graph.ttl (s) | " + " | ".join(cell(e, "load") for e in engines) + " |")
    for f in QUERIES:
        print(f"| {f.stem} (s) | " + " | ".join(cell(e, f.stem) for e in engines) + " |")
    peaks = [max((r["rss_mb"] for r in results[e].values() if isinstance(r, dict)), default=0) for e in engines]
    print("| peak RSS (MB) | " + " | ".join(f"{p:,.0f}" for p in peaks) + " |")

if __name__ == "__main__":
    main()
