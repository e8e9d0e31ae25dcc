"""The build folder is never made worse by a mistake: a typo, an empty or failing input, a subset of
the inputs, a folder of the user's own, a second build at once, a failure that would be cached, a
planted pickle, a private umask. Through the real command, as a user runs it."""
import fcntl
import hashlib
import os
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

REPORTS = ROOT / "data" / "reports"


def _kg(*args, cwd=ROOT, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kgapp.cli", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, timeout=600, **kw)


def _digests(out: Path) -> dict[str, str]:
    """Every output (the cache and the database's own files aside: their bytes move without a change)."""
    return {p.relative_to(out).as_posix(): hashlib.sha1(p.read_bytes()).hexdigest()
            for p in out.rglob("*") if p.is_file() and not p.name.endswith(".lock")
            and p.relative_to(out).parts[0] not in (".cache", "graph.lbug")}


@pytest.fixture
def built(tmp_path) -> tuple[Path, Path]:
    """A folder of three reports and a build of it."""
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    for name in ("2017_鹤壁市.txt", "2017_焦作市.txt", "2016_焦作市.md"):
        shutil.copy(REPORTS / name, src / name)
    done = _kg("build", src, "--out", out, "--no-progress")
    assert done.returncode == 0, done.stderr
    return src, out


def test_a_mistyped_or_empty_input_changes_nothing(built, tmp_path):
    src, out = built
    before = _digests(out)
    done = _kg("build", tmp_path / "reprots", "--out", out, "--no-progress")
    assert done.returncode == 1 and "reprots: no such file or folder" in done.stderr
    assert _digests(out) == before  # the previous reports were read again, from the cache
    empty = tmp_path / "unmounted"
    empty.mkdir()
    done = _kg("build", empty, "--out", tmp_path / "new", "--no-progress")
    assert done.returncode == 1 and "no report read" in done.stderr and "nothing written" in done.stderr
    assert not (tmp_path / "new").exists()
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "scan.txt").write_bytes(b"%PDF-1.7\n\x00\x00binary")
    done = _kg("build", bad, "--out", tmp_path / "new", "--no-progress")
    assert done.returncode == 1 and "no report read" in done.stderr and "empty file" in done.stderr
    assert not (tmp_path / "new").exists()


def test_a_subset_of_the_inputs_keeps_the_other_reports_unless_pruned(built):
    src, out = built
    reports = sorted(p.name for p in (out / "reports").iterdir())
    assert len(reports) == 3
    done = _kg("build", src / "2017_鹤壁市.txt", "--out", out, "--no-progress")
    assert done.returncode == 0, done.stderr
    assert "kept: 2 file(s) of the previous build" in done.stderr
    assert sorted(p.name for p in (out / "reports").iterdir()) == reports
    # a report file deleted since: the build names it and writes nothing
    (src / "2016_焦作市.md").unlink()
    before = _digests(out)
    done = _kg("build", src, "--out", out, "--no-progress")
    assert done.returncode == 1 and "2016_焦作市.md" in done.stderr and "--prune" in done.stderr
    assert _digests(out) == before
    done = _kg("build", src / "2017_鹤壁市.txt", "--out", out, "--no-progress", "--prune")
    assert done.returncode == 0 and "pruned: the reports of 2 file(s)" in done.stderr
    assert sorted(p.name for p in (out / "reports").iterdir()) == ["2017-鹤壁市.json"]


def test_a_file_the_previous_build_read_that_fails_now_changes_nothing(built):
    src, out = built
    before = _digests(out)
    (src / "2017_焦作市.txt").write_bytes(b"")
    done = _kg("build", src, "--out", out, "--no-progress")
    assert done.returncode == 1 and "2017_焦作市.txt: empty file" in done.stderr
    assert _digests(out) == before


def test_a_folder_that_is_not_a_build_is_refused(tmp_path):
    mine = tmp_path / "mine"
    (mine / "html").mkdir(parents=True)
    (mine / "reports").mkdir()
    (mine / "reports" / "notes.json").write_text("{}")
    (mine / "html" / "index.html").write_text("<p>my page</p>")
    done = _kg("build", REPORTS, "--out", mine, "--no-progress")
    assert done.returncode == 1 and "not a kg build folder" in done.stderr
    assert (mine / "html" / "index.html").read_text() == "<p>my page</p>"
    assert sorted(p.name for p in mine.rglob("*")) == ["html", "index.html", "notes.json", "reports"]
    file = tmp_path / "file"
    file.write_text("x")
    done = _kg("build", REPORTS, "--out", file, "--no-progress")
    assert done.returncode == 1 and "not a folder" in done.stderr and file.read_text() == "x"


