"""City-wide indicator observations: code, kind (actual/target), year, value, growth.

Rules, all structural:
- a surface form from lexicons/indicators.tsv opens a clause; the clause runs to the
  next indicator or to a comma segment that no longer speaks of amounts or growth;
- the part of the report decides the kind: the review part gives actuals of the
  review year, the plan part targets of the report year; multi-year figures
  (年均, 累计, …倍) and later-year targets (到2020年) are left out;
- "分别…A和B" distributes values in order over the indicators listed before it.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from .. import lexicons
from ..gazetteer import NATIONAL, gazetteer
from ..model import Document, Evidence, Observation, ObservationKind, Part, ReportMeta
from ..text import arabic_figures, fold, scanner, words_pattern
from .spans import word_bounds

UNIT_BASE = lexicons.units()
_NUM = r"(\d+(?:\.\d+)?)"
_UNIT = r"(万亿元|亿元|万元|万亿美元|亿美元|万美元|美元|元|亿人次|万人次|人次|万人|万名|万户|户|人|名|%|万吨|万亿斤|亿斤|亿公斤)"
_VALUE = re.compile(r"^(?:[^\d，,、；]{0,8}?)" + _NUM + _UNIT + r"(左右|以上|以内|以下)?(?!的)")
# a range (增长6%—6.5%, 6.5%至7%) keeps its upper bound in the group "high"
# 同比增长（下同）14%: an aside between the verb and its figure; 增速力争达到6%, 增长要达到20%: a target's wording
_GROWTH = re.compile(r"(增长|增加|上升|提高|上涨|涨幅|增速|回升|下降|减少|降低|回落|压减)(?:[(（]下同[)）])?"
                     r"(?:力争|确保|争取|要)?(?:了|为|到|达到|达|控制在)?\s?" + _NUM
                     + r"(?:[%％]?\s?[-—–～~至到]\s?(?P<high>\d+(?:\.\d+)?))?\s?[%％](?P<cmp>左右|以上|以内|以下)?")
_BARE_PCT = re.compile(r"^(?:控制在|为|保持在)?" + _NUM + r"(?:[%％]?\s?[-—–～~至到]\s?(?P<high>\d+(?:\.\d+)?))?[%％]"
                       r"(?P<cmp>左右|以上|以内|以下)?")
# 由2002年的8004亿元增加到2007年的18640亿元: the year of each end may be named, the level reached keeps it
_FROMTO = re.compile(r"^[^，,；;\d]{0,6}?(?:从|由)(?:(?:19|20)\d\d年(?:底|末)?的?)?" + _NUM + _UNIT
                     + r"?[^，,；;\d]{0,6}?(?:到|至)(?:(?P<year>20\d\d)年(?:底|末)?的?)?" + _NUM + _UNIT
                     + r"(左右|以上|以内|以下)?")
_INCREMENT = re.compile(r"(?:新增|净增|增加|减少|多)(?!到|至)")
_PP = re.compile(r"(提高|增加|上升|下降|降低|回落|减少)" + _NUM + r"个百分点")
_LEAD = re.compile(r"^(?:同比|比上年|较上年|按可比价(?:格)?计算|按可比口径|全年|预计|分别|均|也|年均|实际|名义|持续|较快|稳定)")
_CONTINUES = re.compile(r"^[^，,；]{0,12}?(?:增长|增加|上升|提高|上涨|涨幅|增速|下降|减少|降低|回落|个百分点|同比|比上年|较上年|按可比价|扣除价格因素|分别|完成|实现|达到|突破|超过|控制在|为|\d)")
# 年均浓度, 年均值: a year's mean (PM2.5年均浓度), not an average over years
# 始终控制在4%以内: a level held through the years
# 比2011年增长: growth since a named earlier year; _multi_year(prev) leaves out the year before the figures' own
# (比2015年 of 2016's figures is 比上年)
_SINCE_YEAR = r"[比较]{prev}(?:19|20)\d\d年"
_MULTI_YEAR_CUES = (r"年均(?!浓度|值)|(?:始终|一直)(?:控制|保持|稳定)在|平均每年|每年平均|累计|五年|是20\d\d年的|{since}|倍|"
                    r"翻一番|翻番|季度|上半年|1[-—～至]\d+月|由[^，,]{{0,12}}的")


@lru_cache(maxsize=None)
def _multi_year(prev: int | None = None) -> re.Pattern:
    """The multi-year and sub-year cues; a comparison with ``prev``, the year before the figures' own, is none."""
    since = _SINCE_YEAR.format(prev=f"(?!{prev}年)" if prev else "")
    return re.compile(_MULTI_YEAR_CUES.format(since=since))


_MULTI_YEAR = _multi_year()
_SUB_YEAR = re.compile(r"季度|首季|上半年|1[-—～至]\d{1,2}月|前[两三四五六七八九十]个月")
# a passage may open on a dashed headline of its own (——经济实现跨越式发展。五年来，…)
_MULTI_YEAR_PASSAGE = re.compile(r"^(?:——[^。！]{2,30}[。！])?(?:[三四五]年来|过去[三四五]年|本届政府|[“\"]十[一二三四五]五[”\"]以来|[“\"]十[一二三四五]五[”\"]期间)")
# a clause about a part of the jurisdiction or the economy (产业集聚区实现规上工业增加值…, 民生领域财政支出…, 电子信息产业规模以上
# 工业企业实现增加值…) is no city-wide figure
_SUBJECT = re.compile(r"集聚区|园区|开发区|高新区|新区|县|企业|行业|产业|镇|乡|村|示范区|农业|服务业|民间|工业|领域")
_HARMLESS = re.compile(r"全市|全省|全区|全州|全国|全年|今年|去年|预计|实现|完成|力争|确保|争取|其中|初步统计|据统计|初步核算|主要|经济|社会|发展|预期|目标|指标|是|的|\d+年|[：:，,、\s“”]")
_LATER_YEAR = re.compile(r"到(20\d\d)年")
_TARGET_CUE = re.compile(r"预期目标|主要目标|今年|力争|确保|争取|目标是")
_WORDING = re.compile(r"(确保|力争|争取|预计|努力|力求)")
_PREFIX = re.compile(r"(?:全市|全省|全区|全州|全国|全县|全盟|我市|我省)$")
_LISTED_AFTER = re.compile(r"[、，,]?(?:实现|完成)?")
_PER_HEAD = re.compile(r"人均|居民")
# the codes whose figure is the part after 其中 (the local budget revenue), not the total before it
_OWN_PART = frozenset({"GENERAL_BUDGET_REVENUE"})
_PART_OF = re.compile(r"其中[：:]?$")
_NEGATIVE = ("下降", "减少", "降低", "回落", "压减")  # 压减: cut (“三公”经费压减15%)


@dataclass(frozen=True)
class _Form:
    code: str
    measure: str
    pattern: re.Pattern
    series: str | None = None  # which series of the code this surface names (unemployment: surveyed …)
    # a bare word (支出, 收入, 增加值) names the code only after the words it shares a subject with, since the
    # previous indicator (一般公共预算收入…、支出…, 接待游客…，收入…, 规上工业总产值…，增加值…)
    follows: re.Pattern | None = None


