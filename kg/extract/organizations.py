"""Organizations: suffix patterns, a gazetteer of well-known bodies, and enumerations ending in 等企业.

Boilerplate bodies every report names (党中央, 国务院, 省委, 市政府, 人大, 政协…) and
generic references (龙头企业, 金融机构) are left out.
"""
from __future__ import annotations

import re

import jieba

from .. import lexicons
from ..gazetteer import gazetteer
from ..model import Document, Entity, ReportMeta
from ..resolve import entity_id
from ..text import scanner, words_pattern
from .spans import _STOP_CHARS, _STOP_RE, CLAUSE_START, LIST_ETC, coined, evidence, has_stop_word, left_start, list_items, \
    tagged, word_bounds

_BUILTIN = (
    r"股份有限公司|有限责任公司|有限公司|集团公司|分公司|集团|公司|股份|银行|农商行|农商银行|农信社|信用社|商行(?!动)|"
    r"大学|学院|研究院|研究所|科学院|医院|商会|协会|管理委员会|管委会|督察组|军分区|股交中心|股权交易中心|"
    # company names ending in their trade (金源矿业, 西部重工, 平安种业) and named state bodies (三门峡海关)
    r"矿业|乳业|药业|重工|实业|控股|海关|检验检疫局|质检中心|师专|"
    # a division of the production and construction corps (兵团第十三师) is named by its number
    r"[一二三四五六七八九十]{1,3}局|第[一二三四五六七八九十]{1,3}师|总署|制药厂|纺厂"
)
# more heads (trades, bodies) and the words that may not follow a suffix: kg/lexicons/org_heads.tsv
_HEADS = {w: v for w, v in lexicons.org_heads().items()
          if v[1] in ("proper", "brand", "mark", "name", "facility", "agency", "fund", "team")}
# trades end a name only where no other suffix follows (宝石机械有限公司, 省金融控股集团)
_TRADES = ({w for w, v in _HEADS.items() if v[1] in ("proper", "brand", "mark", "facility")}
           | {"矿业", "乳业", "药业", "重工", "实业", "控股", "股份"})
_NOT_BEFORE = {w: v[2] for w, v in lexicons.org_heads().items() if v[2]}
_SUFFIX = scanner("(?:" + _BUILTIN + "|" + words_pattern(_HEADS) + ")")
# a branch names itself with its parent: 华夏银行赤峰分行, 河南科技大学应用工程学院, 广东省人民医院赣州医院
_BRANCH = re.compile(r"(?:分行|支行|分公司|分院|分校|学院|医院|研究所|研究院)$")
# words that stop a name elsewhere but may stand right before a company's suffix (省民爆投资公司)
_COMPANY_SUFFIX = re.compile(r"公司$|集团$|控股$|基金$")
_RESEARCH = re.compile(r"(?:研究院|研究中心|研究所)$")
_FIELD_HEAD = re.compile(r"(?:研究院|研究中心|研究所|实验室|创新中心)$")
_INNER = tuple(w for w, v in lexicons.org_heads().items() if v[1] == "inner")
# a hospital or a school named as the thing built (推进翔安医院、五缘医院建设, 市中医院新址建设, 省老年大学等文化
# 基础设施项目, 延边传染病医院投入使用) is a facility of a project, not an organization that acts
_FACILITY_HEAD = r"(?:院|校|大学|学院|厂|站|中心)"
_BUILT = re.compile(r"(?:[、和及与][^,，。；;、]{1,16}?" + _FACILITY_HEAD + ")*"
                    r"(?:(?:[、和及与][^,，。；;、等]{1,10})*等[\d一二三四五六七八九十]*[个所家座]?[^,，。；;和与及]{0,10}?"
                    r"(?:项目|工程|设施|机组|" + _FACILITY_HEAD
                    + r"(?=(?:建设|建成|投入使用|投用|开工|竣工|改扩建|扩建|迁建)(?:[,，。；;、]|$)))|"
                    r"[\u4e00-\u9fff]{0,4}院区(?=[,，。；;、]|$)|"  # 市中心医院经开院区、: a campus built
                    r"(?:整体)?(?:新址|新院区?|[\u4e00-\u9fff]{0,3}院区|新校区|[一二三四五六七八九十\d]+号|"
                    r"新?(?:门诊|住院|医技|病房|综合|教学|科研)?(?:综合)?(?:大楼|楼)|[\d一二三四五六七八九十]+台)?(?:的)?(?:规划)?"
                    r"(?:建设(?=[,，。；;、]|$|项目|工程|进度|步伐|加快|有序|顺利|稳步)|迁建|搬迁|建成|投入使用|投用|"
                    r"主体(?:工程|完工|竣工|封顶)|前期|开工|竣工|改扩建|扩建|新址|机组))")
# a power plant is also built where the text hurries its building on (习水二郎电厂和一批小水电站加快建设) and a new
# one where it is put on the grid (康平电厂并网发电, 确保漳泽电厂如期并网发电, 实现随州电厂一期投产发电)
_BUILT_PLANT = re.compile(_BUILT.pattern.replace("(?:建设(?=", "(?:(?:[一二三]期)?(?:如期|顺利)?(?:并网|投产发电)|(?:加快|加紧)?建设(?="))
# 开工建设分宜电厂, 建成开放市第二人民医院: what is built; the verb before a list builds every item of it (建成市儿童医院、
# 市妇幼保健院、精神病专科医院)
_BUILDING = re.compile(r"(?:建设|建成|开工|新建|扩建|续建)(?:投用|投入使用|开放)?(?:[^,，。；;、：:]{1,14}、)*$")
# 支持华侨大学建设, 继续支持吉林大学、东北师范大学建设: a university the clause supports is a body that grows, not a
# campus being built (加快X大学新校区建设 is one); so is one the clause supports with its kind (支持西湖大学等新型研究型大学建设)
_SUPPORT = re.compile(r"[\u4e00-\u9fff]{0,4}?支持(?:[^，,；;。：:、]{2,16}?(?:大学|学院)、)*$")
_SUPPORTED_TAIL = re.compile(r"(?:[、和及与][^,，。；;、]{1,16}?(?:大学|学院))*(?:等[^,，。；;、]{0,10}?(?:大学|学院|高校|院校))?"
                             r"建设(?=[,，。；;]|$)")


