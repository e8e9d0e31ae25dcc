"""Interactive HTML views of a build (OUT_DIR/html/): a landing page with every report and a search
over every entity, one page per region (its graph and tables), a bounded overview, a region × policy
matrix and a chart page, all browsable offline."""
from __future__ import annotations

import os
import shutil
from dataclasses import asdict
from pathlib import Path
from typing import Any

from tqdm import tqdm

from loaders.writer import Change, Written
from kg.graph import Graph
from loaders.staging import replace_dir, sweep, temp_dir

from ..pieces import index_path, load_index, save_index
from .catalog import SOURCES, report_table, search_entries
from .charts import Figures, figures, indicator_charts
from .matrix import MATRIX_FILE, policy_matrix
from .pages import (PageInfo, copy_assets, environment, page_info, render_charts, render_graph_page, render_index,
                    render_matrix)
from .views import GraphIndex, overview, pages_touched, region_ids, region_tables, region_view

HTML_DIR = "html"
CHARTS_FILE = "charts.html"


def write_html(graph: Graph, out_dir: str | Path, change: Change | None = None, *, progress: bool = False,
               max_nodes: int = 1500, max_edges: int = 40000) -> Written:
    """Write OUT_DIR/html/ (its items: the pages, index included; its note: what the overview left out).

    The folder is written beside the old one and swapped in at the end, so an interrupted run
    leaves the previous pages whole. With a change (kgapp.delta), the region pages it cannot touch
    (views.pages_touched) are linked from the previous folder instead of rendered again; the
    index, the overview, the matrix and the charts, which span the corpus, are always rendered."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    sweep(out)
    index = index_path(out, HTML_DIR)
    previous = load_index(out / HTML_DIR / "index.html", index) if change is not None else None
    index.unlink(missing_ok=True)
    work = temp_dir(out / HTML_DIR)
    try:
        reuse = (change, previous, out / HTML_DIR) if change is not None and previous is not None else None
        pages, state = _write_pages(graph, work, progress, max_nodes, max_edges, reuse)
        replace_dir(work, out / HTML_DIR)
        save_index(out / HTML_DIR / "index.html", index,
                   {**state, "pages": {rid: asdict(info) for rid, info in state["pages"].items()}})
        return Written(out / HTML_DIR, len(pages), note="".join(p.note for p in pages if p.kind == "overview"))
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _write_pages(graph: Graph, folder: Path, progress: bool, max_nodes: int, max_edges: int,
                 reuse: tuple[Change, dict[str, Any], Path] | None) -> tuple[list[PageInfo], dict[str, Any]]:
    """The pages, and what the next incremental build needs: each region page's info and the reach
    of every entity (which sizes nodes on every page)."""
    env, index, figs = environment(), GraphIndex(graph), figures(graph)
    copy_assets(folder)

    def write(name: str, text: str) -> None:
        (folder / name).write_text(text, encoding="utf-8")
    view = overview(graph, index, max_nodes=max_nodes, max_edges=max_edges)
    write("overview.html", render_graph_page(view, index, env))
    pages = [page_info(view, "overview.html", index)]
    regions = _region_pages(graph, index, figs, folder, env, progress, reuse)
    region_pages = {rid: info.file for rid, info in regions.items()}
    matrix = policy_matrix(graph, index, region_pages)
    write(MATRIX_FILE, render_matrix(matrix, env))
    pages.append(PageInfo(MATRIX_FILE, "Region × policy", "matrix",
                          note=f"{len(matrix['regions'])} regions × {len(matrix['policies'])} policies"))
    charts = indicator_charts(graph, figs)
    write(CHARTS_FILE, render_charts(charts, index, env))
    pages.append(PageInfo(CHARTS_FILE, "Indicator charts", "charts", note=f"{len(charts)} indicator codes"))
    pages += regions.values()
    extra = {p[0]: MATRIX_FILE for p in matrix["policies"]} | {f"indicator:{code}": CHARTS_FILE for code in charts}
    nodes, _ = graph.counts()
    sources = _copy_sources(index, folder, reuse)
    write("index.html", render_index(pages, nodes, report_table(graph, index, region_pages, sources),
                                     search_entries(graph, index, region_pages, extra), env))
    return [PageInfo("index.html", "Index", "index")] + pages, {"pages": regions, "reach": index.reach,
                                                                "sources": sorted(sources)}


def _region_pages(graph: Graph, index: GraphIndex, figs: Figures, folder: Path, env, progress: bool,
                  reuse: tuple[Change, dict[str, Any], Path] | None) -> dict[str, PageInfo]:
    """Each region's page, rendered, or linked from the previous folder when the change cannot touch it."""
    touched: set[str] = set()
    old_pages: dict[str, PageInfo] = {}
    if reuse:
        change, previous, old_folder = reuse
        touched = pages_touched(graph, index, change, previous["reach"])
        old_pages = {rid: PageInfo(**info) for rid, info in previous["pages"].items()}
    infos: dict[str, PageInfo] = {}
    for rid in tqdm(region_ids(graph, index), unit="page", desc="html", disable=not progress):
        if rid in old_pages and rid not in touched and _reuse(old_folder / old_pages[rid].file, folder):
            infos[rid] = old_pages[rid]
            continue
        view = region_view(graph, rid, index)
        infos[rid] = page_info(view, f"{view.slug}.html", index)
        (folder / infos[rid].file).write_text(render_graph_page(view, index, env, region_tables(graph, rid, index, figs)),
                                              encoding="utf-8")
    return infos


def _reuse(page: Path, folder: Path) -> bool:
    """The previous build's page put into the new folder (hard-linked, or copied where the file system
    has no links); False when it is gone, and then the page is rendered."""
    try:
        os.link(page, folder / page.name)
    except FileNotFoundError:
        return False
    except OSError:
        shutil.copyfile(page, folder / page.name)
    return True


def _copy_sources(index: GraphIndex, folder: Path, reuse: tuple[Change, dict[str, Any], Path] | None) -> set[str]:
    """Each report's text into html/sources/<id>.txt, so that the index links it from any copy of the
    folder; the ids whose file was found. Copied, never hard-linked to the input: the build keeps the
    text it read when the report file is edited afterwards. An incremental build links the previous
    build's copy of each report the change leaves alone (copying and deleting 150 MB of text took
    longer than the rest of the pages)."""
    target = folder / SOURCES
    target.mkdir()
    reusable: set[str] = set()
    if reuse:
        change, previous, old_folder = reuse
        reusable = set(previous.get("sources", ())) - change.reports
    found = set()
    for rid, node in index.reports.items():
        path = node.properties.get("path")
        if rid in reusable and _reuse(old_folder / SOURCES / f"{rid}.txt", target):
            found.add(rid)
        elif path and os.path.isfile(path):
            shutil.copyfile(path, target / f"{rid}.txt")
            found.add(rid)
    return found