@lru_cache(maxsize=1)
def forms() -> tuple[_Form, ...]:
    """Indicator surface forms from the lexicon file."""
    out = []
    text = (resources.files("kg") / "lexicons" / "indicators.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            code, measure, rx, *rest = line.split("\t") + ["", ""]
            out.append(_Form(code, measure, re.compile(rx), rest[0] or None, re.compile(rest[1]) if rest[1] else None))
    return tuple(out)


# the national report's 财政收入 is the general budget revenue (全国财政收入); a region's is its 财政总收入
_NATIONAL_FORMS = {"GENERAL_BUDGET_REVENUE": r"(?<![地方总级中央])(?:全国)?财政收入(?!占)"}


@lru_cache(maxsize=2)
def _any_form(national: bool = False) -> re.Pattern:
    """All surface forms as one pattern; the group ``f<i>`` that matched names the row forms()[i]."""
    def rx(f):
        extra = _NATIONAL_FORMS.get(f.code) if national else None
        return f.pattern.pattern + ("|" + extra if extra else "")
    return scanner("|".join(f"(?P<f{i}>{rx(f)})" for i, f in enumerate(forms())))


@lru_cache(maxsize=None)
def _measure(code: str) -> str:
    """The measure of a code's first row (the one its figures are read by in lists)."""
    return next(f.measure for f in forms() if f.code == code)


@dataclass
class _Hit:
    code: str
    start: int  # clean offsets of the surface form
    end: int
    scope_end: int
    measure: str = "amount"  # how the figures after the surface read (lexicons/indicators.tsv)
    series: str | None = None
    value: float | None = None
    unit: str | None = None
    growth: float | None = None
    growth_high: float | None = None  # the upper bound of a range
    pp: float | None = None
    comparator: str | None = None
    # the value is a level reached (从A增加到B): the year named before it, 0 when none is, None when not reached
    reached: int | None = None


def _clean_match(rx: re.Pattern, s: str, multi: re.Pattern = _MULTI_YEAR):
    """First match of ``rx`` in ``s`` not preceded in its comma segment by a multi-year or sub-year cue."""
    for m in rx.finditer(s):
        seg_start = max(s.rfind(c, 0, m.start()) for c in "，,；") + 1
        if not multi.search(s[max(seg_start, m.start() - 8):m.end()]):
            return m
    return None


def _parse_scope(s: str, hit: _Hit, multi: re.Pattern = _MULTI_YEAR) -> None:
    """Fill value/growth/pp from the text after a surface form (its clause); ``multi`` holds the multi-year cues."""
    measure = hit.measure
    if measure == "growth":  # 经济增长8%左右: the surface says growth, the % after it is the growth
        g = _BARE_PCT.match(re.sub(r"^[^\d，,。；;]{0,10}[，,]?(?:定为|为|是|要|在|保持在|达到)?", "", s))
        if g:
            hit.growth, hit.comparator = float(g.group(1)), g.group("cmp")
            hit.growth_high = float(g.group("high")) if g.group("high") else None
        return
    ft = _FROMTO.match(s)
    if ft:  # 从1426亿元增加到3224亿元: the level reached is the second number
        hit.value, hit.unit, hit.comparator = float(ft.group(4)), ft.group(5), ft.group(6)
        hit.reached = int(ft.group("year")) if ft.group("year") else 0
        return
    m = _VALUE.search(s)
    if m and _INCREMENT.search(s[: m.start(1)]):
        m = None  # 新增1000亿元, 增加583元: an increment, not the level
    if m and multi.search(s[: m.end()]):
        m = None
    if m and not _GROWTH.match(s[: m.end()].lstrip("同比比上年")) and not re.search(r"增长|下降|上涨|增速|涨幅|提高|降低", s[: m.start(1)]):
        unit = m.group(2)
        if unit != "%" or measure == "rate" or re.search(r"达到|为|控制在|保持", s[: m.start(1)]) and measure != "price":
            if not (unit == "%" and measure == "amount"):
                hit.value, hit.unit = float(m.group(1)), unit
                hit.comparator = m.group(3)
    g = _clean_match(_GROWTH, s, multi)
    if g and _own_list(s[:g.start()]):
        g = None  # the growth of another subject's list after a comma
    if measure == "price" and not g:
        ix = re.match(r"^(?:控制在|为)?(10\d(?:\.\d+)?)[%％]?(?![\d.%％])(左右|以内|以下)?", s)
        if ix:  # 居民消费价格指数102.2 (or 104%): an index (previous year = 100), which is also a rise of 2.2%
            hit.value, hit.unit, hit.comparator = float(ix.group(1)), None, ix.group(2)
            hit.growth = round(hit.value - 100, 4)
            return
    if not g and re.match(r"^[^，,；;\d]{0,6}持平", s):
        hit.growth = 0.0  # 实际利用外资与上年持平
    if measure == "price" and not g:
        g = _BARE_PCT.match(s)
        if g:
            hit.growth, hit.comparator = float(g.group(1)), g.group("cmp")
            g = None
    if g and measure != "rate":
        v = float(g.group(2))
        hit.growth = -v if g.group(1) in _NEGATIVE else v
        if g.group("high") and g.group(1) not in _NEGATIVE:
            hit.growth_high = float(g.group("high"))
        hit.comparator = hit.comparator or g.group("cmp")
    elif g and measure == "rate" and hit.value is None:
        # 城镇登记失业率控制在4.5%以内: a rate's % is its level
        hit.value, hit.unit, hit.comparator = float(g.group(2)), "%", g.group("cmp")
    if hit.value is None and g is not None and measure == "amount":
        after = re.match(r"[，,、]?(?:总量)?(?:突破|超过|达到)" + _NUM + _UNIT, s[g.end():])
        if after and after.group(2) != "%":  # 增长24.2%，突破1000亿元大关 / 增长5.1%，总量达到3008.61亿元
            hit.value, hit.unit = float(after.group(1)), after.group(2)
            hit.comparator = hit.comparator or ("以上" if after.group().lstrip("，,")[:2] in ("突破", "超过") else None)
    # 增长6.1%、比2022年提高0.8个百分点: points after a growth are the change of the growth rate (or of another
    # share), so a change in points keeps every named year a multi-year cue
    p = _clean_match(_PP, s)
    if p:
        v = float(p.group(2))
        hit.pp = -v if p.group(1) in _NEGATIVE else v
    if hit.comparator is None and re.search(r"突破|超过", s[:8]):
        hit.comparator = "以上"
    if hit.comparator is None and re.search(r"控制在", s[:8]) and hit.value is not None:
        hit.comparator = "以内"


def _scope(text: str, start: int, limit: int) -> int:
    """End of an indicator's clause: comma segments continue while they speak of amounts or growth."""
    pos = start
    first = True
    for seg in re.finditer(r"[^，,；;]+[，,；;]?", text[start:limit]):
        body = seg.group().rstrip("，,；;")
        if not first and not _CONTINUES.match(body):
            break
        pos = start + seg.end()
        first = False
        if seg.group().endswith(("；", ";")):
            break
    return pos


# what may stand before 分别 with no subject of its own: comparisons, price bases, the two, the rate itself
_NO_SUBJECT = re.compile(r"同比|比上年同期|比上年|较上年|比去年|较去年|与上年相比|按可比价格?计算|(?:扣除|剔除)价格因素后?|两者|二者|"
                         r"增幅|增速|涨幅|实际|名义|也|均|都|[^\u4e00-\u9fff]")


def _own_list(before: str) -> bool:
    """Does the last clause of ``before`` (the text up to a 分别 or its figure) open a list of its own, with a
    subject of its own (城镇新增就业421万人，城乡低保标准分别增长59.9%和104.1%), not only adverbs (…，同比分别增长)?"""
    if not re.search(r"[，,]", before):
        return False
    clause = re.split(r"[，,]", before)[-1]
    if "分别" not in clause:
        return False
    subject = clause[:clause.index("分别")]
    return len(_NO_SUBJECT.sub("", subject)) >= 2


def _distribute(text: str, hits: list[_Hit], multi: re.Pattern = _MULTI_YEAR) -> None:
    """'A…、B…分别增长x%和y%' → x to A, y to B; ``multi`` holds the multi-year cues."""
    # 'A和B均增长8%': A's clause is only the conjunction, B's opens on 均/都 → A shares B's figures
    for a, b in zip(hits, hits[1:]):
        if re.fullmatch(r"[、和及与]", text[a.end:b.start]) and re.match(r"(?:也)?(?:均|都)", text[b.end:b.scope_end]):
            a.value, a.unit, a.growth, a.pp, a.comparator = b.value, b.unit, b.growth, b.pp, b.comparator
    for i, h in enumerate(hits):
        s = text[h.end:h.scope_end]
        m = re.search(r"分别(?:实际|名义|同比)?(?:增长|达到|为|提高到|下降|上涨|是)?", s) or re.search(
            r"(?:实际|名义|同比)?(?:增长|下降)(?=\d+(?:\.\d+)?%[、和及与]\d+(?:\.\d+)?%)", s)  # 实际增长9.8%和8.5%
        if not m:
            continue
        # 城镇新增就业421万人，城乡低保标准分别增长…: a 分别 after a subject of its own is that subject's list
        if _own_list(s[:m.end()]):
            continue
        tail = s[m.end():]
        # 分别比上年增加767元和74元，增长14.2%和4.9%: how much was added is no level; the run after it is read
        inc = re.match(r"[^\d，,]{0,6}?(?:增加|减少|新增)(?![到至])[^，,；;]*[，,]", tail)
        verb = s[m.start():m.end()]
        if inc and not re.search(r"[%％]|个百分点", inc.group()):
            tail = tail[inc.end():]
            verb += re.split(r"\d", tail, maxsplit=1)[0]  # the verb of the run read (…，下降3%和5%)
        # 分别由14402元和7471元增加到31500元和15200元: the levels reached are those after 到
        fromto = re.match(r"(?:由|从)[^；;，,。]{2,40}?(?:增加|提高|增长|上升|扩大)(?:到|至)", tail)
        if fromto:
            tail = re.split(r"[，,；;]", tail[fromto.end():])[0]
        nums = re.findall(_NUM + r"(?![\d.年])(万亿元|亿元|万元|亿美元|元|万人次|万人|%|个百分点|倍)?", re.split("[;；，,]", tail)[0])
        # the cue may follow 分别 (分别比1997年增长…), up to the first figure that is no year
        upto = re.match(r"(?:\D|(?:19|20)\d\d年){0,8}", s[m.end():])
        if any(u == "倍" for _, u in nums) or multi.search(s[max(0, m.start() - 6):m.end() + (upto.end() if upto else 0)]):
            continue  # 分别是2000年的2.65倍和2.15倍, 年均分别增长…, 分别比1997年增长…: multi-year figures
        if h.code in _SPLIT:
            continue
        placed, seps = _list_places(text, hits[:i + 1], h.end + m.start())
        runs = re.split(r"[，,]", re.split(r"[；;]", tail)[0])
        if placed and _placed_run(runs[0], len(seps)):
            # each run of as many figures as the list has items (分别为A和B，增长x%和y%) goes by place; the
            # verb may stand after 分别 (分别比上年下降2.9%和0.6%); 下降到, 提高到 reach a level
            for n, run in enumerate(runs):
                figures = _placed_run(run, len(seps))
                if not figures:
                    break
                verb = (s[m.start():m.end()] if n == 0 else "") + re.split(r"\d", run, maxsplit=1)[0]
                sign = -1 if re.search(r"下降|降低|减少", verb) else 1
                growth = bool(re.search(r"(?:增长|上涨|下降|降低|减少)(?![到至])", verb))
                for g, k in placed:
                    num, unit = figures[k]
                    if unit == "个百分点":
                        g.pp = sign * float(num)
                    elif growth or unit == "%" and g.measure in ("amount", "price", "growth"):
                        g.growth = sign * float(num)
                    else:
                        g.value, g.unit = float(num), unit or g.unit
            continue
        group = [h]
        j = i - 1
        while j >= 0 and hits[j].scope_end >= h.start - 6 and len(group) < len(nums):
            group.insert(0, hits[j])
            j -= 1
        offset = 0
        if len(group) < len(nums):
            # 财政总收入A亿元，其中一般公共预算收入B亿元，分别增长x%和y%: items of the list that are no
            # indicator of the lexicon still take their number; count the levels stated before the group, the
            # group taking the last figures where more levels stand before it (完成技改投资149亿元，规模以上工业
            # 总产值2313亿元、增加值564亿元，分别增长21.6%和19%)
            clause = max(text.rfind(c, 0, group[0].start) for c in "；;。") + 1
            offset = min(len(nums) - len(group),
                         len(re.findall(_NUM + r"(?:万亿元|亿元|万元|亿美元|元|万人次|万人)", text[clause:group[0].start])))
        if (len(group) < 2 and not offset) or len(nums) < len(group):
            continue
        growth = bool(re.search(r"增长|上涨|下降", verb))
        for g, (num, unit) in zip(group, nums[offset:]):
            if growth or unit == "%" and g.measure in ("amount", "price", "growth"):
                g.growth = float(num) * (-1 if "下降" in verb else 1)
            else:
                g.value, g.unit = float(num), unit or g.unit


# a figure of a list's run with any unit of the table (0.51吨标准煤), 个百分点 before 个
_RUN_FIGURE = re.compile(_NUM + r"(?![\d.年])(个百分点|" + "|".join(
    sorted((u for u in UNIT_BASE if u != "年"), key=len, reverse=True)) + ")?")
_PLACED_FIGURES = re.compile(r"(?:再|比上年|同比|较上年)?(?:增长|下降|降低|减少|提高|上涨|达到|达|为|是|完成|突破|控制在)?[到至]?\d")


def _list_places(text: str, hits: list[_Hit], at: int) -> tuple[list[tuple[_Hit, int]], list[int]]:
    """Hits of the list that the last of ``hits`` ends before 分别 (at ``at``), each with its place in the list,
    and the separators of the list (规模以上工业增加值、高新技术产品产值、地方财政一般预算收入和全口径财政收入…，
    分别为A、B、C和D: items that are no indicator of the lexicon keep their places); none when the list is
    not one comma segment of names only (生产总值6925.5亿元、增长6.3%，增速分别高于… is no list)."""
    last = hits[-1]
    start = max(text.rfind(c, 0, last.start) for c in "，,；;。：:\n") + 1
    ends = [e for e in (text.find(c, last.end) for c in "，,；;。") if e >= 0]
    end = min(ends + [at])
    members = [h for h in hits if h.start >= start]
    # separators outside the indicators' own names (研究与试验发展经费 is one item)
    seps = [k for k in range(start, end) if text[k] in "、和及与" and not any(h.start <= k < h.end for h in members)]
    if not seps or re.search(r"\d", text[start:end]):
        return [], []
    return [(h, sum(k < h.start for k in seps)) for h in members], seps


def _placed_run(run: str, seps: int) -> list[tuple[str, str]]:
    """The figures (number, unit) of a run that follow its verb at once (not 恢复至上年的75.2%、74.6%) and are
    one more than the list's ``seps`` separators; none otherwise."""
    figures = _RUN_FIGURE.findall(run)
    if any(u == "个百分点" for _, u in figures):  # 提高3.4个、2.5个百分点: the unit said once
        figures = [(n, "个百分点" if u == "个" else u) for n, u in figures]
    return figures if _PLACED_FIGURES.match(run) and len(figures) == seps + 1 else []


def extract_indicators(doc: Document, meta: ReportMeta) -> list[Observation]:
    """Indicator observations of a segmented report."""
    ftext = doc.folded
    # key → (rank, observation): of two readings of one key the better ranked is kept, the other fills its gaps
    out: dict[tuple, tuple[tuple[bool, int], Observation]] = {}
    rx = _any_form(meta.region == NATIONAL)
    others: list[Observation] = []
    parents = _parent_parts(doc)
    for sent in doc.sentences:
        stext = ftext[sent.start:sent.end]
        kind, year = _kind(sent.part, stext, meta)
        ps, pe = doc.paragraphs[sent.paragraph]
        if kind == "target" and not _AHEAD.search(stext) and _looking_back(ftext[max(ps, sent.start - 300):sent.start]):
            kind, year = "actual", meta.review_year
        para = ftext[ps:min(pe, ps + 200)]  # how the paragraph opens (a slice of its head: a long one is not copied per sentence)
        if kind is None and sent.part == "other":
            kind, year = _para_kind(para, meta)
        # topical sections (一、着力优化产业结构, 一、产业发展有新成效) under an unnumbered heading of the review or
        # the plan (2014年工作目标和主要任务, 2017年工作回顾) take its part, for OTHER figures and coded headlines
        if kind is None:
            kind, year = _kind(parents[sent.section], stext, meta)
        if kind is None:
            continue
        if _SUB_YEAR.search(para[:15]):
            continue  # a paragraph on this year's first quarter or months
        multi_year = bool(_MULTI_YEAR_PASSAGE.match(para.lstrip()))
        matches = [m for m in rx.finditer(ftext, sent.start, sent.end)]
        hits: list[_Hit] = []
        # a bare word without the subject it shares names no coded indicator, and leaves its name to OTHER
        # (…；工业增加值492亿元 with no 规模以上工业企业 before it)
        unshared: list[re.Match] = []
        cumulative: int | None = None  # where the clauses of a multi-year total end (累计接待游客3.5亿人次，|旅游收入…)
        for k, m in enumerate(matches):
            limit = matches[k + 1].start() if k + 1 < len(matches) else sent.end
            # "占GDP比重" and similar shares (第三产业增加值占生产总值比重) are not the indicator itself
            if ftext[max(sent.start, m.start() - 1):m.start()] == "占" or ftext.startswith("占", m.end()):
                continue
            group = m.lastgroup
            assert group is not None  # every alternative of _any_form is a named group
            form = forms()[int(group[1:])]
            at = m.start()  # where the subject ends
            if form.follows:  # a bare word shares the subject of the words before it (园区完成规上工业总产值…、增加值…)
                shared = form.follows.search(ftext, matches[k - 1].start() if k else sent.start, m.start())
                if not shared:
                    unshared.append(m)
                    continue
                at = shared.start()
            clause_start = max(ftext.rfind(c, sent.start, at) for c in "，,；;：:。") + 1
            if k:  # the subject test reads only past the previous indicator (城镇居民…收入和农民人均纯收入)
                clause_start = max(clause_start, min(matches[k - 1].end(), at))
            if _SUBJECT.search(_HARMLESS.sub("", ftext[max(clause_start, sent.start):at])):
                continue
            # 累计引进外资716.5亿美元: a multi-year total; the cue covers the names listed after its clauses
            # (累计接待游客3.5亿人次，旅游收入3328.8亿元), not a rate or a level per head (累计新增城镇就业…，城镇登记
            # 失业率控制在4%; …，城乡居民人均可支配收入分别达到…), nor past a semicolon
            if re.search(r"累计|年均", ftext[max(clause_start, sent.start):at]) or cumulative is not None \
                    and _LISTED_AFTER.fullmatch(ftext, cumulative, at) and ftext[cumulative - 1] not in "；;" \
                    and form.measure != "rate" and not _PER_HEAD.search(m.group()):
                cumulative = _scope(ftext, m.end(), limit)
                continue
            if _SUB_YEAR.search(ftext, max(clause_start, sent.start), at):
                continue  # 前三季度地区生产总值增长8.03%: a figure of part of the year
            hits.append(_Hit(form.code, m.start(), m.end(), _scope(ftext, m.end(), limit), form.measure, form.series))
        # 地方财政收入增长2.7%，其中一般公共财政预算收入增长8.2%: a budget revenue after 其中 is the local general
        # budget revenue, the one before it a wider total (with funds outside the budget or the central share)
        hits = [h for h, n in zip(hits, hits[1:] + [None]) if not (
            n and h.code == n.code in _OWN_PART and _PART_OF.search(ftext, h.end, n.start))]
        # an actual compared with the year before its own (2016年…比2015年增长8%) is the year's growth; a target's
        # named base year is mostly a five-year plan's (2006年: 单位生产总值能耗比2005年下降20%), so multi-year
        multi = _multi_year(year - 1) if kind == "actual" and year else _MULTI_YEAR
        for h in hits:
            _parse_scope(arabic_figures(ftext[h.end:h.scope_end]), h, multi)
        _distribute(ftext, hits, multi)
        claimed = [m.span() for m in matches if m not in unshared]
        others.extend(_other(doc, meta, sent.start, sent.end, kind, year, multi_year, claimed))
        for h in hits:
            if h.reached and h.reached != year:
                h.value = h.unit = None  # 从2003年的290亿斤增加到2004年的360亿斤: the level of another year
            if multi_year:
                # a multi-year passage states levels at the end of the review year (a rate, an income, a level
                # reached from the first year's: 从54万亿元增加到82.7万亿元); its growth rates and flows are cumulative
                h.growth = h.pp = None
                if not (h.measure == "rate" or "收入" in ftext[h.start:h.end] and h.unit == "元"
                        or h.reached is not None):
                    continue
            if h.value is None and h.growth is None and h.pp is None:
                continue
            for obs in _observations(h, kind, year, doc, meta, sent.start):
                _keep(out, obs, (not multi_year, _filled(obs)))
    for obs in others:  # after the coded ones: a name read twice keeps its best reading, never a coded key
        _keep(out, obs, (True, _filled(obs)))
    for obs in _poverty(doc, meta):
        out.setdefault(obs.key, ((True, 1), obs))
    if not any(k[0] == "GDP" and k[3] == "target" for k in out):
        for obs in _no_target(doc, meta):
            out.setdefault(obs.key, ((True, 0), obs))
    return [o for _, o in out.values()]


def _keep(out: dict[tuple, tuple[tuple[bool, int], Observation]], obs: Observation, rank: tuple[bool, int]) -> None:
    """Of two readings of one key the better ranked is kept, and the other fills its gaps."""
    prev = out.get(obs.key)
    if prev is None or rank > prev[0]:
        if prev is not None:
            _merge(obs, prev[1])
        out[obs.key] = (rank, obs)
    else:
        _merge(prev[1], obs)


_NUMBERED = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}[、.．]|第[一二三四五六七八九十]{1,3}部分|[（(][一二三四五六七八九十]{1,3}[)）])")