def test_a_second_build_into_a_folder_being_built_stops_with_one_line(built):
    src, out = built
    before = _digests(out)
    with open(out / ".kg-build.lock", "w") as held:  # what a running build holds
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        for args in (("build", src, "--out", out), ("viz", out), ("export", "rdf", out)):
            done = _kg(*args, "--no-progress") if args[0] != "export" else _kg(*args)
            assert done.returncode == 1, args
            assert done.stderr.strip().splitlines() == [f"error: {out}: another kg build is writing this folder; "
                                                        "wait for it to end"], args
    assert _digests(out) == before


def test_a_failure_is_never_cached(tmp_path, monkeypatch):
    """A file that could not be read once (emptied or gone while the build ran) is read again by the
    next build, even with the same bytes as when its key was made."""
    import kgapp.pipeline as pipeline

    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    shutil.copy(REPORTS / "2017_鹤壁市.txt", src)
    shutil.copy(REPORTS / "2017_焦作市.txt", src)
    real = pipeline.process_file

    def vanishing(path: str, junk: frozenset[str] = frozenset()) -> pipeline.FileResult:
        if path.endswith("2017_焦作市.txt"):
            return pipeline.FileResult(path, error=f"{path}: no such file or folder")
        return real(path, junk)
    monkeypatch.setattr(pipeline, "process_file", vanishing)
    first = pipeline.build([src], out, workers=1)
    assert len(first.reports) == 1 and first.failures
    monkeypatch.setattr(pipeline, "process_file", real)
    second = pipeline.build([src], out, workers=1)
    assert second.ok and len(second.reports) == 2 and second.cached == 1


class _Planted:
    """Unpickling this creates a file: what a stranger's pickle could do."""

    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return (Path.touch, (self.marker,))


def test_nothing_in_a_build_folder_is_executed(built, tmp_path):
    src, out = built
    marker = tmp_path / "pwned"
    planted = pickle.dumps(_Planted(marker))
    for entry in (out / ".cache" / "extract").iterdir():  # every cached extraction, the stat table too
        entry.write_bytes(planted)
    (out / ".cache" / "build.json").write_bytes(planted)
    for index in (out / ".cache" / "outputs").iterdir():
        index.write_bytes(planted)
    for args in (("sparql", out, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"), ("viz", out, "--no-progress"),
                 ("export", "rdf", out), ("build", src, "--out", out, "--no-progress")):
        _kg(*args)
        assert not marker.exists(), args
    done = _kg("build", src, "--out", out, "--no-progress")
    assert done.returncode == 0, done.stderr
    assert not marker.exists()


@pytest.mark.parametrize("umask,mode", [(0o022, 0o644), (0o027, 0o640)])
def test_outputs_honour_the_umask(tmp_path, umask, mode):
    out = tmp_path / "out"
    done = _kg("build", REPORTS / "2017_鹤壁市.txt", "--out", out, "--no-progress",
               preexec_fn=lambda: os.umask(umask))
    assert done.returncode == 0, done.stderr
    files = [p for p in out.rglob("*") if p.is_file() and ".cache" not in p.relative_to(out).parts
             and not p.name.endswith(".lock") and "graph.lbug" not in p.name]
    assert files and {oct(p.stat().st_mode & 0o777) for p in files} == {oct(mode)}
    folders = [out / "reports", out / "html"]
    assert {oct(p.stat().st_mode & 0o777) for p in folders} == {oct(mode | 0o111 & ~umask)}


@pytest.fixture
def small_disk(tmp_path):
    """An 80 MB file system of its own (tmpfs), unmounted after the test; skipped where mounting is not
    allowed (not root, or a container without the capability)."""
    mnt = tmp_path / "disk"
    mnt.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=80m", "tmpfs", str(mnt)], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small file system here: {done.stderr.strip()}")
    yield mnt
    subprocess.run(["umount", "-l", str(mnt)], check=False)


def _fill(disk: Path, leave: int) -> Path:
    filler = disk / "filler"
    free = shutil.disk_usage(disk).free
    subprocess.run(["fallocate", "-l", str(max(free - leave, 1)), str(filler)], check=True)
    return filler


def test_a_full_disk_is_one_line_and_the_previous_build_stays_usable(small_disk):
    src, out = small_disk / "in", small_disk / "out"
    shutil.copytree(REPORTS, src)
    assert _kg("build", src, "--out", out, "--no-progress").returncode == 0
    before = _digests(out)
    edited = src / "2017_鹤壁市.txt"
    edited.write_text(edited.read_text(encoding="utf-8") + "\n与中国建设银行签订战略合作协议。\n", encoding="utf-8")
    filler = _fill(small_disk, 300_000)
    done = _kg("build", src, "--out", out, "--no-progress")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines()[-1].startswith("error: ") and "No space left" in done.stderr
    after = _digests(out)
    assert all(after.get(k) in (v, None) or k.startswith("html/") for k, v in before.items())
    assert _kg("cypher", out, "MATCH (n) RETURN count(n)").returncode == 0
    filler.unlink()
    done = _kg("build", src, "--out", out, "--no-progress")
    assert done.returncode == 0, done.stderr
    assert "中国建设银行" in (out / "graph.json").read_text(encoding="utf-8")
    # a first build that does not fit: one line, and no half-made folder left
    _fill(small_disk, 2_000_000)
    done = _kg("build", src, "--out", small_disk / "second", "--no-progress")
    assert done.returncode == 1 and "Traceback" not in done.stderr and "space" in done.stderr
    assert not (small_disk / "second").exists()


