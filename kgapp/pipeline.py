"""The whole job: files in → extractions → resolved graph → writers."""
from __future__ import annotations

import gc
import os
import shutil
import signal
import time
from contextlib import contextmanager
from functools import partial
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from tqdm import tqdm

from loaders import interrupt
from loaders.interrupt import die_with_parent
from .cache import ExtractionCache
from .delta import Manifest, cached_extraction, delta, same_extraction, writers_fingerprint
from kg.errors import UserError
from kg.graph import Graph, build_graph
from kg.model import Extraction, ReportMeta
from .outdir import BuildFolder, add_previous, claim
from kg.read import InputError, iter_paths
from kg.resolve import resolve
from loaders.staging import sweep, temp_dir
from loaders.writer import Change, Writer, Written


@dataclass
class FileResult:
    path: str
    extractions: list[Extraction] = field(default_factory=list)
    dropped: int = 0  # repeated copies inside the file
    error: str | None = None


def process_file(path: str, junk: frozenset[str] = frozenset()) -> FileResult:
    """Extract every report of one file, cutting ``junk`` (the junk the run's files carry glued to their
    headings) where it is pasted; a bad file gives a FileResult with its error, never an exception."""
    # imported here, where reports are extracted (in the pool's workers): a build whose extractions
    # all come from the cache does without the extractor and jieba's tagger (0.4 s to import)
    from kg.extract import extract_report
    from kg.prepare import prepare_file

    try:
        prepared, dropped = prepare_file(path, junk)
        return FileResult(path, [resolve(extract_report(p)) for p in prepared], dropped)
    except InputError as e:
        return FileResult(path, error=str(e))
    except Exception as e:  # one broken file must not stop a run over hundreds
        return FileResult(path, error=f"{path}: extraction failed ({type(e).__name__}: {e})")


@dataclass
class RunResult:
    # extract_paths: every report's extraction; build streams them into the graph and keeps none
    extractions: list[Extraction] = field(default_factory=list)
    reports: list[ReportMeta] = field(default_factory=list)  # every report read, in order
    files: int = 0
    copies_dropped: int = 0  # repeated copies inside files
    duplicates_dropped: int = 0  # the same report in several files
    cached: int = 0  # files whose extraction came from the cache
    timings: dict[str, float] = field(default_factory=dict)  # wall seconds per stage of build()
    rendered: dict[str, int] = field(default_factory=dict)  # output file -> pieces rendered (the rest copied)
    parts_changed: int | None = None  # reports whose parts an incremental build rewrote (None: outputs written whole)
    sources: dict[str, str] = field(default_factory=dict)  # report id -> "cache key:index in its file:digest" (with a cache)
    failures: list[str] = field(default_factory=list)
    failed_files: set[str] = field(default_factory=set)  # files that could not be read as reports
    kept_inputs: int = 0  # files of the previous build into OUT that this build did not name, read again
    pruned: list[str] = field(default_factory=list)  # files of the previous build left out (prune)
    graph: Graph | None = None

    @property
    def ok(self) -> bool:
        return not self.failures


@contextmanager
def _extracting(paths: list[str], workers: int, scheduler: str | None = None,
                junk: frozenset[str] = frozenset()) -> Iterator[Iterator[FileResult]]:
    """process_file over paths, in order: here, in a process pool, or on a Dask cluster. The pool and
    the cluster get every path on entry, so they extract while the caller reads cached results."""
    if scheduler:
        from distributed import Client

        with Client(scheduler) as client:
            # a whole corpus is a few thousand small tasks: submitting all at once is fine for Dask
            futures = client.map(process_file, paths, junk=junk, pure=False)
            yield (future.result() for future in futures)
        return
    task = partial(process_file, junk=junk)
    if workers <= 1 or not paths:  # a single path goes to the pool too: it works while cached ones load
        yield map(task, paths)
        return
    with ProcessPoolExecutor(max_workers=min(workers, len(paths)), initializer=die_with_parent) as pool:
        results = pool.map(task, paths, chunksize=4)
        try:
            yield results
        finally:
            results.close()  # cancels the work not started, so leaving early (Ctrl-C) does not wait for it


