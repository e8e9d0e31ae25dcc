"""Incremental builds (only changed files re-extracted, the output equal to a clean build) and
extraction on a Dask cluster (a real LocalCluster with two worker processes)."""
import hashlib
import shutil

import pytest

from conftest import ROOT
from kg import schema
from kgapp.cache import ExtractionCache
from kg.errors import UserError
from kgapp.cypher import run_embedded
from kgapp.pipeline import FileResult, build

REPORTS = ROOT / "data" / "reports"


def _digests(out) -> dict[str, str]:
    """Every output file but the cache, the SPARQL store and the embedded database (compared by counts)."""
    skip = (".cache", "graph.oxigraph", "graph.lbug")
    return {p.relative_to(out).as_posix(): hashlib.sha1(p.read_bytes()).hexdigest() for p in out.rglob("*")
            if p.is_file() and not any(s in p.relative_to(out).parts[0] for s in skip)}


def _database(out) -> dict[str, list[str]]:
    """Every node and relationship of the embedded database with all its columns, sorted (a patched
    database holds its rows in another order than a new one)."""
    tables = {f"node {label}": f"MATCH (n:{label}) RETURN n.*" for label in schema.NODES}
    tables.update({f"rel {typ}": f"MATCH (a)-[r:{typ}]->(b) RETURN a.id, b.id, r.*" for typ in schema.RELATIONSHIPS})
    return {name: sorted(map(repr, run_embedded(out, query, {})[1])) for name, query in tables.items()}


