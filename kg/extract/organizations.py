"""Organizations: suffix patterns, a gazetteer of well-known bodies, and enumerations ending in 等企业.

Boilerplate bodies every report names (党中央, 国务院, 省委, 市政府, 人大, 政协…) and
generic references (龙头企业, 金融机构) are left out.
"""
from __future__ import annotations

import re

from .. import lexicons
from ..gazetteer import gazetteer
from ..model import Document, Entity, ReportMeta
from ..resolve import entity_id
from .spans import CLAUSE_START, evidence, left_start, list_items, word_bounds

_SUFFIX = re.compile(
    r"(?:股份有限公司|有限责任公司|有限公司|集团公司|分公司|集团|公司|股份|银行|农商行|农商银行|农信社|信用社|商行(?!动)|"
    r"大学|学院|研究院|研究所|科学院|医院|商会|协会|管理委员会|管委会|督察组|军分区|股交中心|股权交易中心|"
    # company names ending in their trade (金源矿业, 西部重工, 平安种业) and named state bodies (三门峡海关)
    r"矿业|乳业|药业|重工|实业|控股|海关|检验检疫局|质检中心|师专|"
    r"[一二三四五六七八九十]{1,3}局|总署|制药厂|纺厂)"
)
# the bodies every report names (the guideline leaves them out); policies use them too (市委…工程 is no name)
BOILERPLATE_BODIES = (r"党中央|中央|国务院|省委|省政府|市委|市政府|县委|县政府|区委|区政府|州委|州政府|人大|政协|常委会|"
                      r"[省市县区州]?人民政府|[省市县区州]?人大常委会|[省市县区州]?政协|[省市县区州]?纪委|[省市县区州]?监委")
_BOILERPLATE = re.compile(r"^(?:" + BOILERPLATE_BODIES + r")$")
# a name made of generic words (kg/lexicons/generic.tsv) and counts is a reference, not a name
_GENERIC = re.compile(r"^(?:" + lexicons.generic("organization") + r"|[一二三四五六七八九十百千\d]+[个家所]?)+$")
_FINANCIAL = re.compile(r"银行|农商行|农信社|信用社|商行|担保|证券|保险|基金|股交|交易所|信托")
_EDU = re.compile(r"大学|学院|研究院|研究所|科学院|社科院|交大")
_GOV = re.compile(r"局$|委员会$|管委会$|部$|总署$|督察组$|办$|总局$")
# the kind of the list may be qualified: 等20个科技小巨人企业, 等黄金企业, 等本土龙头企业
_LIST_END = re.compile(r"等(?:\d+|[一二三四五六七八九十百几多]+)?[家个户]?([\u4e00-\u9fff]{0,6}?)"
                       r"(?:企业|公司|央企|车企|集团|银行|金融机构|高校|院校|科研院所)")
# 火电、钢铁、水泥等重污染行业企业, 传统百货、连锁超市等商贸流通企业: the items are sectors, not names
_SECTOR_LIST = re.compile(r"行业|产业|流通|业态|类")


_NAMES = r"[^，,。；;：:“”\s]{2,40}?"
_EVENTS = [
    # without 成功, 收购 is a company's deed only with a named target (夏粮收购逆市增长 is grain buying)
    re.compile(CLAUSE_START + r"(?P<a>[\u4e00-\u9fff]{2,10}?)(?:成功(?:收购|并购|兼并)(?!招商|重组|贷款|基金|等)"
               r"(?:(?P<b>[\u4e00-\u9fff]{2,8}?)(?=[，,。；;]|股权|股份|$))?|(?:收购|并购|兼并)(?!招商|重组|贷款|基金|等)"
               r"(?P<b2>[\u4e00-\u9fff]{2,8}?)(?=[，,。；;]|股权|股份|$))"),
    re.compile(CLAUSE_START + r"(?P<a>" + _NAMES + r")与(?P<b>[\u4e00-\u9fff]{2,10}?)(?:成功)?(?:整合|合并|重组)"),
    re.compile(r"完成(?P<a>" + _NAMES + r")(?:破产重整|破产重组|兼并重组)"),
    re.compile(CLAUSE_START + r"(?P<a>" + _NAMES + r")在[“\"]?(?:新三板|主板|创业板|科创板|中小板|[^，。；]{0,6}交易所)"
               r"[”\"]?(?:正式|成功)?(?:挂牌|上市)"),
    re.compile(CLAUSE_START + r"(?P<a>" + _NAMES + r")(?:成为|入选|跻身)[^，,。；;]{0,14}?(?:企业|公司)(?![\u4e00-\u9fff])"),
]


def org_type(name: str, default: str = "enterprise") -> str:
    if _FINANCIAL.search(name):
        return "financial"
    if _EDU.search(name):
        return "education_research"
    if name.endswith("医院"):
        return "medical"
    if name.endswith("军分区"):
        return "other"
    if _GOV.search(name):
        return "government"
    return default


