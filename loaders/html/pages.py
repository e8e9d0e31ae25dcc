"""Render views into self-contained offline pages: pyvis builds each network, ECharts draws the
charts, our templates place them.

pyvis's own template loads Bootstrap and tom-select from CDNs even with cdn_resources="local",
so the pages use templates of this package; vis-network is the copy pyvis ships and ECharts the
dist file shipped in static/, written once beside the pages (html/lib/). Every string from a
report reaches the page as JSON inside a <script type="application/json"> block and is put into
the DOM with textContent, so a scraped name can never inject markup.
"""
from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
import pyvis
from pyvis.network import Network

from .views import PROPERTY_NAMES, RELATIONS, TYPES, VALUE_NAMES, GraphIndex, View, column, table

# this package's static files; echarts.min.js is Apache ECharts 5.5.1's dist file (with its licence)
ASSETS = ("viz.js", "viz.css", "charts.js", "tables.js", "index.js", "matrix.js",
          "echarts.min.js", "echarts-LICENSE.txt", "echarts-NOTICE.txt")
VIS_FILES = ("vis-network.min.js", "vis-network.css")


@dataclass
class PageInfo:
    """A written page, for the index and for callers that report what was written."""
    file: str
    title: str
    kind: str
    nodes: int = 0
    edges: int = 0
    years: str = ""
    group: str = ""
    note: str = ""


def environment() -> jinja2.Environment:
    """The Jinja environment of this package's templates (autoescaped)."""
    return jinja2.Environment(loader=jinja2.PackageLoader("loaders.html", "templates"),
                              autoescape=True, keep_trailing_newline=True)


