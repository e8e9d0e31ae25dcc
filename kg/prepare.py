"""Read → clean → segment → metadata for one file: the front half of the pipeline."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

from .clean import clean, split_copies
from .metadata import detect
from .model import Document, ReportMeta
from .read import read_file
from .segment import segment


@dataclass
class Prepared:
    doc: Document
    meta: ReportMeta


def prepare_file(path: str) -> tuple[list[Prepared], int]:
    """Every distinct report in one file, ready for extraction, and the number of repeated copies dropped.

    Raises read.InputError for a file that cannot be read as a report.
    """
    src = read_file(path)
    spans, dropped = split_copies(src)
    out = []
    for a, b in spans:
        c = clean(src, a, b)
        doc = segment(c)
        meta = detect(doc, path)
        doc = segment(c, doc.title, meta.year)  # parts need the year (…2017年工作安排)
        meta.sha1 = hashlib.sha1(c.text.encode("utf-8")).hexdigest()
        out.append(Prepared(doc, meta))
    return out, dropped
