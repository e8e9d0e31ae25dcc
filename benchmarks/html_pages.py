"""Benchmark: HTML page generation time and size, and the browser's time to a stable layout.

    PYTHONPATH=. python benchmarks/html_pages.py OUT_DIR                 # an existing `kg build` output
    PYTHONPATH=. python benchmarks/html_pages.py ../shared/corpus --limit 300 --workers 2
Writes OUT_DIR/html/ (as `kg viz` does), prints generation time by stage and page sizes, then opens
the overview and the biggest region pages in headless Chromium (Debian's, via Playwright) and prints
the time from navigation to the first complete drawing of the network. Positions are computed
when the page is written and physics starts off, so that first drawing is the stable layout.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def browser_times(pages: list[Path], runs: int) -> dict[str, list[float]]:
    """Milliseconds from navigation start to the network's first drawing, per page (runs each)."""
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
    from loaders.html import HTML_DIR, pages as pg, views
    from loaders.html.charts import indicator_charts

    tmp = tempfile.TemporaryDirectory()
    out = Path(a.source)
    if not (out / "graph.json").exists():
        files = sorted(str(p) for p in iter_paths([a.source]) if not isinstance(p, Exception))
        out = Path(tmp.name)
        build(files[:a.limit] if a.limit else files, out, workers=a.workers, progress=False)
    t0 = time.perf_counter()
    graph = read_graph(out)
    print(f"graph: {len(graph.nodes):,} nodes, {len(graph.edges):,} edges (read in {time.perf_counter() - t0:.1f} s)")

    from loaders.html import write_html
    stages: dict[str, float] = {}
    t0 = time.perf_counter()
    index = views.GraphIndex(graph)
    stages["index of the graph"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    ov = views.overview(graph, index)
    stages["overview view + layout"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    pg.render_graph_page(ov, index)
    stages["overview render"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    n_regions = sum(1 for _ in views.region_views(graph, index))
    stages[f"{n_regions} region views + layout"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    indicator_charts(graph)
    stages["chart data"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    written = write_html(graph, out)
    stages["write_html (all of it, end to end)"] = time.perf_counter() - t0
    print("\n| stage | seconds |\n|---|---|")
    for k, v in stages.items():
        print(f"| {k} | {v:.2f} |")

    html = out / HTML_DIR
    regions = [p for p in written if p.kind == "region"]
    sizes = sorted(((html / p.file).stat().st_size, p) for p in regions)
    total = sum(f.stat().st_size for f in html.rglob("*") if f.is_file())
    print(f"\nhtml/: {len(written)} pages, {total / 1e6:.1f} MB in all (lib/ included)")
    print("| page | nodes | edges | KB |\n|---|---|---|---|")
    for p in [x for x in written if x.kind == "overview"] + [p for _, p in sizes[-a.biggest:]]:
        print(f"| {p.file} | {p.nodes:,} | {p.edges:,} | {(html / p.file).stat().st_size / 1e3:,.0f} |")
    if sizes:
        mid = sizes[len(sizes) // 2]
        print(f"region pages: median {mid[0] / 1e3:,.0f} KB ({mid[1].nodes} nodes), max {sizes[-1][0] / 1e3:,.0f} KB")
    if ov.note:
        print(f"overview: {ov.note}")

    targets = [html / "overview.html"] + [html / p.file for _, p in sizes[-a.biggest:]]
    times = browser_times(targets, a.runs)
    print(f"\n| page | first stable drawing, ms (median of {a.runs}) |\n|---|---|")
    for name, ms in times.items():
        print(f"| {name} | {sorted(ms)[len(ms) // 2]:,.0f} |")


if __name__ == "__main__":
    main()
