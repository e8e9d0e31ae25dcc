"""The HTML pages in a real headless Chromium (Debian's, driven by Playwright), opened from file://:
no console errors, no request leaving the machine, the network holds the page's nodes, search
focuses, filters hide, tooltips show evidence; tables sort, filter and download as CSV, the matrix,
the charts' table, the index's search and the comparison of two years show what the graph holds.
A screenshot of every page is kept in test-artifacts/screenshots/ (or $KG_ARTIFACTS)."""
import os
import shutil
from pathlib import Path

import pytest

from conftest import ROOT
from kg.graph import Graph
from loaders.files import read_graph
from loaders.html import HTML_DIR
from loaders.html.charts import indicator_charts
from loaders.html.views import GraphIndex, overview, region_view

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(os.environ.get("KG_ARTIFACTS", ROOT / "test-artifacts")) / "screenshots"


@pytest.fixture(scope="module")
def browser():
    ci = os.environ.get("CI", "").lower() == "true"
    why = None
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        why = "playwright is not installed (pip install -e '.[test]')"
    if not why and not shutil.which("chromium") and not Path(CHROMIUM).exists():
        why = f"Debian's chromium not found at {CHROMIUM} (tools/install-browser installs it)"
    if why:
        if ci:
            pytest.fail(why)
        pytest.skip(why)
    with sync_playwright() as p:
        # no sandbox: CI runs as root; the rest keeps Chromium from calling home on its own
        b = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-background-networking", "--disable-component-update", "--no-first-run",
            "--disable-sync", "--disable-default-apps", "--disable-domain-reliability"])
        yield b
        b.close()


class Opened:
    """A page opened from file:// with its console errors and the requests it tried outside file://."""

    def __init__(self, browser, path: Path):
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.context = browser.new_context(viewport={"width": 1400, "height": 900})

        def route(r):
            if r.request.url.startswith("file:"):
                r.continue_()
            else:  # recorded and refused: a page must not need the network
                self.requests.append(r.request.url)
                r.abort()
        self.context.route("**/*", route)
        self.page = self.context.new_page()
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.goto(path.as_uri())
        ready = {"index.html": "window.kgIndex", "charts.html": "window.kgCharts && window.kgCharts.table"}
        self.page.wait_for_function(ready.get(path.name, "window.kg && window.kg.ready"), timeout=30_000)

    def js(self, code: str, arg=None):
        return self.page.evaluate(code, arg)

    def shot(self, name: str, at: str | None = None) -> None:
        """A screenshot of the viewport, scrolled to the element `at` (a selector) when given."""
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        if at:
            self.page.locator(at).scroll_into_view_if_needed()
        self.page.screenshot(path=str(ARTIFACTS / f"{name}.png"))

    def close(self) -> None:
        self.context.close()


@pytest.fixture(scope="module")
def html(sample_build) -> Path:
    return sample_build / HTML_DIR


@pytest.fixture(scope="module")
def graph(sample_build) -> Graph:
    return read_graph(sample_build)


@pytest.fixture
def opened(browser):
    pages: list[Opened] = []

    def _open(path: Path) -> Opened:
        pages.append(Opened(browser, path))
        return pages[-1]
    yield _open
    for p in pages:
        p.close()


def _check_pages(folder: Path, opened, prefix: str) -> list[str]:
    names = sorted(p.name for p in folder.glob("*.html"))
    for name in names:
        page = opened(folder / name)
        page.page.wait_for_timeout(200)
        page.shot(f"{prefix}-{name[:-5]}")
        assert page.errors == [], f"{name}: console errors {page.errors}"
        assert page.requests == [], f"{name}: requests outside file:// {page.requests}"
    return names


def test_every_page_opens_offline_without_errors(html, opened):
    names = _check_pages(html, opened, "sample")
    assert len(names) == 10


def test_committed_sample_opens_offline_without_errors(opened):
    folder = ROOT / "visualizations"
    assert (folder / "index.html").is_file(), "visualizations/ holds the sample pages (`kg viz`, see README)"
    _check_pages(folder, opened, "committed")


def test_network_holds_exactly_the_nodes_of_the_view(html, graph, opened):
    index = GraphIndex(graph)
    for name, view in (("region-焦作市.html", region_view(graph, "region:焦作市", index)),
                       ("overview.html", overview(graph, index))):
        page = opened(html / name)
        held = page.js("Object.keys(kg.network.body.nodes).length")
        ids = set(page.js("kg.nodes.getIds()"))
        assert held == len(view.nodes) and ids == set(view.nodes), name
        assert page.js("kg.edges.length") == len(view.edges)


