"""Interactive HTML views of a build (OUT_DIR/html/): a landing page, one page per region, a bounded
overview across all reports and a chart page, all browsable offline."""
from __future__ import annotations

import shutil
from pathlib import Path

from tqdm import tqdm

from kg.graph import Graph
from kg.staging import replace_dir, sweep, temp_dir

from .charts import indicator_charts
from .pages import PageInfo, environment, copy_assets, page_info, render_charts, render_graph_page, render_index
from .views import GraphIndex, overview, region_views

HTML_DIR = "html"


def write_html(graph: Graph, out_dir: str | Path, progress: bool = False, max_nodes: int = 1500,
               max_edges: int = 40000) -> list[PageInfo]:
    """Write OUT_DIR/html/ and return the pages written (index first).

    The folder is written beside the old one and swapped in at the end, so an interrupted run
    leaves the previous pages whole."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    sweep(out)
    work = temp_dir(out / HTML_DIR)
    work.chmod(0o755)  # mkdtemp makes it private; the pages are meant to be shared
    try:
        pages = _write_pages(graph, work, progress, max_nodes, max_edges)
        replace_dir(work, out / HTML_DIR)
        return pages
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _write_pages(graph: Graph, folder: Path, progress: bool, max_nodes: int, max_edges: int) -> list[PageInfo]:
    env, index = environment(), GraphIndex(graph)
    copy_assets(folder)
    pages: list[PageInfo] = []

    def write(name: str, text: str) -> None:
        (folder / name).write_text(text, encoding="utf-8")
    view = overview(graph, index, max_nodes=max_nodes, max_edges=max_edges)
    write("overview.html", render_graph_page(view, graph, env))
    pages.append(page_info(view, "overview.html", index))
    charts = indicator_charts(graph)
    write("charts.html", render_charts(charts, graph, env))
    pages.append(PageInfo("charts.html", "Indicator charts", "charts", note=f"{len(charts)} indicator codes"))
    for view in tqdm(region_views(graph, index), total=len(index.region_reports), unit="page", desc="html",
                     disable=not progress):
        name = f"{view.slug}.html"
        write(name, render_graph_page(view, graph, env))
        pages.append(page_info(view, name, index))
    nodes, _ = graph.counts()
    write("index.html", render_index(pages, nodes, len(index.reports), env))
    return [PageInfo("index.html", "Index", "index")] + pages
