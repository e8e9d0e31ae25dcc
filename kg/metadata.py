"""Metadata stage: region, level, year, speaker, meeting and date of a report.

Sources, in order of trust: the title (front matter or first line), the byline
block before "各位代表" (meeting, date, speaker), photo captions, and the body.
Regions are resolved with the admin-division gazetteer; the file's path is a
last resort, used only when the text names no region or year at all.
"""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from .gazetteer import NATIONAL, Gazetteer, gazetteer
from .model import Document, ReportMeta
from .segment import classify
from .text import cn_year, fold

_OFFICE = r"(?:代理?)?(?:市长|省长|主席|州长|盟长|区长|县长|旗长|总理|专员)"
_NAME = r"[\u4e00-\u9fff][\s　]?[\u4e00-\u9fff]{1,2}(?:·[\u4e00-\u9fff]{2,8})?"
_SPEAKER = re.compile(r"(?<![副])(" + _OFFICE + r")[\s　:：]*(" + _NAME + r")(?=[\s　]*(?:$|\n|在|作|同志|）|\)|，|。|向))", re.M)
_FRONT_SPEAKER = re.compile(r"[（(]\s*(?:\d{4}年)?\d{1,2}月\d{1,2}日[\s　]*(" + _NAME + r")\s*[）)]")
_MEETING = re.compile(r"在(.{0,20}?第[一二三四五六七八九十百]+届(?:全国)?人民代表大会[\s*]*(?:第[一二三四五六七八九十]+次会议)?)")
_REPRESENT = re.compile(r"我代表(.{2,14}?)人民政府")
_TITLE_PAREN_YEAR = re.compile(r"[（(]\s*((?:19|20)\d\d)\s*[)）]")
_DATE = re.compile(r"((?:19|20)\d\d|[一二〇○零三四五六七八九]{4})年(\d{1,2})月(\d{1,2})日")
_TITLE_YEAR = re.compile(r"((?:19|20)\d\d|[一二〇○零三四五六七八九]{4})年")
_GREETING = re.compile(r"各位代表|同志们")
_NATIONAL_HINT = re.compile(r"全国人民代表大会|国务院总理|我代表国务院")


def _head_block(doc: Document, limit: int = 1500) -> str:
    """Text before the greeting (各位代表：), where bylines stand."""
    text = fold(doc.clean.text[:limit]).replace("*", "")
    m = _GREETING.search(text)
    return text[: m.start()] if m else text[:400]


def _region_in(text: str, gaz: Gazetteer, short: bool = False) -> str | None:
    """The first division named in ``text`` (with ``short``, also by short form: 长春, 恩施州)."""
    hits = [name for _, _, name in gaz.find(text)]
    if not hits and short:
        hits = [name for _, _, name in gaz.find_short(text)]
    return hits[0] if hits else None


def _region_of_meeting(block: str, gaz: Gazetteer) -> str | None:
    m = _MEETING.search(block)
    if not m:
        return None
    if "全国人民代表大会" in m.group(1):
        return NATIONAL
    return _region_in(m.group(1), gaz)


def _region_of_office(block: str, gaz: Gazetteer) -> str | None:
    for m in re.finditer(r"(.{2,16}?)(?:人民政府|政府)?" + _OFFICE, block):
        r = _region_in(m.group(1), gaz)
        if r:
            return r
    return None


def _level_by_self_reference(text: str) -> str:
    """A provincial report says 全省/全区 where a city's says 全市/全州."""
    prov = len(re.findall(r"全省|我省|全区各族|自治区人民政府|省人民政府", text))
    city = len(re.findall(r"全市|我市|全州|市人民政府|州人民政府|全盟", text))
    return "province" if prov > city else "prefecture"


def _region_by_frequency(text: str, gaz: Gazetteer) -> str | None:
    """The division of the report's own level named most often (short forms count: 江西, 嘉兴)."""
    text = text[:30000]
    level = _level_by_self_reference(text)
    counts = Counter(name for _, _, name in gaz.find_short(text))
    counts.update(name for _, _, name in gaz.find(text))
    for name, _ in counts.most_common():
        d = gaz.get(name)
        if d and d.level == level:
            return name
    return None


