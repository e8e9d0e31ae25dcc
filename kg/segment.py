"""Segment stage: title, sections, paragraphs and sentences with offsets.

Each section is tagged with the part of the report it belongs to, which the
indicator extractor needs to tell actuals from targets:
review (the past year's results), plan (this year's tasks and targets),
outlook (multi-year plans) or other.
"""
from __future__ import annotations

import re

from .model import CleanText, Document, Part, Section, Sentence
from .text import fold

_L1 = re.compile(r"^[ \t　]*(?:[一二三四五六七八九十]{1,3}[、.．]|第[一二三四五六七八九十]{1,3}部分)")
_L2 = re.compile(r"^[ \t　]*[（(][一二三四五六七八九十]{1,3}[)）]")
# an unnumbered heading line ("2008年工作回顾", "过去五年工作回顾"): short, no clause punctuation
_BARE_HEADING = re.compile(r"^[ \t　]*[^，。；：,;:！？!?]{4,24}[ \t　]*$")
_SENT_END = re.compile(r"[。！？!?]+[”’」』]?|\n")
# 执行情况 and 完成了 report what was done (“十一五”规划执行情况, 四次会议确定的目标任务执行情况, 全面完成了…目标和任务)
_REVIEW = re.compile(r"回顾|过去|成绩|成就|工作总结|工作情况|完成情况|执行情况|完成了|五年来|去年")
_PLAN = re.compile(r"安排|任务|目标|今年|打算|部署|重点工作|主要工作|总体要求|思路|政策取向")
_OUTLOOK = re.compile(r"今后五年|未来五年|十[一二三四五六]五|五年规划|远景|二〇[三五]〇|20[3-5]0年")


_KAIJU = re.compile(r"(十一五|十二五|十三五|十四五|十五)[”\"]?[^，。]{0,12}?(?:开局|起好步|开好局)")
_PLAN_FIRST_YEAR = {"十五": 2001, "十一五": 2006, "十二五": 2011, "十三五": 2016, "十四五": 2021}


def classify(heading: str, year: int | None = None) -> Part | None:
    """Part of the report a heading opens (review/plan/outlook) or None when it says nothing."""
    h = fold(heading)
    k = _KAIJU.search(h)
    if k and year:
        # "实现“十二五”良好开局": the plan of the plan's first year, the review of the year after
        first = _PLAN_FIRST_YEAR[k.group(1)]
        if year == first:
            return "plan"
        if year == first + 1:
            return "review"
    years = [int(y) for y in re.findall(r"(20\d\d|19\d\d)年", h)]
    if year and {year - 1, year} <= set(years) and _REVIEW.search(h) and _PLAN.search(h):
        return None  # 1998年工作回顾和1999年工作的总体要求: both parts, each sentence says which
    if _REVIEW.search(h) and not (_PLAN.search(h) and years and year and max(years) >= year):
        return "review"
    if _OUTLOOK.search(h) and not (years and year and year in years or "今年" in h):
        return "outlook"  # (未来五年总体考虑和今年政府工作安排 holds this year's plan)
    if years and year and max(years) == year - 1:
        return "review"  # 一、2014年主要工作 in the report of 2015
    if _PLAN.search(h):
        return "plan"
    if years and year:
        if max(years) == year:
            return "plan"
        if max(years) == year - 1:
            return "review"
    return None


def heading_text(text: str, start: int, end: int) -> str:
    """A heading is its whole line when short, else the line's first sentence (（一）稳增长。…)."""
    line = text[start:end]
    m = re.search(r"[。！？]", line)
    if len(line) > 40 and m:
        return line[: m.start()]
    return line.strip()


def segment(clean: CleanText, title: str | None = None, year: int | None = None) -> Document:
    """Split a clean report into sections, paragraphs and sentences (clean offsets)."""
    text = clean.text
    paragraphs: list[tuple[int, int]] = []
    for m in re.finditer(r"[^\n]+", text):
        if m.group().strip():
            paragraphs.append((m.start(), m.end()))
    if title is None:
        title = text[paragraphs[0][0]:paragraphs[0][1]].strip() if paragraphs else ""
    sections: list[Section] = []
    part: Part = "other"
    l1_part: Part = "other"
    sentences: list[Sentence] = []
    for pi, (ps, pe) in enumerate(paragraphs):
        line = text[ps:pe]
        if _L1.match(line) or (pi > 0 and _BARE_HEADING.match(line) and classify(line, year) is not None):
            h = heading_text(text, ps, pe)
            l1_part = classify(h, year) or "other"
            part = l1_part
            sections.append(Section(level=1, heading=h, start=ps, end=pe, part=part))
        elif _L2.match(line):
            h = heading_text(text, ps, pe)
            # a subsection refines the part only where its section said nothing
            part = (classify(h, year) or l1_part) if l1_part == "other" else l1_part
            sections.append(Section(level=2, heading=h, start=ps, end=pe, part=part))
        for sm in _iter_sentences(text, ps, pe):
            s, e = sm
            sentences.append(Sentence(start=s, end=e, text=text[s:e], part=part,
                                      section=len(sections) - 1, paragraph=pi))
    # a section ends where the next one at its level or above starts
    for i, sec in enumerate(sections):
        nxt = next((s.start for s in sections[i + 1:] if s.level <= sec.level), len(text))
        sec.end = nxt
    return Document(clean=clean, title=title, sections=sections, sentences=sentences, paragraphs=paragraphs)


# The longest sentence of the corpus's 2,965 reports has 1,034 characters. Every extractor works
# sentence by sentence, and some of its steps look across the whole sentence at each match; a text
# without punctuation (a scrape that lost it, a table flattened to one line) would make one sentence
# of megabytes and those steps quadratic. Longer runs are cut into windows, at a clause break
# where there is one.
MAX_SENTENCE = 1500
_SOFT_BREAK = re.compile(r"[；;，,、：:\s]")


def _iter_sentences(text: str, start: int, end: int):
    a = start
    for m in _SENT_END.finditer(text, start, end):
        b = m.end()
        if text[a:b].strip():
            yield from _windows(text, a, b)
        a = b
    if a < end and text[a:end].strip():
        yield from _windows(text, a, end)


def _windows(text: str, a: int, b: int):
    while b - a > MAX_SENTENCE:
        cut = a + MAX_SENTENCE
        soft = [m.end() for m in _SOFT_BREAK.finditer(text, a + MAX_SENTENCE // 2, cut)]
        cut = soft[-1] if soft else cut
        if text[a:cut].strip():
            yield _trim(text, a, cut)
        a = cut
    if text[a:b].strip():
        yield _trim(text, a, b)


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b