def _supported(text: str, s: int, a: int, b: int, e: int) -> bool:
    """Is the university ``text[a:b]`` (or a list holding it) supported in its 建设: 支持 X大学、Y大学建设?"""
    if re.search(r"大学|学院", text[a:b - 2]):  # 广州医科大学高水平大学建设: a kind of university after the name
        return False
    k = max(text.rfind(c, s, a) for c in "，,；;。：:")
    return _SUPPORT.fullmatch(text, k + 1 if k >= s else s, a) is not None and \
        _SUPPORTED_TAIL.match(text, b, e) is not None
_FACILITY = ("medical", "education_research")
# a body followed by a count that ends the phrase is a kind counted (打掉恶势力犯罪集团29个, 打掉黑社会性质组织3个,
# 建成老年大学6所): one body is never counted; a count before a kind counts a list's items (组建枫都文旅、城发实业2个集团公司)
_MEASURED = re.compile(r"[\d一二两三四五六七八九十百千]+[个家所](?![\u4e00-\u9fff])")

# the bodies every report names (the guideline leaves them out); policies use them too (市委…工程 is no name)
BOILERPLATE_BODIES = (r"党中央|中央|国务院|省委|省政府|市委|市政府|县委|县政府|区委|区政府|州委|州政府|人大|政协|常委会|"
                      r"[省市县区州]?人民政府|[省市县区州]?人大常委会|[省市县区州]?政协|[省市县区州]?纪委|[省市县区州]?监委")
_BOILERPLATE = re.compile(r"^(?:" + BOILERPLATE_BODIES + r")$")
# a name made of generic words (kg/lexicons/generic.tsv) and counts is a reference, not a name
# kg/lexicons/org_heads.tsv adds the kinds, levels and trades of bodies (影子银行, 保险公司, 区县医院)
_KIND_WORDS = "|".join(sorted((w for w, v in lexicons.org_heads().items() if v[1] == "generic"), key=len, reverse=True))
_COMMON_WORDS = tuple(w for w, v in lexicons.org_heads().items() if v[1] == "word")
_DETERMINERS = tuple(w for w, v in lexicons.org_heads().items() if v[1] == "determiner")
_GENERIC = re.compile(r"^(?:" + lexicons.generic("organization") + "|" + _KIND_WORDS
                      + r"|[一二三四五六七八九十百千\d]+[个家所间座批]?)+$")
# a count makes a reference of a kind: 五大国有投资集团, 两个实验室, 3个以上行业协会; so do levels and hospital grades
# (市县两级公共资源交易中心, 央企二三级子公司, 新晋三级医院, 二甲医院): no body is named by its rank
_COUNTED = re.compile(r"(?:^|[^一二三四五六七八九十])[一二两三四五六七八九十百千多几\d]+[大个家所批支类户级]|[二三][甲乙](?:综合|专科)?$")
# 市国资委出资企业集团, 国有企业公司: a kind of company before the suffix makes a reference, not a name (大友企业公司
# is one)
_KIND_END = re.compile(r"(?:企业|单位|机构)$")
# an amount, a count of years or a ratio inside the words before a head is a clause run on to a kind (管委会按1∶1比例筹集
# 资金存入银行, 大连港集团成功发行30亿元公司债券, 连续7年跻身中国旅游集团): names carry codes (普莱柯P3实验室,
# 湖南长银58消费金融公司), not measures
_AMOUNT = re.compile(r"\d[\d.]*(?:[万亿]|[千百]?(?:元|吨|年)|[∶:])")
# a count of the best after a kind (中国旅游集团20强, 全球银行500强) makes a ranking, no body
_RANKING = re.compile(r"(?:\d+|[一二三四五六七八九十百千]+)强")


# governance verbs and adverbs jieba tags as nouns (规范行业协会商会, 有序化解影子银行)
_VERB_NOUNS = ("规范", "清理", "整顿", "有序")


def _verb_then_kind(core: str) -> bool:
    """Is ``core`` common verbs followed by generic words only, or ending in a preposition: 引导银行, 加大银行,
    规范行业协会, 有序化解影子银行, 整合公共资源交易中心, 游离于银行 (a verb before a kind names none; a name
    that opens with a place or a coinage is kept: 宁夏闽江应用技术学院, 如意集团)?"""
    if re.search(r"[于的对在]$", core):
        return True
    words = tagged(core)
    k = 0
    while k < len(words) and (words[k].word in _VERB_NOUNS or words[k].flag in ("v", "vn", "ad", "d")
                              and len(words[k].word) >= 2 and jieba.dt.FREQ.get(words[k].word, 0) >= 200
                              and gazetteer().get(words[k].word) is None
                              and words[k].word not in lexicons.organizations()):
        k += 1
    if k == 0:
        return False
    rest = "".join(w.word for w in words[k:])
    if not rest:  # a common verb alone (整合公共资源交易中心, 开放大学), not a rarer one that names (如意集团)
        return jieba.dt.FREQ.get(words[k - 1].word, 0) >= 1000 or words[k - 1].word in _VERB_NOUNS
    return bool(_GENERIC.match(rest))


def _kind_of_company(core: str) -> bool:
    if not _KIND_END.search(core):
        return False
    before = core[:-2]
    if not before or _GENERIC.match(before):
        return True
    last = tagged(before)[-1]
    return last.flag in ("v", "vn")
_FINANCIAL = re.compile(r"银行|农商行|农信社|信用社|商行|担保|证券|保险|基金|股交|交易所|信托|财险|人寿|金融控股|资产管理|"
                        r"股权交易中心")
_EDU = re.compile(r"大学|学院|研究院|研究所|科学院|社科院|交大|师专|师大|医专|学校|职业教育集团|理工$|光机所$")
_OTHER = re.compile(r"(?:协会|商会|联合会|学会|质检中心)$")
_GOV = re.compile(r"局$|委员会$|管委会$|部$|总署$|督察组$|办$|总局$|海关$")
# the kind of the list may be qualified: 等20个科技小巨人企业, 等黄金企业, 等本土龙头企业
_KINDS = [re.escape(w) + ("(?!" + "|".join(v[2]) + ")" if v[2] else "")  # 等40个总部经济集聚区: no kind
          for w, v in lexicons.org_heads().items() if v[1] == "kind"]