def test_search_focuses_and_selects_the_entity(html, opened):
    page = opened(html / "region-三门峡市.html")
    page.page.fill("#kg-search", "河南省")
    page.page.press("#kg-search", "Enter")
    assert page.js("kg.network.getSelectedNodes()") == ["region:河南省"]
    centre = page.js("kg.network.getViewPosition()")
    node = page.js("kg.network.getPosition('region:河南省')")
    assert abs(centre["x"] - node["x"]) < 1 and abs(centre["y"] - node["y"]) < 1, "the view is centred on it"
    page.page.fill("#kg-search", "没有这个名字")
    page.page.press("#kg-search", "Enter")
    assert "not found" in page.page.inner_text("#kg-search-status")


def test_type_and_year_filters_hide_what_they_should(html, graph, opened):
    view = region_view(graph, "region:安阳市", GraphIndex(graph))
    page = opened(html / "region-安阳市.html")
    total = len(view.nodes)
    policies = sum(n.type == "Policy" for n in view.nodes.values())
    assert policies > 0
    page.page.click("#kg-types input[data-type=Policy]")
    assert page.js("Object.keys(kg.network.body.nodes).length") == total - policies
    assert page.js("kg.view.get().filter(n => n.type === 'Policy').length") == 0
    page.page.click("#kg-types input[data-type=Policy]")
    assert page.js("Object.keys(kg.network.body.nodes).length") == total
    page.page.select_option("#kg-year", "2016")
    in_2016 = {n.id for n in view.nodes.values() if 2016 in n.years}
    assert 0 < len(in_2016) < total
    assert set(page.js("Object.keys(kg.network.body.nodes)")) == in_2016
    page.shot("filter-安阳市-2016")


def test_hover_shows_properties_and_evidence_with_report_and_year(html, opened):
    page = opened(html / "region-三门峡市.html")
    page.js("kg.network.moveTo({position: kg.network.getPosition('indicator:GDP'), scale: 1.5})")
    xy = page.js("kg.network.canvasToDOM(kg.network.getPosition('indicator:GDP'))")
    box = page.page.locator("#kg-network canvas").bounding_box()
    page.page.mouse.move(box["x"] + xy["x"], box["y"] + xy["y"])
    tip = page.page.locator("div.vis-tooltip")
    tip.wait_for(state="visible", timeout=5000)
    text = tip.inner_text()
    assert "生产总值" in text and "1348.6" in text and "7.7" in text
    assert "全市生产总值完成1348.6亿元" in text and "2017" in text, "evidence sentence with its report and year"
    page.shot("tooltip-三门峡市-GDP")


def test_report_text_shows_as_text_in_the_browser(tmp_path, opened):
    from test_html import _evil_graph
    from loaders.html import write_html

    write_html(_evil_graph(), tmp_path)
    page = opened(tmp_path / HTML_DIR / "region-X市.html")
    assert page.errors == [] and page.dialogs == []
    name = page.js("kg.nodes.get('policy:evil').name")
    assert name.startswith("<img src=x")
    assert page.js("kg.nodes.get('policy:evil').title.querySelector('img')") is None


def _series(page, name_part: str) -> list:
    """The data of the chart's series whose name holds name_part (ECharts' own option: what it draws)."""
    return page.js("(part) => kgCharts.chart.getOption().series.filter(s => s.name.includes(part))"
                   ".flatMap(s => s.data.map(d => d.value))", name_part)


def test_chart_draws_the_points_of_the_selected_regions(html, graph, opened):
    page = opened(html / "charts.html")
    assert page.page.input_value("#code") == "GDP" and page.page.input_value("#measure") == "growth_pct", "GDP first"
    page.js("kgCharts.select('GDP', 'growth_pct', ['三门峡市', '安阳市'])")
    series = indicator_charts(graph)["GDP"]["measures"]["growth_pct"]["series"]
    for kind, word in (("actual", "实际"), ("target", "目标")):
        assert sorted(map(tuple, _series(page, word))) == sorted(
            (p[0], p[1]) for r in ("三门峡市", "安阳市") for p in series[r][kind]), kind
    assert "三门峡市" in page.page.inner_text("#points")
    page.shot("chart-GDP-growth")
    page.shot("chart-GDP-growth-points", at="#points")