def extract_paths(paths: Iterable[str | os.PathLike], workers: int = 1, progress: bool = False,
                  cache: ExtractionCache | None = None, scheduler: str | None = None) -> RunResult:
    """Read and extract every report under ``paths``, dropping duplicate reports across files.
    With a cache, files whose path, bytes and extractor code are unchanged are not re-extracted, and
    entries this run did not use leave the cache at the end."""
    run = RunResult()
    run.extractions = [ex for ex, _ in stream_extractions(paths, run, workers, progress, cache, scheduler)]
    if cache:
        cache.prune()
    return run


def stream_extractions(paths: Iterable[str | os.PathLike], run: RunResult, workers: int = 1, progress: bool = False,
                       cache: ExtractionCache | None = None, scheduler: str | None = None
                       ) -> Iterator[tuple[Extraction, str | None]]:
    """(extraction, its source: "cache key:index in the file:digest of the file's result", None without a cache) of every report
    under ``paths`` in order, one at a time, duplicates across files dropped; ``run``'s counts, failures,
    reports and sources grow as it goes."""
    files: list[str] = []
    for p in iter_paths(paths):
        if isinstance(p, InputError):
            run.failures.append(str(p))
        else:
            files.append(str(p))
    junk = run_junk(files, cache)
    keys = {f: cache.key(f, junk) for f in files} if cache else {}
    stored = cache.stored(keys.values()) if cache else set()
    missing = {f for f in files if keys.get(f) not in stored}
    seen_hash: set[str] = set()
    ids: set[str] = set()
    with _extracting([f for f in files if f in missing], workers, scheduler, junk) as fresh:
        for f in tqdm(files, unit="file", disable=not progress, desc="extracting"):
            interrupt.check()
            res = None if f in missing else cache.get(keys[f])  # type: ignore[union-attr]
            if res is None:
                res = next(fresh) if f in missing else process_file(f, junk)  # an entry that would not load: here
                if cache and not res.error:
                    # before the ids below are made unique: the cache holds the pure result. A failure is
                    # never kept: the file may be whole again at the next build with the same key
                    cache.put(keys[f], res)
            else:
                run.cached += 1
            run.files += 1
            if res.error:
                run.failures.append(res.error)
                run.failed_files.add(f)
                continue
            run.copies_dropped += res.dropped
            for i, ex in enumerate(res.extractions):
                if ex.meta.sha1 in seen_hash:
                    run.duplicates_dropped += 1
                    continue
                seen_hash.add(ex.meta.sha1)
                ex.rebase(_unique(ex.meta.id, ids))
                run.reports.append(ex.meta)
                source = f"{keys[f]}:{i}:{cache.digest(keys[f])}" if cache else None  # type: ignore[arg-type]
                if source:
                    run.sources[ex.meta.id] = source
                yield ex, source


def run_junk(files: list[str], cache: ExtractionCache | None = None) -> frozenset[str]:
    """The junk glued to the headings of any of ``files``: a scraper's watermark, glued to the headings of
    some files, is junk where it is pasted in the others. With a cache, a file is read for it only when its
    stat changed."""
    if cache:
        return frozenset().union(*map(cache.junk, files))
    from kg.prepare import file_junk  # here: a build whose files are all cached never imports the stages

    return frozenset().union(*map(file_junk, files))


def _unique(rid: str, ids: set[str]) -> str:
    """Two different reports of one region and year (a draft and the final text) keep distinct ids."""
    out, k = rid, 2
    while out in ids:
        out, k = f"{rid}-{k}", k + 1
    ids.add(out)
    return out