_LIST_END = re.compile(LIST_ETC + r"(?:\d+|[一二三四五六七八九十百几多]+)?[家个户]?([\u4e00-\u9fff]{0,6}?)"
                       r"(?:企业|公司|央企|车企|集团|银行|金融机构|高校|院校|科研院所|" + "|".join(_KINDS) + ")")
# 金象赛瑞、千禾味业2家企业, 天能、其亚、麒臻3家企业: a count without 等 that equals the items
_COUNTED_LIST = re.compile(r"(?<=[\u4e00-\u9fff）)])(?<!等)(\d+|[两二三四五六七八九十])[家户]([\u4e00-\u9fff]{0,6}?)"
                           r"(?:企业|公司|集团|银行|高校|院校|科研院所|" + "|".join(_KINDS) + ")")
_NUMERALS = {c: i for i, c in enumerate("一二三四五六七八九十", 1)} | {"两": 2}
_LIST_KIND_TYPES = ((re.compile(r"(?:金融机构|银行)$"), "financial"),
                    (re.compile(r"(?:高校|院校|科研院所)$"), "education_research"))


def _list_type(end: str) -> str:
    """The type the kind closing a list (等8家金融机构, 等院校) gives items whose own name shows none: 中信、兴业、
    中银富登等金融机构 are banks, 中国农大、河北农大等院校 universities. A short name carries no suffix to type it by."""
    return next((t for rx, t in _LIST_KIND_TYPES if rx.search(end)), "enterprise")

# 火电、钢铁、水泥等重污染行业企业, 传统百货、连锁超市等商贸流通企业: the items are sectors, not names;
# 直播带货等多种形式的农村电商, 承包、租赁、并购等形式参与国有企业: the items are ways of doing, not names
_SECTOR_LIST = re.compile(r"^地(?!方)|行业|产业|流通|业态|类|形式|方式")  # 与上海、深圳等地诸多大公司: places

# a company named only as the owner of a project belongs to the project (guideline): 百度大数据产业园,
# 茂源堂药业、劲牌持正堂药业等项目建成投产, 加快先正达、百果园、利垦牧业等项目建设 — not 华为、腾讯等一大批
# 高科技企业项目 (the items are companies) nor 与华为合作建设产业园 (a verb stands between); so is a company whose plant
# is put into production (修正长白山药业竣工投产, 康臣药业建成投产, 万鼎乳业加工厂竣工投产)
_PROJECT_HEAD = r"(?:项目|工程|产业园|工业园|科技园|物流园|产业带|科技城|产业基地|基地|园区|小镇|生产线|[一二三]期|(?:竣工|建成)?投产)"
_IN_PROJECT_NAME = re.compile(r"·?(?P<gap>[^，,。；;、：:！？!?（）()“”\s]{0,12}?)" + _PROJECT_HEAD)
_IN_PROJECT_LIST = re.compile(r"(?P<gap>[^，,。；;、：:！？!?\s]{0,14}?)(?:、[^，,。；;、：:！？!?\s]{1,20}?)*等"
                              r"(?![\d一二三四五六七八九十百千多几]*[个项家批户所]?(?:单位|机构|骨干|龙头)"
                              r"|[^，,。；;、：:]{0,12}?(?:企业|公司|集团|央企|国企))"
                              r"[^，,。；;、：:]{0,14}?(?:项目|工程)")


def _in_project(text: str, b: int, e: int) -> bool:
    """Is the organization ending at ``b`` named only as part of a project's name or as an item of a list of
    projects? What runs on from the name may hold no verb or count (市人民医院新增3个国家住培专业基地, 世纪金源集团
    投资主城…开发建设等一批重点项目: the body acts)."""
    m = _IN_PROJECT_NAME.match(text, b, e)
    if m and not has_stop_word(m.group("gap")) and not _acts(m.group("gap")):
        return True
    m = _IN_PROJECT_LIST.match(text, b, e)
    return m is not None and not _acts(m.group("gap"))


def _acts(phrase: str) -> bool:
    """Does ``phrase`` hold a digit or a verb of what a body achieves (新增, 获评, 通过)?"""
    return bool(re.search(r"\d|新增|获评|获批|荣获|入选|达到|突破|完成|实现|成为|通过|投资", phrase))


_NAMES = r"[^，,。；;：:“”\s]{2,40}?"
_EVENTS = [
    # without 成功, 收购 is a company's deed only with a named target (夏粮收购逆市增长 is grain buying; 最低收购价政策,
    # 粮食收购市场, 土地收购储备制度 name no deed)
    re.compile(CLAUSE_START + r"(?P<a>[\u4e00-\u9fff]{2,10}?)(?:成功(?:收购|并购|兼并)(?!招商|重组|贷款|基金|等|价|市场|政策|制度|储备)"
               r"(?:(?P<b>[\u4e00-\u9fff]{2,8}?)(?=[，,。；;]|股权|股份|$))?|(?:收购|并购|兼并)(?!招商|重组|贷款|基金|等|价|市场|政策|制度|储备)"
               r"(?P<b2>[\u4e00-\u9fff]{2,8}?)(?=[，,。；;]|股权|股份|$))"),
    re.compile(CLAUSE_START + r"(?P<a>" + _NAMES + r")(?<!参)与(?P<b>[\u4e00-\u9fff]{2,10}?)(?:成功)?(?:整合|合并|重组)"),
    re.compile(r"完成(?P<a>" + _NAMES + r")(?:破产重整|破产重组|兼并重组)"),
    re.compile(CLAUSE_START + r"(?P<a>" + _NAMES + r")在[“\"]?(?:新三板|主板|创业板|科创板|中小板|[^，。；]{0,6}交易所)"
               r"[”\"]?(?:正式|成功)?(?:挂牌|上市)"),
    # a company is what is rated as one: 五二五泵业获评国家级制造业单项冠军示范企业, 博雅新材料被认定为…企业; what a
    # clause makes (使X成为…) is an aim, no rating (使农村信用社真正成为…金融企业, 使节约环保成为每个企业…的自觉行为)
    re.compile(CLAUSE_START + r"(?!使)(?P<a>" + _NAMES + r")(?:成为|入选|跻身|获评|荣获|被评为|被认定为|获批)"
               r"[^，,。；;]{0,14}?(?:企业|公司)(?![\u4e00-\u9fff])"),
]


