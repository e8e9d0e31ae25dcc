"""Organizations: suffix patterns, a gazetteer of well-known bodies, and enumerations ending in 等企业.

Boilerplate bodies every report names (党中央, 国务院, 省委, 市政府, 人大, 政协…) and
generic references (龙头企业, 金融机构) are left out.
"""
from __future__ import annotations

import re

import jieba
import jieba.posseg as pseg

from .. import lexicons
from ..gazetteer import gazetteer
from ..model import Document, Entity, ReportMeta
from ..resolve import entity_id
from .spans import _STOP_CHARS, _STOP_RE, CLAUSE_START, coined, evidence, has_stop_word, left_start, list_items, \
    word_bounds

_BUILTIN = (
    r"股份有限公司|有限责任公司|有限公司|集团公司|分公司|集团|公司|股份|银行|农商行|农商银行|农信社|信用社|商行(?!动)|"
    r"大学|学院|研究院|研究所|科学院|医院|商会|协会|管理委员会|管委会|督察组|军分区|股交中心|股权交易中心|"
    # company names ending in their trade (金源矿业, 西部重工, 平安种业) and named state bodies (三门峡海关)
    r"矿业|乳业|药业|重工|实业|控股|海关|检验检疫局|质检中心|师专|"
    r"[一二三四五六七八九十]{1,3}局|总署|制药厂|纺厂"
)
# more heads (trades, bodies) and the words that may not follow a suffix: kg/lexicons/org_heads.tsv
_HEADS = {w: v for w, v in lexicons.org_heads().items()
          if v[1] in ("proper", "brand", "mark", "name", "facility", "agency")}
# trades end a name only where no other suffix follows (宝石机械有限公司, 省金融控股集团)
_TRADES = ({w for w, v in _HEADS.items() if v[1] in ("proper", "brand", "mark", "facility")}
           | {"矿业", "乳业", "药业", "重工", "实业", "控股", "股份"})
_NOT_BEFORE = {w: v[2] for w, v in lexicons.org_heads().items() if v[2]}
_SUFFIX = re.compile("(?:" + _BUILTIN + "|" + "|".join(sorted(map(re.escape, _HEADS), key=len, reverse=True)) + ")")
# a branch names itself with its parent: 华夏银行赤峰分行, 河南科技大学应用工程学院, 广东省人民医院赣州医院
_BRANCH = re.compile(r"(?:分行|支行|分公司|分院|分校|学院|医院|研究所|研究院)$")
# words that stop a name elsewhere but may stand right before a company's suffix (省民爆投资公司)
_COMPANY_SUFFIX = re.compile(r"公司$|集团$|控股$|基金$")
_INNER = tuple(w for w, v in lexicons.org_heads().items() if v[1] == "inner")
# a hospital or a school named as the thing built (推进翔安医院、五缘医院建设, 市中医院新址建设, 省老年大学等文化
# 基础设施项目, 延边传染病医院投入使用) is a facility of a project, not an organization that acts
_BUILT = re.compile(r"(?:[、和及与][^,，。；;、]{1,16}?(?:院|校|大学|学院|厂))*"
                    r"(?:等[\d一二三四五六七八九十]*[个所家座]?[^,，。；;和与及]{0,10}?(?:项目|工程|设施|机组)|"
                    r"(?:整体)?(?:新址|新院区?|[\u4e00-\u9fff]{0,3}院区|新校区|[一二三四五六七八九十\d]+号)?(?:的)?(?:规划)?"
                    r"(?:建设(?=[,，。；;、]|$|项目|工程|进度|步伐)|迁建|搬迁|建成|投入使用|投用|主体工程|前期|开工|竣工|改扩建|扩建|"
                    r"新址|机组))")
_BUILDING = re.compile(r"(?:建设|建成|开工|新建|扩建|续建)$")  # 开工建设分宜电厂: what is built
_FACILITY = ("medical", "education_research")

