"""Benchmark: HTML page generation time and size, and the browser's time to draw the heaviest pages.

    PYTHONPATH=. python benchmarks/html_pages.py OUT_DIR                 # an existing `kg build` output
    PYTHONPATH=. python benchmarks/html_pages.py ../shared/corpus --limit 300 --workers 2
Writes OUT_DIR/html/ (as `kg viz` does), prints generation time by stage and page sizes, then opens
the biggest region pages, the matrix and the overview in headless Chromium (Debian's, via Playwright)
and prints the time from navigation to the first complete drawing (a graph page: the network's first
drawing, its positions computed when the page was written; the matrix: the frame after it is built),
beside the budget (2 s) and the baseline measured before the pages had tables, matrix and ECharts.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

BUDGET_MS = 2000
# the pages of commit e8f6bd9 (graph only, no tables), whole corpus, this 2-core machine, median of 3
# (the biggest region page then: region-广州市.html); the matrix had no counterpart. write_html took 34.1 s.
BASELINE_MS = {"biggest region page": 1505, "overview.html": 2641}


def browser_times(pages: list[Path], runs: int) -> dict[str, list[float]]:
    """Milliseconds from navigation start to the page's first complete drawing (runs each)."""
    from playwright.sync_api import sync_playwright

    out: dict[str, list[float]] = {}
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        for page_path in pages:
            for _ in range(runs):
                ctx = b.new_context(viewport={"width": 1400, "height": 900})
                page = ctx.new_page()
                page.goto(page_path.as_uri())
                page.wait_for_function("window.kg && window.kg.ready", timeout=120_000)
                out.setdefault(page_path.name, []).append(page.evaluate("kg.readyMs"))
                ctx.close()
        b.close()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("source", help="a `kg build` output folder, or reports to build first")
    ap.add_argument("--limit", type=int, default=0, help="first N reports in path order (0: all)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--runs", type=int, default=3, help="browser loads per page (default: 3)")
    ap.add_argument("--biggest", type=int, default=3, help="region pages to open in the browser (default: 3)")
    a = ap.parse_args()

    from loaders.files import read_graph
    from kgapp.pipeline import build
    from kg.read import iter_paths
    from loaders.html import HTML_DIR, write_html
    from loaders.html.charts import figures, indicator_charts
    from loaders.html.matrix import MATRIX_FILE, policy_matrix
    from loaders.html.views import GraphIndex, overview, region_ids, region_tables, region_view

    tmp = tempfile.TemporaryDirectory()
    out = Path(a.source)
    if not (out / "graph.json").exists():
        files = sorted(str(p) for p in iter_paths([a.source]) if not isinstance(p, Exception))
        out = Path(tmp.name)
        build(files[:a.limit] if a.limit else files, out, workers=a.workers, progress=False)
    t0 = time.perf_counter()
    graph = read_graph(out)
    print(f"graph: {len(graph.nodes):,} nodes, {len(graph.edges):,} edges (read in {time.perf_counter() - t0:.1f} s)")

    stages: dict[str, float] = {}

    def timed(name: str, fn):
        t = time.perf_counter()
        result = fn()
        stages[name] = time.perf_counter() - t
        return result
    index = timed("index of the graph", lambda: GraphIndex(graph))
    figs = timed("indicator figures", lambda: figures(graph))
    timed("overview view + layout", lambda: overview(graph, index))
    rids = region_ids(graph, index)
    timed(f"{len(rids)} region views + layout", lambda: [region_view(graph, r, index) for r in rids])
    timed(f"{len(rids)} region tables", lambda: [region_tables(graph, r, index, figs) for r in rids])
    timed("matrix", lambda: policy_matrix(graph, index, {}))
    timed("chart data", lambda: indicator_charts(graph, figs))
    written = timed("write_html (all of it, end to end)", lambda: write_html(graph, out))
    print("\n| stage | seconds |\n|---|---|")
    for k, v in stages.items():
        print(f"| {k} | {v:.2f} |")

    html = out / HTML_DIR
    regions = [p for p in written if p.kind == "region"]
    sizes = sorted(((html / p.file).stat().st_size, p) for p in regions)
    total = sum(f.stat().st_size for f in html.rglob("*") if f.is_file())
    print(f"\nhtml/: {len(written)} pages, {total / 1e6:.1f} MB in all (lib/ and sources/ included)")
    print("| page | nodes | edges | KB |\n|---|---|---|---|")
    for p in [x for x in written if x.kind in ("overview", "matrix")] + [p for _, p in sizes[-a.biggest:]]:
        print(f"| {p.file} | {p.nodes:,} | {p.edges:,} | {(html / p.file).stat().st_size / 1e3:,.0f} |")
    if sizes:
        mid = sizes[len(sizes) // 2]
        print(f"region pages: median {mid[0] / 1e3:,.0f} KB ({mid[1].nodes} nodes), max {sizes[-1][0] / 1e3:,.0f} KB")

    biggest = [html / p.file for _, p in sizes[-a.biggest:]][::-1]
    times = browser_times(biggest + [html / MATRIX_FILE, html / "overview.html"], a.runs)
    print(f"\n| page | first complete drawing, ms (median of {a.runs}) | budget | baseline |\n|---|---|---|---|")
    for name, ms in times.items():
        base = BASELINE_MS.get("biggest region page" if biggest and name == biggest[0].name else name)
        print(f"| {name} | {sorted(ms)[len(ms) // 2]:,.0f} | {BUDGET_MS:,} | {f'{base:,}' if base else '—'} |")


if __name__ == "__main__":
    main()