def _year_of(text: str) -> int | None:
    text = re.sub(r"\s", "", fold(text))
    m = _TITLE_YEAR.search(text) or _TITLE_PAREN_YEAR.search(text)
    return cn_year(m.group(1)) if m else None


def _year_of_date(m: re.Match) -> int | None:
    """A report is given early in its year; one dated November or December opens the next year."""
    y = cn_year(m.group(1))
    return y + 1 if y and int(m.group(2)) >= 11 else y


def _path_hints(path: str, gaz: Gazetteer) -> tuple[str | None, int | None]:
    parts = [Path(path).stem] + [p for p in Path(path).parent.parts[-2:]]
    region = next((r for p in parts if (r := _region_in(p, gaz))), None)
    year = next((int(m.group()) for p in parts if (m := re.search(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)", p))), None)
    return region, year


def detect(doc: Document, path: str = "") -> ReportMeta:
    """Read the metadata of a segmented report."""
    gaz = gazetteer()
    src = doc.clean.source
    title = (src.front_title or "").strip()
    first = doc.title.strip()
    if not title or ("报告" in first and len(first) > len(title) and len(first) < 60):
        title = first if "报告" in first and len(first) < 60 else (title or first[:60])
    block = _head_block(doc)
    captions = "\n".join(doc.clean.captions)
    warnings: list[str] = list(src.warnings)
    if not doc.sections:
        warnings.append("no section headings found: read as plain text")

    represent = _REPRESENT.search(doc.clean.text[:4000])
    region = (_region_in(re.sub(r"\s", "", title), gaz, short=True) or _region_of_meeting(block, gaz)
              or _region_of_office(block, gaz) or _region_of_meeting(captions, gaz)
              or _region_of_office(captions, gaz) or (represent and _region_in(represent.group(1), gaz)))
    if region is None and _NATIONAL_HINT.search(doc.clean.text[:3000]):
        region = NATIONAL
    if region is None:
        region = _region_by_frequency(doc.clean.text, gaz)
    hint_region, hint_year = _path_hints(path, gaz) if path else (None, None)
    if region is None and hint_region:
        region = hint_region
        warnings.append("region taken from the file path")
    if region is None:
        warnings.append("no region found: not a government work report?")

    date = _DATE.search(block) or _DATE.search(captions)
    title_date = _DATE.search(fold(title))
    year = _year_of_date(title_date) if title_date else (_year_of(title) if "报告" in title else None)
    if year is None and date:
        year = _year_of_date(date)
    review_from_heading = None
    for sec in doc.sections:
        if sec.level == 1 and classify(sec.heading) == "review":
            y = _year_of(sec.heading)
            if y and "五年" not in sec.heading:
                review_from_heading = y
                break
    if year is None and review_from_heading:
        year = review_from_heading + 1
    if year is None and hint_year:
        year = hint_year
        warnings.append("year taken from the file path")
    if year is None:
        warnings.append("no year found")

    speaker = speaker_title = None
    fm = _FRONT_SPEAKER.search(src.front_title or "")
    for text in (block, captions):
        m = _SPEAKER.search(text)
        if m:
            speaker_title, speaker = m.group(1), re.sub(r"[\s　]", "", m.group(2))
            break
    if fm:
        speaker = re.sub(r"[\s　]", "", fm.group(1))
    meeting = _MEETING.search(block) or _MEETING.search(captions)

    div = gaz.get(region) if region else None
    level = div.level if div else None
    province = div.province if div and div.level != "national" else None
    if region and not title.startswith(str(year or "")) and "报告" not in title:
        title = f"{year}年{region}政府工作报告"
    return ReportMeta(
        id=f"{year or 'unknown'}-{region or Path(path).stem or 'unknown'}",
        title=title or f"{year}年{region}政府工作报告",
        region=region, province=province, level=level, year=year,
        review_year=(year - 1) if year else None,
        speaker=speaker, speaker_title=speaker_title,
        meeting=meeting.group(1) if meeting else None,
        date=(f"{cn_year(date.group(1))}-{int(date.group(2)):02d}-{int(date.group(3)):02d}" if date else None),
        path=path, warnings=warnings,
    )
