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
from .lexicons import surnames
from .model import Document, Level, ReportMeta
from .segment import classify
from .text import cn_year, fold

# Bylines space out short titles (省 长, 主 席); the office is read without the spaces.
_OFFICE = r"(?:代理?)?(?:[市省州盟区县旗][\s　]?长|主[\s　]?席|总[\s　]?理|专员)"
_NAME = r"[\u4e00-\u9fff][\s　]?[\u4e00-\u9fff]{1,2}"
# Minority names run to 6 characters (桑珠次仁) or join parts by · (伊力哈木·沙比尔); they are
# taken only where the name ends the line or bracket, since 4+ characters could swallow a verb.
_LONG_NAME = r"(?:[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,8})+|[\u4e00-\u9fff]{4,6})"
_NAME_END = r"(?=[\s　]*(?:$|\n|）|\)))"
_SPEAKER = re.compile(r"(?<![副])(" + _OFFICE + r")[\s　:：]*(?:(" + _LONG_NAME + r")" + _NAME_END + r"|(" + _NAME
                      + r")(?=[\s　]*(?:$|\n|在|作|同志|）|\)|，|。|向|\d{4}年)))", re.M)
# "（2021年1月25日在吉林省第十三届人民代表大会第四次会议上 韩俊）"
_MEETING_SPEAKER = re.compile(r"会议上[\s　]+(" + _LONG_NAME + "|" + _NAME + r")[\s　]*[）)]")
# a caption naming the speaker before the meeting or the office: "1月10日上午，尹弘在河南省第十三届人民代表大会
# 第三次会议上作政府工作报告", "李建国代市长作政府工作报告"
_CAPTION_SPEAKER = re.compile(r"(?:^|[，,。\s]|上午|下午)(" + _NAME + r")(?:在[^。\n]{0,40}人民代表大会[^。\n]{0,20}|"
                              + _OFFICE + r")作[^。\n]{0,6}报告")
# a title line ending in an office and a name: "国务院副总理兼国家计划委员会主任　李富春"
_TITLE_LINE_SPEAKER = re.compile(r"^[^\n]{2,30}?(?:长|总理|主席|主任|专员)[\s　]+(" + _NAME + r")[\s　]*$", re.M)
_FRONT_SPEAKER = re.compile(r"[（(]\s*(?:\d{4}年)?\d{1,2}月\d{1,2}日[\s　]*(" + _LONG_NAME + "|" + _NAME + r")\s*[）)]")
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
    m = _MEETING.search(re.sub(r"\s+", "", block))  # bylines break lines: "在宁波市\n第十六届人民代表大会"
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


def _level_by_self_reference(text: str) -> Level:
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


def _bare_name(block: str) -> str | None:
    """A byline line that is only a Han name (张昌平), right after the date or meeting line."""
    lines = [ln.strip(" 　*") for ln in block.splitlines() if ln.strip(" 　*")]
    for prev, line in zip(lines, lines[1:]):
        if (_DATE.search(prev) or "人民代表大会" in prev) and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", line):
            if line[:2] in surnames() or (line[0] in surnames() and len(line) <= 3):
                return line
    return None


def _speaker(front_title: str, block: str, captions: str) -> tuple[str | None, str | None]:
    """(office, name) of the speaker: front-matter title, then byline block, then captions."""
    office = name = None
    for text in (block, captions):
        m = _SPEAKER.search(text)
        if m:
            office, name = re.sub(r"[\s　]", "", m.group(1)), m.group(2) or m.group(3)
            break
    named = (_FRONT_SPEAKER.search(front_title) or _FRONT_SPEAKER.search(block) or _MEETING_SPEAKER.search(block)
             or (None if name else _TITLE_LINE_SPEAKER.search(block) or _CAPTION_SPEAKER.search(captions)))
    if named:
        name = named.group(1)
    name = name or _bare_name(block)
    return office, re.sub(r"[\s　]", "", name) if name else None


def detect(doc: Document, path: str = "") -> ReportMeta:
    """Read the metadata of a segmented report."""
    gaz = gazetteer()
    src = doc.clean.source
    title = (src.front_title or "").strip()
    first = doc.title.strip()
    # the first line may be the opening "各位代表，我代表市人民政府向大会报告工作" rather than a title
    first_is_title = "报告" in first and len(first) < 60 and not _GREETING.match(first)
    if not title or (first_is_title and len(first) > len(title)):
        title = first if first_is_title else (title or first[:60])
    block = _head_block(doc)
    captions = "\n".join(doc.clean.captions)
    warnings: list[str] = list(src.warnings)
    if not doc.sections:
        warnings.append("no section headings found: read as plain text")

    represent = _REPRESENT.search(doc.clean.text[:4000])
    region = (_region_in(re.sub(r"\s", "", title), gaz, short=True) or _region_of_meeting(block, gaz)
              or _region_of_office(block, gaz) or _region_of_meeting(captions, gaz)
              or _region_of_office(captions, gaz) or (represent and _region_in(represent.group(1), gaz)))
    # an autonomous prefecture's report titled by its seat's name (大理市 for 大理白族自治州): the meeting decides
    seat, meeting_region = gaz.get(region) if region else None, _region_of_meeting(block, gaz)
    if (region and seat and seat.level == "county" and meeting_region and meeting_region != region
            and meeting_region.startswith(region.rstrip("市县"))):
        region = meeting_region
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
    date_year = _year_of_date(date) if date else None
    if date_year is not None and (year is None or year > date_year + 1 or year + 1 == date_year):
        # a title may name a plan's horizon ("2010年远景目标纲要的报告"), or the year under review (a
        # report given on 2010年1月26日 under a title of 2009)
        year = date_year
    review_from_heading = plan_from_heading = None
    for sec in doc.sections:
        y = _year_of(sec.heading) if sec.level == 1 and "五年" not in sec.heading else None
        if y and review_from_heading is None and classify(sec.heading) == "review":
            review_from_heading = y
        if y and plan_from_heading is None and classify(sec.heading) == "plan":
            plan_from_heading = y
    if year is None and review_from_heading:
        year = review_from_heading + 1
    elif year is not None and review_from_heading == year and plan_from_heading in (None, year + 1):
        # the year a report sets targets for is its year: a title (a web page's, often) may name the
        # year under review ("2013年工作回顾" … "2014年主要目标任务" under a title of 2013)
        year += 1
    if year is None and hint_year:
        year = hint_year
        warnings.append("year taken from the file path")
    if year is None:
        warnings.append("no year found")

    speaker_title, speaker = _speaker(src.front_title or "", block, captions)
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
