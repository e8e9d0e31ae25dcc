"""Read → clean → segment → metadata for one file: the front half of the pipeline."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Collection

from .clean import clean, report_junk, split_copies
from .metadata import detect
from .model import Document, ReportMeta
from .read import InputError, read_file
from .segment import segment


@dataclass
class Prepared:
    doc: Document
    meta: ReportMeta


def file_junk(path: str) -> frozenset[str]:
    """The junk glued to the headings of one file (kg.clean.report_junk over the whole file: the copies of a
    report pasted several times share their headings, and the test leaves every copy of a heading line out);
    none for a file that cannot be read (its extraction says why)."""
    try:
        src = read_file(path)
    except InputError:
        return frozenset()
    return frozenset(report_junk(src.text, src.body_start, len(src.text)))


def prepare_file(path: str, known_junk: Collection[str] = ()) -> tuple[list[Prepared], int]:
    """Every distinct report in one file, ready for extraction, and the number of repeated copies dropped;
    ``known_junk`` is the junk other files of the run carry glued to their headings (kg.clean.clean).

    Raises read.InputError for a file that cannot be read as a report.
    """
    src = read_file(path)
    spans, dropped = split_copies(src)
    out = []
    for a, b in spans:
        c = clean(src, a, b, known_junk)
        doc = segment(c)
        meta = detect(doc, path)
        doc = segment(c, doc.title, meta.year)  # parts need the year (…2017年工作安排)
        meta.sha1 = hashlib.sha1(c.text.encode("utf-8")).hexdigest()
        out.append(Prepared(doc, meta))
    return out, dropped