def _parent_parts(doc: Document) -> dict[int, Part]:
    """Part of each section (by index; -1 before the first), a numbered section that says nothing taking
    the part of the unnumbered review or plan heading above it (2014年工作目标和主要任务 / 一、着力…)."""
    out: dict[int, Part] = {-1: "other"}
    parent: Part = "other"
    for i, sec in enumerate(doc.sections):
        if sec.level == 1 and sec.part != "other":
            parent = sec.part if sec.part in ("review", "plan") and not _NUMBERED.match(sec.heading) else "other"
        out[i] = sec.part if sec.part != "other" else parent
    return out


# 我们没有提出全年经济增速具体目标 (国务院 2020): the report says it sets none, which is not the same as
# a target the extractor did not find
_NO_TARGET = re.compile(r"(?:没有提出|没有设定|未设定|不设定|不提出|不设)[^。，；]{0,6}"
                        r"(?:经济增速|经济增长|GDP增速|生产总值增长|增长速度)[^。，；]{0,4}目标")


def _no_target(doc: Document, meta: ReportMeta) -> list[Observation]:
    """An explicitly absent GDP growth target of the report's year, with the sentence that says so."""
    for sent in doc.sentences:
        m = _NO_TARGET.search(doc.folded, sent.start, sent.end)
        if m:
            s, e = doc.clean.span(sent.start, sent.end)
            return [Observation(indicator="GDP", surface=m.group(), year=meta.year, kind="target", value=None,
                                unit=None, growth_pct=None, change_pp=None, comparator=None,
                                evidence=Evidence(meta.id, sent.text, s, e, "indicator.no_target"), absent=True)]
    return []