def _json(data: Any) -> str:
    """JSON safe inside a <script> element (no "</script>", no HTML comment openers)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def vis_options(overview: bool = False) -> dict[str, Any]:
    """vis-network options. Positions come laid out, so physics starts off (the page can switch it on).
    Edges show their relation by colour and carry no drawn label (the page's switch turns labels on):
    labels repeated 项目 / 实施 on every edge and were most of the drawing cost (a 12,000-edge overview
    redrew in 1.3-2 s with them, 0.13 s without). Node labels are sized by the page (viz.js: the
    biggest nodes whose labels do not collide are readable at the first zoom); drawThreshold hides
    the others until zoomed in, maxVisible keeps a big label from growing without end."""
    return {
        "physics": {"enabled": False, "solver": "forceAtlas2Based", "stabilization": {"iterations": 150}},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": True, "hideEdgesOnZoom": True},
        "edges": {"arrows": {"to": {"enabled": not overview, "scaleFactor": 0.5}}, "smooth": False,
                  "font": {"size": 0, "color": "#555", "strokeWidth": 3, "align": "middle"},
                  "color": {"highlight": "#2d3748", "hover": "#2d3748", "inherit": False}},
        "nodes": {"font": {"size": 13, "face": "Noto Sans CJK SC, Microsoft YaHei, sans-serif", "strokeWidth": 3,
                           "strokeColor": "#ffffff"},
                  "borderWidth": 1, "scaling": {"label": {"drawThreshold": 9, "maxVisible": 22}}},
        "groups": {t: {"shape": s["shape"], "color": {"background": s["color"], "border": "#1a202c"}}
                   for t, s in TYPES.items()},
    }


def network_data(view: View) -> dict[str, Any]:
    """The JSON a graph page carries: pyvis's node and edge lists plus what the controls need.
    Evidence refers to a page-wide sentence table, since one sentence often names several entities
    (with the derived fields below left to the page: whole-corpus pages 285 MB -> 191 MB)."""
    sentences: dict[str, int] = {}

    def refs(evidence: list[tuple[str, str]]) -> list[list]:
        return [[sentences.setdefault(s, len(sentences)), r] for s, r in evidence]
    net = Network(directed=True, cdn_resources="local")
    # set the lists directly: add_node/add_edge check every earlier entry (quadratic on big views)
    # label, group and edge colour are derived in the page (viz.js) from name, type and the tables
    net.nodes = [{"id": n.id, "name": n.name, "type": n.type, "size": round(n.size, 1), "x": round(n.x), "y": round(n.y),
                  "years": sorted(n.years), "regions": sorted(n.regions), "props": _with_refs(n.props, refs)}
                 for n in view.nodes.values()]
    net.edges = [{"id": i, "from": e.source, "to": e.target, "type": e.type, "evidence": refs(e.evidence)}
                 for i, e in enumerate(view.edges)]
    nodes, edges, _, _, _, _ = net.get_network_data()
    return {"nodes": nodes, "edges": edges, "sentences": list(sentences),
            "options": vis_options(overview=view.kind == "overview")}


def _with_refs(props: dict[str, Any], refs) -> dict[str, Any]:
    """An indicator's series with its evidence as sentence-table references."""
    if "series" not in props:
        return props
    return props | {"series": [r | {"evidence": refs(r["evidence"])} for r in props["series"]]}


def render_graph_page(view: View, index: GraphIndex, env: jinja2.Environment | None = None,
                      tables: dict[str, Any] | None = None) -> str:
    """The HTML of one graph page (with a region page's tables, views.region_tables)."""
    env = env or environment()
    data = network_data(view)
    used = {r for e in view.edges for _, r in e.evidence}
    for n in view.nodes.values():
        used |= {row["report"] for row in n.props.get("series", [])}
    data.update(types=TYPES, relations=RELATIONS, reports={k: v for k, v in index.titles.items() if k in used},
                title=view.title, kind=view.kind, note=view.note, names=PROPERTY_NAMES, values=VALUE_NAMES,
                tables=_sentence_refs(tables or {}, data["sentences"]))
    return env.get_template("graph.html").render(view=view, data=_json(data), types=TYPES, lib="lib",
                                                 tables=bool(tables))


def _sentence_refs(tables: dict[str, Any], sentences: list[str]) -> dict[str, Any]:
    """The tables with each evidence sentence as an index into the page's sentence table (extended),
    which the graph's evidence mostly shares: a region page's tables cost no second copy of its text."""
    at = {s: i for i, s in enumerate(sentences)}

    def ref(row: dict[str, Any]) -> dict[str, Any]:
        i = at.setdefault(row["evidence"], len(at))
        if i == len(sentences):
            sentences.append(row["evidence"])
        return row | {"evidence": i}
    return {k: t | {"rows": [ref(r) for r in t["rows"]]} for k, t in tables.items()}


def copy_assets(html_dir: Path) -> None:
    """vis-network from the pyvis package and this package's static files into html/lib/."""
    lib = html_dir / "lib"
    lib.mkdir(parents=True, exist_ok=True)
    vis = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
    for name in VIS_FILES:
        shutil.copyfile(vis / name, lib / name)
    static = resources.files("loaders.html") / "static"
    for name in ASSETS:
        (lib / name).write_bytes(static.joinpath(name).read_bytes())


def render_index(pages: list[PageInfo], counts: dict[str, int], reports: dict[str, Any], search: dict[str, Any],
                 env: jinja2.Environment | None = None) -> str:
    """The landing page: the build's counts, the corpus-wide pages, the table of reports (catalog),
    the table of region pages and the search over every entity."""
    env = env or environment()
    regions = [p for p in pages if p.kind == "region"]
    region_table = table("regions", [column("province", "省份 province", "facet"), column("region", "地区 region", "link"),
                                     column("years", "年份 years"), column("nodes", "节点 nodes", "num"),
                                     column("edges", "关系 edges", "num")],
                         [{"province": p.group or "—", "region": [p.title, p.file], "years": p.years, "nodes": p.nodes,
                           "edges": p.edges} for p in sorted(regions, key=lambda p: (p.group or "—", p.title))])
    data = {"reports": reports, "regions": region_table, "search": search}
    return env.get_template("index.html").render(
        overview=[p for p in pages if p.kind in ("overview", "matrix", "charts")], counts=counts,
        reports=len(reports["rows"]), regions=len(regions), data=_json(data), lib="lib")


def render_charts(charts: dict[str, Any], index: GraphIndex, env: jinja2.Environment | None = None) -> str:
    """The chart page: ECharts draws the chosen indicator's actual and target by region and year."""
    env = env or environment()
    return env.get_template("charts.html").render(data=_json({"charts": charts, "reports": index.titles}),
                                                  codes=len(charts), lib="lib")


def render_matrix(matrix: dict[str, Any], env: jinja2.Environment | None = None) -> str:
    """The region × policy matrix page."""
    env = env or environment()
    return env.get_template("matrix.html").render(data=_json(matrix), lib="lib", regions=len(matrix["regions"]),
                                                  policies=len(matrix["policies"]))


def page_info(view: View, file: str, index: GraphIndex) -> PageInfo:
    years = sorted({y for n in view.nodes.values() for y in n.years})
    centre = index.graph.nodes.get(next(iter(view.nodes), ""), None)
    group = (centre.properties.get("province") or "") if centre and view.kind == "region" else ""
    return PageInfo(file, view.title, view.kind, len(view.nodes), len(view.edges),
                    f"{years[0]}–{years[-1]}" if len(years) > 1 else (str(years[0]) if years else ""), group, view.note)
