"""The HTML pages in a real headless Chromium (Debian's, driven by Playwright), opened from file://:
no console errors, no request leaving the machine, the network holds the page's nodes, search
focuses, filters hide, tooltips show evidence. A screenshot of every page is kept in
test-artifacts/screenshots/ (or $KG_ARTIFACTS)."""
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
        if path.name not in ("index.html", "charts.html"):
            self.page.wait_for_function("window.kg && window.kg.ready", timeout=30_000)

    def js(self, code: str, arg=None):
        return self.page.evaluate(code, arg)

    def shot(self, name: str) -> None:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
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
    assert len(names) == 9


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


def test_chart_draws_the_points_of_the_selected_regions(html, graph, opened):
    page = opened(html / "charts.html")
    page.page.select_option("#code", "GDP")
    page.page.select_option("#measure", "growth_pct")
    page.page.select_option("#regions", ["三门峡市", "安阳市"])
    series = indicator_charts(graph)["GDP"]["measures"]["growth_pct"]["series"]
    expected = sum(len(series[r][k]) for r in ("三门峡市", "安阳市") for k in ("actual", "target"))
    assert page.js("document.querySelectorAll('#chart circle.point').length") == expected
    assert page.js("document.querySelectorAll('#chart circle.point.target').length") == sum(
        len(series[r]["target"]) for r in ("三门峡市", "安阳市"))
    assert "三门峡市" in page.page.inner_text("#points")
    page.shot("chart-GDP-growth")


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
    page.page.select_option("#code", "GDP")
    page.page.select_option("#measure", "growth_pct")
    page.page.select_option("#regions", ["中华人民共和国"])
    return page


def test_chart_draws_a_range_target_as_a_band_on_an_axis_fitted_to_the_data(tmp_path, opened):
    """国务院 2019 set 6%—6.5%: a band from 6 to 6.5 beside the actual 6.1, and the table says 6–6.5."""
    page = _national_chart(tmp_path, opened, [
        {"year": 2019, "kind": "target", "growth_pct": 6.0, "growth_pct_high": 6.5, "report": "2019-中华人民共和国"},
        {"year": 2019, "kind": "actual", "growth_pct": 6.1, "report": "2020-中华人民共和国"}])
    assert page.js("document.querySelectorAll('#chart rect.band').length") == 1
    assert "6–6.5" in page.page.inner_text("#points")
    ticks = page.js("[...document.querySelectorAll('#chart .axis text')].map(t => t.textContent)")
    assert "0" not in ticks, "the axis is fitted to 6-6.5, not tied to zero"
    assert "地区生产总值 Gross domestic (regional) product" in page.page.inner_text("#code")


def test_chart_marks_a_year_without_a_target(tmp_path, opened):
    """国务院 2020 set no growth target and said so: the chart marks the year, the table says none set."""
    page = _national_chart(tmp_path, opened, [
        {"year": 2020, "kind": "target", "absent": True, "report": "2020-中华人民共和国"},
        {"year": 2020, "kind": "actual", "growth_pct": 2.3, "report": "2021-中华人民共和国"}])
    assert page.js("document.querySelectorAll('#chart text.absent').length") == 1
    assert "不设目标 none set" in page.page.inner_text("#points")