# 减少农村贫困人口20万人以上: the verb may stand before the poor; 125万以上贫困人口脱贫: a bound after the count;
# 扶贫对象 are the registered poor
_POVERTY = re.compile(r"(?:(?:精准)?脱贫|减贫|(?:农村)?贫困人口(?:比上年)?减少|减少(?:农村)?贫困人口)" + _NUM
                      + r"(万人|万|人)(?!次)|"
                      r"(?:解决了?)?" + _NUM + r"(万名|万人|万|名|人)(?:以上|多)?(?:农村)?(?:建档立卡)?"
                      r"(?:贫困人口|贫困群众|扶贫对象|人口)?(?:实现|全部|稳定|顺利)*(?:脱贫|的?温饱)(?!攻坚)")


def _poverty(doc: Document, meta: ReportMeta) -> list[Observation]:
    """People lifted out of poverty: '1.5万名贫困人口实现稳定脱贫', '精准脱贫34075人'."""
    out = []
    ftext = doc.folded
    parents = _parent_parts(doc)
    for sent in doc.sentences:
        stext = ftext[sent.start:sent.end]
        # a topical section under an unnumbered heading of the plan (一、着力保障和改善民生) takes its part
        kind, year = _kind(sent.part, stext, meta)
        if kind is None:
            kind, year = _kind(parents[sent.section], stext, meta)
        if kind is None:
            continue
        for m in _POVERTY.finditer(ftext, sent.start, sent.end):
            seg = ftext[max(max(ftext.rfind(c, sent.start, m.start()) for c in ",;、"), sent.start):m.end()]
            if _MULTI_YEAR.search(seg) or _SUBJECT.search(_HARMLESS.sub("", seg[: seg.find(m.group())])):
                continue
            num, unit = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
            unit = {"万": "万人", "万名": "万人", "名": "人"}.get(unit, unit)
            h = _Hit("POVERTY_ALLEVIATION", m.start(), m.end(), m.end(), value=float(num), unit=unit)
            obs = next(_observations(h, kind, year, doc, meta, sent.start, "indicator.poverty"))
            obs.surface = doc.clean.text[m.start():m.end()]
            out.append(obs)
    return out


_SPLIT = {"URBAN_RURAL_INCOME": ("URBAN_DISPOSABLE_INCOME", "RURAL_DISPOSABLE_INCOME"),
          "THREE_SECTORS": ("PRIMARY_INDUSTRY_VA", "SECONDARY_INDUSTRY_VA", "TERTIARY_INDUSTRY_VA")}


def _kind(part: Part, s: str, meta: ReportMeta) -> tuple[ObservationKind | None, int | None]:
    later = _LATER_YEAR.search(s)
    if later and meta.year and int(later.group(1)) > meta.year:
        return None, None
    if part == "review":
        return "actual", meta.review_year
    if part == "plan":
        return "target", meta.year
    if part == "other":
        if _TARGET_CUE.search(s):
            return "target", meta.year
        if re.search(r"去年|过去一年|上年", s) or (meta.review_year and f"{meta.review_year}年" in s):
            return "actual", meta.review_year
    return None, None


_BACK = re.compile(r"过去的?一年|去年|刚刚过去的")
_AHEAD = re.compile(r"今年|预期目标|主要目标|目标是|要求是")


def _looking_back(before: str) -> bool:
    """Whether the paragraph, up to a sentence of the plan part, last spoke of the past year: a plan
    section that opens on what was done (过去的一年…国内生产总值比上年增长10.2%) states actuals."""
    back = [m.end() for m in _BACK.finditer(before)]
    ahead = [m.end() for m in _AHEAD.finditer(before)]
    return bool(back) and (not ahead or back[-1] > ahead[-1])


_PARA_REVIEW = re.compile(r"^(?:各位代表[!！,，]?)?(?:过去的?一年|刚刚过去的(?:20\d\d|一)年|去年|这一年|预计全年)")


