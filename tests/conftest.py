from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def needs(path: Path, what: str):
    """Skip with a clear message when the shared material beside the checkout is absent."""
    if not path.exists():
        pytest.skip(f"{what} not found at {path} (expected ../shared beside the checkout)")


@pytest.fixture
def write(tmp_path):
    def _write(name: str, content, encoding: str = "utf-8") -> Path:
        p = tmp_path / name
        if isinstance(content, bytes):
            p.write_bytes(content)
        else:
            p.write_text(content, encoding=encoding)
        return p
    return _write


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory):
    """`kg build` of the bundled reports (the five samples, cleaned, and the three that connect to
    them: 焦作市/安阳市 2016 and 河南省 2017), shared by the database tests."""
    from kgapp.pipeline import build

    out = tmp_path_factory.mktemp("sample-build")
    run = build([ROOT / "data" / "reports"], out, progress=False)
    assert run.ok and len(run.reports) == 8
    return out


def neo4j_server(state: Path):
    """Start a private throw-away Neo4j (tools/neo4j-server) with its state in `state`; returns
    (Neo4jTarget, run) where run("stop"|"crash"|"resume") drives it. Outside CI a machine without
    Java or Maven skips with the reason; under CI=true a server that cannot be had is an error."""
    import os
    import shutil
    import subprocess

    from loaders.neo4j import Neo4jTarget

    ci = os.environ.get("CI", "").lower() == "true"
    missing = [x for x in ("java", "mvn") if not shutil.which(x)]
    if missing and not ci:
        pytest.skip(f"no Neo4j for the tests: NEO4J_URI is not set and {', '.join(missing)} not found "
                    f"to start tools/neo4j-server")
    server = str(ROOT / "tools" / "neo4j-server")
    # a private state folder: never reuse or stop a server the user (or a benchmark) started
    env = {**os.environ, "KG_NEO4J_STATE": str(state)}

    def run(cmd: str) -> subprocess.CompletedProcess:
        return subprocess.run([server, cmd], capture_output=True, text=True, env=env)
    done = run("start")
    if done.returncode != 0:
        msg = f"tools/neo4j-server start failed: {done.stderr.strip().splitlines()[-1:]}"
        if ci:
            pytest.fail(msg)
        pytest.skip(msg)
    got = dict(kv.split("=", 1) for kv in done.stdout.strip().splitlines()[-1].split())
    return Neo4jTarget(got["NEO4J_URI"], got["NEO4J_USER"], got["NEO4J_PASSWORD"]), run


@pytest.fixture(scope="session")
def neo4j_target(tmp_path_factory):
    """A real Neo4j: $NEO4J_URI when set, else the throw-away server of tools/neo4j-server."""
    import os

    from loaders.neo4j import Neo4jTarget

    if os.environ.get("NEO4J_URI"):
        yield Neo4jTarget.from_env()
        return
    target, run = neo4j_server(tmp_path_factory.mktemp("neo4j-server"))
    try:
        yield target
    finally:
        run("stop")