# the bodies every report names (the guideline leaves them out); policies use them too (市委…工程 is no name)
BOILERPLATE_BODIES = (r"党中央|中央|国务院|省委|省政府|市委|市政府|县委|县政府|区委|区政府|州委|州政府|人大|政协|常委会|"
                      r"[省市县区州]?人民政府|[省市县区州]?人大常委会|[省市县区州]?政协|[省市县区州]?纪委|[省市县区州]?监委")
_BOILERPLATE = re.compile(r"^(?:" + BOILERPLATE_BODIES + r")$")
# a name made of generic words (kg/lexicons/generic.tsv) and counts is a reference, not a name
_GENERIC = re.compile(r"^(?:" + lexicons.generic("organization") + r"|[一二三四五六七八九十百千\d]+[个家所间座批]?)+$")
# a count makes a reference of a kind: 五大国有投资集团, 两个实验室, 3个以上行业协会
_COUNTED = re.compile(r"(?:^|[^一二三四五六七八九十])[一二两三四五六七八九十百千多几\d]+[大个家所批支类户]")
# 市国资委出资企业集团, 国有企业公司: a kind of company before the suffix makes a reference, not a name (大友企业公司
# is one)
_KIND_END = re.compile(r"(?:企业|单位|机构)$")


def _kind_of_company(core: str) -> bool:
    if not _KIND_END.search(core):
        return False
    before = core[:-2]
    if not before or _GENERIC.match(before):
        return True
    lexicons.jieba_words()
    last = pseg.lcut(before, HMM=False)[-1]
    return last.flag in ("v", "vn")
_FINANCIAL = re.compile(r"银行|农商行|农信社|信用社|商行|担保|证券|保险|基金|股交|交易所|信托|财险|人寿|金融控股|资产管理|"
                        r"股权交易中心")
_EDU = re.compile(r"大学|学院|研究院|研究所|科学院|社科院|交大|师专|师大|医专|学校|职业教育集团|理工$|光机所$")
_OTHER = re.compile(r"(?:协会|商会|联合会|学会|质检中心)$")
_GOV = re.compile(r"局$|委员会$|管委会$|部$|总署$|督察组$|办$|总局$|海关$")
# the kind of the list may be qualified: 等20个科技小巨人企业, 等黄金企业, 等本土龙头企业
_KINDS = [w for w, v in lexicons.org_heads().items() if v[1] == "kind"]
_LIST_END = re.compile(r"等(?:\d+|[一二三四五六七八九十百几多]+)?[家个户]?([\u4e00-\u9fff]{0,6}?)"
                       r"(?:企业|公司|央企|车企|集团|银行|金融机构|高校|院校|科研院所|" + "|".join(_KINDS) + ")")
# 火电、钢铁、水泥等重污染行业企业, 传统百货、连锁超市等商贸流通企业: the items are sectors, not names
_SECTOR_LIST = re.compile(r"^地(?!方)|行业|产业|流通|业态|类")  # 与上海、深圳等地诸多大公司: places


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
    if re.search(r"(?:医院|附院)$", name):  # 西安交大一附院榆林医院: a hospital, whoever runs it
        return "medical"
    if name.endswith("军分区"):
        return "other"
    if re.search(r"[一二三四五六七八九十]局$", name):  # 中建三局, 中铁二十二局: construction companies
        return "enterprise"
    head = next((h for h in sorted(_HEADS, key=len, reverse=True) if name.endswith(h)), None)
    if head:
        return _HEADS[head][0]
    if _FINANCIAL.search(name):
        return "financial"
    if _EDU.search(name):
        return "education_research"
    if _OTHER.search(name):
        return "other"
    if _GOV.search(name):
        return "government"
    return default


