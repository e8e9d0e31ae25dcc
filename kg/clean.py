"""Clean stage: split a file into report copies and remove scraping noise.

Scraped reports repeat themselves (the same report pasted several times into one
file), carry photo captions (…本报记者…摄), web-page buttons (打印本页, 关闭窗口)
and junk glued to headings (a novel's title after "一、2016年工作回顾").  Noise is
cut out by structure, never by a list of known junk strings, and every run of
kept text is recorded so offsets map back to the text as read.
"""
from __future__ import annotations

import hashlib
import re
from typing import Collection

import jieba

from . import lexicons
from .model import CleanText, SourceText
from .text import words_pattern

_LINE = re.compile(r"[^\n]*\n|[^\n]+$")
# Markdown emphasis and heading marks (scraped reports saved as .md: "**一、2016年工作回顾**", "## 一、…")
_MARKUP = re.compile(r"\*\*|^[ \t]*#{1,6}[ \t]+", re.M)
_TAG = re.compile(r"<!--.*?-->|<(?:script|style)\b.*?</(?:script|style)\s*>|</?[a-zA-Z][^<>]{0,500}>|&(?:nbsp|amp|lt|gt|quot|ldquo|rdquo|mdash|hellip|middot|#\d{2,6});", re.S | re.I)
_COMMENT_MARKS = re.compile(r"^\s*<!--|-->\s*$")
_COMMENT_LINE = re.compile(r"^\s*<!--(?:(?!-->).)*-->\s*$")  # a scraper's note: caption or source
_CAPTION = re.compile(r"(?:(?:本报|新华社|通讯员|记者|摄影)[^\n。]{0,30}摄(?:影)?\s*[)）]?\s*$)|(?:^[（(]?(?:图为|图片来源|摄影[:：]))")
_BUTTON = re.compile(
    r"^\s*[【\[]?(?:打印本页|打印此页|关闭窗口|返回顶部|返回首页|分享到|字体[:：]|字号[:：]|扫一扫|上一篇|下一篇|"
    r"责任编辑|编辑[:：]|发布时间|发布日期|浏览次数|点击数|访问量|来源[:：]|【打印】|【关闭】|相关链接|网站地图)"
)
# A top-level heading that names a part of the report ends with one of these head
# nouns ("2016年工作回顾", "2017年工作安排", "加强政府自身建设"); text glued after the
# last one is a candidate for scraping junk (see heading_junk).
_HEAD_NOUNS = ("回顾", "安排", "任务", "目标", "要求", "部署", "建设", "打算", "思路", "工作")
_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}[、.．]|第[一二三四五六七八九十]{1,3}部分[、，,：:\s]?)")
_HEAD_TAIL = re.compile(".*(" + "|".join(_HEAD_NOUNS) + r")([\u4e00-\u9fff]{3,12})\s*$")
_CONNECTIVE = tuple("和与及并、暨的新有更")


def heading_junk(line: str, body: str = "") -> int | None:
    """Offset in ``line`` where junk glued to a top-level heading starts, or None.

    Junk is what follows the heading's last head noun when it is at least three
    characters, carries no head noun itself, has no verb, adverb or idiom (a predicate) and
    occurs nowhere else in ``body`` (the report's text): real heading words recur in the report, a
    novel's title does not.
    The test is on the tail's words, so "二号首长" glued to "2016年工作回顾" is cut while
    "民生福祉" in "增进民生福祉" stays.
    """
    if not _HEADING.match(line) or len(line.strip()) > 40 or re.search(r"[，,。；;！？“”]", line):
        return None
    m = _HEAD_TAIL.search(line.rstrip())
    if not m:
        return None
    tail = m.group(2)
    if tail.startswith(_CONNECTIVE) or any(n in tail for n in _HEAD_NOUNS):
        return None
    lexicons.jieba_words()
    if len(jieba.lcut(tail)) < 2:
        return None  # one word, typically a set phrase ending the heading (日新月异)
    import jieba.posseg as pseg  # here: only a rare heading tail needs the tagger

    if any(w.flag[0] in "vdi" for w in pseg.cut(tail)):
        return None  # the heading's predicate (政府自身建设迈上新台阶, …全面提速), not a title pasted after it
    rest = body.replace(line.strip(), "")
    words = [w for w in jieba.cut_for_search(tail) if len(w) >= 2]
    if not words or any(w in rest for w in words):
        return None
    return m.start(2)


# a top-level heading line, the only place junk is learnt from (heading_junk)
_HEADING_LINE = re.compile(r"^[^\S\n]*(?:[一二三四五六七八九十]{1,3}[、.．]|第[一二三四五六七八九十]{1,3}部分)[^\n]{0,40}$", re.M)


def report_junk(text: str, start: int, end: int) -> set[str]:
    """The junk glued to the top-level headings of the report ``text[start:end]`` (heading_junk)."""
    report = text[start:end]
    junk = set()
    for m in _HEADING_LINE.finditer(text, start, end):
        line = m.group().rstrip("\r")
        cut = heading_junk(line, report)
        if cut is not None:
            junk.add(line[cut:].strip())
    return junk


