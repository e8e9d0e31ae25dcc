"""Every query of queries/sparql/ on graph.ttl with Oxigraph and rdflib, and through the
`kg serve` endpoint over HTTP (SPARQL 1.1 Protocol), against hand-verified facts of the bundled reports."""
import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest

from conftest import ROOT
from kgapp import sparql

QUERIES = ROOT / "queries" / "sparql"


def _free_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


@pytest.fixture(scope="module")
def endpoint(sample_build):
    """`kg serve` on a free port of 127.0.0.1; yields the query URL."""
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kgapp.cli", "serve", str(sample_build), "--port", str(port)],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}/query"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url + "?query=" + urllib.parse.quote("ASK {}"), timeout=2)
            break
        except (urllib.error.URLError, ConnectionError):
            if proc.poll() is not None:
                pytest.fail(f"kg serve exited: {proc.stderr.read()}")
            time.sleep(0.3)
    else:
        proc.kill()
        pytest.fail("kg serve did not answer within 120 s")
    yield url
    proc.terminate()
    proc.wait(timeout=30)


def _http(url: str, text: str) -> tuple[list[str], list[list]]:
    req = urllib.request.Request(url, data=text.encode("utf-8"), method="POST", headers={
        "Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req, timeout=60) as r:
        res = json.load(r)
    if "boolean" in res:
        return ["ask"], [[res["boolean"]]]
    cols = res["head"]["vars"]

    def py(b):
        if b is None:
            return None
        return sparql._python(b["value"], b.get("datatype"), b.get("xml:lang")) if b["type"] == "literal" else b["value"]
    return cols, [[py(row.get(c)) for c in cols] for row in res["results"]["bindings"]]


@pytest.fixture(scope="module")
def stores(sample_build):
    return {engine: sparql.open_store(sample_build, engine) for engine in sparql.ENGINES}


@pytest.fixture(params=["oxigraph", "rdflib", "endpoint"])
def run(request, stores):
    """run(name, **params) -> list of row dicts, on one engine."""
    engine = request.param
    url = request.getfixturevalue("endpoint") if engine == "endpoint" else None

    def _run(query: str, /, **params):
        text = sparql.set_params((QUERIES / f"{query}.rq").read_text(encoding="utf-8"), params)
        cols, rows = _http(url, text) if url else sparql.run(stores[engine], text)
        return [dict(zip(cols, r)) for r in rows]
    return _run


def test_every_library_file_has_question_params_example_and_prefixes():
    files = sorted(QUERIES.glob("*.rq"))
    assert {f.stem for f in files} >= {"region_facts", "policy_regions", "shared_policies", "projects_by_investment",
                                       "target_vs_actual", "multi_region_organizations", "fact_source",
                                       "region_hierarchy", "policy_cooccurrence"}
    for f in files:
        text = f.read_text(encoding="utf-8")
        assert text.startswith("# question: ") and "# example output:" in text, f
        for name in sparql.header_params(text):  # every documented parameter can be set
            sparql.set_params(text, {name: 1 if name == "limit" else "x"})


def test_region_facts(run):
    rows = run("region_facts", region="三门峡市")
    facts = {(r["fact"], r["name"]): r for r in rows}
    gdp = facts[("indicator", "GDP actual")]
    assert (gdp["value"], gdp["unit"], gdp["year"], gdp["report"]) == (1348.6, "亿元", 2016, "2017-三门峡市")
    road = facts[("project", "国道310南移项目")]
    assert (road["status"], road["value"], road["unit"]) == ("started", 116, "亿元")
    assert facts[("cooperation", "国家开发银行")]["status"] == "signed"
    assert ("policy", "放管服改革") in facts
    assert {r["fact"] for r in rows} == {"project", "cooperation", "policy", "indicator"}


def test_policy_regions_and_shared_policies(run):
    rows = run("policy_regions", policy="一带一路")
    assert {r["region"] for r in rows} == {"三门峡市", "鹤壁市", "嘉峪关市", "焦作市", "安阳市", "河南省"}
    jz = next(r for r in rows if r["region"] == "焦作市")
    assert sorted(jz["reports"].split()) == ["2016-焦作市", "2017-焦作市"] and jz["first_year"] == 2016
    shared = {r["policy"] for r in run("shared_policies", a="焦作市", b="安阳市")}
    assert {"一带一路", "放管服改革", "河长制"} <= shared


def test_projects_by_investment(run):
    rows = run("projects_by_investment")
    assert rows[0]["project"] == "国道310南移项目" and rows[0]["investment_yi"] == 116
    assert [r["investment_yi"] for r in rows] == sorted((r["investment_yi"] for r in rows), reverse=True)
    only = run("projects_by_investment", region="三门峡市")
    assert only and all(r["region"] == "三门峡市" for r in only)
    assert all(r["status"] == "started" for r in run("projects_by_investment", status="started"))


def test_target_vs_actual(run):
    rows = run("target_vs_actual", indicator="GDP")
    got = {(r["region"], r["year"]): (r["target"], r["actual"], r["gap"], r["target_report"], r["actual_report"])
           for r in rows}
    assert got == {("安阳市", 2016): (7.5, 8.0, 0.5, "2016-安阳市", "2017-安阳市"),
                   ("焦作市", 2016): (8.5, 8.3, -0.2, "2016-焦作市", "2017-焦作市")}


def test_multi_region_organizations(run):
    rows = run("multi_region_organizations")
    assert {r["organization"]: sorted(r["regions"].split()) for r in rows} == {
        "国家开发银行": ["三门峡市", "焦作市"], "中国科学院": ["三门峡市", "焦作市"]}


def test_fact_source(run):
    rows = run("fact_source", name="国道310南移项目")
    has = next(r for r in rows if r["relation"] == "hasProject")
    assert has["from"] == "三门峡市" and has["report"] == "2017-三门峡市"
    assert has["sentence"].startswith("投资116亿元的国道310南移项目全线开工")
    text = (ROOT / "data" / "reports" / "2017_三门峡市.txt").read_text(encoding="utf-8")
    assert text[has["start_offset"]:has["end_offset"]] == "国道310南移项目"


def test_policy_cooccurrence_and_top_policies(run):
    pairs = run("policy_cooccurrence", limit=5)
    assert len(pairs) == 5 and pairs[0]["reports"] == 8 and pairs[0]["policy_a"] < pairs[0]["policy_b"]
    top = {r["policy"]: r["regions"] for r in run("top_policies", limit=50)}
    assert top["一带一路"] == 6 and top["供给侧结构性改革"] == 6


def test_region_hierarchy(run):
    assert run("region_hierarchy", region="安阳市") == [{"direction": "above", "region": "河南省", "level": "province"}]
    below = {r["region"] for r in run("region_hierarchy", region="河南省") if r["direction"] == "below"}
    assert below == {"三门峡市", "鹤壁市", "焦作市", "安阳市"}


def test_indicator_series_and_speakers(run):
    rows = {(r["region"], r["year"]): r for r in run("indicator_series", indicator="GDP", kind="actual")}
    assert rows[("三门峡市", 2016)]["value"] == 1348.6 and rows[("三门峡市", 2016)]["growth_pct"] == 7.7
    assert rows[("焦作市", 2016)]["value"] == 2082.6
    sp = {(r["region"], r["year"]): (r["speaker"], r["title"]) for r in run("speakers")}
    assert sp[("河南省", 2017)] == ("陈润儿", "省长") and sp[("焦作市", 2016)] == ("徐衣显", "代市长")


def test_endpoint_is_read_only(endpoint):
    update = urllib.request.Request(endpoint.replace("/query", "/update"), method="POST",
                                    data=b"INSERT DATA { <urn:a> <urn:b> <urn:c> }",
                                    headers={"Content-Type": "application/sparql-update"})
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(update, timeout=30)
    assert refused.value.code in (403, 404, 405)
    assert _http(endpoint, "ASK { <urn:a> <urn:b> <urn:c> }")[1] == [[False]]


def test_kg_sparql_cli_params_formats_and_errors(sample_build):
    kg = [sys.executable, "-m", "kgapp.cli", "sparql", str(sample_build)]
    out = subprocess.run(kg + ["-f", "queries/sparql/region_hierarchy.rq", "-p", "region", "河南省", "--format", "json"],
                         capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0 and {r["region"] for r in json.loads(out.stdout)} >= {"三门峡市", "焦作市"}
    limit = ["-f", "queries/sparql/projects_by_investment.rq", "-p", "limit"]
    for args, words in ((["SELEC ?x"], "SPARQL query"), (["-f", "queries/sparql/speakers.rq", "-p", "region", "x"],
                                                          "VALUES ?region"),
                        (limit + ["abc"], "whole number"), (limit + ["1e400"], "whole number"),
                        (limit + ["-1"], "whole number")):
        bad = subprocess.run(kg + args, capture_output=True, text=True, cwd=ROOT)
        assert bad.returncode == 1 and len(bad.stderr.strip().splitlines()) == 1 and words in bad.stderr


def test_oxigraph_store_is_cached_beside_the_export_and_rebuilt_when_it_changes(tmp_path, sample_build):
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.ttl").write_bytes((sample_build / "graph.ttl").read_bytes())
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    n = sparql.run(sparql.open_store(out, "oxigraph"), count)[1][0][0]
    stamp = out / sparql.STORE_DIR / "SOURCE"
    built = stamp.stat().st_mtime_ns
    assert n == sparql.run(sparql.open_store(out, "oxigraph"), count)[1][0][0]
    assert stamp.stat().st_mtime_ns == built, "an unchanged graph.ttl must reuse the store"
    (out / "graph.ttl").write_text('<urn:a> <urn:b> "c" .\n', encoding="utf-8")
    assert sparql.run(sparql.open_store(out, "oxigraph"), count)[1] == [[1]]
    assert [p.name for p in out.iterdir() if p.name.startswith(".")] == [], "no temporary store left behind"


def _serve(build, port: int, *extra: str) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-m", "kgapp.cli", "serve", str(build), "--port", str(port), *extra],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/query?query=" + urllib.parse.quote("ASK {}"), timeout=2)
            return proc
        except (urllib.error.URLError, ConnectionError):
            if proc.poll() is not None:
                pytest.fail(f"kg serve exited: {proc.stderr.read()}")
            time.sleep(0.3)
    proc.kill()
    pytest.fail("kg serve did not answer within 120 s")


def _workers() -> list[str]:
    return subprocess.run(["pgrep", "-f", "kgapp.sparql_worker"], capture_output=True, text=True).stdout.split()


def test_endpoint_refuses_service_and_sends_no_request(endpoint):
    import socket
    import threading

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    listener.settimeout(3)
    got: list[bytes] = []

    def accept() -> None:
        try:
            conn, _ = listener.accept()
            got.append(conn.recv(100))
            conn.close()
        except OSError:
            pass
    waiter = threading.Thread(target=accept)
    waiter.start()
    query = f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{listener.getsockname()[1]}/sparql> {{ ?s ?p ?o }} }}"
    with pytest.raises(urllib.error.HTTPError) as refused:
        _http(endpoint, query)
    waiter.join()
    listener.close()
    assert refused.value.code == 400 and b"SERVICE" in refused.value.read()
    assert got == [], "the endpoint sent a request to the URL the query named"
    # the word inside an IRI, a string or a variable is no SERVICE clause
    assert _http(endpoint, 'ASK { ?service <http://example.org/SERVICE> "SERVICE" }')[1] == [[False]]


