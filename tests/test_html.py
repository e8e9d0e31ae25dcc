"""The HTML views as data and as files: what a region page, the overview and the charts hold, and
that the pages are written whole, offline and without markup from report text."""
import re

import pytest

from conftest import ROOT

from kg.graph import Edge, Graph, Node

from loaders.files import read_graph
from kg.model import Evidence
from loaders.html import HTML_DIR, write_html
from loaders.html.charts import indicator_charts
from loaders.html.pages import render_graph_page
from loaders.html.views import GraphIndex, overview, region_view, region_views


@pytest.fixture(scope="module")
def graph(sample_build):
    return read_graph(sample_build)


@pytest.fixture(scope="module")
def index(graph):
    return GraphIndex(graph)


def test_region_page_holds_the_regions_entities_indicators_and_evidence(graph, index):
    view = region_view(graph, "region:三门峡市", index)
    types = {n.type for n in view.nodes.values()}
    assert types == {"Region", "Project", "Organization", "Policy", "Indicator"}
    assert "region:河南省" in view.nodes, "the parent region (PART_OF) belongs on the page"
    gdp = view.nodes["indicator:GDP"]
    assert gdp.name == "生产总值"
    series = {(r["year"], r["kind"]): r for r in gdp.props["series"]}
    # hand-checked in data/reports/2017_三门峡市.txt: 生产总值完成1348.6亿元，同比增长7.7%; 目标 生产总值增长8%以上
    assert (series[(2016, "actual")]["value"], series[(2016, "actual")]["growth_pct"]) == (1348.6, 7.7)
    assert series[(2017, "target")]["growth_pct"] == 8.0
    ids = set(view.nodes)
    assert all(e.source in ids and e.target in ids for e in view.edges)
    # every entity is connected to the page (by its relation or its mention) and states where it comes from
    linked = {e.target for e in view.edges} | {e.source for e in view.edges}
    assert ids <= linked
    assert all(s and r == "2017-三门峡市" for e in view.edges for s, r in e.evidence)
    assert any(e.type == "HAS_PROJECT" and e.evidence for e in view.edges)


def test_region_page_years_come_from_the_reports_that_state_each_entity(graph, index):
    view = region_view(graph, "region:安阳市", index)
    assert view.nodes["region:安阳市"].years == {2016, 2017}
    only_2016 = [n for n in view.nodes.values() if n.years == {2016}]
    assert only_2016 and all(n.id != "region:安阳市" for n in only_2016)
    for n in only_2016:
        if n.type != "Indicator":
            mentions = [e for e in graph.edges.values() if e.type == "MENTIONS" and e.target == n.id
                        and e.source.startswith("report:") and "安阳市" in e.source]
            assert {graph.nodes[e.source].properties["year"] for e in mentions} <= {2016}, n.name


def test_one_page_per_reporting_region(graph, index):
    names = [v.title for v in region_views(graph, index)]
    assert sorted(names) == sorted(["三门峡市", "嘉峪关市", "安阳市", "河南省", "焦作市", "鹤壁市"])


def test_overview_shows_shared_entities_and_says_what_a_bound_leaves_out(graph, index):
    full = overview(graph, index)
    assert full.note == ""
    regions = {n.id for n in full.nodes.values() if n.type == "Region"}
    assert len(regions) == 6
    for n in full.nodes.values():
        if n.type != "Region":
            assert len({e.source for e in full.edges if e.target == n.id} & regions) >= 2, n.name
    small = overview(graph, index, max_nodes=20, max_edges=60)
    assert len(small.nodes) <= 20 and len(small.edges) <= 60
    assert "Left out" in small.note and "shared entities" in small.note
    # organizations cooperating with several regions first, then the most shared policies: nothing
    # left out of a type is shared by more regions than the least shared kept of that type
    for kind in ("Organization", "Policy"):
        kept = [n.props["regions"] for n in small.nodes.values() if n.type == kind]
        dropped = [n.props["regions"] for n in full.nodes.values() if n.type == kind and n.id not in small.nodes]
        if kept and dropped:
            assert max(dropped) <= min(kept), kind
    orgs = [n for n in full.nodes.values() if n.type == "Organization"]
    assert orgs and all(n.id in small.nodes for n in orgs[:1])