def _para_kind(para: str, meta: ReportMeta) -> tuple[ObservationKind | None, int | None]:
    """A paragraph of an unclassified section that opens on the review year (过去一年，… / 2021年，…)."""
    p = para.lstrip()
    if _PARA_REVIEW.match(p) or _MULTI_YEAR_PASSAGE.match(p) or (
            meta.review_year and re.match(rf"(?:各位代表[!！,，]?)?{meta.review_year}年", p)):
        return "actual", meta.review_year
    return None, None


def _merge(a: Observation, b: Observation) -> None:
    """Level and growth of one indicator in different sentences make one observation: fill a's gaps from b;
    an exact level (达到50.2%) replaces a bound (突破50%)."""
    if b.value is not None and (a.value is None or a.comparator == "以上" and b.comparator is None
                                and a.base_unit == b.base_unit
                                and a.value_base is not None and b.value_base is not None
                                and a.value_base <= b.value_base <= 1.1 * a.value_base):
        a.value, a.unit, a.value_base, a.base_unit = b.value, b.unit, b.value_base, b.base_unit
        if a.growth_pct is None or a.comparator == "以上":
            a.comparator = b.comparator
    if a.growth_pct is None and b.growth_pct is not None:
        a.growth_pct = b.growth_pct
    if a.change_pp is None and b.change_pp is not None:
        a.change_pp = b.change_pp


def _filled(o: Observation) -> int:
    return sum(x is not None for x in (o.value, o.growth_pct, o.change_pp))


def _observations(h: _Hit, kind: ObservationKind, year: int | None, doc: Document, meta: ReportMeta,
                  sent_start: int, rule: str = "indicator.surface") -> Iterator[Observation]:
    text = doc.clean.text
    # evidence: from the prefix (全市…) to the end of the clause
    a = h.start
    pre = _PREFIX.search(fold(text[max(0, a - 2):a]))
    if pre:
        a -= len(pre.group())
    b = h.scope_end
    while b > a and text[b - 1] in "，,；;。 ":
        b -= 1
    s, e = doc.clean.span(a, b)
    ev = Evidence(meta.id, text[a:b], s, e, rule)
    wording = _WORDING.search(text[max(sent_start, a - 6):a])
    codes = _SPLIT.get(h.code, (h.code,))
    scope = fold(text[h.end:h.scope_end])
    # 城乡居民人均可支配收入14061元，增长10.4%: one level for town and country together is the income of all
    # residents (a pair of levels, 分别A元和B元, is split)
    if h.code == "URBAN_RURAL_INCOME" and h.value is not None and h.unit and h.unit.endswith("元") \
            and not re.search(r"\d+(?:\.\d+)?万?元[、和及与]\d", scope):
        codes = ("DISPOSABLE_INCOME",)
    for k, code in enumerate(codes):
        value, unit, growth = h.value, h.unit, h.growth
        if len(codes) > 1:
            # 城乡居民人均可支配收入分别达到A元、B元，增长x%、y%: the k-th number of each list
            # 分别由A元和B元增加到C元和D元: the levels reached
            fromto = re.search(r"(?:由|从)[^；;，,。]{2,40}?(?:增加|提高|增长|上升|扩大)(?:到|至)", scope)
            run = re.search(r"\d+(?:\.\d+)?元(?:[、和及与]\d+(?:\.\d+)?元)+", scope[fromto.end():] if fromto else scope)  # 分别为A元和B元
            values = re.findall(_NUM + "元", run.group()) if run else []
            value = float(values[k]) if k < len(values) else None
            unit = "元" if value is not None else None
            g = re.search(r"(?:增长|上涨|下降)((?:\d+(?:\.\d+)?%?(?:左右|以上)?[、和及与]?)+)", scope)
            growths = re.findall(_NUM, g.group(1)) if g else []
            if h.growth is not None and len(growths) >= len(codes):
                growth = float(growths[k])
        base, factor = UNIT_BASE.get(unit or "", (unit, 1))
        yield Observation(
            indicator=code, surface=text[h.start:h.end], year=year, kind=kind,
            value=value, unit=unit, growth_pct=growth, change_pp=h.pp, comparator=h.comparator,
            evidence=ev, value_base=(round(value * factor, 4) if value is not None else None), base_unit=base,
            wording=wording.group(1) if wording else None,
            growth_pct_high=h.growth_high if len(codes) == 1 else None, measure=h.series,
        )


# ---- OTHER: the city-wide indicators outside the coded list (森林覆盖率达到62%, 专利申请量增长15%) ----
# A clause names an indicator, then gives its figures: a level (verb + number + unit), a growth in %, a
# change in percentage points. Lists pair in order (A、B分别为x、y), a clause without a name of its own
# continues the one before (…3240亿元，增长15.2%), and 占…比重 after a level names its share.

def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(map(re.escape, words))


@dataclass(frozen=True)
class _OtherPatterns:
    figure: re.Pattern  # a level: number and unit (4.6万余件, 3万亿元以上)
    lead: re.Pattern  # words opening a clause before the name
    head: re.Pattern  # the end of an indicator's name
    verb: re.Pattern  # the verb (and 分别/均, 同比…) between the name and its figures
    exclude: re.Pattern
    alone: frozenset[str]
    per: re.Pattern  # 每立方米37微克: a level per unit, the unit before the number (微克/立方米)
    exit: re.Pattern  # 120个贫困村出列, 21个贫困县顺利摘帽: the figure before the name
    placed: re.Pattern  # 帮助4.3万名城镇失业人员实现再就业: persons counted before what they reached
    activity: re.Pattern  # 新增有效灌溉面积: what was done, not a level of the jurisdiction
    added: re.Pattern  # 新增: the word a count of new ones opens on, before the subject whose stock grew
    intensity: re.Pattern  # 单位生产总值能耗: the qualifier per unit of output (group 1) and an intensity's head
    bare_intensity: frozenset[str]  # 水耗, 地耗: an intensity's head alone, listed after the qualified one
    bare: frozenset[str]  # 授权量, 死亡人数: a measure alone, listed after a name that gives its subject
    occurred: re.Pattern  # 发生: the verb of the name before (事故发生起数), no part of the subject it gives
    output: frozenset[str]  # 总产, 存栏: a crop's or a herd's yield alone, after a clause that names the crop or herd
    grown: re.Pattern  # 种植面积, 生产: a word of growing, after the crop or herd it names
    funds: frozenset[str]  # 到位资金: money arrived alone, after a clause that names the drive it came from
    drive: re.Pattern  # 招商引资: a drive for investment, whose money arrived a bare 到位资金 gives
    measure: re.Pattern  # 额, 总额: what a coded form's name may end in without naming another indicator
    per_capita: re.Pattern  # 每千人口: a name opening on it is a ratio to the population, whatever its last word
    pairs: tuple[tuple[str, tuple[str, ...]], ...]  # 存贷款余额 → 存款余额, 贷款余额


@lru_cache(maxsize=1)
def _other_patterns() -> _OtherPatterns:
    """The OTHER rules' patterns, built from lexicons/other_indicators.tsv and the unit table."""
    words = lexicons.other_indicator_words
    units = words_pattern(UNIT_BASE)
    ratios = [u for u in UNIT_BASE if "/" in u]  # 微克/立方米, also written 每立方米37微克
    return _OtherPatterns(
        # 4.6万余件 is 4.6万件 and more; a figure that a noun follows, past its bound too, is a modifier
        # (500万元以上工业企业, 投资120亿元的项目, 实施投资5000万元以上重点项目), not a level
        figure=re.compile(_NUM + r"(万|亿)?(多|余)?(" + units + r")(多|余)?(左右|以上|以内|以下)?+(?![\d.])"
                          r"(?![\u4e00-\u9fff](?<![、和及与以比较同增下上提降减扩缩到至为占分均大]))"),
        lead=re.compile(r"(?:(?:" + _alternation(words("lead")) + r"|20\d\d年|[“\"]))+"),
        head=re.compile(r"(?:" + _alternation(words("head")) + r")[”\"]?$"),
        # 分别 or 均 on either side of 同比 (同比分别下降71.1%、52.2%)
        verb=re.compile(r"(?:的|由|从|(?:同比|比上年|较上年)?(?:分别|均|都|也)?(?:力争|确保|争取|要)?(?:同比|比上年|较上年|比年初|较年初)?(?:"
                        + _alternation(words("verb")) + r")?(?:了)?)$"),
        exclude=re.compile(_alternation(words("exclude"))),
        alone=frozenset(words("alone")),
        per=re.compile(r"每(" + _alternation(tuple(u.split("/")[1] for u in ratios)) + ")" + _NUM
                       + "(" + _alternation(tuple(u.split("/")[0] for u in ratios)) + r")(左右|以上|以内|以下)?"),
        activity=re.compile(r"^(?:" + _alternation(words("added")) + "|(?:" + _alternation(words("worked"))
                            + r")(?!用地)).*(?:" + _alternation(words("stock")) + ")$"),
        added=re.compile(r"^(?:" + _alternation(words("added")) + r")(?=.{2})"),
        exit=re.compile(r"(?<![\d.])(\d+)个((?:贫困)?(?:村|县|旗县|乡镇))(?:" + _alternation(words("manner")) + ")?("
                        + _alternation(words("exit")) + ")"),
        placed=re.compile(r"(?<![\d.])" + _NUM + r"(万)?名([\u4e00-\u9fff]{0,6}?(?:" + _alternation(words("placed")) + "))"),
        intensity=re.compile("(" + _alternation(words("per")) + ")(?:" + _alternation(words("intensity")) + ")"),
        bare_intensity=frozenset(words("intensity")),
        bare=frozenset(words("bare")),
        occurred=re.compile("(?:" + _alternation(words("occurred")) + ")$"),
        output=frozenset(words("output")),
        grown=re.compile(_alternation(words("grown"))),
        funds=frozenset(words("funds")),
        drive=re.compile(words_pattern(words("drive"))),
        measure=re.compile("(?:" + _alternation(words("measure")) + ")$"),
        per_capita=re.compile(words_pattern(words("per_capita"))),
        pairs=lexicons.other_indicator_pairs(),
    )