# a company listed on a board without 在: 龙江元盛主板上市, 华锐工具科创板上市, 达力普在港交所主板成功上市 (the
# item must carry a proper name: not 力争企业主板上市, 推动2家企业主板上市)
_LISTING = [
    re.compile(CLAUSE_START + r"(?P<a>[^，,。；;：:“”\s、]{2,20}?)(?:成功)?(?:登陆|登录)[“\"]?"
               r"(?:新三板|主板|创业板|科创板|中小板|北交所|[上深港]交所)"),
    re.compile(CLAUSE_START + r"(?P<a>[^，,。；;：:“”\s、]{2,20}?)在?(?:[上深北港]交所)?(?:主板|创业板|科创板|中小板)(?:成功)?上市"),
    # the company that leads a chain: 以合盛硅业为龙头, 以千金药业为龙头 (not 以规划为龙头, 以物联网为龙头)
    re.compile(r"以(?P<a>[^，,。；;：:“”\s、]{2,10}?)为(?:龙头|链主)"),
]


def org_type(name: str, default: str = "enterprise") -> str:
    if re.search(r"(?:医院|附院)$", name):  # 西安交大一附院榆林医院: a hospital, whoever runs it
        return "medical"
    if name.endswith("军分区") or re.search(r"[\d一二三四五六七八九十]+国集团$", name):  # 二十国集团: a forum of states
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


def valid_org(name: str, suffix: str, listed: bool = False) -> bool:
    """A specific name: not boilerplate, not a generic reference, not a local government office. ``listed``: the
    name stands in a list beside a named body of its kind (_LISTED_HEADS), which vouches for it as a name too."""
    core = name[: len(name) - len(suffix)]
    # a common word ending in the head (新格局, kg/lexicons/org_heads.tsv rule word); a bound morpheme cut from the
    # word before (股份|制商业银行) or a determiner (其他商业银行, 各级医院) opens no name
    if name.endswith(_COMMON_WORDS) or name.startswith(_DETERMINERS) or re.match(r"[制性化型]", name):
        return False
    if core in ("省", "市") and len(suffix) >= 3 and _HEADS.get(suffix, ("", "name"))[1] == "name":
        # 省股权交易中心, 省股交中心, 市农科院: a province's or city's own body (省实验室 is a rank)
        return True
    if len(name) < len(suffix) + 2 or len(name) > 25 or _BOILERPLATE.match(name):
        return False
    if not core or _GENERIC.match(core):
        return False
    if re.match(r"^[省市县区州]", name) and suffix.endswith(("局", "委员会", "办")) and suffix not in _HEADS:
        return False
    if re.search(r"[\d%]", core[:1]) or _COUNTED.search(core) or _AMOUNT.search(core) or _kind_of_company(core):
        return False
    if re.search(r"[+＋]", name) or re.search(r"(?:上市|挂牌)$", core) or name.endswith("商协会") \
            or _verb_then_kind(core):
        return False  # 管委会+公司, 境内外上市公司, 海外商协会 (kinds), 引导银行
    rule = _HEADS.get(suffix, (None, "name"))[1]
    inner = _SUFFIX.findall(core[-5:])
    if rule in ("proper", "brand", "mark", "facility") and inner and core.endswith(inner[-1]):
        return False  # 乌江实验室科技, 华润集团煤业: a trade after a body's name is no company's name
    if rule == "agency":  # 市教育局, 省财政厅: a level and a field; 布局, 格局 are words, 县级行政审批局 a kind
        level = re.match(r"^(?:省|市|自治区|州|国家)", core)
        return level is not None and len(core) - level.end() >= 2 and not _GENERIC.match(core[level.end():])
    if listed and suffix in _LISTED_HEADS:
        return True
    if rule in ("proper", "facility"):
        return _proper(core) or _HEADS[suffix][0] == "education_research" and _national_field(core)
    if rule == "fund":
        return _opens_with_name(core)
    if rule == "team":
        body = re.sub(r"第[一二三四五六七八九十\d]+$", "", core)
        return bool(_TEAM_SENDER.search(body)) or body in lexicons.organizations()
    if rule in ("brand", "mark"):
        return _brand(core, strict=rule == "mark") and (rule == "brand" or not _common_verb(core))
    return True


_PROPER_TAGS = {"ns", "nz", "nr", "nrt", "nrfg", "nt"}
# research platforms and funds are named by their field or use as often as by a place: in a list beside a named one,
# each item with its own head is a body too (中科院深圳先进技术研究院、电子信息产品标准化实验室等创新平台; 设立潮州公益文化
# 基金、韩愈教育发展基金、绿色生态发展公益基金)
_LISTED_HEADS = {w for w, v in lexicons.org_heads().items()
                 if v[1] == "fund" or v[1] == "proper" and v[0] == "education_research"}


def _in_list_with(text: str, a: int, b: int, named: list[tuple[int, int]], typ: str) -> bool:
    """Is ``text[a:b]`` an item of a 、-list (one run of items, each ending in a head) that holds a named body of
    type ``typ``?"""
    for x, y in named:
        lo, hi = (b, x) if b <= x else (y, a) if y <= a else (0, 0)
        if hi > lo and text[lo] == "、" and text[hi - 1] == "、" and org_type(text[x:y]) == typ \
                and all(_ends_in_suffix(piece) for piece in text[lo + 1:hi - 1].split("、") if piece):
            return True
    return False


def _national_field(core: str) -> bool:
    """Is ``core`` the state's name for a platform of one field: 国家工业母机(创新中心), 精细化工国家重点(实验室),
    稀土新材料国家技术(创新中心) — not 国家技术, 国家区域科技 (a rank, no field)? The state names each such platform
    once, by its field, so the field is its proper name."""
    rest = core.replace("国家", "", 1)
    return len(rest) < len(core) and len(rest) >= 2 and not _GENERIC.match(rest)


def _proper(phrase: str, strict: bool = False) -> bool:
    """has_proper_name, but the short alias of a division (which may be a common word too: 合作, 东方, 和平) counts
    only where it opens the phrase, as a place does in a name (平安种业, 紫金铜业 — not 互助合作)."""
    if any(gazetteer().find(phrase)) or any(a == 0 for a, _, _ in gazetteer().find_short(phrase)):
        return True
    words = tagged(phrase)
    tags = _PROPER_TAGS - {"ns"} if strict else _PROPER_TAGS  # 海洋科技, 山区科技: a place word is no mark
    return any(w.flag in tags or w.word in lexicons.organizations() for w in words) or \
        (_coined_name(words) if strict else coined(phrase))