def test_charts_hold_actual_and_target_by_region_and_year(graph):
    charts = indicator_charts(graph)
    growth = charts["GDP"]["measures"]["growth_pct"]
    assert growth["unit"] == "%"
    s = growth["series"]["三门峡市"]
    assert [p[:2] for p in s["actual"]] == [[2016, 7.7]] and [p[:2] for p in s["target"]] == [[2017, 8.0]]
    level = charts["GDP"]["measures"]["value_base"]
    assert level["unit"] == "元" and [2016, 1348.6e8] in [p[:2] for p in level["series"]["三门峡市"]["actual"]]
    assert "OTHER" not in charts


def test_pages_are_offline_and_whole(sample_build):
    html = sample_build / HTML_DIR
    pages = sorted(p.name for p in html.glob("*.html"))
    assert {"index.html", "overview.html", "charts.html", "region-三门峡市.html"} <= set(pages)
    for page in html.glob("*.html"):
        text = page.read_text(encoding="utf-8")
        refs = re.findall(r'(?:src|href)\s*=\s*"([^"]*)"', text)
        assert refs and not [r for r in refs if re.match(r"[a-z]+:", r)], f"{page.name}: a reference leaves the folder"
        for r in refs:
            assert (html / r.split("#")[0]).exists() or r.startswith("#"), f"{page.name}: {r} missing"
    index = (html / "index.html").read_text(encoding="utf-8")
    assert all(f'href="{p}"' in index for p in pages if p != "index.html"), "the index links every page"


def _evil_graph() -> Graph:
    g = Graph()
    g.add_node(Node("report:2020-x", "Report", "X市政府工作报告", {"year": 2020}))
    g.add_node(Node("region:X市", "Region", "X市"))
    g.add_node(Node("policy:evil", "Policy", '<img src=x onerror="alert(1)"></script><b>“放管服”'))
    ev = Evidence("2020-x", "推进<script>alert(2)</script>改革。", 0, 5)
    g.add_edge(Edge("report:2020-x", "region:X市", "ABOUT"))
    g.add_edge(Edge("report:2020-x", "policy:evil", "MENTIONS", {"count": 1}, [ev]))
    g.add_edge(Edge("region:X市", "policy:evil", "IMPLEMENTS", {}, [ev]))
    return g


def test_report_text_never_becomes_markup():
    g = _evil_graph()
    index = GraphIndex(g)
    page = render_graph_page(region_view(g, "region:X市", index), index)
    assert "<img" not in page and "<script>alert" not in page and "</script><b>" not in page
    assert page.count("</script>") == page.count("<script")  # only the page's own script elements


def test_write_html_replaces_the_folder_whole_and_an_interrupted_run_keeps_the_old_one(tmp_path, monkeypatch):
    g = _evil_graph()
    write_html(g, tmp_path)
    before = {p.name: p.read_bytes() for p in (tmp_path / HTML_DIR).iterdir() if p.is_file()}
    import loaders.html as html

    def boom(*a, **k):
        raise RuntimeError("interrupted")
    monkeypatch.setattr(html, "render_index", boom)
    with pytest.raises(RuntimeError):
        write_html(g, tmp_path)
    after = {p.name: p.read_bytes() for p in (tmp_path / HTML_DIR).iterdir() if p.is_file()}
    assert after == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [".cache", HTML_DIR], "no temporary folder left behind"


def test_committed_sample_is_what_the_code_writes_today(sample_build):
    """visualizations/ is the HTML of the bundled reports; `make visualizations` refreshes it."""
    fresh, committed = sample_build / HTML_DIR, ROOT / "visualizations"
    names = sorted(p.relative_to(fresh).as_posix() for p in fresh.rglob("*") if p.is_file())
    assert names == sorted(p.relative_to(committed).as_posix() for p in committed.rglob("*") if p.is_file())
    stale = [n for n in names if (fresh / n).read_bytes() != (committed / n).read_bytes()]
    assert not stale, f"visualizations/ is stale ({', '.join(stale)}): run `make visualizations`"