@dataclass
class _Figure:
    start: int  # offsets in its clause
    end: int
    value: float | None = None
    unit: str | None = None
    growth: float | None = None
    pp: float | None = None
    comparator: str | None = None


@dataclass
class _Item:
    start: int  # sentence offsets of the name
    end: int
    surface: str
    fig: _Figure
    last: int  # sentence offset of the end of its figures (evidence)
    owner: str = ""  # the subject whose figures it gives (规模以上工业 of 规模以上工业实现增加值, 规模以上工业利税)
    coded: bool = False  # a coded indicator's name: it holds its place among the names, no OTHER observation


# the 及 of 及以上/及以下 (地级及以上城市, 二级及以上公路) joins a bound to its level, no two names
_CONNECT = re.compile(r"以及|[、和与]|及(?!以上|以下)")
_RISE = r"(?:增加|提高|提升|上升|下降|降低|减少|扩大|增长|缩小)"
_RISES_TO = re.compile(r"^(?:" + _RISE + r"|增|降)(?:到|至)$")
# 由2016年的282天增加到310天: a named earlier year is where the rise started, and the level reached, with no year of
# its own, is the figures' year
_FROM_YEAR = re.compile(r"由(?:19|20)\d\d年(?:底|末)?的$")
_REACHED = re.compile(_RISE + r"(?:到|至)(?!(?:19|20)\d\d年)\d")
# a clause that names nothing continues the names before it: …增长15.2%, …、达78%
_CONTINUE = re.compile(r"^[、，,]?(?:其中)?(?:分别|均|都|也)?(?:同比|比上年|较上年|比年初|较年初)?(?:达到|达|为|提高到|提升到|提升至|降至)?$")
# the members listed before a name that sums them up (高新技术、金融、物流、文化四大支柱产业, 新能源、新材料等战略性
# 新兴产业): the name is the sum, written from its count (四大) or after 等
_MEMBERS = re.compile(r"^[^占]*、[^、占]*?(?:等|(?=[两二三四五六七八九十]大))(?=[\u4e00-\u9fff]{2})")
# the 等 that closes a list before the words its members share (医药、能源矿产、食品等产业产值分别增长…), not the
# 等 of a word (高等, 中等职业教育)
_CLOSER = re.compile(r"(?<![高中初平同均对])等(?=[\u4e00-\u9fff]{2})")
# 5个重点产业完成增加值, 100个市级重点项目完成投资: the key ones counted are a subset, not the whole (but 24个国考断面
# 优良水体比例 counts every member); so are firms counted (为3200家企业发放…, 50家工业领军企业实现营业收入) and projects
# counted or sized (34个签约项目…实现产值, 30万吨稳定轻烃项目完成投资)
_COUNTED = re.compile(r"\d+(?:个|家|项)[^\d重]{0,3}重点|\d+家|\d[^\d，,、]{0,12}?项目")
# an edition of a fair or a games (第二届…博会交易额, 上届西博会签约项目履约率) names one event's figure, no level of the
# jurisdiction; nor does a term (本届政府任期内…, a total over years); 应届 (graduates of the year) is no edition
_EDITION = re.compile(r"(?:第[\d一二三四五六七八九十百]+|[上本首])届")
# 已完成总投资的61%, 完成年度计划投资的89.5%: a percentage after 的 is a share of the name before it, no level of
# it; only 占 makes the name a share's (民生支出占财政支出的75%)
_SHARE_OF = re.compile(r"[^占]*的$")
_MORE_PCT = re.compile(r"(?:以及|[、和及与])" + _NUM + r"[%％](左右|以上|以内|以下)?")


def _figures(s: str) -> list[_Figure]:
    """Figures of a clause in order: percentage points and growth first (their numbers are no levels),
    then levels in what is left. 分别下降4.5%和4.6%: the bare % listed after a growth are growths too."""
    pat = _other_patterns()
    out: list[_Figure] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return not any(x < b and a < y for x, y in taken)
    for p in _PP.finditer(s):
        v = float(p.group(2))
        out.append(_Figure(p.start(), p.end(), pp=-v if p.group(1) in _NEGATIVE else v))
        taken.append(p.span())
    for g in _GROWTH.finditer(s):
        if not free(*g.span()) or re.match(r"(?:提高|提升|上升|下降|增加)(?:到|至|为)", g.group()):
            continue  # 提高到35.5%: a level reached, not a growth
        sign = -1 if g.group(1) in _NEGATIVE else 1
        out.append(_Figure(g.start(), g.end(), growth=sign * float(g.group(2)), comparator=g.group("cmp")))
        taken.append(g.span())
        end = g.end()
        while (more := _MORE_PCT.match(s, end)) and free(*more.span()):
            out.append(_Figure(more.start(1), more.end(), growth=sign * float(more.group(1)), comparator=more.group(2)))
            taken.append(more.span())
            end = more.end()
    for m in pat.per.finditer(s):
        unit = f"{m.group(3)}/{m.group(1)}"
        if unit in UNIT_BASE and free(*m.span()):
            out.append(_Figure(m.start(), m.end(), value=float(m.group(2)), unit=unit, comparator=m.group(4)))
            taken.append(m.span())
    for m in pat.figure.finditer(s):
        unit = (m.group(2) or "") + m.group(4)
        # 第3年, 前10名: an ordinal; PM2.5, G312: a code's digits
        if free(*m.span()) and unit in UNIT_BASE and not re.match(r"[第前A-Za-z]", s[max(0, m.start() - 1):m.start()]):
            plus = "以上" if m.group(3) or m.group(5) else None  # 4.6万余件, 9亿多人
            out.append(_Figure(m.start(), m.end(), value=float(m.group(1)), unit=unit, comparator=m.group(6) or plus))
    return sorted(out, key=lambda f: f.start)


def _runs(s: str, figs: list[_Figure]) -> list[list[_Figure]]:
    """Figures of one kind joined only by 、和及与 make one run (85%和92%, 增长5%、5%和1%)."""
    runs: list[list[_Figure]] = []
    for f in figs:
        prev = runs[-1][-1] if runs else None
        if prev is not None and (prev.value is None) == (f.value is None) and (prev.pp is None) == (f.pp is None) \
                and _CONNECT.fullmatch(s[prev.end:f.start]):
            runs[-1].append(f)
        else:
            runs.append([f])
    return runs


def _name(s: str, a: int, b: int) -> tuple[int, int] | None:
    """Span of the indicator's name that ``s[a:b]`` ends in: without the leads before it (全市, 力争), the
    verb after it (达到, 分别为), or an earlier item of a list that had its own figure (行政许可42项、下放率)."""
    pat = _other_patterns()
    while a < b and s[a] in "、和及与":
        a += 1
    v = pat.verb.search(s, a, b)
    if v:
        b = v.start()
    comma = s.rfind("、", a, b)
    if comma >= 0 and re.search(r"\d[\u4e00-\u9fff]", s[a:comma]):
        a = comma + 1
    lead = pat.lead.match(s, a, b)
    if lead:
        a = lead.end()
    return (a, b) if b - a >= 2 else None


def _connectors(s: str, a: int, b: int) -> list[re.Match[str]]:
    """The separators of the names listed in ``s[a:b]``: 、 and the conjunctions that are words of their own,
    not the 及 of 普及率 or 及时率 (农村卫生户厕、自来水普及率)."""
    found = list(_CONNECT.finditer(s, a, b))
    if all(m.group() == "、" for m in found):
        return found
    bounds = word_bounds(s, a, b)
    return [m for m in found if m.group() == "、" or m.start() in bounds and m.end() in bounds]