def _lines(text: str, start: int, end: int):
    for m in _LINE.finditer(text, start, end):
        yield m.start(), m.end()


def _norm(s: str) -> str:
    return re.sub(r"\s+", "", s)


def split_copies(src: SourceText) -> tuple[list[tuple[int, int]], int]:
    """Spans of the distinct report copies in a file, and how many repeated copies were dropped.

    A file that is the same report pasted k times yields one span.  The file is cut
    where its first line (a title naming a report) recurs; identical pieces are kept once.
    """
    text, body = src.text, src.body_start
    lines = list(_lines(text, body, len(text)))
    first = next(((s, e) for s, e in lines if text[s:e].strip()), None)
    if first is None:
        return [(body, len(text))], 0
    head = _norm(text[first[0]:first[1]])
    cuts = [s for s, e in lines if _norm(text[s:e]) == head]
    if len(cuts) < 2 or len(head) > 80:
        return [(body, len(text))], 0
    pieces = [(a, b) for a, b in zip([body] + cuts[1:], cuts[1:] + [len(text)])]
    hashes = [hashlib.sha1(_norm(text[a:b]).encode()).hexdigest() for a, b in pieces]
    if len(set(hashes)) > 1 and "报告" not in head:
        return [(body, len(text))], 0  # a recurring first line that is no title: one report
    seen: set[str] = set()
    spans = []
    for span, h in zip(pieces, hashes):
        if h not in seen:
            seen.add(h)
            spans.append(span)
    return spans, len(pieces) - len(spans)


def clean(src: SourceText, start: int | None = None, end: int | None = None,
          known_junk: Collection[str] = ()) -> CleanText:
    """Remove noise from ``src.text[start:end]`` keeping a map back to source offsets. ``known_junk`` is junk
    found glued to the headings of other files of the same run (a scraper's watermark pasted into some
    reports' headings and into others' paragraphs)."""
    text = src.text
    start = src.body_start if start is None else start
    end = len(text) if end is None else end
    out: list[str] = []
    chunks: list[tuple[int, int]] = []
    captions: list[str] = []
    noise: list[str] = []
    pos = 0

    def keep(a: int, b: int) -> None:
        nonlocal pos
        if b <= a:
            return
        if chunks and chunks[-1][1] + (pos - chunks[-1][0]) == a:
            pass  # contiguous with the previous run: no new chunk needed
        else:
            chunks.append((pos, a))
        out.append(text[a:b])
        pos += b - a

    report = text[start:end]
    # junk found glued to this report's headings is junk wherever else it is pasted; junk of another file of the
    # run only at the end of a line or the start of a sentence or line (…投入使用。二号首长“全面两孩”政策…): inside a
    # sentence the same words would be the report's own
    own = report_junk(text, start, end)
    known = {j for j in known_junk if j in report} - own
    parts = []
    if own:
        parts.append(words_pattern(own))
    if known:
        alt = words_pattern(known)
        parts.append(rf"(?:^[^\S\n]*|(?<=[。！？!?；;])|(?<=[。！？!?；;][”’」）)]))(?:{alt})|(?:{alt})(?=[^\S\n]*$)")
    junk_re = re.compile("|".join(parts), re.M) if parts else None
    for ls, le in _lines(text, start, end):
        line = text[ls:le]
        body = line.rstrip("\r\n")
        # scraped pages keep a photo's caption inside an HTML comment: <!-- …（记者 X 摄） -->
        caption = _COMMENT_MARKS.sub("", body).strip()
        if _CAPTION.search(caption) or (caption != body.strip() and _COMMENT_LINE.match(body)):
            captions.append(caption)
            noise.append(body.strip())
            keep(le - (len(line) - len(body)), le)  # keep the line break so paragraphs stay apart
            continue
        if _BUTTON.match(body) and len(body.strip()) < 40:
            noise.append(body.strip())
            continue
        # HTML saved as text: drop tags and entities, keep the words between them; likewise Markdown marks
        a = ls
        marks = sorted([*_TAG.finditer(text, ls, le), *_MARKUP.finditer(text, ls, le)], key=lambda m: m.start())
        for m in marks:
            if m.start() < a:  # inside a tag already dropped
                continue
            keep(a, m.start())
            a = m.end()
        if junk_re is not None:
            for m in junk_re.finditer(text, a, le):
                noise.append(m.group())
                keep(a, m.start())
                a = m.end()
        keep(a, le)
    return CleanText(source=src, text="".join(out), chunks=chunks, source_start=start, source_end=end,
                     captions=captions, noise=noise)


def with_captions(c: CleanText) -> str:
    """The cleaned text for a file of its own (`kg clean`): the photo captions stay, on lines after the
    title, since they may name the speaker (a 市长 in the caption and nowhere else) and metadata reads
    them; reading the file again removes them from the text as before."""
    if not c.captions:
        return c.text
    title, sep, rest = c.text.lstrip("\n").partition("\n")
    return title + "\n" + "\n".join(c.captions) + sep + rest