def _opens_with_name(core: str) -> bool:
    """Does ``core`` open with a place or a person's name and hold no kind or amount: 石嘴山教育发展(基金),
    崇左市基础设施发展(基金), 武汉光谷风险投资(基金) — not 普惠民生发展, 小微企业融资担保增信, 多渠道筹措养老保险?"""
    if len(core) > 12 or re.search(r"企业|单位|机构|[亿万]元|\d", core):
        return False
    if any(a == 0 and b >= 2 for a, b, _ in list(gazetteer().find(core)) + list(gazetteer().find_short(core))):
        return True
    first = tagged(core)[0]  # a rarer place or a person: 粤东, 韩愈 (jieba also tags 城镇 a place)
    rare = 2 <= len(first.word) <= 3 and jieba.dt.FREQ.get(first.word, 0) < 500
    return rare and (first.flag == "ns" or first.flag in ("nr", "nrfg") and first.word[0] in lexicons.surnames())


_TEAM_START = re.compile(r"(?:中央|国务院|党中央|中办|国办|[省市州县区]委|[省市州县区]政府|自治区党委|自治区政府|省委省政府)"
                         r"(?:第[一二三四五六七八九十\d]+)?$")
# who sends a team: 中央, 国务院, 省委, 自治区党委, 国家, a ministry or office (国家生态环境部, 中办、国办)
_TEAM_SENDER = re.compile(r"^(?:中央|国务院|国家|党中央|中办|国办|[省市州县区]委|[省市州县区]政府|自治区党委|自治区政府|省委省政府)$"
                          r"|(?:部|委|办|局|署)$")


_NOT_NAME_TAGS = ("v", "p", "d", "c", "u", "r", "m", "q", "f")


def _common_verb(core: str) -> bool:
    """Does ``core`` hold a common verb or adjective (周密组织, 建强基层组织, 侦办黑社会性质组织)?"""
    return any(w.flag[:1] in ("v", "a", "d") and jieba.dt.FREQ.get(w.word, 0) >= 200 and len(w.word) > 1
               for w in tagged(core))


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
    # 精细化工国家重点实验室, 稀土科技与材料国家重点实验室: 重点 right before 实验室 is the rank the lab's name holds, no
    # stop word (a rank alone names none: 省级重点实验室 carries no proper name)
    end = start - 2 if suffix == "实验室" and text.startswith("重点", start - 2) else start
    a = _strip_lead(text, _org_left(text, end, floor), start, suffix)
    # 省级法人银行江西银行: a kind before the name in apposition is none of it
    for k in list(_SUFFIX.finditer(text, a, start))[::-1]:
        if k.end() - a > len(k.group()) and _GENERIC.match(text[a:k.start()]) and start - k.end() >= 2:
            a = k.end()
            break
    if _HEADS.get(suffix, ("", ""))[1] == "team":  # 更新受到国务院督查组充分肯定: the team is named by its sender
        sender = _TEAM_START.search(text, a, start)
        if sender:
            a = sender.start()
    # 贵阳创新驱动发展战略研究院, 武汉新港发展研究院: the field after the inner word names none without the place
    research = bool(_RESEARCH.search(suffix))
    # a department's field holds such words too (市投资促进局, 市营商环境建设局, 市酒业发展局)
    agency = _HEADS.get(suffix, ("", ""))[1] == "agency"
    company = _COMPANY_SUFFIX.search(suffix) is not None or agency
    while a > floor and (company and not valid_org(text[a:start] + suffix, suffix)
                         or research and not _proper(text[a:start])):
        inner = next((w for w in _INNER if text.startswith(w, a - len(w))), None)
        if inner is None:
            break
        b = left_start(text, a - len(inner), floor)
        if agency and b >= a - len(inner) and any(text.startswith(w, b - len(w)) for w in _INNER):
            a = b  # two in a row: 市投资促进局
            continue
        if b >= a - len(inner) or _GENERIC.match(text[b:a - len(inner)]) \
                or research and not _proper(text[b:a - len(inner)]):
            break  # nothing named before the inner word either (国有资产运营公司 is a kind)
        a = b
    a = _after_verb(text, a, start, suffix)
    # 海洋科学与技术国家实验室, 生物医药与健康研究院: a research body is named by its field, and a field may join two
    # (A与B, A及B); a body, a place or a kind before 与 is another party (浙江大学与…, 加强与省产业技术研究院合作)
    if _FIELD_HEAD.search(suffix) and start - a >= 1 and a - 1 > floor and text[a - 1] in "与及":
        b = _strip_lead(text, left_start(text, a - 1, floor), a - 1)
        field = text[b:a - 1]
        if len(field) >= 2 and not _GENERIC.match(field) and not _ends_in_suffix(field) and not _place(field):
            a = b
    return a


# 附属 joins a hospital to the school that runs it (X大学附属Y医院 is one name), 驻 a mission to the state that sends it
# (美国驻武汉总领事馆)
_ATTACHED = ("附属", "直属", "驻")
_LEX_WORDS = tuple(lexicons.organizations())


def _after_verb(text: str, a: int, start: int, suffix: str) -> int:
    """The start of a name that a verb inside ``text[a:start]`` runs into: one body acting on another (新希望草根知本
    集团增资红星乳业, 城南医院托管于上海东方医院, 市中医医院搬到市中心医院) or a verb before a body named by its
    level or known name (优化省人民医院, 新增省股交中心, 车用芯片产品进入一汽集团). The name is what follows the last
    such verb, where that is a name by itself. A place after a verb opens no name (a verb and a place may both be a
    name's own: 数算电产业融合庆阳研究院, 国家成果转化西安子基金), nor does a branch's parent end one (东软集团生命健康学院)."""
    words = tagged(text[a:start])
    pos, cut = a, a
    for k, w in enumerate(words[:-1]):
        pos += len(w.word)
        if w.flag not in ("v", "p", "vn") or len(w.word) < 2 and w.flag != "p" and w.word not in ("到", "给") \
                or w.word in _ATTACHED:
            continue
        j = k
        while j > 0 and words[j - 1].flag in ("v", "p"):
            j -= 1
        before = text[a:pos - sum(len(x.word) for x in words[j:k + 1])]
        rest = text[pos:start]
        named = re.match(r"[省市州县]", rest) is not None or rest.startswith(_LEX_WORDS)
        # a noun-like verb (研究, 管理) after a body is a field of the next name's, no deed
        acting = w.flag != "vn" and not _BRANCH.search(suffix) and not has_stop_word(rest) \
            and any(x.end() == len(before) for x in _SUFFIX.finditer(before, max(0, len(before) - 6)))
        if (named or acting) and valid_org(rest + suffix, suffix):
            cut = pos
    return cut