def test_endpoint_stops_a_query_at_its_time_limit_and_when_its_client_hangs_up(sample_build):
    port = _free_port()
    proc = _serve(sample_build, port, "--timeout", "2")
    heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    try:
        t0 = time.monotonic()
        with pytest.raises(urllib.error.HTTPError) as stopped:
            _http(f"http://127.0.0.1:{port}/query", heavy)
        assert stopped.value.code == 503 and b"time limit" in stopped.value.read()
        assert time.monotonic() - t0 < 15
        time.sleep(0.5)
        assert _workers() == []
        # a client that hangs up: its query is stopped at once, not at the limit
        import socket

        body = heavy.encode()
        client = socket.create_connection(("127.0.0.1", port))
        client.sendall(b"POST /query HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                       + f"Content-Length: {len(body)}\r\n\r\n".encode() + body)
        deadline = time.monotonic() + 10
        while not _workers() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert _workers(), "the query never started"
        client.close()
        time.sleep(1.0)
        assert _workers() == []
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_endpoint_killed_leaves_nothing_serving_and_restarts_on_its_port(sample_build):
    port = _free_port()
    proc = _serve(sample_build, port)
    proc.kill()
    proc.wait(timeout=30)
    with pytest.raises((urllib.error.URLError, ConnectionError)):
        urllib.request.urlopen(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", timeout=3)
    again = _serve(sample_build, port)
    try:
        assert _http(f"http://127.0.0.1:{port}/query", "ASK { ?s ?p ?o }")[1] == [[True]]
    finally:
        again.terminate()
        again.wait(timeout=30)