def valid_org(name: str, suffix: str) -> bool:
    """A specific name: not boilerplate, not a generic reference, not a local government office."""
    core = name[: len(name) - len(suffix)]
    if core in ("省", "市") and len(suffix) >= 3 and _HEADS.get(suffix, ("", "name"))[1] == "name":
        # 省股权交易中心, 省股交中心, 市农科院: a province's or city's own body (省实验室 is a rank)
        return True
    if len(name) < len(suffix) + 2 or len(name) > 25 or _BOILERPLATE.match(name):
        return False
    if not core or _GENERIC.match(core):
        return False
    if re.match(r"^[省市县区州]", name) and suffix.endswith(("局", "委员会", "办")) and suffix not in _HEADS:
        return False
    if re.search(r"[\d%]", core[:1]) or _COUNTED.search(core) or _kind_of_company(core):
        return False
    rule = _HEADS.get(suffix, (None, "name"))[1]
    inner = _SUFFIX.findall(core[-5:])
    if rule in ("proper", "brand", "mark", "facility") and inner and core.endswith(inner[-1]):
        return False  # 乌江实验室科技, 华润集团煤业: a trade after a body's name is no company's name
    if rule == "agency":  # 市教育局, 省财政厅: a level and a field; 布局, 格局 are words, 县级行政审批局 a kind
        level = re.match(r"^(?:省|市|自治区|州|国家)", core)
        return bool(level) and len(core) - level.end() >= 2 and not _GENERIC.match(core[level.end():])
    if rule in ("proper", "facility"):
        return _proper(core)
    if rule in ("brand", "mark"):
        return _brand(core, strict=rule == "mark") and (rule == "brand" or not _common_verb(core))
    return True


_PROPER_TAGS = {"ns", "nz", "nr", "nrt", "nrfg", "nt"}


def _proper(phrase: str, strict: bool = False) -> bool:
    """has_proper_name, but the short alias of a division (which may be a common word too: 合作, 东方, 和平) counts
    only where it opens the phrase, as a place does in a name (平安种业, 紫金铜业 — not 互助合作)."""
    if any(gazetteer().find(phrase)) or any(a == 0 for a, _, _ in gazetteer().find_short(phrase)):
        return True
    lexicons.jieba_words()
    words = pseg.lcut(phrase, HMM=False)
    tags = _PROPER_TAGS - {"ns"} if strict else _PROPER_TAGS  # 海洋科技, 山区科技: a place word is no mark
    return any(w.flag in tags or w.word in lexicons.organizations() for w in words) or \
        (_coined_name(words) if strict else coined(phrase))


_NOT_NAME_TAGS = ("v", "p", "d", "c", "u", "r", "m", "q", "f")


def _common_verb(core: str) -> bool:
    """Does ``core`` hold a common verb or adjective (周密组织, 建强基层组织, 侦办黑社会性质组织)?"""
    lexicons.jieba_words()
    return any(w.flag[:1] in ("v", "a", "d") and jieba.dt.FREQ.get(w.word, 0) >= 200 and len(w.word) > 1
               for w in pseg.lcut(core, HMM=False))


def _coined_name(words: list) -> bool:
    """Two single characters in a row that jieba knows as no word, none a verb, adverb or function word: 孚能,
    汇森 — not 让懂, 投硬."""
    singles = 0
    for w in words:
        ok = len(w.word) == 1 and not w.flag.startswith(_NOT_NAME_TAGS)
        singles = singles + 1 if ok else 0
        if singles >= 2:
            return True
    return False


_SET_UP = re.compile(r"(?:成立|组建|设立|新设)$")


def _set_up(text: str, a: int, floor: int, name: str, suffix: str) -> bool:
    """A department the text sets up is named without its level: 组建大数据局, 成立科技成果转化局."""
    core = name[: len(name) - len(suffix)]
    return (_HEADS.get(suffix, ("", ""))[1] == "agency" and len(core) >= 2 and not _GENERIC.match(core)
            and not re.search(r"[\d%]", core) and bool(_SET_UP.search(text, max(floor, a - 2), a)))


def _brand(core: str, strict: bool = False) -> bool:
    """Does ``core`` carry a proper name that is not only a place (孚能, 锦星, 汇森 — not 量子, 赣南, 智能)?"""
    rest = core
    for a, b, _ in list(gazetteer().find(core)) + list(gazetteer().find_short(core)):
        rest = rest.replace(core[a:b], "")
    return len(rest) >= 2 and not _GENERIC.match(rest) and _proper(rest, strict)


