"""The HTML views as data and as files: what a region page, its tables, the overview, the matrix,
the index and the charts hold, and that the pages are written whole, offline and without markup
from report text."""
import json
import re

import pytest

from conftest import ROOT

from kg.graph import Edge, Graph, Node

from loaders.files import read_graph
from kg.model import Evidence
from loaders.html import HTML_DIR, write_html
from loaders.html.catalog import report_table, search_entries
from loaders.html.charts import figures, indicator_charts
from loaders.html.matrix import policy_matrix
from loaders.html.pages import render_graph_page
from loaders.html.views import GraphIndex, overview, region_tables, region_view, region_views


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
    assert gdp.name == "地区生产总值" and gdp.props["en"] == "Gross domestic (regional) product"
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
    assert charts["GDP"]["name"] == "地区生产总值 Gross domestic (regional) product"


def test_met_or_missed_is_kg_targets_verdict(graph):
    """焦作市 aimed at 8.5 % growth for 2016 (2016 report) and reached 8.3 % (2017 report): missed by 0.2,
    as the graph's MISSES relationship says."""
    verdicts = indicator_charts(graph)["GDP"]["measures"]["growth_pct"]["series"]["焦作市"]["verdicts"]
    assert [2016, False, -0.2] in verdicts
    misses = [e for e in graph.edges.values() if e.type == "MISSES" and e.source == "obs:2017-焦作市:GDP:actual:2016"]
    assert misses and misses[0].properties["gap"] == -0.2


def test_region_tables_hold_rows_with_evidence_and_report(graph, index):
    tables = region_tables(graph, "region:焦作市", index, figures(graph))
    assert set(tables) == {"projects", "policies", "organizations", "indicators"}
    for spec in tables.values():
        keys = [c["key"] for c in spec["columns"]]
        assert keys[-2:] == ["evidence", "report"] and spec["rows"]
        assert all(set(r) == set(keys) for r in spec["rows"])
        assert sum(bool(r["evidence"]) for r in spec["rows"]) >= 0.9 * len(spec["rows"])
    gdp = [r for r in tables["indicators"]["rows"] if r["indicator"].startswith("地区生产总值") and r["year"] == 2016
           and r["measure"].startswith("增长")]
    assert gdp == [gdp[0]] and (gdp[0]["actual"], gdp[0]["target"], gdp[0]["gap"]) == ("8.3%", "8.5%", -0.2)
    assert gdp[0]["met"] == "未达成 missed" and gdp[0]["report"] == "2017年焦作市政府工作报告"
    policies = {r["name"]: r for r in tables["policies"]["rows"]}
    assert policies["一带一路"]["first"] == 2016 and policies["一带一路"]["count"] == 2
    assert policies["一带一路"]["evidence"] and policies["一带一路"]["report"] == "焦作市政府工作报告 （2016年1月12日 徐衣显）"
    statuses = {r["status"] for r in tables["projects"]["rows"]}
    assert "建成 completed" in statuses, "coded values are shown in Chinese and English"


def test_matrix_cells_are_the_first_year_a_region_names_a_policy(graph, index):
    pages = {f"region:{n}": f"region-{n}.html" for n in ("焦作市", "安阳市", "河南省", "三门峡市", "嘉峪关市", "鹤壁市")}
    m = policy_matrix(graph, index, pages)
    names = [r[0] for r in m["regions"]]
    assert names.index("河南省") < names.index("焦作市") and names[-1] == "嘉峪关市", "grouped by province, province first"
    shared = [p[3] for p in m["policies"]]
    assert shared == sorted(shared, reverse=True) and min(shared) >= 2
    col = [p[1] for p in m["policies"]].index("一带一路")
    cell = next(c for c in m["cells"] if c[0] == names.index("焦作市") and c[1] == col)
    assert cell[2] == 2016 and cell[4] == "2016-焦作市" and m["sentences"][cell[3]]


def test_index_lists_every_report_and_finds_every_entity(graph, index):
    pages = {"region:焦作市": "region-焦作市.html"}
    reports = report_table(graph, index, pages, {"2016-焦作市"})
    assert len(reports["rows"]) == 8
    row = next(r for r in reports["rows"] if r["source"])
    assert row["title"] == ["焦作市政府工作报告 （2016年1月12日 徐衣显）", "region-焦作市.html"]
    assert (row["year"], row["speaker"], row["date"]) == (2016, "徐衣显", "2016-01-12")
    assert row["source"] == ["2016-焦作市.txt", "sources/2016-焦作市.txt"] and row["Project"] > 0
    search = search_entries(graph, index, pages, {"indicator:GDP": "charts.html"})
    found = {e[0]: [search["pages"][i] for i in e[3]] for e in search["entities"]}
    assert found["地区生产总值 Gross domestic (regional) product"] == ["charts.html"]
    assert "region-焦作市.html" in found["一带一路"]


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
    data = json.loads(re.search(r'<script id="kg-data" type="application/json">(.*?)</script>',
                                (html / "index.html").read_text(encoding="utf-8"), re.S).group(1))
    linked = {r["region"][1] for r in data["regions"]["rows"]} | set(data["search"]["pages"])
    index = (html / "index.html").read_text(encoding="utf-8")
    assert all(p in linked or f'href="{p}"' in index for p in pages if p != "index.html"), "the index links every page"
    assert sorted(p.name for p in (html / "sources").iterdir()) == sorted(f"{r}.txt" for r in _report_ids(data))


def _report_ids(data) -> list[str]:
    return [r["source"][1].split("/")[1][:-4] for r in data["reports"]["rows"] if r["source"]]


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