def valid_org(name: str, suffix: str) -> bool:
    """A specific name: not boilerplate, not a generic reference, not a local government office."""
    if len(name) < len(suffix) + 2 or len(name) > 25 or _BOILERPLATE.match(name):
        return False
    core = name[: len(name) - len(suffix)]
    if not core or _GENERIC.match(core):
        return False
    if re.match(r"^[省市县区州]", name) and suffix.endswith(("局", "委员会", "办")):
        return False
    return not re.search(r"[\d%]", core[:1])


def _suffix_names(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Spans of the names in ``text[s:e]`` that end in an organization suffix (上海交大教育集团)."""
    out = []
    for m in _SUFFIX.finditer(text, s, e):
        a = left_start(text, m.start(), s)
        if valid_org(text[a:m.end()], m.group()):
            out.append((a, m.end()))
    return out


def _lexicon_re() -> re.Pattern:
    forms = sorted(lexicons.organizations(), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, forms)))


_LEX = None


def extract_organizations(doc: Document, meta: ReportMeta) -> list[Entity]:
    """Organization entities with their mentions."""
    global _LEX
    if _LEX is None:
        _LEX = _lexicon_re()
    text = doc.folded
    out: list[Entity] = []

    def add(name: str, typ: str, sent, a: int, b: int, canonical: str | None = None) -> None:
        canon = canonical or name
        aliases = [name] if canonical and canonical != name else []
        out.append(Entity(entity_id("Organization", canon), "Organization", canon, aliases,
                          {"type": typ}, [evidence(doc, sent, meta.id, a, b)]))

    gaz = gazetteer()
    for sent in doc.sentences:
        s, e = sent.start, sent.end
        taken: list[tuple[int, int]] = []
        hits = list(_LEX.finditer(text, s, e))
        longer = _suffix_names(text, s, e) if hits else []
        bounds = None
        for m in hits:
            form = m.group()
            # 上海交大 inside 上海交大教育集团 names another body
            if any(a <= m.start() and m.end() <= b and b - a > len(form) for a, b in longer):
                continue
            if len(form) <= 3:  # a short form counts only as a whole word: 被住建部作为…, not 发改委员会
                bounds = bounds if bounds is not None else word_bounds(text, s, e)
                if m.start() not in bounds or m.end() not in bounds:
                    continue
            canon, typ = lexicons.organizations()[form]
            # a mention names what the text says (省农发行 stays a provincial branch)
            a = m.start() - 1 if m.start() > s and text[m.start() - 1] in "省市" else m.start()
            name = doc.clean.text[a:m.end()]
            add(name if a < m.start() else canon, typ, sent, a, m.end(), None if a < m.start() else canon)
            if a == m.start() and form != canon:
                out[-1].aliases = [form]
            taken.append((a, m.end()))
        for m in _SUFFIX.finditer(text, s, e):
            if any(a <= m.start() < b for a, b in taken):
                continue
            a = left_start(text, m.start(), s)
            name = doc.clean.text[a:m.end()]
            if valid_org(name, m.group()):
                add(name, org_type(name), sent, a, m.end())
                taken.append((a, m.end()))
        # 与一汽、东风、北汽等企业对接: the items of such a list are organizations
        for m in _LIST_END.finditer(text, s, e):
            if _SECTOR_LIST.search(m.group(1)):
                continue
            seg_start = max([text.rfind(c, s, m.start()) for c in ",;:。"] + [s - 1]) + 1
            for i0, i1 in list_items(doc.clean.text, text, seg_start, m.start()):
                item = doc.clean.text[i0:i1]
                if not any(x <= i0 < y for x, y in taken) and _named_item(item):
                    add(item, org_type(item), sent, i0, i1)
                    taken.append((i0, i1))
        # companies named by what happens to them: 甲成功收购乙, 甲与乙成功整合, 完成甲、乙破产重整,
        # 甲在“新三板”挂牌, 甲、乙成为全省首批创新龙头企业
        for rx in _EVENTS:
            for m in rx.finditer(text, s, e):
                for g in ("a", "b", "b2"):
                    if m.groupdict().get(g) is None:
                        continue
                    for i0, i1 in list_items(doc.clean.text, text, m.start(g), m.end(g), max_len=10):
                        item = doc.clean.text[i0:i1]
                        if not any(x <= i0 < y for x, y in taken) and _named_item(item) \
                                and not any(gaz.find(item)) and not any(gaz.find_short(item)):
                            add(item, org_type(item), sent, i0, i1)
                            taken.append((i0, i1))
    return out


def _named_item(item: str) -> bool:
    """A list item names an organization: short, not generic, not a body every report names, no count."""
    return (2 <= len(item) <= 10 and not _GENERIC.match(item) and not _SUFFIX.fullmatch(item)
            and not _BOILERPLATE.match(item) and not re.search(r"\d|[省市县区]$|企业|单位|部门|机构|行业|产业", item))
