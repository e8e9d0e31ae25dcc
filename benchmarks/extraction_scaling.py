"""Benchmark: extraction of one file grows linearly with its size, whatever the file holds.

    PYTHONPATH=. python benchmarks/extraction_scaling.py ../shared/corpus --sizes 1,4,16 --line 4

One text per size (MB): distinct corpus reports concatenated (one file the extractor takes as one
long report), and a line of --line MB with every punctuation mark removed (a scrape that lost it:
one "sentence" of megabytes). Each is extracted by kgapp.pipeline.process_file in this process and
timed beside plain `jieba.lcut` of the same text (the floor: tokenising alone, no rules). Seconds per
MB staying flat across sizes is what linear means.
"""
from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def concatenated(corpus: Path, mb: float) -> str:
    out, size = [], 0
    for f in sorted(corpus.rglob("*.md")):
        text = f.read_text(encoding="utf-8")
        out.append(text)
        size += len(text.encode())
        if size >= mb * 2**20:
            break
    return "\n".join(out)


def unpunctuated(corpus: Path, mb: float) -> str:
    text = re.sub(r"[。，；！？、：:;,.!?\s]", "", concatenated(corpus, mb * 1.3))
    return "2017年某市政府工作报告\n" + text.encode()[: int(mb * 2**20)].decode(errors="ignore") + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--sizes", default="1,4,16", help="MB of concatenated reports (comma-separated)")
    ap.add_argument("--line", type=float, default=4, help="MB of the line without punctuation (0: none)")
    a = ap.parse_args()
    import jieba

    from kgapp.pipeline import process_file

    jieba.setLogLevel(60)
    jieba.initialize()
    process_file(str(ROOT / "data" / "reports" / "2017_鹤壁市.txt"))  # imports and lexicons loaded once
    cases = [(f"{mb} MB of reports", concatenated(a.corpus, float(mb))) for mb in a.sizes.split(",")]
    if a.line:
        cases.append((f"{a.line:g} MB line, no punctuation", unpunctuated(a.corpus, a.line)))
    print(f"{'input':<30} {'MB':>6} {'kg s':>7} {'kg s/MB':>8} {'jieba s':>8} {'jieba s/MB':>10}")
    with tempfile.TemporaryDirectory() as tmp:
        for name, text in cases:
            path = Path(tmp) / "input.txt"
            path.write_text(text, encoding="utf-8")
            mb = path.stat().st_size / 2**20
            t0 = time.perf_counter()
            res = process_file(str(path))
            kg_s = time.perf_counter() - t0
            assert res.error is None, res.error
            t0 = time.perf_counter()
            jieba.lcut(text)
            jb_s = time.perf_counter() - t0
            print(f"{name:<30} {mb:6.1f} {kg_s:7.1f} {kg_s / mb:8.2f} {jb_s:8.1f} {jb_s / mb:10.2f}", flush=True)


if __name__ == "__main__":
    main()