# what may come before a name but is none of it: verbs, adverbs, counts, localisers (做大做强锦星文化, 开办赣南
# 科技学院, 新设中科院海西研究院, 保证现有矿业, 上村镇银行): jieba's tags
_LEAD_TAGS = {"v", "vd", "a", "ad", "d", "f", "p", "c", "uv", "ul", "uj", "b", "m"}


def _gloss(text: str, a: int) -> bool:
    """Does a glossary's 指 stand at ``a`` (“1”指海南大学, 四通一达：是指申通快递…, FT账户：是指银行等金融机构)? It
    defines a term and names nothing."""
    return text.startswith("指", a) and a > 0 and text[a - 1] in "：:”是"


def _strip_lead(text: str, a: int, start: int, suffix: str = "") -> int:
    """Move the start ``a`` of a name over leading words that name nothing; never into the suffix."""
    if _gloss(text, a) and a < start:
        a += 1
    phrase = text[a:start]
    if len(phrase) < 2:
        return a
    pos = a
    for w in tagged(phrase):
        if w.flag not in _LEAD_TAGS or len(w.word) < 2 or jieba.dt.FREQ.get(w.word, 0) < 200 \
                or w.word in lexicons.organizations() or pos + len(w.word) > start - 2 \
                or gazetteer().get(w.word) is not None:  # 大连 is tagged an adverb
            break  # a rare word tagged a verb is a name's own (攀钢, 分宜): only common ones are stripped
        if w.flag == "f" and _GENERIC.match(text[pos + len(w.word):start] or "大"):
            break  # 北方工业大学, 南方医科大学: a direction before generic words is the name's own
        pos += len(w.word)
    return pos


def _adjective_at(text: str, a: int, b: int, pos: int) -> bool:
    """Is the jieba word of ``text[a:b]`` that holds ``pos`` a two-character adjective (高等, 中等)?"""
    at = a
    for w in tagged(text[a:b]):
        if at <= pos < at + len(w.word):
            return w.flag in ("a", "b") and len(w.word) == 2
        at += len(w.word)
    return False


def _org_left(text: str, end: int, floor: int) -> int:
    """left_start, but a stop word that begins a longer word does not stop a name: 联合 in 联合国粮农组织, 同 in
    同济大学, 服务 in 迎江现代服务业研究院 (jieba puts no boundary at its end)."""
    a = _joint(text, left_start(text, end, floor), floor)
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
        if stop.end() in bounds and (stop.start() in bounds or stop.group() != "等"
                                     or not _adjective_at(text, p, end, stop.start())):
            break  # only a word that runs on into the name (联合|国, 同|济) or an adjective that ends in 等
            # (高等研究院; not 成为, 参与, 面向) is part of it
        a = left_start(text, stop.start(), p)
    return a


def _joint(text: str, a: int, floor: int) -> int:
    """The start of a name cut at 联合 where a place stands right before it: 江西联合股权交易中心, 海口联合农商银行,
    河北联合大学 name a joint body of the place (after anything else 联合 is the verb: 联合高校共建…)."""
    if a - 2 <= floor or not text.startswith("联合", a - 2):
        return a
    b = left_start(text, a - 2, floor)
    places = (y for f in (gazetteer().find, gazetteer().find_short) for _, y, _ in f(text[b:a - 2]))
    return b if a - 2 - b in places else a


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
    also be a word of its own (化工 is none in 亮化工程). A count of the best (中国旅游集团20强, 全球银行500强)
    makes a ranking of the kind, no body."""
    if any(text.startswith(w, m.end()) for w in _NOT_BEFORE.get(m.group(), ())) or _RANKING.match(text, m.end()):
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


# an academy's institute by its short name (中科院长春光机所, 中科院宁波材料所, 中科院过程所郑州分所; 96 corpus
# reports): a few name characters and 所, none a list's or a kind's (中科院等科研院所, 中科院系统院所, 中科院39家院所);
# a full …研究所 is found by its suffix
_INSTITUTE = re.compile(r"[^\W\d_等和与及、驻各系]{1,6}?(?<![院研大])所(?![属有在谓以])(?:[^\W\d_]{2,4}分所)?")
# the United Nations' agencies by their names after it (联合国世界旅游组织, 联合国教科文组织, 联合国环境规划署, 联合国儿童基金会;
# 135 corpus reports), not its conferences (联合国气候变化大会) nor 联合国组织 or 联合国部署
_UN_AGENCY = re.compile(r"[^\W\d_等和与及、的]{1,8}?(?:组织|(?<!部)署|基金会|委员会)")
# a parent body before the unit it names: the unit's pattern and type, by the end of the parent's canonical name
_UNITS = {"科学院": (_INSTITUTE, "education_research"), "联合国": (_UN_AGENCY, "other")}


def _inside_listed_name(text: str, floor: int, a: int, b: int) -> bool:
    """Is the short form at ``a:b`` the tail of another name listed (鑫华润、格瑞德等企业, 华阳二矿、潞安五矿等矿山)?
    What stands before it in the item is neither a verb (引进华为、) nor a level or place (省农发行, 襄阳比亚迪)."""
    if not text.startswith(("、", "等"), b):
        return False
    head = text[left_start(text, a, floor):a]
    if not head or head in ("省", "市") or _place(head) or _place(head[-2:]) or head.endswith(("中国", "中央", "国家")):
        return False
    last = tagged(head)[-1]
    return last.flag not in _LEAD_TAGS and not last.flag.startswith("v")


# the rest of a list item after a short form (中石油锦州石化、, 华润啤酒、): a few name characters up to the item's end
_ITEM_REST = re.compile(r"[^\W\d_、等和与及的]{1,4}(?=[、等])")


def _opens_listed_name(text: str, b: int, e: int) -> bool:
    """Is the short form ending at ``b`` the head of another name listed (一汽富奥、浙江天圣等企业, 华润万象城、华宇百花谷等
    综合体)? The rest of the item is a name's, with no verb nor a suffix (清华、北大录取 ends the list; 华为公司 is the same body)."""
    rest = _ITEM_REST.match(text, b, e)
    if not rest:
        return False
    return not _SUFFIX.search(rest.group()) and \
        not any(w.flag in _LEAD_TAGS or w.flag.startswith("v") for w in tagged(rest.group()))