def test_a_database_transaction_cut_short_never_breaks_later_builds(built):
    """What a kill -9 or a full disk during the database's patch leaves beside it (ladybug's log and
    shadow files): the next build writes the database anew and it opens."""
    src, out = built
    for side in ("graph.lbug.wal", "graph.lbug.shadow", "graph.lbug.wal.checkpoint"):
        (out / side).write_bytes(os.urandom(8192))
    edited = src / "2017_鹤壁市.txt"
    edited.write_text(edited.read_text(encoding="utf-8") + "\n与中国建设银行签订战略合作协议。\n", encoding="utf-8")
    done = _kg("build", src, "--out", out, "--no-progress")
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in out.glob("graph.lbug*")) == ["graph.lbug"]
    done = _kg("cypher", out, "MATCH (o:Organization {name: '中国建设银行'}) RETURN count(o)", "--format", "csv")
    assert done.returncode == 0 and done.stdout.split()[1:] == ["1"]


def test_a_read_only_or_file_output_is_one_line(built, tmp_path):
    src, out = built
    ro = tmp_path / "ro"
    ro.mkdir()
    done = subprocess.run(["mount", "--bind", str(out), str(ro)], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot bind-mount here: {done.stderr.strip()}")
    try:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(ro)], check=True)
        for args in (("build", src, "--out", ro, "--no-progress"), ("viz", ro, "--no-progress"), ("export", "rdf", ro)):
            done = _kg(*args)
            assert done.returncode == 1 and done.stderr.strip().splitlines() == [
                f"error: {ro}: cannot write the output folder (Read-only file system)"], args
    finally:
        subprocess.run(["umount", str(ro)], check=False)


def test_input_folders_nested_deep_are_read(tmp_path):
    deep = tmp_path / "in"
    folder = str(deep)
    os.mkdir(folder)
    for _ in range(1100):  # one level at a time: Path.mkdir(parents=True) itself recurses
        folder += "/d"
        os.mkdir(folder)
    shutil.copy(REPORTS / "2017_鹤壁市.txt", folder)
    shutil.copy(REPORTS / "2017_焦作市.txt", deep)
    try:
        done = _kg("build", deep, "--out", tmp_path / "out", "--no-progress")
        assert done.returncode == 0, done.stderr
        assert sorted(p.name for p in (tmp_path / "out" / "reports").iterdir()) == ["2017-焦作市.json",
                                                                                   "2017-鹤壁市.json"]
    finally:  # bottom up, one level at a time: shutil.rmtree (pytest's clean-up) recurses too
        os.unlink(os.path.join(folder, "2017_鹤壁市.txt"))
        while folder != str(deep):
            os.rmdir(folder)
            folder = os.path.dirname(folder)


def test_a_hard_linked_snapshot_of_a_build_is_never_changed_by_the_next_build(built, tmp_path):
    src, out = built
    snapshot = tmp_path / "snapshot"
    subprocess.run(["cp", "-al", str(out), str(snapshot)], check=True)
    before = {p.relative_to(snapshot).as_posix(): hashlib.sha1(p.read_bytes()).hexdigest()
              for p in snapshot.rglob("*") if p.is_file()}
    edited = src / "2017_鹤壁市.txt"
    edited.write_text(edited.read_text(encoding="utf-8") + "\n与中国建设银行签订战略合作协议。\n", encoding="utf-8")
    done = _kg("build", src, "--out", out, "--no-progress")
    assert done.returncode == 0, done.stderr
    after = {p.relative_to(snapshot).as_posix(): hashlib.sha1(p.read_bytes()).hexdigest()
             for p in snapshot.rglob("*") if p.is_file()}
    assert after == before
    assert "中国建设银行" in (out / "graph.json").read_text(encoding="utf-8")


def test_two_builds_into_one_folder_at_once_one_builds_and_the_other_stops(tmp_path):
    """Two real `kg build` runs started together into the same new folder: one builds it, the other
    stops with one line; the folder is the first one's build, whole."""
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "kgapp.cli", "build", str(REPORTS), "--out", str(out), "--no-progress"]
    procs = [subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
             for _ in range(2)]
    results = sorted((p.wait(timeout=600), p.stderr.read()) for p in procs)
    assert [code for code, _ in results] == [0, 1], results
    assert results[1][1].strip().splitlines() == [f"error: {out}: another kg build is writing this folder; "
                                                  "wait for it to end"]
    nodes = [line for line in (out / "graph.json").read_text(encoding="utf-8").splitlines() if '"label"' in line]
    assert len(nodes) == len(set(nodes))
    assert len(list((out / "reports").iterdir())) == 8