def test_chart_table_says_jiaozuo_missed_its_2016_gdp_target_by_0_2(html, opened):
    page = opened(html / "charts.html")
    page.js("kgCharts.select('GDP', 'growth_pct', ['焦作市'])")
    rows = page.js("kgCharts.table.rows()")
    row = next(r for r in rows if r["region"] == "焦作市" and r["year"] == 2016)
    assert (row["actual"], row["target"], row["met"], row["gap"]) == (8.3, 8.5, "未达成 missed", -0.2)
    assert row["actual_report"] == "2017年焦作市政府工作报告" and row["target_report"].startswith("焦作市政府工作报告")
    text = page.page.inner_text("#points")
    assert "未达成 missed" in text and "-0.2" in text


def _national_chart(folder: Path, opened, observations: list[dict]):
    """charts.html of a graph of the State Council's observations of GDP, opened on GDP growth."""
    from kg.graph import Node
    from loaders.files import read_graph
    from loaders.html import write_html

    g = Graph()
    g.add_node(Node("region:中华人民共和国", "Region", "中华人民共和国", {"level": "national"}))
    for i, props in enumerate(observations):
        rid = props["report"]
        g.add_node(Node(f"report:{rid}", "Report", f"{rid}政府工作报告", {"year": int(rid[:4]), "region": "中华人民共和国"}))
        g.add_node(Node(f"obs:{i}", "Observation", str(i), {"indicator": "GDP", "region": "中华人民共和国", **props}))
    write_html(g, folder)
    page = opened(folder / HTML_DIR / "charts.html")
    page.js("kgCharts.select('GDP', 'growth_pct', ['中华人民共和国'])")
    return page


def test_chart_draws_a_range_target_as_a_band_on_an_axis_fitted_to_the_data(tmp_path, opened):
    """国务院 2019 set 6%—6.5%: a band from 6 to 6.5 beside the actual 6.1, and the table says 6–6.5."""
    page = _national_chart(tmp_path, opened, [
        {"year": 2019, "kind": "target", "growth_pct": 6.0, "growth_pct_high": 6.5, "report": "2019-中华人民共和国"},
        {"year": 2019, "kind": "actual", "growth_pct": 6.1, "report": "2020-中华人民共和国"}])
    assert _series(page, "区间目标") == [[2019, 6, 6.5]]
    assert "6–6.5" in page.page.inner_text("#points")
    low = page.js("kgCharts.chart.getModel().getComponent('yAxis').axis.scale.getExtent()[0]")
    assert low > 0, "the axis is fitted to 6-6.5, not tied to zero"
    assert "地区生产总值 Gross domestic (regional) product" in page.page.inner_text("#code")


def test_chart_marks_a_year_without_a_target(tmp_path, opened):
    """国务院 2020 set no growth target and said so: the chart marks the year, the table says none set."""
    page = _national_chart(tmp_path, opened, [
        {"year": 2020, "kind": "target", "absent": True, "report": "2020-中华人民共和国"},
        {"year": 2020, "kind": "actual", "growth_pct": 2.3, "report": "2021-中华人民共和国"}])
    assert [p[0] for p in _series(page, "不设目标")] == [2020]
    assert "不设目标 none set" in page.page.inner_text("#points")


def test_a_table_sorts_and_filters(html, opened):
    page = opened(html / "region-三门峡市.html")
    page.page.click("#kg-tables button[data-tab=projects]")
    box, rows = "#tab-projects", "kg.openTab('projects').rows()"
    page.page.click(f"{box} th[data-key=investment]")
    page.page.click(f"{box} th[data-key=investment]")  # the second click: descending, empty cells last
    invest = page.js(f"{rows}.map(r => r.investment)")
    assert invest[0] == 116.0 and all(v is None for v in invest[1:]), "三门峡市's stated investment first, empty cells last"
    assert page.page.inner_text(f"{box} tbody tr:first-child td:nth-child(3)") == "116"
    total = page.js(f"{rows}.length")
    word = "铁路"
    page.page.fill(f"{box} .table-filter", word)
    shown = page.js(f"{rows}.map(r => Object.values(r).join(' '))")
    assert 0 < len(shown) < total and all(word in r for r in shown)
    assert page.page.locator(f"{box} tbody tr").count() == len(shown)
    page.page.fill(f"{box} .table-filter", "")
    page.page.select_option(f"{box} select.table-facet[data-key=status]", "建成 completed")
    statuses = page.js(f"{rows}.map(r => r.status)")
    assert 0 < len(statuses) < total and set(statuses) == {"建成 completed"}
    page.shot("table-三门峡市-projects", at="#kg-tables")
    # a number column with several values: 焦作市's policies by how many of its two reports name them
    other = opened(html / "region-焦作市.html")
    other.page.click("#kg-tables button[data-tab=policies]")
    other.page.click("#tab-policies th[data-key=count]")
    other.page.click("#tab-policies th[data-key=count]")
    counts = other.js("kg.openTab('policies').rows().map(r => r.count)")
    assert counts == sorted(counts, reverse=True) and counts[0] > counts[-1]


