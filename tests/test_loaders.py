"""Writers that share the graph model: the embedded database and the Neo4j loader (real server)."""
import subprocess
import sys

import pytest

from conftest import ROOT
from kg.graph import Graph
from loaders.files import read_graph
from loaders.embedded import DB_NAME, open_embedded


def _count(conn, q):
    return conn.execute(q).get_all()[0][0]


def test_embedded_database_matches_the_graph(sample_build):
    g = read_graph(sample_build)
    nodes, edges = g.counts()
    conn = open_embedded(sample_build)
    for label, n in nodes.items():
        assert _count(conn, f"MATCH (n:{label}) RETURN count(n)") == n
    for typ, n in edges.items():
        assert _count(conn, f"MATCH ()-[r:{typ}]->() RETURN count(r)") == n
    assert not [p for p in sample_build.iterdir() if p.name.startswith(".graph.lbug")]  # no temporary left


def test_kg_cypher_cli_table_json_and_errors(sample_build):
    kg = [sys.executable, "-m", "kgapp.cli"]
    out = subprocess.run(kg + ["cypher", str(sample_build), "-f", "queries/cypher/region_hierarchy.cypher", "--format",
                               "json"], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0 and '"region": "河南省"' in out.stdout
    bad = subprocess.run(kg + ["cypher", str(sample_build), "MATCH (n:Nope) RETURN n"], capture_output=True, text=True)
    assert bad.returncode == 1 and bad.stderr.startswith("error: ") and len(bad.stderr.strip().splitlines()) == 1
    missing = subprocess.run(kg + ["cypher", str(ROOT / "nowhere"), "RETURN 1"], capture_output=True, text=True)
    assert missing.returncode == 1 and DB_NAME in missing.stderr
    # a misspelt parameter, or one the query needs and nobody gave, is an error, never a silent default
    typo = subprocess.run(kg + ["cypher", str(sample_build), "-f", "queries/cypher/region_facts.cypher",
                                "-p", "regoin", "焦作市"], capture_output=True, text=True, cwd=ROOT)
    assert typo.returncode == 1 and typo.stdout == ""
    assert typo.stderr.strip() == "error: unknown parameter regoin: the query uses $region"
    unset = subprocess.run(kg + ["cypher", str(sample_build), "MATCH (r:Region {name: $region}) RETURN r.name"],
                           capture_output=True, text=True)
    assert unset.returncode == 1 and "$region has no value" in unset.stderr and unset.stdout == ""


def _neo4j_counts(target):
    from neo4j import GraphDatabase

    with GraphDatabase.driver(target.uri, auth=(target.user, target.password)) as d:
        n = d.execute_query("MATCH (n:GovReportKG) RETURN count(n) AS c", database_=target.database).records[0]["c"]
        r = d.execute_query("MATCH (:GovReportKG)-[r]->(:GovReportKG) RETURN count(r) AS c",
                            database_=target.database).records[0]["c"]
    return n, r


def test_neo4j_load_is_idempotent_and_replace_spares_other_data(sample_build, neo4j_target):
    from neo4j import GraphDatabase

    from loaders.neo4j import load_neo4j

    g = read_graph(sample_build)
    nodes, edges = g.counts()
    t = neo4j_target
    with GraphDatabase.driver(t.uri, auth=(t.user, t.password)) as d:
        d.execute_query("MERGE (:UserThing {id: 'mine'})", database_=t.database)
        load_neo4j(g, t, replace=True, progress=False, batch_size=500)
        first = _neo4j_counts(t)
        assert first == (sum(nodes.values()), sum(edges.values()))
        again = load_neo4j(g, t, progress=False)
        assert _neo4j_counts(t) == first
        assert sum(c for c, _ in again.nodes.values()) == 0 and sum(c for c, _ in again.rels.values()) == 0
        assert d.execute_query("MATCH (n:UserThing {id: 'mine'}) RETURN count(n) AS c",
                               database_=t.database).records[0]["c"] == 1
        d.execute_query("MATCH (n:UserThing) DELETE n", database_=t.database)


def test_neo4j_new_report_adds_without_duplicating_shared_entities(tmp_path, neo4j_target):
    from kgapp.pipeline import build
    from loaders.neo4j import load_neo4j

    one, both = tmp_path / "one", tmp_path / "both"
    build([ROOT / "data" / "reports" / "2017_焦作市.txt"], one, progress=False)
    build([ROOT / "data" / "reports" / "2017_焦作市.txt", ROOT / "data" / "reports" / "2016_焦作市.md"], both,
          progress=False)
    load_neo4j(read_graph(one), neo4j_target, replace=True, progress=False)
    load_neo4j(read_graph(both), neo4j_target, progress=False)
    g = read_graph(both)
    assert _neo4j_counts(neo4j_target) == (len(g.nodes), len(g.edges))


@pytest.mark.parametrize("case", ["down", "password"])
def test_neo4j_failures_are_one_line_and_exit_non_zero(sample_build, neo4j_target, case):
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    free_port = s.getsockname()[1]
    s.close()
    uri = f"bolt://127.0.0.1:{free_port}" if case == "down" else neo4j_target.uri
    pw = neo4j_target.password if case == "down" else "wrong-password"
    env = {"PATH": "/usr/bin:/bin", "NEO4J_PASSWORD": pw, "HOME": str(sample_build)}
    out = subprocess.run([sys.executable, "-m", "kgapp.cli", "load", "neo4j", str(sample_build), "--uri", uri,
                          "--no-progress"], capture_output=True, text=True, cwd=ROOT, env=env)
    assert out.returncode == 1
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: neo4j {uri}: ")
    assert ("unreachable" in lines[0]) if case == "down" else ("authentication failed" in lines[0])
    assert pw not in out.stderr
    # the password written into the URI is taken out of it and never printed either
    scheme, _, host = uri.partition("://")
    out = subprocess.run([sys.executable, "-m", "kgapp.cli", "load", "neo4j", str(sample_build), "--uri",
                          f"{scheme}://neo4j:{pw}@{host}", "--no-progress"], capture_output=True, text=True,
                         cwd=ROOT, env={**env, "NEO4J_PASSWORD": ""})
    assert out.returncode == 1 and out.stderr.startswith(f"error: neo4j {uri}: ") and pw not in out.stderr


def test_neo4j_load_killed_mid_way_is_completed_by_a_re_run(sample_build, neo4j_target):
    """kill -9 during a load leaves whole batches only; the same command again converges to the full graph."""
    import os
    import signal
    import time

    from loaders.neo4j import load_neo4j

    t = neo4j_target
    load_neo4j(read_graph(sample_build), t, replace=True, progress=False)
    full = _neo4j_counts(t)
    cmd = [sys.executable, "-m", "kgapp.cli", "load", "neo4j", str(sample_build), "--uri", t.uri, "--user", t.user,
           "--replace", "--batch-size", "5", "--no-progress"]
    env = {**os.environ, "NEO4J_PASSWORD": t.password}
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    # wait until --replace has emptied the graph and the load has written some nodes back, then kill it
    while time.monotonic() < deadline and proc.poll() is None and not 0 < _neo4j_counts(t)[0] < full[0] // 2:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    cut = _neo4j_counts(t)
    assert cut < full, "the load finished before it could be cut; nothing was tested"
    rerun = subprocess.run(cmd[:-4] + ["--no-progress"], cwd=ROOT, env=env, capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    assert _neo4j_counts(t) == full


def test_embedded_copy_of_a_label_larger_than_one_node_group_finishes(tmp_path):
    """ladybug 0.22 hung in a multi-threaded COPY of more than 131,072 nodes with Chinese string keys
    (the corpus has 135k projects); the writer must finish."""
    code = """if True:
        import random, sys
        from pathlib import Path
        from kg.graph import Graph, Node
        from loaders.files import read_graph
        from loaders.embedded import open_embedded, write_embedded
        rnd, g = random.Random(1), Graph()
        cjk = lambda n: "".join(chr(rnd.randint(0x4E00, 0x9FA5)) for _ in range(n))
        for i in range(131_200):
            g.add_node(Node(f"project:{cjk(3)}市:{cjk(rnd.randint(4, 14))}{i}", "Project", cjk(8)))
        write_embedded(g, Path(sys.argv[1]))
        print(open_embedded(Path(sys.argv[1])).execute("MATCH (p:Project) RETURN count(p)").get_all()[0][0])"""
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, cwd=ROOT,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "131200"


def _crash_during_load(build, target, server, retry_seconds: float) -> tuple[subprocess.Popen, list[str], dict]:
    """`kg load neo4j` in batches of 5 with --retry-time RETRY_SECONDS; the server is killed once 300
    nodes are in. Returns the load's process, still running, its command and environment."""
    import os
    import time

    cmd = [sys.executable, "-m", "kgapp.cli", "load", "neo4j", str(build), "--uri", target.uri,
           "--batch-size", "5", "--retry-time", str(retry_seconds), "--no-progress"]
    env = {**os.environ, "NEO4J_PASSWORD": target.password}
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None and _neo4j_counts(target)[0] < 300:
        time.sleep(0.05)
    assert proc.poll() is None, "the load ended before the server could be stopped"
    assert server("crash").returncode == 0
    return proc, cmd, env


def test_neo4j_connection_lost_mid_load_commits_whole_batches_and_a_re_run_converges(sample_build, tmp_path):
    """The server dies during a load (SIGKILL): kg load retries, then fails with one line naming the
    server; what was committed is whole batches; once the server is back the same command completes."""
    import time

    from conftest import neo4j_server
    from loaders.tables import tables

    target, server = neo4j_server(tmp_path / "neo4j")
    try:
        graph = read_graph(sample_build)
        per_label = {label: len(rows) for label, rows in tables(graph).nodes.items()}
        proc, cmd, env = _crash_during_load(sample_build, target, server, retry_seconds=3)
        t0 = time.monotonic()
        code = proc.wait(timeout=120)
        err = proc.stderr.read().strip().splitlines()
        assert code == 1 and len(err) == 1, err
        assert err[0].startswith(f"error: neo4j {target.uri}: server unreachable or connection lost"), err
        assert target.password not in err[0]
        assert time.monotonic() - t0 < 60, "retries are bounded by --retry-time"
        assert server("resume").returncode == 0
        from neo4j import GraphDatabase

        with GraphDatabase.driver(target.uri, auth=(target.user, target.password)) as d:
            for label, total in per_label.items():
                n = d.execute_query(f"MATCH (n:{label}:GovReportKG) RETURN count(n) AS c").records[0]["c"]
                assert n == total or n % 5 == 0, f"{label}: {n} of {total} nodes is not whole batches of 5"
        rerun = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
        assert rerun.returncode == 0, rerun.stderr
        assert _neo4j_counts(target) == (len(graph.nodes), len(graph.edges))
    finally:
        server("stop")


@pytest.mark.parametrize("case", ["database", "tls"])
def test_neo4j_wrong_database_or_tls_is_one_line(sample_build, neo4j_target, case):
    import os

    t = neo4j_target
    uri = t.uri.replace("bolt://", "bolt+s://") if case == "tls" else t.uri
    args = ["--database", "nosuchdb"] if case == "database" else []
    out = subprocess.run([sys.executable, "-m", "kgapp.cli", "load", "neo4j", str(sample_build), "--uri", uri, *args,
                          "--retry-time", "1", "--no-progress"], capture_output=True, text=True, cwd=ROOT,
                         env={**os.environ, "NEO4J_PASSWORD": t.password})
    lines = out.stderr.strip().splitlines()
    assert out.returncode == 1 and len(lines) == 1 and lines[0].startswith(f"error: neo4j {uri}: "), lines
    assert ("database 'nosuchdb' does not exist" if case == "database" else "no TLS connection") in lines[0]
    assert t.password not in out.stderr


def test_neo4j_password_prompt_when_no_flag_or_variable(sample_build, neo4j_target):
    """Without --password or NEO4J_PASSWORD, kg load asks on the terminal (not echoed, never printed)."""
    import os
    import pty
    import time

    t = neo4j_target
    env = {k: v for k, v in os.environ.items() if k != "NEO4J_PASSWORD"}
    pid, fd = pty.fork()
    if pid == 0:  # the child: a session on the pseudo-terminal, as a user at a shell
        os.chdir(ROOT)
        os.execve(sys.executable, [sys.executable, "-m", "kgapp.cli", "load", "neo4j", str(sample_build), "--uri", t.uri,
                                   "--user", t.user, "--no-progress"], env)
    out = b""
    deadline = time.monotonic() + 120
    while b"password" not in out.lower() and time.monotonic() < deadline:
        out += os.read(fd, 1024)
    os.write(fd, t.password.encode() + b"\n")
    while time.monotonic() < deadline:
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        out += chunk
    _, status = os.waitpid(pid, 0)
    text = out.decode("utf-8", "replace")
    assert os.waitstatus_to_exitcode(status) == 0, text
    assert "Neo4j password:" in text and "loaded" in text
    assert t.password not in text, "the password must not be echoed or printed"


def test_neo4j_server_that_requires_tls(sample_build, tmp_path, monkeypatch):
    """A server refusing unencrypted Bolt: a plain URI fails in one line that says what to try;
    bolt+ssc:// (encrypted, self-signed certificate accepted) loads."""
    import os

    from conftest import neo4j_server

    monkeypatch.setenv("KG_NEO4J_TLS", "required")
    target, server = neo4j_server(tmp_path / "neo4j")
    try:
        env = {**os.environ, "NEO4J_PASSWORD": target.password}

        def load(uri: str) -> subprocess.CompletedProcess:
            return subprocess.run([sys.executable, "-m", "kgapp.cli", "load", "neo4j", str(sample_build), "--uri", uri,
                                   "--retry-time", "1", "--no-progress"], capture_output=True, text=True, cwd=ROOT,
                                  env=env)
        plain = load(target.uri)
        lines = plain.stderr.strip().splitlines()
        assert plain.returncode == 1 and len(lines) == 1, lines
        assert lines[0].startswith(f"error: neo4j {target.uri}: ") and "use bolt+s://" in lines[0]
        encrypted = load(target.uri.replace("bolt://", "bolt+ssc://"))
        assert encrypted.returncode == 0, encrypted.stderr
    finally:
        server("stop")


def test_neo4j_restarted_within_the_retry_window_costs_a_pause_not_the_load(sample_build, tmp_path):
    """The server dies two seconds into a load and is back a few seconds later: with --retry-time 60
    the load waits for it and completes, every node and relationship there once."""
    import time

    from conftest import neo4j_server

    target, server = neo4j_server(tmp_path / "neo4j")
    try:
        graph = read_graph(sample_build)
        proc, _, _ = _crash_during_load(sample_build, target, server, retry_seconds=60)
        time.sleep(3)
        assert server("resume").returncode == 0
        code = proc.wait(timeout=180)
        assert code == 0, proc.stderr.read()
        assert _neo4j_counts(target) == (len(graph.nodes), len(graph.edges))
    finally:
        server("stop")