def test_second_build_re_extracts_only_the_changed_report_and_equals_a_clean_build(tmp_path):
    src = tmp_path / "in"
    shutil.copytree(REPORTS, src)
    out = tmp_path / "out"
    first = build([src], out)
    assert first.cached == 0 and first.files == 8
    untouched = out / "html" / "sources" / "2017-嘉峪关市.txt"
    inode = untouched.stat().st_ino
    changed = src / "2017_鹤壁市.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\n与中国建设银行签订战略合作协议，推进淇河湿地公园建设。\n",
                       encoding="utf-8")
    second = build([src], out, workers=2)
    assert (second.files, second.cached) == (8, 7), "only the changed report is re-extracted"
    assert first.parts_changed is None and 1 <= second.parts_changed < 8
    assert untouched.stat().st_ino == inode, "the text of a report the change leaves alone is linked, not copied"
    # the other reports' pieces of the files are copied, not rendered again
    for name in ("graph.json", "graph.graphml"):
        assert second.rendered[name] < first.rendered[name] / 2, name
    clean = tmp_path / "clean"
    build([src], clean, use_cache=False)
    assert _digests(out) == _digests(clean)
    assert _database(out) == _database(clean)
    assert "淇河湿地公园" in (out / "graph.json").read_text(encoding="utf-8")
    # a removed report leaves the cache and every output with it; a sentence put into the middle of
    # another moves the offsets of all the evidence after it (entities that 2016_安阳市 shares too)
    (src / "2017_鹤壁市.txt").unlink()
    edited = src / "2017_安阳市.txt"
    text = edited.read_text(encoding="utf-8")
    middle = text.index("\n", len(text) // 2) + 1
    edited.write_text(text[:middle] + "推进红旗渠经济开发区建设，与中国工商银行签订战略合作协议。\n" + text[middle:], encoding="utf-8")
    (out / "reports" / "2016-安阳市.json").unlink()  # a report's output deleted by hand comes back
    with pytest.raises(UserError, match="gone"):  # a report file gone: nothing is dropped unless asked
        build([src], out)
    assert not list(out.glob(".reports.*")), "the reports staged while streaming leave with the failed build"
    assert (out / "reports" / "2017-鹤壁市.json").exists()
    third = build([src], out, prune=True)
    entries = [p for p in (out / ".cache" / "extract").iterdir() if not p.name.startswith(".")]
    assert third.cached == 6 and len(entries) == 7
    build([src], clean, use_cache=False, prune=True)  # over the earlier clean build: its extra report goes too
    assert _digests(out) == _digests(clean)
    assert _database(out) == _database(clean)
    # the previous extraction of a changed file gone from the cache: no delta can be made, so every
    # output is written whole, the unchanged reports' extractions read back from the cache
    old_key = ExtractionCache(out / ".cache" / "extract", FileResult).key(str(edited))
    edited.write_text(text, encoding="utf-8")
    (out / ".cache" / "extract" / old_key).unlink()
    fourth = build([src], out, workers=2)
    assert fourth.parts_changed is None and fourth.cached == 6
    build([src], clean, use_cache=False)
    assert _digests(out) == _digests(clean)


def test_extraction_on_a_dask_cluster_equals_the_local_build(tmp_path):
    distributed = pytest.importorskip("distributed")
    local = tmp_path / "local"
    build([REPORTS], local, use_cache=False)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        run = build([REPORTS], tmp_path / "dask", scheduler=cluster.scheduler_address, use_cache=False)
    assert run.ok and len(run.reports) == 8
    assert _digests(tmp_path / "dask") == _digests(local)


def test_a_database_held_open_by_another_process_is_written_new_not_patched(tmp_path):
    """Another process holding graph.lbug's write lock: the patch cannot open it, so the rebuild
    writes a new database beside it and swaps it in; that process keeps the old file it opened."""
    import subprocess
    import sys

    src, out, clean = tmp_path / "src", tmp_path / "out", tmp_path / "clean"
    src.mkdir()
    for name in ("2017_安阳市.txt", "2017_焦作市.txt"):
        shutil.copy(REPORTS / name, src / name)
    build([src], out)
    edited = src / "2017_焦作市.txt"
    edited.write_text(edited.read_text(encoding="utf-8") + "\n与中国工商银行签订战略合作协议。\n", encoding="utf-8")
    holder = subprocess.Popen([sys.executable, "-c", "import sys, ladybug; db = ladybug.Database(sys.argv[1]); "
                               "print('open', flush=True); sys.stdin.read()", str(out / "graph.lbug")],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        inode = (out / "graph.lbug").stat().st_ino
        second = build([src], out)
    finally:
        holder.stdin.close()
        holder.wait(timeout=60)
    assert second.parts_changed == 1
    assert (out / "graph.lbug").stat().st_ino != inode, "written new and renamed into place"
    build([src], clean, use_cache=False)
    assert _database(out) == _database(clean)


def test_build_from_a_script_without_a_main_guard_runs_it_once(tmp_path):
    """A researcher's script calling kgapp.build() at its top level, twice (the second an incremental
    build, which patches the database): the script's code runs once, no error."""
    import subprocess
    import sys

    src = tmp_path / "in"
    shutil.copytree(REPORTS, src)
    marker = tmp_path / "ran"
    script = tmp_path / "analysis.py"
    script.write_text(f"""
from pathlib import Path
from kgapp import build
with open({str(marker)!r}, "a") as f:
    f.write("x")
build([{str(src)!r}], {str(tmp_path / 'out')!r})
report = Path({str(src)!r}) / "2017_鹤壁市.txt"
report.write_text(report.read_text(encoding="utf-8") + "\\n与中国建设银行签订战略合作协议。\\n", encoding="utf-8")
run = build([{str(src)!r}], {str(tmp_path / 'out')!r}, workers=2)
assert run.parts_changed is not None, "the second build was not incremental"
""", encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert marker.read_text() == "x"


def test_an_export_into_the_build_folder_leaves_the_next_build_equal_to_a_clean_one(tmp_path):
    # `kg export rdf OUT` renders graph.ttl from graph.json, a graph without report parts; the next
    # build must not take that file's one piece for its own last piece (it once doubled graph.ttl)
    from kgapp.cli import main

    out, clean = tmp_path / "out", tmp_path / "clean"
    build([REPORTS], out)
    assert main(["export", "rdf", str(out)]) == 0
    build([REPORTS], out)
    build([REPORTS], clean, use_cache=False)
    assert (out / "graph.ttl").read_bytes() == (clean / "graph.ttl").read_bytes()
    assert _digests(out) == _digests(clean)


def test_a_rule_edit_renders_again_only_the_reports_whose_extraction_changed(tmp_path, monkeypatch):
    # an extractor edit re-extracts every file (the cache is keyed on the extractor's code), but the
    # writers redo only the parts of the reports whose extraction came out different
    import kg.extract
    import kgapp.cache

    out = tmp_path / "out"
    first = build([REPORTS], out)
    extract_report = kg.extract.extract_report

    def edited(prepared):  # the "new rule": one report loses its cooperations
        ex = extract_report(prepared)
        if ex.meta.region == "鹤壁市":
            ex.relations = [r for r in ex.relations if r.type != "COOPERATES_WITH"]
        return ex
    monkeypatch.setattr(kgapp.cache, "code_fingerprint", lambda: "edited rules")
    monkeypatch.setattr(kg.extract, "extract_report", edited)
    second = build([REPORTS], out)
    assert second.cached == 0, "every file is extracted again"
    assert second.parts_changed == 1
    for name in ("graph.json", "graph.graphml"):
        assert second.rendered[name] < first.rendered[name] / 3, name
    clean = tmp_path / "clean"
    build([REPORTS], clean, use_cache=False)
    assert _digests(out) == _digests(clean)
    assert _database(out) == _database(clean)


def test_a_build_that_drops_most_of_the_previous_one_writes_everything_anew(tmp_path):
    out = tmp_path / "out"
    build([REPORTS], out)
    few = sorted(REPORTS.iterdir())[:3]
    run = build(few, out, prune=True)
    assert run.parts_changed is None, "no comparison with a previous build that is mostly gone"
    clean = tmp_path / "clean"
    build(few, clean, use_cache=False)
    assert _digests(out) == _digests(clean)


def test_a_build_that_adds_more_than_the_previous_one_held_writes_everything_anew(tmp_path):
    out = tmp_path / "out"
    build(sorted(REPORTS.iterdir())[:2], out)
    run = build([REPORTS], out)
    assert run.parts_changed is None
