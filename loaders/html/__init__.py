"""Interactive HTML views of a build (OUT_DIR/html/): a landing page, one page per region, a bounded
overview across all reports and a chart page, all browsable offline."""
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
from .charts import indicator_charts
from .pages import PageInfo, environment, copy_assets, page_info, render_charts, render_graph_page, render_index
from .views import GraphIndex, overview, pages_touched, region_ids, region_view

HTML_DIR = "html"


def write_html(graph: Graph, out_dir: str | Path, change: Change | None = None, *, progress: bool = False,
               max_nodes: int = 1500, max_edges: int = 40000) -> Written:
    """Write OUT_DIR/html/ (its items: the pages, index included; its note: what the overview left out).

    The folder is written beside the old one and swapped in at the end, so an interrupted run
    leaves the previous pages whole. With a change (kgapp.delta), the region pages it cannot touch
    (views.pages_touched) are linked from the previous folder instead of rendered again; the
    landing page, the overview and the charts, which span the corpus, are always rendered."""
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
                   {"pages": {rid: asdict(info) for rid, info in state["pages"].items()}, "reach": state["reach"]})
        return Written(out / HTML_DIR, len(pages), note="".join(p.note for p in pages if p.kind == "overview"))
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _write_pages(graph: Graph, folder: Path, progress: bool, max_nodes: int, max_edges: int,
                 reuse: tuple[Change, dict[str, Any], Path] | None) -> tuple[list[PageInfo], dict[str, Any]]:
    """The pages, and what the next incremental build needs: each region page's info and the reach
    of every entity (which sizes nodes on every page)."""
    env, index = environment(), GraphIndex(graph)
    copy_assets(folder)
    pages: list[PageInfo] = []

    def write(name: str, text: str) -> None:
        (folder / name).write_text(text, encoding="utf-8")
    view = overview(graph, index, max_nodes=max_nodes, max_edges=max_edges)
    write("overview.html", render_graph_page(view, index, env))
    pages.append(page_info(view, "overview.html", index))
    charts = indicator_charts(graph)
    write("charts.html", render_charts(charts, index, env))
    pages.append(PageInfo("charts.html", "Indicator charts", "charts", note=f"{len(charts)} indicator codes"))
    touched: set[str] = set()
    old_pages: dict[str, PageInfo] = {}
    if reuse:
        change, previous, old_folder = reuse
        touched = pages_touched(graph, index, change, previous["reach"])
        old_pages = {rid: PageInfo(**info) for rid, info in previous["pages"].items()}
    infos: dict[str, PageInfo] = {}
    for rid in tqdm(region_ids(graph, index), unit="page", desc="html", disable=not progress):
        if rid in old_pages and rid not in touched and _reuse(old_folder / old_pages[rid].file, folder):
            info = old_pages[rid]
        else:
            view = region_view(graph, rid, index)
            info = page_info(view, f"{view.slug}.html", index)
            write(info.file, render_graph_page(view, index, env))
        infos[rid] = info
    pages += infos.values()
    nodes, _ = graph.counts()
    write("index.html", render_index(pages, nodes, len(index.reports), env))
    return [PageInfo("index.html", "Index", "index")] + pages, {"pages": infos, "reach": index.reach}


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