def build(paths: Iterable[str | os.PathLike], out: str | os.PathLike, workers: int = 1,
          progress: bool = False, base_iri: str | None = None, scheduler: str | None = None,
          use_cache: bool = True, prune: bool = False, notify: Callable[[str], None] | None = None) -> RunResult:
    """Extract, resolve and write the graph of all reports under ``paths`` into ``out``. With the
    cache, a build into the folder of a previous one re-extracts only the files that changed and
    renders again only the parts of the outputs they touch (kgapp.delta, loaders.pieces); the outputs
    are the same bytes as a clean build's.

    A build into the folder of a previous one also reads the files of that build that ``paths`` do not
    name (``prune`` drops their reports instead), and never writes anything when no report was read or
    when a file the previous build read fails now (UserError, kgapp.outdir). ``notify`` gets, before the
    work starts, a line on what is kept from or dropped from the previous build."""
    from loaders.rdf import DEFAULT_BASE

    with claim(Path(out)) as folder, _collector_paused():
        return _build(paths, folder, workers, progress, base_iri or DEFAULT_BASE, scheduler, use_cache, prune,
                      notify or (lambda line: None))


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off for the build. A build makes millions of objects that live
    to its end (extractions, the graph) and none of its data is cyclic; left on, the collector walks
    them again and again as they pile up: loading the corpus's cached extractions takes 10.3 s with
    it and 2.0 s without. At the end they are frozen (gc.freeze: never walked, still freed when no
    longer referenced), or the collector's first pass after it is turned on again walks all of them
    (1.8 s on the corpus)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was:
            gc.enable()


def _build(paths: Iterable[str | os.PathLike], folder: BuildFolder, workers: int, progress: bool, base: str,
           scheduler: str | None, use_cache: bool, prune: bool, notify: Callable[[str], None]) -> RunResult:
    from loaders.embedded import write_embedded
    from loaders.files import write_graph_json, write_graphml, write_reports
    from loaders.html import write_html
    from loaders.rdf import write_rdf

    out = folder.path
    given = [str(p) for p in paths]
    named = [str(p) for p in iter_paths(given) if not isinstance(p, InputError)]
    inputs = add_previous(folder, named, prune)
    if len(inputs) > len(named):
        notify(f"kept: {len(inputs) - len(named)} file(s) of the previous build into {out} not named here are read "
               "again (--prune drops their reports)")
    if folder.dropped:
        notify(f"pruned: the reports of {len(folder.dropped)} file(s) of the previous build into {out} are dropped "
               f"(first: {folder.dropped[0]})")
    timings: dict[str, float] = {"extract": 0.0}
    clock = _Clock(timings)
    cache = ExtractionCache(out / ".cache" / "extract", FileResult) if use_cache else None
    settings = f"{writers_fingerprint()}\0{base}"
    previous = Manifest.load(out) if cache else None
    if previous is not None and previous.settings != settings:
        previous = None
    run = RunResult(timings=timings, kept_inputs=len(inputs) - len(named), pruned=folder.dropped)
    # The extractions stream into the graph and go (the graph keeps what it needs of them): memory
    # and time both drop (5.9 s instead of 7.4 s, 1.1 GB instead of 1.5 GB for the corpus from the
    # cache). The reports/<id>.json of each report new or changed since the previous build (every
    # report in a clean build), or whose file is gone, is written as the report passes, into a staging
    # folder that replaces nothing until the writers run (holding every extraction of a clean build
    # for it cost a fifth of the build's memory); kept whole are only the changed reports' extractions,
    # which the delta compares.
    kept: dict[str, Extraction] = {}
    for place in (out, out / "reports"):  # what an earlier killed run left behind
        sweep(place)
    written_reports = _report_files(out / "reports")
    staged = temp_dir(out / "reports")  # OUT/.reports.<pid>.…: swept if the run is killed
    try:
        def extractions() -> Iterator[Extraction]:
            stream = stream_extractions([*given, *inputs[len(named):]], run, workers, progress, cache, scheduler)
            while True:
                t0 = time.perf_counter()
                item = next(stream, None)
                timings["extract"] += time.perf_counter() - t0
                if item is None:
                    return
                ex, source = item
                rid = ex.meta.id
                if previous is None or not same_extraction(previous.reports.get(rid), source) or rid not in written_reports:
                    write_reports([ex], staged)
                    if previous is not None:
                        kept[rid] = ex
                yield ex

        with clock("graph"):  # less the time spent reading and extracting inside the stream
            run.graph = build_graph(extractions())
            manifest = Manifest.of(settings, run.graph, run.sources) if cache else None
            change = delta(previous, manifest, run.graph, list(kept.values()), cache) if cache and manifest else None
        timings["graph"] -= timings["extract"]
        _check_worth_writing(run, given, folder)
        Manifest.remove(out)
        run.parts_changed = len(change.parts & run.sources.keys()) if change is not None else None
        graph = run.graph
        writers: list[tuple[str, Writer]] = [
            ("html/", partial(write_html, progress=progress)), ("graph.ttl", partial(write_rdf, base=base)),
            ("graph.lbug", write_embedded), ("graph.json", write_graph_json), ("graph.graphml", write_graphml)]
        with clock("writers"):
            for name, write in writers:
                with clock(name):
                    written = write(graph, out, change)
                if written.rendered is not None:
                    run.rendered[name] = written.rendered
            with clock("reports/*.json"):
                _write_reports(run, staged, out / "reports", written_reports, change, cache)
        if cache and manifest:
            manifest.save(out)
            cache.prune()
    finally:
        shutil.rmtree(staged, ignore_errors=True)
    folder.save_inputs([os.path.abspath(f) for f in inputs if f not in run.failed_files])
    return run