def _lexicon_re() -> re.Pattern:
    return re.compile(words_pattern(lexicons.organizations()))


_LEX = None


def extract_organizations(doc: Document, meta: ReportMeta) -> list[Entity]:
    """Organization entities with their mentions."""
    global _LEX
    if _LEX is None:
        _LEX = _lexicon_re()
    text = doc.folded
    out: list[Entity] = []
    at: dict[tuple[int, int], Entity] = {}  # the sentence's bodies by their span
    renamed: dict[str, str] = {}  # a body's new name → the name it had (X学院更名为Y大学)

    def add(name: str, typ: str, sent, a: int, b: int, canonical: str | None = None, rule: str = "") -> None:
        canon = canonical or name
        aliases = [name] if canonical and canonical != name else []
        out.append(Entity(entity_id("Organization", canon), "Organization", canon, aliases,
                          {"type": typ}, [evidence(doc, sent, meta.id, a, b, f"organization.{rule}")]))
        at[(a, b)] = out[-1]

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
            if len(form) <= 3 and _inside_listed_name(text, s, m.start(), m.end()):
                continue
            # 由自然资源部门统一核发, 应急管理部门综合监管责任: a ministry's name before 门 is the field's departments;
            # 跻身中国旅游集团20强 names a ranking
            if _in_project(text, m.end(), e) or form.endswith("部") and text.startswith("门", m.end()) \
                    or _RANKING.match(text, m.end()):
                continue
            canon, typ = lexicons.organizations()[form]
            unit = next(((rx, t) for end, (rx, t) in _UNITS.items() if canon.endswith(end)), None)
            inst = unit[0].match(text, m.end(), e) if unit else None
            if unit and inst:  # 中科院长春光机所, 联合国世界旅游组织: the unit the text names, not its parent
                add(doc.clean.text[m.start():inst.end()], unit[1], sent, m.start(), inst.end(), rule="lexicon")
                taken.append((m.start(), inst.end()))
                continue
            # an abbreviation opening a listed item names a subsidiary or a site of the body (中石油锦州石化, 华润万象城), or
            # is no abbreviation there (人行过街系统: a crossing, not the People's Bank); a company's own short name so
            # placed (比亚迪专用车) cost a right name of the check half
            if len(form) <= 3 and form != canon and _opens_listed_name(text, m.end(), e):
                continue
            # a mention names what the text says (省农发行 stays a provincial branch)
            a = m.start() - 1 if m.start() > s and text[m.start() - 1] in "省市" else m.start()
            name = doc.clean.text[a:m.end()]
            add(name if a < m.start() else canon, typ, sent, a, m.end(), None if a < m.start() else canon, rule="lexicon")
            if a == m.start() and form != canon:
                out[-1].aliases = [form]
            taken.append((a, m.end()))
        unnamed: list[tuple[int, int]] = []  # names of a listed kind with no proper name of their own
        for m in _SUFFIX.finditer(text, s, e):
            if any(a <= m.start() < b for a, b in taken) or _forbidden_next(text, m) or _continues(text, m, e):
                continue
            if _MEASURED.match(text, m.end(), e):
                continue  # a kind counted (打掉恶势力犯罪集团29个), named or listed
            a = _name_start(text, m.start(), s, m.group())
            name = doc.clean.text[a:m.end()]
            if valid_org(name, m.group()) or _set_up(text, a, s, name, m.group()):
                typ = org_type(name)
                facility = _HEADS.get(m.group(), ("", ""))[1] == "facility"
                if (typ in _FACILITY or facility) and (_BUILT_PLANT if facility else _BUILT).match(text, m.end(), e) \
                        and not (typ == "education_research" and _supported(text, s, a, m.end(), e)) \
                        or (facility or typ == "medical") and _BUILDING.search(text, max(s, a - 50), a) \
                        or _in_project(text, m.end(), e):
                    continue
                add(name, typ, sent, a, m.end(), rule="suffix")
                taken.append((a, m.end()))
            elif m.group() in _LISTED_HEADS and valid_org(name, m.group(), listed=True):
                unnamed.append((a, m.end()))
        for a, b in unnamed:
            name = doc.clean.text[a:b]
            if _in_list_with(text, a, b, taken, org_type(name)) and not _BUILT.match(text, b, e) \
                    and not _in_project(text, b, e):
                add(name, org_type(name), sent, a, b, rule="suffix")
                taken.append((a, b))
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
                        or _ends_in_suffix(doc.clean.text[i0:i1]) for i0, i1 in items)
            if not re.match(r"等\d+[家户个]", m.group()) and 2 * named < len(items):
                continue
            for i0, i1 in items:
                item = doc.clean.text[i0:i1]
                if not any(x <= i0 < y for x, y in taken) and _named_item(item) and not _place(item) \
                        and not _in_project(text, i1, e):
                    add(item, org_type(item, _list_type(m.group())), sent, i0, i1, rule="list")
                    taken.append((i0, i1))
        for m in _COUNTED_LIST.finditer(text, s, e):
            n = int(m.group(1)) if m.group(1).isdigit() else _NUMERALS[m.group(1)]
            if _SECTOR_LIST.search(m.group(2)) or n < 2:
                continue
            seg_start = max([text.rfind(c, s, m.start()) for c in ",;:。"] + [s - 1]) + 1
            items = [_lead_stripped(doc.clean.text, text, i0, i1)
                     for i0, i1 in list_items(doc.clean.text, text, seg_start, m.start())]
            if len(items) != n or "、" not in text[seg_start:m.start()]:
                continue
            for i0, i1 in items:
                item = doc.clean.text[i0:i1]
                if not any(x <= i0 < y for x, y in taken) and _named_item(item) and not _place(item):
                    add(item, org_type(item, _list_type(m.group())), sent, i0, i1, rule="list")
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
        # 甲在“新三板”挂牌, 甲、乙成为全省首批创新龙头企业; a common word there is an adverb of the clause, no
        # company (率先成为…企业, 成功获批…企业, 累计获评…企业)
        for rx in _EVENTS:
            for m in rx.finditer(text, s, e):
                for g in ("a", "b", "b2"):
                    if m.groupdict().get(g) is None:
                        continue
                    for i0, i1 in list_items(doc.clean.text, text, m.start(g), m.end(g), max_len=10):
                        item = doc.clean.text[i0:i1]
                        if not any(x <= i0 < y for x, y in taken) and _named_item(item) \
                                and not _common_word(item) \
                                and not any(gaz.find(item)) and not any(gaz.find_short(item)):
                            add(item, org_type(item), sent, i0, i1, rule="event")
                            taken.append((i0, i1))
        for rx in _LISTING:
            for m in rx.finditer(text, s, e):
                i0, i1 = m.start("a"), m.end("a")  # one item: a name may hold 和 and be no list
                if text[i0 - 1:i0] != "、":  # 推动龙江元盛主板上市
                    i0, i1 = _lead_stripped(doc.clean.text, text, i0, i1)
                item = doc.clean.text[i0:i1]
                if not any(x <= i0 < y or i0 <= x < i1 for x, y in taken) and _named_item(item) \
                        and (_brand(item, strict=True) and len(item) >= 4 if "龙头" in m.group() or "链主" in m.group()
                             else _listed_name(item)) \
                        and _strip_lead(text, i0, i1 + 2) == i0 and not _common_word(item) and not _acts(item[-2:]) \
                        and not re.search(r"建设|[城区]$", item) \
                        and not _FACILITY_ITEM.search(item) \
                        and not any(gaz.find(item)) and not any(gaz.find_short(item)):
                    add(item, org_type(item), sent, i0, i1, rule="event")
                    taken.append((i0, i1))
        for (a0, b0), old in at.items():
            for (a1, _), new in at.items():
                if a1 > b0 and new.name != old.name and _RENAMED.fullmatch(text, b0, a1):
                    renamed[new.name] = old.name
        at.clear()
    return _same_body(out, meta, renamed)