def _names(s: str, a: int, b: int, n: int) -> list[tuple[int, int]]:
    """The ``n`` names listed in ``s[a:b]`` (A、B和C), or none when the list has another length."""
    if n == 1:
        return [(a, b)]
    spans, pos = [], a
    for m in _connectors(s, a, b):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, b))
    return spans if len(spans) == n and all(y - x >= 2 for x, y in spans) else []


def _listed(s: str, a: int, b: int) -> tuple[int, int] | None:
    """The names that ``s[a:b]`` lists before what it says of them (存、贷款余额|双双实现翻番): up to the end
    of its last indicator head, without the leads."""
    pat = _other_patterns()
    end = next((e for e in range(b, a + 1, -1) if pat.head.search(s, a, e)), None)
    return _name(s, a, end) if end else None


def _named(s: str, text: str, at: int, span: tuple[int, int], run: list[_Figure], base: int, shared: bool,
           coded: list[tuple[int, int]], owner: str = "") -> list[_Item]:
    """Items of the names in ``s[span]`` (sentence text; ``text`` the clean sentence) paired in order with a
    run of figures, or all sharing its one figure (A、B均下降3%; A率、B率分别提高5个百分点). A name without a head of its own takes the
    last name's words past its length (化学需氧量、二氧化硫排放量; 邮政、电信业务总量), and a share the last
    name's 占…比重 (工业投资、民间投资占固定资产投资比重). A head too vague alone takes the ``owner`` whose
    figures the item before gave (规模以上工业实现增加值1450亿元、利税848亿元 → 规模以上工业利税)."""
    pat = _other_patterns()
    a, b = span
    if _MULTI_YEAR.search(s, a, b):
        return []  # a multi-year total, and every name of a list after its cue (五年累计专利申请量和授权量分别达到…)
    for form, heads in pat.pairs:
        # 金融机构存贷款余额分别达2607.1亿元、1580.8亿元: one name per head the form stands for, in order, or all
        # sharing one figure (存贷款余额均突破1万亿元)
        if s.endswith(form, a, b) and len(run) in (1, len(heads)):
            stem = text[a:b - len(form)]
            if pat.exclude.search(stem) or any(x < at + b <= y for x, y in coded):
                return []
            figs = run * len(heads) if len(run) == 1 else run
            return [_Item(a, b, stem + head, replace(f), base + f.end) for head, f in zip(heads, figs)]
    names = _names(s, *span, len(run))
    listed = _names(s, *span, len(_connectors(s, *span)) + 1)
    if len(run) == 1 and len(listed) > 1 and (shared or run[0].value is None and not any(
            pat.head.search(s[a:b]) for a, b in listed[:-1])):
        names = listed  # A、B均下降3%; 二氧化硫、氮氧化物排放量要下降3%: one change of every name
    if not names:
        return []
    made = []
    la, lb = names[-1]
    # A、B、C等产业产值分别增长…: each member with the words after 等 (医药产业产值), the last one too
    closer = _CLOSER.search(s, la, lb) if len(names) > 1 else None
    for k, (a, b) in enumerate(names):
        tail = ""
        if (a, b) != names[-1]:
            share = s.find("占", la, lb)
            if share >= 0 and "占" not in s[a:b]:
                tail = text[share:lb]
            elif closer and not pat.head.search(s[a:b]):
                tail = text[closer.end():lb]
            elif not pat.head.search(s[a:b]):
                # the last name's words past as many characters as this name has, where a word ends there
                # (电信业务总量 → 邮政业务总量) or where both open on the same word (基本养老、基本医疗保险参保人数 →
                # 基本养老保险参保人数), else the word its head is in (二氧化硫排放量 → 化学需氧量排放量,
                # 自来水普及率 → 农村卫生户厕普及率)
                cut, bounds = la + (b - a), word_bounds(s, la, lb)
                # (a first word of one character is a word cut: 规上工业、规上服务业营业收入 is no 规上工业业营业收入)
                shared = b - a > 2 and s[a:a + 2] == s[la:la + 2] \
                    and min((x for x in word_bounds(s, cut, lb) if x > cut), default=lb) - cut >= 2
                if cut < lb and (cut in bounds or shared):
                    tail = text[cut:lb]
                elif head := pat.head.search(s, la, lb):
                    tail = text[max((x for x in bounds if la < x <= head.start()), default=head.start()):lb]
        own_words = text[a:closer.start()] + text[closer.end():b] if closer and (a, b) == names[-1] else text[a:b]
        # an enterprise subject's verb before its head is no part of the name (规模以上工业企业实现利润总额)
        surface = re.sub(r"(?<=企业)实现(?=.{2})", "", own_words + tail)
        if len(names) == 1:
            surface = _MEMBERS.sub("", surface)
        verb = re.match(r"(.{2,}?)(?:实现|完成)", text[a:b])
        own = verb.group(1) if verb else ""
        # 总产, 存栏: the crop or herd named before a word of its growing, not what the item before counted;
        # 到位资金: the drive for investment named before it
        # else the subject the item before gave (规模以上工业企业完成增加值…、产量…), unless that item was itself an
        # output (新增原煤产量…，总产量… is no 原煤产量总产量)
        borrowed = (_grower(s, text, a) if surface in pat.output else "") \
            or (_drive(s, text, a) if surface in pat.funds else "") \
            or (owner if surface in pat.alone and not owner.endswith(tuple(pat.output)) else "")
        if borrowed:
            surface, own = borrowed + surface, borrowed
        f = run[0] if len(run) == 1 else run[k]
        # the name ends in a coded indicator's surface form (规模以上工业增加值), or is a coded form and its measure
        # (外贸进出口额): the coded indicator, which keeps its place in the list and the clauses after it (…，增长23.5%)
        # and gives its subject (规模以上工业实现增加值…、利税…), but is no OTHER one
        if any(x < at + (lb if tail else b) <= y for x, y in coded) or not tail and (
                m := pat.measure.search(s, a, b)) and (at + a, at + m.start()) in coded:
            made.append(_Item(a, b, surface, replace(f), base + f.end, own, coded=True))
            continue
        # a name that borrows the last name's words shares its subject (城镇职工、城乡居民住院费用支付比例)
        subject = surface + (text[la:lb] if tail else "")
        if not (pat.head.search(surface) or pat.per_capita.match(surface)) or surface in pat.alone \
                or pat.exclude.search(subject) or pat.activity.match(surface) or _COUNTED.search(subject) \
                or _EDITION.search(subject):
            continue  # no indicator's name, a part of the jurisdiction, an activity
        made.append(_Item(a, b, surface, replace(f), base + f.end, own))
    return made


# what lies between a name and the next one listed after it: its own verb and figures, then one separator
_NEXT = re.compile(r"[^，,；;、和及与]*[、和及与，,]?")


def _subject(s: str, prev: _Item, it: _Item) -> str:
    """The subject that a bare measure takes from the item just before it, which writes it once on its own
    measure (发明专利申请量20603件、授权量7444件; 事故起数和死亡人数分别下降; 空气质量优良天数315天，优良率86.1%):
    the words before the last word of the name before that shares the measure's first two or its last
    character; nothing when that word ends the measure too (the measure has its own subject)."""
    pat = _other_patterns()
    c, p = it.surface, prev.surface
    if c not in pat.bare or not _NEXT.fullmatch(s, prev.end, it.start):
        return ""
    # where jieba ends a word, or where the measure's own length ends (专利申请量: jieba reads 专利申请|量)
    for cut in sorted(word_bounds(p, 0, len(p)) | {len(p) - len(c)}, reverse=True):
        w = p[cut:]
        if len(w) < 2:
            continue
        if cut < 2 or c.endswith(w):
            return ""
        if w[-1] == c[-1] or w[:2] == c[:2]:
            # 事故发生起数、死亡人数: the deaths are the accidents', not their occurring's
            return pat.occurred.sub("", p[:cut])
    return ""


def _last_cue(cue: re.Pattern, s: str, a: int) -> tuple[int, re.Match[str] | None]:
    """Where the clause group of ``a`` opens (after a ；) and the last match of ``cue`` in it before ``a``."""
    lo = max(s.rfind("；", 0, a), s.rfind(";", 0, a)) + 1
    last = None
    for last in cue.finditer(s, lo, a):
        pass
    return lo, last


def _grower(s: str, text: str, a: int) -> str:
    """The crop or herd whose yield ``s`` names alone at ``a`` (总产, 存栏): the word before the last word of its
    growing earlier in the clause group (粮食播种面积…、总产… → 粮食总产; 推进生猪复产增养，年出栏… → 生猪年出栏);
    nothing when no such word or only a lead word (确保) stands there."""
    pat = _other_patterns()
    lo, cue = _last_cue(pat.grown, s, a)
    # a word of growing must be a word (生产 is none inside 地区生产总值)
    if cue is None or cue.start() == lo or cue.end() not in word_bounds(s, cue.start(), a):
        return ""
    x = max(x for x in word_bounds(s, lo, cue.start()) if x < cue.start())
    word = text[x:cue.start()]
    return word if len(word) >= 2 and not pat.lead.fullmatch(word) else ""


