"""Benchmark: `kg build` end to end at growing corpus sizes, so that cost growth is visible.

    PYTHONPATH=. python benchmarks/build_scaling.py ../shared/corpus --sizes 100,500,1000,0 --workers 2
For each size (0 = all reports), an even spread of the corpus (every k-th file in path order, so
all regions and decades are represented) is built from scratch (no cache) in its own process.
Prints reports, MB, wall seconds, MB/s, peak RSS (main process and extraction workers) and the
seconds of every stage, then the extraction throughput per core next to plain `jieba.lcut` on the
same text (the floor: tokenising alone, no rules). Last, three incremental rebuilds of the largest
size, each with one report changed (edited, restored, edited again), then three more (restored,
edited, restored), each after --idle seconds (the previous outputs may have left the page cache by then). "writers" is the
sum of the writers' stages.
Then an extraction rule edit that changes about 1 % of the reports' extractions (simulated: another
extractor fingerprint, and the reports whose text hash is a multiple of 100 lose their cooperations): every file is
extracted again, and the writers redo the parts of the changed reports only.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def child(files: list[str], out: str, workers: int, rule_edit: bool = False) -> None:
    from kgapp.pipeline import build

    if rule_edit:
        _edit_rules()
    t0 = time.perf_counter()
    # prune: a file of the previous build that this one does not name (the report before or after its
    # edit, kept under another path) is dropped, not read again beside the other
    run = build(files, out, workers=workers, use_cache=True, prune=True)
    wall = time.perf_counter() - t0
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps({"reports": len(run.reports), "wall": wall, "rss_main": me, "rss_worker": kids,
                      "cached": run.cached, "parts_changed": run.parts_changed, "timings": run.timings}))


def _edit_rules() -> None:
    """A stand-in for an edited rule (in this process and, forked, in its extraction workers): another
    extractor fingerprint, and the reports whose text hash is a multiple of 100 (1 %) lose their cooperations."""
    import kg.extract
    import kgapp.cache

    extract_report = kg.extract.extract_report

    def edited(prepared):
        ex = extract_report(prepared)
        if int(ex.meta.sha1 or "1", 16) % 100 == 0:
            ex.relations = [r for r in ex.relations if r.type != "COOPERATES_WITH"]
        return ex
    kgapp.cache.code_fingerprint = lambda: "edited rules"
    kg.extract.extract_report = edited


def run_child(files: list[str], out: Path, workers: int, rule_edit: bool = False) -> dict:
    listing = out.parent / f"{out.name}.files.json"
    listing.write_text(json.dumps(files), encoding="utf-8")
    done = subprocess.run([sys.executable, __file__, "--child", str(listing), str(out), str(workers),
                           *(["--rule-edit"] if rule_edit else [])],
                          capture_output=True, text=True, cwd=ROOT)
    if done.returncode != 0:
        raise SystemExit(done.stderr[-2000:])
    return json.loads(done.stdout.strip().splitlines()[-1])


def jieba_mb_s(files: list[str], limit_mb: float = 20.0) -> float:
    """Plain jieba.lcut throughput on one core over the first limit_mb of the files' text."""
    import jieba

    from kg.read import read_file

    jieba.initialize()
    texts, size = [], 0
    for f in files:
        try:
            t = read_file(f).text
        except Exception:  # noqa: BLE001 - a bad file is skipped here as in the build
            continue
        texts.append(t)
        size += len(t.encode("utf-8"))
        if size > limit_mb * 1e6:
            break
    t0 = time.perf_counter()
    for t in texts:
        jieba.lcut(t)
    return size / 1e6 / (time.perf_counter() - t0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", default=str(ROOT.parent / "shared" / "corpus"))
    ap.add_argument("--sizes", default="100,500,1000,0", help="report counts (0: all; default: 100,500,1000,0)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--idle", type=float, default=30.0, help="seconds to wait before each of the second three "
                    "incremental rebuilds (default: 30)")
    ap.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    ap.add_argument("--rule-edit", action="store_true", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        child(json.loads(Path(a.child[0]).read_text(encoding="utf-8")), a.child[1], int(a.child[2]), a.rule_edit)
        return

    from kg.read import iter_paths

    files = sorted(str(p) for p in iter_paths([a.corpus]) if not isinstance(p, Exception))
    tmp = Path(tempfile.mkdtemp(prefix="kg-scaling-"))
    rows = []
    for size in (int(x) for x in a.sizes.split(",")):
        n = size or len(files)
        step = len(files) / n
        chosen = [files[int(i * step)] for i in range(n)]
        mb = sum(Path(f).stat().st_size for f in chosen) / 1e6
        r = run_child(chosen, tmp / f"out-{n}", a.workers)
        rows.append((n, mb, r, chosen))
        print(f"built {n} files: {r['wall']:.1f} s", file=sys.stderr, flush=True)
    stages = list(rows[-1][2]["timings"])
    print("| files | reports | MB | wall s | MB/s | peak RSS main MB | peak RSS worker MB | "
          + " | ".join(stages) + " |")
    print("|" + "---|" * (7 + len(stages)))
    for n, mb, r, _ in rows:
        print(f"| {n} | {r['reports']} | {mb:.1f} | {r['wall']:.1f} | {mb / r['wall']:.2f} | {r['rss_main']:,.0f} | "
              f"{r['rss_worker']:,.0f} | " + " | ".join(f"{r['timings'].get(s, 0):.1f}" for s in stages) + " |")
    n, mb, r, chosen = rows[-1]
    per_core = mb / (r["timings"]["extract"] * a.workers)
    print(f"\nextraction: {mb / r['timings']['extract']:.2f} MB/s with {a.workers} workers = {per_core:.2f} MB/s per "
          f"core; plain jieba.lcut: {jieba_mb_s(chosen):.2f} MB/s on one core")
    # incremental: the largest build again with one report changed (a line appended), then with it
    # restored, then changed again, and so on: six rebuilds, each re-extracting one file, since single timings
    # of a 15-second run on this virtual machine vary by a few seconds. Three straight after the clean
    # build, three more after --idle seconds each: a rebuild reads the previous outputs, and this
    # machine's page cache does not keep them for long (they are then read from disk).
    target = Path(chosen[len(chosen) // 2])
    copy_dir = tmp / "changed"
    copy_dir.mkdir()
    changed = copy_dir / target.name
    changed.write_bytes(target.read_bytes() + "\n与中国建设银行签订战略合作协议。\n".encode())
    edits = [True, False] * 3  # edited, restored, …: every rebuild changes the report again
    for idle, series in ((0, edits[:3]), (a.idle, edits[3:])):
        walls = []
        for edit in series:
            time.sleep(idle)
            inc = run_child([str(changed) if edit and f == str(target) else f for f in chosen], tmp / f"out-{n}",
                            a.workers)
            walls.append(inc["wall"])
            print(f"incremental rebuild of {n} files, one {'changed' if edit else 'restored'}, after {idle} s idle: "
                  f"{inc['wall']:.1f} s ({inc['cached']} from the cache, peak RSS {inc['rss_main']:,.0f} MB); stages: "
                  + ", ".join(f"{k} {v:.1f}" for k, v in inc["timings"].items()))
        print(f"incremental rebuilds after {idle} s idle: median {sorted(walls)[1]:.1f} s, max {max(walls):.1f} s")
    edit = run_child(chosen, tmp / f"out-{n}", a.workers, rule_edit=True)
    print(f"rule edit changing the extraction of {edit['parts_changed']} of {edit['reports']} reports: {edit['wall']:.1f} s "
          f"(clean build {r['wall']:.1f} s); stages: " + ", ".join(f"{k} {v:.1f}" for k, v in edit["timings"].items()))


if __name__ == "__main__":
    main()