def _name_start(text: str, start: int, floor: int, suffix: str) -> int:
    """Where the name ending in ``suffix`` at ``start`` begins: back to the last stop word, or over a word that
    may stand inside a company's name right before its suffix (省民爆投资公司, 水务发展集团)."""
    a = _strip_lead(text, _org_left(text, start, floor), start, suffix)
    # 省级法人银行江西银行: a kind before the name in apposition is none of it
    for k in list(_SUFFIX.finditer(text, a, start))[::-1]:
        if k.end() - a > len(k.group()) and _GENERIC.match(text[a:k.start()]) and start - k.end() >= 2:
            a = k.end()
            break
    while a > floor and _COMPANY_SUFFIX.search(suffix) and not valid_org(text[a:start] + suffix, suffix):
        inner = next((w for w in _INNER if text.startswith(w, a - len(w))), None)
        if inner is None:
            break
        b = left_start(text, a - len(inner), floor)
        if b >= a - len(inner) or _GENERIC.match(text[b:a - len(inner)]):
            break  # nothing named before the inner word either (国有资产运营公司 is a kind)
        a = b
    return a


# what may come before a name but is none of it: verbs, adverbs, counts, localisers (做大做强锦星文化, 开办赣南
# 科技学院, 新设中科院海西研究院, 保证现有矿业, 上村镇银行): jieba's tags
_LEAD_TAGS = {"v", "vd", "a", "ad", "d", "f", "p", "c", "uv", "ul", "uj", "b", "m"}


def _strip_lead(text: str, a: int, start: int, suffix: str = "") -> int:
    """Move the start ``a`` of a name over leading words that name nothing; never into the suffix."""
    phrase = text[a:start]
    if len(phrase) < 2:
        return a
    lexicons.jieba_words()
    pos = a
    for w in pseg.lcut(phrase, HMM=False):
        if w.flag not in _LEAD_TAGS or len(w.word) < 2 or jieba.dt.FREQ.get(w.word, 0) < 200 \
                or w.word in lexicons.organizations() or pos + len(w.word) > start - 2 \
                or gazetteer().get(w.word) is not None:  # 大连 is tagged an adverb
            break  # a rare word tagged a verb is a name's own (攀钢, 分宜): only common ones are stripped
        pos += len(w.word)
    return pos


def _org_left(text: str, end: int, floor: int) -> int:
    """left_start, but a stop word that begins a longer word does not stop a name: 联合 in 联合国粮农组织, 同 in
    同济大学, 服务 in 迎江现代服务业研究院 (jieba puts no boundary at its end)."""
    a = left_start(text, end, floor)
    p = end
    while p > floor and end - p < 20 and text[p - 1] not in _STOP_CHARS:
        p -= 1
    if a <= p:
        return a
    bounds = None
    while a > p:
        stop = next((m for m in _STOP_RE.finditer(text, max(p, a - 4), a) if m.end() == a), None)
        if stop is None:
            break
        bounds = bounds if bounds is not None else word_bounds(text, p, end)
        if stop.end() in bounds:  # only a word that runs on into the name (联合|国, 同|济) is part of it
            break
        a = left_start(text, stop.start(), p)
    return a


def _continues(text: str, m: re.Match, e: int) -> bool:
    """Is the suffix ``m`` part of a longer name: a trade before another suffix, or a parent body before its
    branch, in one run of name characters (宝石机械有限公司, 华夏银行赤峰分行, 中科院海西研究院稀土研究所)?"""
    for n in _SUFFIX.finditer(text, m.end(), min(e, m.end() + 12)):
        gap = text[m.end():n.start()]
        if re.search(r"[^\u4e00-\u9fff（）()]", gap) or has_stop_word(gap):
            return False
        if m.group() in _TRADES or _BRANCH.search(n.group()) and m.group() != "学院":
            return True
    return False