def _drive(s: str, text: str, a: int) -> str:
    """The drive for investment named earlier in the clause group of the money arrived that ``s`` names alone at
    ``a`` (落地招商引资项目1059个，到位资金1008.1亿元 → 招商引资); nothing when none is named there."""
    cue = _last_cue(_other_patterns().drive, s, a)[1]
    return text[cue.start():cue.end()] if cue else ""


def _other(doc: Document, meta: ReportMeta, at: int, end: int, kind: ObservationKind, year: int | None,
           multi_year: bool, coded: list[tuple[int, int]]) -> list[Observation]:
    """OTHER observations of the sentence ``at``…``end`` (clean offsets); ``coded`` are the spans of coded
    indicators' surface forms, in which no OTHER name may end."""
    pat = _other_patterns()
    s, text = doc.folded[at:end], doc.clean.text[at:end]
    items: list[_Item] = []
    prev: list[_Item] = []  # the names of the clause before, which a clause without a name continues
    bare: tuple[int, int] | None = None  # the clause before when it has no figure (A、B和C跃上新台阶)
    for seg in re.finditer(r"[^，,；;：:。！？]+", s):
        if seg.start() and s[seg.start() - 1] in "；;":
            prev, bare = [], None
        if not re.search(r"\d", seg.group()):
            bare = seg.span()
            continue
        listed, bare = bare, None
        base, pos = seg.start(), seg.start()
        pending: list[_Item] = []  # 由A增加到B: names waiting for the level they reached
        in_seg: list[_Item] = []
        for run in _runs(seg.group(), _figures(seg.group())):
            a, b = pos, base + run[0].start
            pos = base + run[-1].end
            pre = s[a:b]
            since = _FROM_YEAR.search(pre) if _REACHED.match(s, pos) else None
            cut = a + since.start() + 1 if since else b  # the name and its 由, without the year the rise started
            if _MULTI_YEAR.search(s[max(a, cut - 8):cut] + s[b:pos]) or multi_year and run[0].value is None:
                pending = []  # 年均增长, 累计: no figure of the year
                continue
            if pending and _RISES_TO.match(pre) and len(run) == len(pending):
                for it, f in zip(pending, run):
                    it.fig.value, it.fig.unit, it.fig.comparator, it.last = f.value, f.unit, f.comparator, base + f.end
                pending = []
                continue
            if listed and a == seg.start() and "分别" in pre and _CONTINUE.match(pre) \
                    and (span := _listed(s, *listed)) and (made := _named(s, text, at, span, run, base, False, coded)):
                # A、B和C跃上新台阶，分别为x、y和z: the names of a clause without figures, in order
                prev = made
                in_seg.extend(made)
                continue
            if _CONTINUE.match(pre) and prev:
                # …分别达到7500亿元、2000亿元、1450亿元，均增长20%: one figure of every name before
                targets = prev if len(run) == len(prev) or re.search(r"[均都]", pre) else \
                    prev[-1:] if len(run) == 1 else []
                for it, f in zip(targets, run if len(run) > 1 else run * len(targets)):
                    # …3240亿元，增长15.2%: the growth of the name before; …提高2个百分点、达78%: its level
                    if f.growth is not None and it.fig.growth is None:
                        it.fig.growth, it.last = f.growth, base + f.end
                    elif f.pp is not None and it.fig.pp is None:
                        it.fig.pp, it.last = f.pp, base + f.end
                    elif f.value is not None and it.fig.value is None:
                        it.fig.value, it.fig.unit, it.fig.comparator, it.last = f.value, f.unit, f.comparator, base + f.end
                continue
            if s.startswith("占", a + (s[a] in "、")):
                # 民生支出392.3亿元，占一般公共预算支出比重为79.9%: the share of the name before, an OTHER one or a
                # coded one (第三产业增加值增长9.1%，占GDP的比重达到33.5%), whichever is nearer; a share
                # without either names nothing (…达到220家、占规模以上工业企业的37.7%)
                span = _name(s, a, cut)
                subjects = [(prev[0].start, prev[0].end)] if len(prev) == 1 and not prev[0].coded else []
                subjects += [(x - at, y - at) for x, y in coded if at <= x and y - at <= a]
                if span and subjects and len(run) == 1 and run[0].unit == "%":
                    x, y = max(subjects)
                    prev = [_Item(x, span[1], text[x:y] + text[span[0]:span[1]], replace(run[0]), base + run[0].end)]
                    in_seg.extend(prev)
                    if re.search(r"(?:由|从)$", s[a:cut]):
                        pending = prev  # 占GDP的比重由9.3%提高到27%: the share reached, not the one it rose from
                continue
            if len(run) == 1 and run[0].unit == "%" and _SHARE_OF.match(s, a, cut):
                continue
            span = _name(s, a, cut)
            # the subject before 实现/完成 of the item just before, listed after its figures (…1450亿元、利税848亿元)
            # or the subject whose new ones the item before counted (新增市场主体8.3万户，总量达43.6万户 → 市场主体总量)
            owner = ""
            if prev and s[prev[-1].last:a] in ("", "，", ","):
                new = pat.added.match(prev[-1].surface)
                owner = prev[-1].owner or (prev[-1].surface[new.end():] if new else "")
            made = _named(s, text, at, span, run, base, bool(re.search(r"[均都]|分别", pre)), coded, owner) if span else []
            if made:
                prev = made
                in_seg.extend(made)
                if re.search(r"(?:由|从)$", s[a:cut]):
                    pending = made
        items.extend(in_seg)
        prev = in_seg or prev
    for m in pat.exit.finditer(s):
        if (m.group(3) != "退出" or "贫困" in m.group(2)) and not _MULTI_YEAR.search(s[max(0, m.start() - 8):m.start()]):
            # the name without the manner (贫困村顺利摘帽 → 贫困村摘帽)
            items.append(_Item(m.start(2), m.end(), text[m.start(2):m.end(2)] + text[m.start(3):m.end()],
                               _Figure(m.start(), m.end(), value=float(m.group(1)), unit="个"), m.end()))
    for m in pat.placed.finditer(s):
        if not _MULTI_YEAR.search(s[max(0, m.start() - 8):m.start()]):
            items.append(_Item(m.start(3), m.end(), text[m.start(3):m.end()],
                               _Figure(m.start(), m.end(), value=float(m.group(1)), unit=(m.group(2) or "") + "人"), m.end()))
    out = []
    for i, it in enumerate(items):
        if it.surface in pat.bare_intensity and (q := list(pat.intensity.finditer(s, 0, it.start))):
            # 单位生产总值能耗、水耗分别下降5.5%、3.3%: the list writes the qualifier once, on its first intensity
            it.surface = text[q[-1].start(1):q[-1].end(1)] + it.surface
        elif i:
            it.surface = _subject(s, items[i - 1], it) + it.surface
        if multi_year:  # a multi-year passage states levels at the end of the review year, its changes are cumulative
            it.fig.growth = it.fig.pp = None
        if _part_of(meta, it.surface):
            continue
        if not it.coded and (it.fig.value is not None or it.fig.growth is not None or it.fig.pp is not None):
            out.append(_other_observation(doc, meta, kind, year, at, it))
    return out


def _part_of(meta: ReportMeta, surface: str) -> bool:
    """A name opening on a division inside the jurisdiction gives a figure of that part, not of the whole
    (南昌、九江空气质量优良率 in the province's report; 西安国际港站吞吐量)."""
    gaz = gazetteer()
    for a, _, name in [*gaz.find(surface), *gaz.find_short(surface)]:
        if a == 0 and name != meta.region and any(d.name == meta.region for d in gaz.chain(name, meta.province)):
            return True
    return False


def _other_observation(doc: Document, meta: ReportMeta, kind: ObservationKind, year: int | None,
                       at: int, it: _Item) -> Observation:
    f = it.fig
    s, e = doc.clean.span(at + it.start, at + it.last)
    ev = Evidence(meta.id, doc.clean.text[at + it.start:at + it.last], s, e, "indicator.other")
    base, factor = UNIT_BASE.get(f.unit or "", (f.unit, 1))
    wording = _WORDING.search(doc.clean.text[max(at, at + it.start - 6):at + it.start])
    return Observation(indicator="OTHER", surface=it.surface, year=year, kind=kind, value=f.value, unit=f.unit,
                       growth_pct=f.growth, change_pp=f.pp, comparator=f.comparator, evidence=ev,
                       value_base=round(f.value * factor, 4) if f.value is not None else None, base_unit=base,
                       wording=wording.group(1) if wording else None)
