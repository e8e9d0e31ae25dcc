"""Generality: 200 corpus reports of every level and decade extract without a crash, with the right region and year."""
import random
import re

from conftest import SHARED, needs
from kg.gazetteer import NATIONAL
from kgapp.pipeline import process_file


def test_corpus_sample_region_and_year():
    corpus = SHARED / "corpus"
    needs(corpus, "report corpus")
    files = sorted(p for p in corpus.rglob("*.md") if re.match(r"\d{4}", p.stem))
    sample = random.Random(2017).sample(files, 200)
    right, errors = 0, []
    for f in sample:
        res = process_file(str(f))
        assert res.error is None, res.error
        truth = (NATIONAL if "国务院" in f.parent.name else f.parent.name, int(f.stem[:4]))
        meta = res.extractions[0].meta
        if (meta.region, meta.year) == truth:
            right += 1
        else:
            errors.append(f"{f}: {meta.region} {meta.year}")
    assert right / len(sample) >= 0.99, errors