def _forbidden_next(text: str, m: re.Match) -> bool:
    """Is the suffix a modifier here (集团化, 股份制, 大学生, 银行业): kg/lexicons/org_heads.tsv? A trade must
    also be a word of its own (化工 is none in 亮化工程)."""
    if any(text.startswith(w, m.end()) for w in _NOT_BEFORE.get(m.group(), ())):
        return True
    if _HEADS.get(m.group(), ("", ""))[1] == "agency":
        # 教育局, 财政厅 are words of three, 会议展览|局 a word of its own; 布局, 大厅, 经济布局, 统揽全局 are no names
        lo = max(0, m.start() - 6)
        pos = lo
        for w in jieba.cut(text[lo:m.end() + 2], HMM=False):
            if pos <= m.start() < pos + len(w):
                return not (w == m.group() or len(w) == 3 and w.endswith(m.group()))
            pos += len(w)
        return False
    if m.group() in _HEADS and _HEADS[m.group()][0] == "enterprise":
        lo = max(0, m.start() - 6)
        bounds = word_bounds(text, lo, min(len(text), m.end() + 4))
        return m.start() not in bounds or m.end() not in bounds
    return False


def _suffix_names(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Spans of the names in ``text[s:e]`` that end in an organization suffix (上海交大教育集团)."""
    out = []
    for m in _SUFFIX.finditer(text, s, e):
        if _forbidden_next(text, m) or _continues(text, m, e):
            continue
        a = _name_start(text, m.start(), s, m.group())
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

    def add(name: str, typ: str, sent, a: int, b: int, canonical: str | None = None, rule: str = "") -> None:
        canon = canonical or name
        aliases = [name] if canonical and canonical != name else []
        out.append(Entity(entity_id("Organization", canon), "Organization", canon, aliases,
                          {"type": typ}, [evidence(doc, sent, meta.id, a, b, f"organization.{rule}")]))

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
            add(name if a < m.start() else canon, typ, sent, a, m.end(), None if a < m.start() else canon, rule="lexicon")
            if a == m.start() and form != canon:
                out[-1].aliases = [form]
            taken.append((a, m.end()))
        for m in _SUFFIX.finditer(text, s, e):
            if any(a <= m.start() < b for a, b in taken) or _forbidden_next(text, m) or _continues(text, m, e):
                continue
            a = _name_start(text, m.start(), s, m.group())
            name = doc.clean.text[a:m.end()]
            if valid_org(name, m.group()) or _set_up(text, a, s, name, m.group()):
                typ = org_type(name)
                facility = _HEADS.get(m.group(), ("", ""))[1] == "facility"
                if (typ in _FACILITY or facility) and _BUILT.match(text, m.end(), e) \
                        or facility and _BUILDING.search(text, max(s, a - 4), a):
                    continue
                add(name, typ, sent, a, m.end(), rule="suffix")
                taken.append((a, m.end()))
        # 与一汽、东风、北汽等企业对接: the items of such a list are organizations
        for m in _LIST_END.finditer(text, s, e):
            if _SECTOR_LIST.search(m.group(1)):
                continue
            seg_start = max([text.rfind(c, s, m.start()) for c in ",;:。"] + [s - 1]) + 1
            items = [_lead_stripped(doc.clean.text, text, i0, i1)
                     for i0, i1 in list_items(doc.clean.text, text, seg_start, m.start())]
            # the items name companies when most carry a proper name (小米科技、科大讯飞等) or are counted
            # (新松机器人等5家企业): not 蔗糖、饲料等企业
            named = sum(_listed_name(doc.clean.text[i0:i1]) or (i0, i1) in taken
                        or bool(_SUFFIX.search(doc.clean.text[i1 - 4:i1])) for i0, i1 in items)
            if not re.match(r"等\d+[家户个]", m.group()) and 2 * named < len(items):
                continue
            for i0, i1 in items:
                item = doc.clean.text[i0:i1]
                if not any(x <= i0 < y for x, y in taken) and _named_item(item) and not _place(item):
                    add(item, org_type(item), sent, i0, i1, rule="list")
                    taken.append((i0, i1))
        # 抓好江铜、新钢、省盐业集团等改革试点: the other items of a list that names an organization name
        # organizations too, where they carry a proper name
        companies = [(x, y) for x, y in taken if org_type(doc.clean.text[x:y]) in ("enterprise", "financial")]
        for i0, i1 in _siblings(doc.clean.text, text, s, e, companies):
            if not any(x <= i0 < y or i0 <= x < i1 for x, y in taken):
                item = doc.clean.text[i0:i1]
                add(item, org_type(item), sent, i0, i1, rule="sibling")
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
                            add(item, org_type(item), sent, i0, i1, rule="event")
                            taken.append((i0, i1))
    return out


def _named_item(item: str) -> bool:
    """A list item names an organization: short, not generic, not a body every report names, no count."""
    return (2 <= len(item) <= 10 and not _GENERIC.match(item) and not _SUFFIX.fullmatch(item)
            and not _BOILERPLATE.match(item) and not re.search(r"\d|[省市县区]$|企业|单位|部门|机构|行业|产业", item))


# a list of projects or sectors, not of bodies: 华德力电气、丰诚水泥等项目
_NOT_BODIES = re.compile(r"等[^,，。；;]{0,8}?(?:项目|工程|产业|行业|领域|基地|园区|产品|品牌|设施)")
# items that are projects or facilities: 集友股份烟标生产线, 金张科技功能膜工业园, 中医院综合楼
_FACILITY_ITEM = re.compile(r"项目|工程|生产线|产业园|工业园|园区|综合楼|基地|中心|电池|装置|机组|二期|一期")


def _siblings(raw: str, text: str, s: int, e: int, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of the unnamed items of the 、-lists in ``text[s:e]`` that hold a found organization."""
    out = []
    for clause in re.finditer(r"[^,，。；;:：！？!?]+", text[s:e]):
        c0, c1 = s + clause.start(), s + clause.end()
        if "、" not in text[c0:c1] or not any(c0 <= a and b <= c1 for a, b in found):
            continue
        etc = re.search(r"等", text[c0:c1])
        if etc and _NOT_BODIES.match(text, c0 + etc.start()):
            continue
        end = c0 + etc.start() if etc else c1
        pieces = [(c0 + p.start(), c0 + p.end()) for p in re.finditer(r"[^、]+", text[c0:end])]
        spans = []
        for k, (p0, p1) in enumerate(pieces):
            if k == len(pieces) - 1 and not etc:
                p1 = _name_end(text, p0, p1)  # 亚泰龙鑫研发中药饮片 → 亚泰龙鑫
            if k == 0:
                p0 = _strip_lead(text, left_start(text, p1, p0), p1 + 2)
            spans.append((p0, p1))
        if not any(sp in found for sp in spans) or any(_FACILITY_ITEM.search(text, p0, p1) for p0, p1 in spans):
            continue
        for p0, p1 in spans:
            item = raw[p0:p1]
            if (p0, p1) not in found and 2 <= len(item) <= 8 and _named_item(item) and _brand(item) \
                    and _strip_lead(text, p0, p1 + 2) == p0:
                out.append((p0, p1))
    return out


def _name_end(text: str, a: int, b: int) -> int:
    """Where a list's last item ends when the predicate follows it at once: before the first common verb."""
    lexicons.jieba_words()
    pos = a
    for w in pseg.lcut(text[a:b], HMM=False):
        if pos > a and w.flag.startswith("v") and jieba.dt.FREQ.get(w.word, 0) >= 200:
            return pos
        pos += len(w.word)
    return b


def _lead_stripped(raw: str, text: str, i0: int, i1: int) -> tuple[int, int]:
    """A list item without leading words that name nothing (做大做强锦星文化 → 锦星文化), where what is left is
    still a name (联想移动 stays whole)."""
    a = _strip_lead(text, i0, i1 + 2)
    return (a, i1) if a == i0 or _listed_name(raw[a:i1]) else (i0, i1)


def _place(item: str) -> bool:
    """Is ``item`` a place name alone (上海, 珠海市)?"""
    return any(a == 0 and b == len(item) for f in (gazetteer().find, gazetteer().find_short) for a, b, _ in f(item))


def _listed_name(item: str) -> bool:
    """A list item before 等企业 that carries a proper name, not a place alone: 一汽, 京东, 阿里巴巴 — not 蔗糖,
    饲料, 数字经济 (sectors) or 上海 (a place)."""
    return not _place(item) and _proper(item)
