"""Interactive HTML views of a build (OUT_DIR/html/): a landing page with every report and a search
over every entity, one page per region (its graph and tables), a bounded overview, a region × policy
matrix and a chart page, all browsable offline."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

from tqdm import tqdm

from kg.graph import Graph
from kg.staging import replace_dir, sweep, temp_dir

from .catalog import SOURCES, report_table, search_entries
from .charts import figures, indicator_charts
from .matrix import MATRIX_FILE, policy_matrix
from .pages import (PageInfo, copy_assets, environment, page_info, render_charts, render_graph_page, render_index,
                    render_matrix)
from .views import GraphIndex, overview, region_ids, region_tables, region_view

HTML_DIR = "html"
CHARTS_FILE = "charts.html"


def write_html(graph: Graph, out_dir: str | Path, progress: bool = False, max_nodes: int = 1500,
               max_edges: int = 40000) -> list[PageInfo]:
    """Write OUT_DIR/html/ and return the pages written (index first).

    The folder is written beside the old one and swapped in at the end, so an interrupted run
    leaves the previous pages whole. Every page is rendered each time: the index, the matrix and
    the search span the corpus, and a region page shows what other regions share."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    sweep(out)
    work = temp_dir(out / HTML_DIR)
    try:
        pages = _write_pages(graph, work, progress, max_nodes, max_edges)
        replace_dir(work, out / HTML_DIR)
        return pages
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _write_pages(graph: Graph, folder: Path, progress: bool, max_nodes: int, max_edges: int) -> list[PageInfo]:
    env, index, figs = environment(), GraphIndex(graph), figures(graph)
    copy_assets(folder)

    def write(name: str, text: str) -> None:
        (folder / name).write_text(text, encoding="utf-8")
    view = overview(graph, index, max_nodes=max_nodes, max_edges=max_edges)
    write("overview.html", render_graph_page(view, index, env))
    pages = [page_info(view, "overview.html", index)]
    region_pages: dict[str, str] = {}
    regions: list[PageInfo] = []
    for rid in tqdm(region_ids(graph, index), unit="page", desc="html", disable=not progress):
        view = region_view(graph, rid, index)
        info = page_info(view, f"{view.slug}.html", index)
        write(info.file, render_graph_page(view, index, env, region_tables(graph, rid, index, figs)))
        region_pages[rid] = info.file
        regions.append(info)
    matrix = policy_matrix(graph, index, region_pages)
    write(MATRIX_FILE, render_matrix(matrix, env))
    pages.append(PageInfo(MATRIX_FILE, "Region × policy", "matrix",
                          note=f"{len(matrix['regions'])} regions × {len(matrix['policies'])} policies"))
    charts = indicator_charts(graph, figs)
    write(CHARTS_FILE, render_charts(charts, index, env))
    pages.append(PageInfo(CHARTS_FILE, "Indicator charts", "charts", note=f"{len(charts)} indicator codes"))
    pages += regions
    extra = {p[0]: MATRIX_FILE for p in matrix["policies"]} | {f"indicator:{code}": CHARTS_FILE for code in charts}
    nodes, _ = graph.counts()
    write("index.html", render_index(pages, nodes, report_table(graph, index, region_pages, _copy_sources(index, folder)),
                                     search_entries(graph, index, region_pages, extra), env))
    return [PageInfo("index.html", "Index", "index")] + pages


def _copy_sources(index: GraphIndex, folder: Path) -> set[str]:
    """Each report's text into html/sources/<id>.txt (hard-linked where the file system allows), so
    that the index links it from any copy of the folder; the ids whose file was found."""
    target = folder / SOURCES
    target.mkdir()
    found = set()
    for rid, node in index.reports.items():
        path = node.properties.get("path")
        if not path or not os.path.isfile(path):
            continue
        try:
            os.link(path, target / f"{rid}.txt")
        except OSError:
            shutil.copyfile(path, target / f"{rid}.txt")
        found.add(rid)
    return found