def test_a_csv_download_is_utf8_with_bom_and_holds_the_rows(html, opened):
    page = opened(html / "index.html")
    page.page.fill("#reports .table-filter", "焦作市")
    with page.page.expect_download() as info:
        page.page.click("#reports button.csv")
    download = info.value
    assert download.suggested_filename == "reports.csv"
    raw = Path(download.path()).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "a BOM, so Excel reads UTF-8"
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("报告 report,地区 region,省份 province,年份 year,报告人 speaker")
    assert len(lines) == 3
    assert any(line.startswith("焦作市政府工作报告 （2016年1月12日 徐衣显）,焦作市,河南省,2016,徐衣显,") for line in lines)


def test_matrix_cell_shows_the_first_year_jiaozuo_names_a_policy_and_its_evidence(html, opened):
    page = opened(html / "matrix.html")
    cell = page.page.locator("#matrix tr", has=page.page.locator("td.region", has_text="焦作市")).locator("td.y").first
    policy = page.js("(p) => kg.data.policies[p][1]", int(cell.get_attribute("data-p")))
    # the first report of 焦作市 naming the policy: check it against the graph
    assert cell.inner_text() in ("2016", "2017")
    cell.click()
    box = page.page.inner_text("#m-evidence")
    assert f"焦作市 × {policy}" in box and f"first named {cell.inner_text()}" in box
    col = page.js("(name) => kg.data.policies.findIndex(p => p[1] === name)", "一带一路")
    row = page.js("kg.data.regions.findIndex(r => r[0] === '焦作市')")
    assert page.js(f"kg.cell({row}, {col})[0]") == 2016
    yidai = page.page.locator(f"#matrix td[data-r='{row}'][data-p='{col}']")
    assert yidai.inner_text() == "2016"
    page.page.select_option("#m-province", "甘肃省")
    assert page.page.locator("#matrix td.region").all_inner_texts() == ["嘉峪关市"]
    page.shot("matrix-甘肃省")


def test_index_search_finds_an_entity_and_links_its_pages(html, opened):
    page = opened(html / "index.html")
    page.page.fill("#search", "清华")
    first = page.page.locator("#search-results li").first
    assert "清华大学" in first.inner_text()
    hrefs = first.locator("a").evaluate_all("as => as.map(a => a.getAttribute('href'))")
    assert any(h.startswith("region-安阳市.html#q=") for h in hrefs)
    page.shot("index-search")
    target = opened(html / hrefs[0].replace("%E6%B8%85%E5%8D%8E%E5%A4%A7%E5%AD%A6", "清华大学").split("#")[0])
    assert target.errors == []


def test_compare_two_years_shows_what_appeared(html, graph, opened):
    page = opened(html / "region-焦作市.html")
    page.page.click("#kg-tables button[data-tab=compare]")
    page.page.select_option("#compare-a", "2016")
    page.page.select_option("#compare-b", "2017")
    rows = page.js("kg.compare.rows()")
    appeared = {r["name"] for r in rows if r["change"] == "出现 appeared"}
    gone = {r["name"] for r in rows if r["change"] == "消失 disappeared"}
    assert appeared and gone
    index = GraphIndex(graph)
    named = {y: {graph.nodes[t].name for t in index.mentions[f"report:{y}-焦作市"]} for y in (2016, 2017)}
    some = sorted(appeared & (named[2017] - named[2016]))
    assert some, "an entity only the 2017 report names appeared"
    assert some[0] in page.page.inner_text("#compare-table")
    page.shot("compare-焦作市-2016-2017", at="#kg-tables")
