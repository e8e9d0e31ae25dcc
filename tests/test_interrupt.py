"""An interrupted `kg build` (SIGKILL or SIGINT in the middle of writing) leaves every output whole
— the previous run's or the new one's, never half a file — and a re-run completes the build and
clears what the killed run left behind."""
import hashlib
import json
import shutil
import signal
import subprocess
import sys
import time

import pytest

from conftest import ROOT
from loaders.staging import is_temporary

REPORTS = sorted((ROOT / "data" / "reports").iterdir())
OUTPUTS = ("graph.json", "graph.graphml", "graph.ttl")


def _build(inputs, out, **kw) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "kgapp.cli", "build", *map(str, inputs), "--out", str(out),
                             "--no-progress"], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            **kw)


def _digests(out) -> dict[str, str]:
    """Content hash of every output file except the embedded database (compared by its counts) and the
    extraction cache (not outputs)."""
    files = [p for p in out.rglob("*") if p.is_file() and "graph.lbug" not in p.name
             and p.relative_to(out).parts[0] != ".cache"]
    return {p.relative_to(out).as_posix(): hashlib.sha1(p.read_bytes()).hexdigest() for p in files}


def _lbug_counts(out) -> tuple[int, int]:
    from kgapp.cypher import run_embedded

    n = run_embedded(out, "MATCH (n) RETURN count(n)", {})[1][0][0]
    r = run_embedded(out, "MATCH ()-[r]->() RETURN count(r)", {})[1][0][0]
    return n, r


@pytest.fixture(scope="module")
def versions(tmp_path_factory):
    """Clean builds of the old input (3 reports) and the new one (all 8), for comparison."""
    old, new = tmp_path_factory.mktemp("old"), tmp_path_factory.mktemp("new")
    for inputs, out in ((REPORTS[:3], old), (REPORTS, new)):
        p = _build(inputs, out)
        assert p.wait(timeout=600) == 0, p.stderr.read()
    return old, new


def _staging(out) -> list[str]:
    folders = [out, out / "reports", out / ".cache" / "extract"]
    return [p.name for f in folders if f.is_dir() for p in f.iterdir() if is_temporary(p.name)]


def _cached(out) -> int:
    folder = out / ".cache" / "extract"
    return sum(1 for p in folder.iterdir() if not p.name.startswith(".")) if folder.is_dir() else 0


@pytest.mark.parametrize("moment", ["extracting", "writing"])
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT, signal.SIGTERM])
def test_interrupted_build_leaves_whole_outputs_and_a_rerun_completes(tmp_path, versions, sig, moment):
    old, new = versions
    out = tmp_path / "out"
    shutil.copytree(old, out)
    before = _digests(out)
    cached = _cached(out)
    proc = _build(REPORTS, out)
    # stop it while it extracts (the first of the five new reports is in the cache), or while it
    # writes (a staging file of a writer shows up)
    deadline, seen = time.monotonic() + 300, []
    while proc.poll() is None and time.monotonic() < deadline and not seen:
        if moment == "extracting":
            seen = ["cache"] if _cached(out) > cached else []
        else:
            seen = [n for n in _staging(out) if not n.startswith(".graph.oxigraph")]
        time.sleep(0.005)
    assert seen, f"the build ended before it was {moment}: nothing was interrupted"
    proc.send_signal(sig)
    code = proc.wait(timeout=120)
    assert code == (-9 if sig == signal.SIGKILL else 130), proc.stderr.read()
    if sig != signal.SIGKILL:  # SIGTERM (timeout, docker stop, CI cancelling) is handled as Ctrl-C
        assert _staging(out) == [], "an interrupted run removes its own temporaries"
    time.sleep(1)
    orphans = subprocess.run(["pgrep", "-f", "--", f"--out {out}"], capture_output=True, text=True).stdout.split()
    assert orphans == [], "extraction workers must end with the killed build"
    after, fresh = _digests(out), _digests(new)
    for name in OUTPUTS:
        assert after[name] in (before[name], fresh[name]), f"{name} is neither the old nor the new output"
        if name == "graph.json":
            json.loads((out / name).read_text(encoding="utf-8"))
    assert _lbug_counts(out) in (_lbug_counts(old), _lbug_counts(new))
    # the re-run: same command, complete output, leftovers of the killed run gone
    p = _build(REPORTS, out)
    assert p.wait(timeout=600) == 0, p.stderr.read()
    assert _staging(out) == []
    assert _digests(out) == fresh | {k: v for k, v in _digests(out).items() if k.startswith("graph.oxigraph")}
    assert _lbug_counts(out) == _lbug_counts(new)