# a body the text renames or raises keeps being itself under its new name (贵阳市商业银行更名为贵阳银行, 钦州学院升格为
# 北部湾大学, 四川理工学院升级为四川轻化工大学, 支持X医学院申建X医科大学)
_RENAMED = re.compile(r"(?:成功|正式)?(?:(?:更名|改名|升格|升级|转设|改制|创建)为|申建)")
_FORM_SUFFIX = re.compile(r"(?:集团公司|集团|股份有限公司|有限公司|公司|股份)$")


def _same_body(out: list[Entity], meta: ReportMeta, renamed: dict[str, str]) -> list[Entity]:
    """One body named two ways in one report is one organization: a short form with its company suffix (一汽集团
    = 一汽 and 华为公司 = 华为 of the lexicon, or X公司, X有限公司, X股份 = X named alone), with the report's own
    place before it (<city>X集团 = X集团), or its new name where the text renames it (``renamed``)."""
    lex = lexicons.organizations()
    by_name = {e.name: e for e in out}
    place = re.sub(r"(?:市|省|自治区|自治州|地区|盟|州)$", "", meta.region or "")
    for e in out:
        core = _FORM_SUFFIX.sub("", e.name)
        target = None
        if e.name in renamed:
            target = renamed[e.name]
            e.properties = dict(by_name[target].properties)
        elif core != e.name and core in lex and e.name not in lex:
            target = lex[core][0]
        else:
            # the full form with its legal suffix (新协力集团有限公司 = 新协力集团, 歌尔股份 = 歌尔)
            longer = [e.name + w for w in ("公司", "集团", "有限公司", "股份有限公司", "股份", "集团有限公司")] \
                + ([place + e.name] if len(place) >= 2 else [])
            target = next((n for n in longer if n in by_name), None)
        if target and target != e.name:
            e.aliases = [a for a in [e.name, *e.aliases] if a != target]
            e.name, e.id = target, entity_id("Organization", target)
    return out


def _ends_in_suffix(item: str) -> bool:
    """Does a list item end in an organization's suffix after a word that is not generic (基金信托, 商业银行 do
    not)?"""
    m = next((m for m in _SUFFIX.finditer(item, max(0, len(item) - 6)) if m.end() == len(item)), None)
    return m is not None and not _GENERIC.match(item[:m.start()] or "大")


def _common_word(item: str) -> bool:
    """Is ``item`` one common word of the dictionary (物联网, 力争), no company's coinage?"""
    words = tagged(item)
    return len(words) == 1 and jieba.dt.FREQ.get(item, 0) >= 50 and item not in lexicons.organizations()


def _named_item(item: str) -> bool:
    """A list item names an organization: short, not generic, not a body every report names, no count."""
    return (2 <= len(item) <= 10 and not _GENERIC.match(item) and not _SUFFIX.fullmatch(item)
            and not _BOILERPLATE.match(item) and not re.search(r"\d|[省市县区]$|企业|单位|部门|机构|行业|产业|总部|战略|政策|制度", item))


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
    pos = a
    for w in tagged(text[a:b]):
        if pos > a and w.flag.startswith("v") and jieba.dt.FREQ.get(w.word, 0) >= 200:
            return pos
        pos += len(w.word)
    return b


def _lead_stripped(raw: str, text: str, i0: int, i1: int) -> tuple[int, int]:
    """A list item without leading words that name nothing (做大做强锦星文化 → 锦星文化), where what is left is
    still a name (联想移动 stays whole)."""
    a = _strip_lead(text, i0, i1 + 2)
    return (a, i1) if a == i0 or _listed_name(raw[a:i1]) or _gloss(text, i0) else (i0, i1)


def _place(item: str) -> bool:
    """Is ``item`` a place name alone (上海, 珠海市)?"""
    return any(a == 0 and b == len(item) for f in (gazetteer().find, gazetteer().find_short) for a, b, _ in f(item))


def _listed_name(item: str) -> bool:
    """A list item before 等企业 that carries a proper name, not a place alone: 一汽, 京东, 阿里巴巴 — not 蔗糖,
    饲料, 数字经济 (sectors) or 上海 (a place)."""
    return not _place(item) and _proper(item)
