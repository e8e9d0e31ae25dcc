"""Metadata accuracy on ../shared/corpus: region and year against the path (the truth).

usage: python benchmarks/corpus_metadata.py [CORPUS_DIR] [--sample N] [--show N]
Prints the share of reports whose region and year match the path, and the failures.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
import time
from pathlib import Path

from kg.gazetteer import NATIONAL
from kg.prepare import prepare_file
from kg.read import InputError


def truth(path: Path) -> tuple[str, int]:
    year = int(re.match(r"\d{4}", path.stem).group())
    folder = path.parent.name
    return (NATIONAL if "国务院" in folder else folder), year


def corpus_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*.md") if re.match(r"\d{4}", p.stem))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(Path(__file__).resolve().parents[1].parent / "shared" / "corpus"))
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--show", type=int, default=30)
    a = ap.parse_args()
    files = corpus_files(Path(a.corpus))
    if a.sample:
        files = random.Random(7).sample(files, a.sample)
    t0 = time.time()
    ok_region = ok_year = ok_both = with_speaker = 0
    fails = []
    for f in files:
        region, year = truth(f)
        try:
            (p, *_), _ = prepare_file(str(f))
        except InputError as e:
            fails.append(f"{f}: {e}")
            continue
        m = p.meta
        r_ok, y_ok = m.region == region, m.year == year
        ok_region += r_ok
        ok_year += y_ok
        ok_both += r_ok and y_ok
        with_speaker += bool(m.speaker)
        if not (r_ok and y_ok):
            fails.append(f"{f.relative_to(a.corpus)}: got {m.region} {m.year} (title={m.title!r}, warnings={m.warnings})")
    n = len(files)
    print(f"reports {n}  region {ok_region / n:.2%}  year {ok_year / n:.2%}  both {ok_both / n:.2%}  "
          f"speaker found {with_speaker / n:.2%}  {time.time() - t0:.1f}s")
    for line in fails[: a.show]:
        print("  FAIL", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
