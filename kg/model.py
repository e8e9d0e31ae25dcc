"""Typed objects passed between pipeline stages.

read → clean → segment → metadata → extract → resolve → graph.  Every offset
that leaves a stage refers to the source text *as read* (after decoding, before
cleaning), so evidence can always be located in the original file.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Iterable, Literal

from .text import fold

# the closed sets of values a stage may hand on
EntityType = Literal["Region", "Project", "Organization", "Policy", "Person"]
ObservationKind = Literal["actual", "target"]
Part = Literal["review", "plan", "outlook", "other"]  # of the report a section belongs to (see segment.py)
Level = Literal["national", "province", "prefecture", "county"]  # of an administrative division


@dataclass
class SourceText:
    """A decoded input file."""

    path: str
    text: str
    encoding: str
    front_title: str | None = None  # title from a Markdown front matter
    body_start: int = 0  # first offset after the front matter
    warnings: list[str] = field(default_factory=list)  # readable, but not quite right (a truncated file)


@dataclass
class CleanText:
    """One report's text with scraping noise removed.

    ``chunks`` maps the clean text back to the source: each entry is
    ``(clean_start, source_start)`` of a run copied verbatim, sorted.
    """

    source: SourceText
    text: str
    chunks: list[tuple[int, int]]
    source_start: int
    source_end: int
    captions: list[str] = field(default_factory=list)  # removed photo captions (metadata may use them)
    noise: list[str] = field(default_factory=list)  # removed strings, for diagnostics

    def to_source(self, i: int) -> int:
        """Source offset of clean offset ``i`` (an end offset maps just past its character)."""
        from bisect import bisect_right

        k = bisect_right(self.chunks, (i, float("inf"))) - 1
        if k < 0:
            return self.source_start
        cs, ss = self.chunks[k]
        return ss + (i - cs)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Source offsets of the clean span ``[start, end)``."""
        if end <= start:
            s = self.to_source(start)
            return s, s
        return self.to_source(start), self.to_source(end - 1) + 1


@dataclass
class Sentence:
    start: int  # clean offsets
    end: int
    text: str
    part: Part
    section: int  # index into Document.sections (-1 before the first heading)
    paragraph: int


@dataclass
class Section:
    level: int  # 1 for 一、, 2 for （一）
    heading: str
    start: int
    end: int
    part: Part


@dataclass
class Document:
    """A segmented report."""

    clean: CleanText
    title: str
    sections: list[Section]
    sentences: list[Sentence]
    paragraphs: list[tuple[int, int]]

    @cached_property
    def folded(self) -> str:
        """The clean text with full-width ASCII folded (same length, same offsets), for every extractor to match on."""
        return fold(self.clean.text)


@dataclass
class ReportMeta:
    id: str
    title: str
    region: str | None
    province: str | None
    level: Level | None
    year: int | None
    review_year: int | None
    speaker: str | None = None
    speaker_title: str | None = None
    meeting: str | None = None
    date: str | None = None
    path: str = ""
    sha1: str = ""
    warnings: list[str] = field(default_factory=list)


@dataclass(slots=True)  # the graph of a corpus holds over a million of them
class Evidence:
    """Where a fact was read: the sentence and the span, in source offsets."""

    report: str
    sentence: str
    start: int
    end: int
    rule: str = ""  # which rule, lexicon or model read it (e.g. policy.quoted): `kg extract --explain`


@dataclass
class Entity:
    id: str
    type: EntityType
    name: str
    aliases: list[str] = field(default_factory=list)
    properties: dict[str, Any] = field(default_factory=dict)
    mentions: list[Evidence] = field(default_factory=list)


@dataclass
class Observation:
    indicator: str  # closed code list, see lexicons/indicators.tsv
    surface: str
    year: int | None
    kind: ObservationKind
    value: float | None
    unit: str | None
    growth_pct: float | None
    change_pp: float | None
    comparator: str | None
    evidence: Evidence
    value_base: float | None = None
    base_unit: str | None = None
    wording: str | None = None  # 确保 / 力争 / 预计 … as written before a target
    growth_pct_high: float | None = None  # upper bound of a range target (6%—6.5%: growth_pct 6, this 6.5)
    absent: bool = False  # the report says it sets no target for this indicator (not: none was found)
    measure: str | None = None  # the series of an indicator that has several (unemployment: surveyed / registered)

    @property
    def key(self) -> tuple:
        return (self.indicator, self.surface if self.indicator == "OTHER" else "", self.year, self.kind, self.measure)


@dataclass
class Relation:
    type: str
    source: str
    target: str
    properties: dict[str, Any] = field(default_factory=dict)
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Extraction:
    """Everything read from one report."""

    meta: ReportMeta
    entities: list[Entity]
    observations: list[Observation]
    relations: list[Relation]

    def rebase(self, report_id: str) -> None:
        """Give the report its final id (made unique among the reports of a build), evidence included."""
        self.meta.id = report_id
        for e in self.entities:
            for m in e.mentions:
                m.report = report_id
        for o in self.observations:
            o.evidence.report = report_id
        for r in self.relations:
            for v in r.evidence:
                v.report = report_id


# One rule for a thing seen twice, within a report (kg.resolve) and across reports (kg.graph): the
# first sighting keeps its name and the first value of each property that is not None; the other
# names become aliases; evidence is the union, each span once.

def merge_names(name: str, aliases: list[str], names: Iterable[str]) -> None:
    """Add to ``aliases`` the ``names`` that are neither ``name`` nor already there."""
    for a in names:
        if a != name and a not in aliases:
            aliases.append(a)


def merge_properties(into: dict[str, Any], new: dict[str, Any]) -> None:
    """Fill the properties ``into`` lacks (absent or None) from ``new``."""
    for k, v in new.items():
        if v is not None and into.get(k) is None:
            into[k] = v


def merge_evidence(into: list[Evidence], new: list[Evidence]) -> None:
    """Append the evidence of ``new`` whose span (report, start, end) ``into`` does not hold yet."""
    if new:
        seen = {(e.report, e.start, e.end) for e in into}
        into.extend(e for e in new if (e.report, e.start, e.end) not in seen)