def _check_worth_writing(run: RunResult, paths: list[str], folder: BuildFolder) -> None:
    """Raise UserError, before any output is touched, when the outputs would only get worse: no report
    read (a mistyped path, an unmounted share, every file failing), or a file the previous build read
    failing now (its reports would vanish)."""
    if not run.reports:
        why = f"{len(run.failures)} failed, first: {run.failures[0]}" if run.failures else "no .txt or .md file found"
        raise UserError(f"no report read from {', '.join(paths)} ({why}); nothing written to {folder.path}")
    previous = set(folder.previous_inputs or ())
    lost = [f for f in sorted(run.failed_files) if os.path.abspath(f) in previous]
    if lost:
        cause = next((e for e in run.failures if e.startswith(lost[0])), lost[0])
        raise UserError(f"{cause}; the previous build into {folder.path} read this file, so nothing was written. "
                        "Fix the file, or build with --prune to drop its reports")


def _report_files(folder: Path) -> set[str]:
    """The report ids that have a OUT/reports/<id>.json at the start of a build, listed once for the
    stream (which writes the files of reports without one) and for _write_reports."""
    try:
        return {e.name[:-5] for e in os.scandir(folder) if e.name.endswith(".json") and e.name[0] != "."}
    except OSError:
        return set()


def _write_reports(run: RunResult, staged: Path, folder: Path, written: set[str], change: Change | None,
                   cache: ExtractionCache | None) -> None:
    """OUT/reports/<id>.json of the reports new or changed since the previous build (their files
    ``staged`` as they passed; all when the outputs are written whole, the others read back from the
    cache), and none of the reports this build does not have (``written``: the ids that had one at the
    start)."""
    from loaders.files import write_reports

    def extraction(rid: str) -> Extraction:
        ex = cached_extraction(cache, run.sources.get(rid, ""), rid)
        if ex is None:
            raise RuntimeError(f"{folder / rid}.json: the report's extraction is no longer in the cache; "
                               "build again (or with --no-cache)")
        return ex

    ready = {p.name[:-5] for p in staged.iterdir()}
    folder.mkdir(exist_ok=True)
    for rid in ready:
        os.replace(staged / f"{rid}.json", folder / f"{rid}.json")
    if change is None:
        write_reports((extraction(m.id) for m in run.reports if m.id not in ready), folder)
    for rid in written - {m.id for m in run.reports}:  # reports of an earlier build that this one does not have
        (folder / f"{rid}.json").unlink(missing_ok=True)


class _Clock:
    """with clock("stage"): … adds the stage's wall time to the dict (for benchmarks and summaries)."""

    def __init__(self, timings: dict[str, float]):
        self.timings = timings

    @contextmanager
    def __call__(self, stage: str):
        interrupt.check()
        t0 = time.perf_counter()
        try:
            yield
        finally:
            self.timings[stage] = self.timings.get(stage, 0.0) + time.perf_counter() - t0
        interrupt.check()
