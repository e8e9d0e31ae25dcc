"""Policies, strategies, reforms and campaigns.

Rules: (a) quoted terms (“放管服”) with the head noun that follows them (改革);
(b) titled documents in 《》; (c) a table of well-known national policies with
aliases; (d) unquoted named strategies, programmes and systems after an
implementing verb and ending in a head noun (实施人才强市战略), and the ones
listed after it with their own head (、人才强国战略和可持续发展战略); (e) laws
named by title without 《》 after a verb that applies them (严格执行统计法).
Designations (文明城市), places and projects are left out.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lexicons
from ..gazetteer import gazetteer
from ..model import Document, Entity, ReportMeta
from ..resolve import entity_id
from ..text import words_pattern
from .organizations import BOILERPLATE_BODIES
from .spans import coined, evidence, has_proper_name, left_start, list_items, tagged

_HEAD = r"(?:主题教育|学习教育|大讨论|大会战|会战|组合拳|革命|专项斗争|斗争|改造|筛查|融合|政策体系|制度体系|配套政策|普法|专项行动|行动计划|三年行动|攻坚战|改革|战略|工程|行动|计划|制度|机制|活动|模式|体系|政策|理念|布局|规划|试点|建设|工作)"
# the head may follow a few words (“放管服”改革, “双十”文化工程); after 等 it is the kind of a list
# (“首席服务员”等制度): the item is a policy, named without it
_QUOTED = re.compile(r"[“\"]([^”\"“\n]{1,25})[”\"](?:((?:(?!等)[\u4e00-\u9fff]){0,6}?" + _HEAD + r")|(等"
                     + _HEAD + r"))?")
_TITLED = re.compile(r"《([^》\n]{2,40})》")
# the verbs that carry out a programme, 抓好 among them (抓好返乡创业工程, 抓好专利倍增计划)
_PROGRAMME_VERB = (r"(?:深入实施|全面实施|大力实施|实施|推进|推行|开展|落实|启动|建立|健全|完善|执行|贯彻|坚持|推动|打响|创新|探索|建立健全|"
                   r"首创|实行|深化|制定|制订|出台|抓好)")
_NAMED = re.compile(
    _PROGRAMME_VERB +
    r"([^\s，,。；;：:、“”\"的和与及]{2,16}?(?:战略|工程|行动|计划|制度|活动|纲要))(?!计划|体系|配套|立项|前期)(?![\u4e00-\u9fff]{0,1}(?:建设|改革))"
    # 战略合作, 战略重组, 战略性新兴产业: 战略 qualifies what follows
    r"(?:(?<!战略)|(?<=战略)(?!合作|重组|投资|性|新兴|转型|机遇|支点|腹地|储备))"
)
# 实施开放带动、创新驱动、人才强市战略; 坚持创新驱动、开放带动、生态立市三大战略: each item is a strategy
# (实施科教兴琼战略、人才强省战略和可持续发展战略 lists whole names: _NAMED_NEXT); 战略产业 names industries
# (国有资本向重要行业、关键领域、前瞻性战略产业集中), not strategies
_SHARED_HEAD = re.compile(r"((?:[\u4e00-\u9fff]{2,8}(?<!战略)、)+[\u4e00-\u9fff]{2,8}?)(?<![的等])(?:[两三四五六七八九十]大)?(战略)(?!性|合作|重组|投资|新兴|转型|机遇|支点|腹地|储备|决策|部署|高技术|产业)")
# 推进“97183”合理有效投资行动计划, 实施“1351”百千亿产业培植工程: a programme coded by
# its numbers and named at length after them; the code alone is no name (“6166”计划 is read as a quoted term)
_NUMBER_CODED = re.compile(_PROGRAMME_VERB + r"(?:好|了)?[“\"](\d{2,6})[”\"]([\u4e00-\u9fff]{2,14}?(?:行动计划|计划|行动|工程))"
                    r"(?!计划|体系|配套|建设|改革)")
_ARTICLES_VERB = re.compile(r"(?:制定|出台|实施|落实|印发|推出|执行|贯彻)(?:实施|出台|落实|了)?")
_ARTICLES = re.compile(r"[“\"]?([\u4e00-\u9fff]{2,14}?(?:\d{1,3}|[一二三四五六七八九十]{1,3})条)[”\"]?(?=[和及与等、，,。；;）)]|$)")
# a count of things, not of articles (精品线路200条), or a name cut inside a word (…施自贸…9条)
# the count first: 推出35条助企纾困措施, N条X和M条Y等政策措施; one item of a list of
# packages (its topic) and, on the last one, the head the list shares
_COUNT_FIRST = re.compile(r"((?:\d{1,3}|[一二三四五六七八九十]{1,3})条([\u4e00-\u9fff]{3,12}?))(?:[和、及](?=(?:\d|[一二三四五六七八九十])+条)"
                          r"|等?(政策措施|政策|措施|办法)(?=[，,。；;、和及与）)]|$))")
_NOT_ARTICLES = re.compile(r"^[施的进和及与了]|(?:线路|批次|道路|河流|航线|街巷|线)(?:\d+|[一二三四五六七八九十]+)条$")
_NUMBERED = re.compile(r"[一二三四五六七八九十两双\d+＋]")


def _quotes(joins: str = "、和及") -> str:
    """Quoted terms in a row, each maybe joined to the one before (“证照分离”“一业一证”, “两抢一盗”、“黄赌毒”)."""
    return rf"(?:[{joins}]?[“\"][^”\"“\n]{{1,25}}[”\"])*"


def _words(kind: str) -> str:
    return words_pattern(lexicons.policy_words(kind))


# a list of quoted terms closed by 等 and the kind of programme its items are (“证照分离”“一业一证”等审批改革, “粤菜师傅”
# “南粤家政”等人才培育工程, “多评合一”“联合验收”等新模式); 活动 may close a list of events (“全民健身日”等文体活动)
_LISTED_BEFORE_HEAD = re.compile(_quotes("、和及与") + r"[、和及与]?等[\u4e00-\u9fff]{0,6}?(?:改革|制度|模式|政策|工程|计划|行动|战略)")
# what follows quoted terms that name no policy (kg/lexicons/policy_patterns.tsv): a brand (“老字号”等品牌), the kind of
# trouble or channel listed items are (“大班额”等突出问题, “两抢一盗”等多发性犯罪, “粤商通”“粤政易”等政务服务平台), a state
# of affairs or a mark passed (“一企独大”的状况, 突破“三千亿”“四千亿”大关)
_NO_POLICY_AFTER = re.compile(_quotes() + r"(?:等?[\u4e00-\u9fff]{0,6}?(?:" + _words("brand") + r")|[、和及]?等[\u4e00-\u9fff]{0,6}?(?:"
                              + words_pattern(lexicons.policy_words("trouble") + lexicons.policy_words("channel"))
                              + r")|的?(?:" + _words("state") + ")|(?:" + _words("qualified") + "))")
# “应保尽保”, “应检尽检”, “应建尽建”“应入尽入”: everyone eligible is covered, an outcome, not a policy
_COVERAGE = re.compile(r"应(\w)尽\1")
_STREAK = re.compile(r"[一二三四五六七八九十百两双\d]+(?:连增|连涨|连丰|连降|连冠|连升|连跳|下降|提升|降|胜利)")
_PERIOD = re.compile(r"第[一二三四五六七八九十]期$")
# quoted terms that are designations, honours, places, events or things, not policies (a fair or a festival named by its
# week or season: “京洽周”, “海创周”, “惠聚榕城消费季”; an award or a contest named by its cup: “长安杯”, “大禹杯”,
# “南珠杯”); a numbered 号 names a satellite, a ship or a train (“吉林一号”, “天河二号”, “滨海2号”, “南海I号”)
_NOT_POLICY = re.compile(
    r"(?:城市|之城|之都|之乡|名城|强县|强市|称号|品牌|基地|中心|园区|项目|奖|示范市|示范县|示范区|试验区|先进|单位|"
    r"标兵|模范|模范城|文明城|卫生城|冠军|大会|论坛|博览会|节|周|季|赛|杯|会议|报告|讲话|精神|问题|现象|难题|村|镇|路|街|湖|山|河|公园|景区|"
    r"[\d一二三四五六七八九十IⅠ]号)$"
)
# a programme named by generic words (kg/lexicons/generic.tsv) alone: 体制改革工程, 重点项目督查制度
_GENERIC_NAMED = re.compile(r"^(?:[一-龥]{0,2}(?:" + lexicons.generic("policy") + r")){1,3}(?:战略|工程|行动|计划|制度|机制|活动)$")
# a quoted term names a policy when it is numbered (三去一降一补), has a head noun or a "+"
_POLICY_SHAPE = re.compile(r"[一二三四五六七八九十百千两双\d+＋]|" + _HEAD + "$")
_NOT_NUMBERED = re.compile(r"(?:企业|经费|率|冠|甲|期叠加|区|人次|天|年|个|家|批|强|公里|一刀切|草案)$")
_DESIGNATION_VERB = re.compile(r"(?:荣获|获得|获评|评为|命名为|被评为|成功创建|争创|创成|列入|入选|跻身|"
                               r"进入|位居|跃居|稳居)[^，。；]{0,6}$|(?:创建|建成)$")
# a programme's name followed by these is a designation (省美丽乡村建设试点, 国家全域旅游示范区)
_DESIGNATION_AFTER = re.compile(r"(?:建设)?(?:示范|试点[市县城区村单\d一二三四五六七八九十]|创建单位|先进)")
# “一个主题”，就是…; “四个统一”：一是…: the report's own outline, not a policy
_OUTLINE_AFTER = re.compile(r"[，,：:]?\s*(?:就是|即)|[：:]\s*一是")
# 三晒两评一报告：“三晒”是指晒职责…；“两评”是指…, 一张网、一朵云：“一张网”指…, 双建双包双带双促：系…，“双建”：建支部、建协会:
# a quoted part of the term a glossary entry defines, followed by its own definition, is no policy of its own (the entry's
# own term, “十城千辆”是指…, opens the sentence)
_PART_DEFINED = re.compile(r"(?:是指|系指|指(?!导|数|挥|标|引|南|出|定|明|向)|：)")
_GLOSSARY_ENTRY = re.compile(r"\s*(?:[\[［]?\d{1,3}[\]］.．、]?)?\s*[^，。：:“”]{2,20}[：:]")
_BOILERPLATE_START = re.compile(r"^(?:" + BOILERPLATE_BODIES + ")")
# a quoted term qualifying a noun names a kind of thing, not a policy: “三留守”人员, “三公”经费, “三品一标”农产品
_ATTRIBUTE_AFTER = re.compile(r"(?:人员|经费|资金|农产品|产品|难题|问题|作风|意识|格局|交会|冰川|道路|项目|水产|规模化|荣获|"
                              r"品牌|商标|治理|整治|正式挂牌|挂牌|班列|重点区域|区域|地区|现象|效应|不利影响|经验|"
                              # a figure of speech for a trend or a role (“井喷”之势, “双下降”态势, “四两拨千斤”的作用); a part
                              # of a city named by a quoted count (“三岩”片区, “两湖”片区, “两大三小”组团, “三山”景区)
                              r"之势|态势|片区|城区|新区|组团|板块|绿地|景区|"
                              # a festival, a contest or a sale named by the quote, an event (“源头好货”直播购物节, “食在五邑”美食节,
                              # “点亮夜经济 重燃烟火气”等专题促销, “药都创赢”大赛; kg/lexicons/policy_patterns.tsv, kind event);
                              # a festival's campaign (…旅游节活动) and a competition among departments (“六比一看”竞赛) stay
                              r"等?[\u4e00-\u9fff]{0,4}?(?:" + _words("event") + r")(?!活动)|"
                              # the bodies of an election or an academy, a speech, a typhoon (“两委”换届, “两院”院士, “七一”
                              # 重要讲话, “利奇马”台风); the spirit or drive of a motto (“钉钉子”的精神, “功成不必在我”的境界)
                              r"换届|院士|重要讲话|等?[\u4e00-\u9fff]{0,3}台风|的(?:胸襟|境界|担当|劲头|干劲|韧劲|姿态|气魄|决心|精气神|闯劲|拼劲|精神|作用))")
# a role a government takes on or an attitude it holds (当好服务企业的“店小二”, 当好企业金牌“店小二”, 心怀“国之大者”) is a figure of speech
_ROLE_BEFORE = re.compile(r"(?:当好|争当|甘当|心怀|胸怀)[\u4e00-\u9fff]{0,8}$")
# a leader's instruction quoted in its own words (“一定要把洱海保护好”的重要指示, “安全和发展要同步推进”的重要指示)
_INSTRUCTION_AFTER = re.compile(r"的重要指示")
# a quoted layout followed by the roads, lines or works laid out by it (“三横五纵”路网, “四纵五横”道路, “五河一渠”截污
# 工程, “一横八纵”骨干路网; kg/lexicons/policy_patterns.tsv, kind works) names a network of works, not a policy, alone or before the 工程
# that builds it; before another head it may be a campaign about roads, which stays
_WORKS_AFTER = re.compile(r"(?:快速|高速|干线|主干|骨干)?(?:" + "|".join(sorted(lexicons.policy_words("works"), key=len, reverse=True)) + ")")
# a quoted set of counted venues (“三馆一站”, “一场两馆”, “四馆一中心”; kind venue) with a hall or a ground among them
# names the buildings to be built or opened, not a policy (“两站三中心”, workstations and centres, may be a programme)
_VENUES = re.compile(r"(?:[一二三四五六七八九十两双](?:" + "|".join(lexicons.policy_words("venue")) + ")){2,}")
_ENUMERATION = re.compile(r"\d{1,3}[.．]")  # the number of a glossary entry or a list item
_ONE_THING = re.compile(r"一[个张号点卡门站网图]\w")
_BOOK = re.compile(r"(?:丛书|大观|画册|读本|年鉴|志)$")  # books are not policy documents
# 《准则》《条例》 alone point back at documents named elsewhere in full; a kind of document is no name
_DOC_KIND = re.compile(r"(?:若干)?(?:准则|条例|规定|规划|意见|办法|决定|纲要|通知|方案|细则|法)")
_DOC_END = re.compile(r"(?:规划|纲要|意见|办法|条例|方案|决定|通知|规定|法|计划|措施|政策|条|制度|细则|公约|协议|备忘录|准则|"
                      r"标准|清单|目录|指南|倡议|宣言|战略|行动|安排|机制|体系|建议|议程|工程|规则|\d)(?:（[^）]*）)?$")
_PROJECT_NAMED = re.compile(r"(?:[一二三四五六七八九十\d]期|枢纽|管道|管网|引水|供水|输水|水库|大桥|隧道|电站|机场)(?:配套)?工程$")
# 决不能“新官不理旧账”, 不当“二传手”, 不做“老好人”: conduct a government forswears; 淘汰“黄标车”, 打击“两抢一盗”:
# what it removes or fights; 消除城镇“大班额”, 打破“信息孤岛”, 清理“吃空饷”, 扭转“一业独大”: a state it ends, maybe
# with where it is between
_AVOID_BEFORE = re.compile(r"(?:(?:" + _words("avoid") + r")(?:了|[\u4e00-\u9fff]{0,4}的)?|(?:" + _words("end")
                           + r")了?[\u4e00-\u9fff]{0,4})(?:[“\"][^”\"“]{1,25}[”\"][、和及与]?)*$")
# “工业小市”向“工业立市”转变, 由“先证后照”改为“先照后证”, 从“有学上”到“上好学”: the first of two quoted states is the one
# a government leaves behind, no policy of its own
_LEFT_FOR = re.compile(r"(?:逐步|加快|加速)?(?:" + _words("left_for") + r")[“\"]")
# “十三五”时期, “十四五”以来, “五一”小长假, “五一”、“国庆”节日期间: a quoted period or holiday is a time, with whatever
# head follows it (“十三五”时期政府工作)
_TIME_AFTER = re.compile(_quotes() + r"等?(?:" + _words("time") + ")")
# “信易贷”平台建设, “三品一标”基地建设 (kg/lexicons/policy_patterns.tsv, kind facility): the building of a facility named
# by the quote, not a policy
_FACILITY_BUILT = re.compile(r"(?:" + _words("facility") + r")(?:建设|工作)$")
_VERB_START = re.compile(r"^(?:提供|加强|完善|建立|健全|落实|推进|实施|开展|为|把|将|是指)")  # 把脱贫攻坚作为…工程, “十城千辆”是指…计划: a clause


_POLICY_VERB_BEFORE = re.compile(r"(?:推行|实行|推进|实施|开展|落实|推广|执行|深化|探索|创新|启动|建立|推动)$")
_ANCHOR = re.compile(r"(?:(?<=[河湖林田链路山街）])长制|专项斗争|主题教育|学习教育|保卫战|[两三四五]年(?:攻坚)?行动(?:计划|方案)?(?!计划|方案))(?![\u4e00-\u9fff]{0,1}(?:示范|试点[市县区城])|合作|重组|性|新兴|机遇|支点|资金|项目)")
_ANCHOR_PREV_HEAD = re.compile(r"(?:(?<=[河湖林田链路山街）])长制|专项斗争|主题教育|学习教育|保卫战|责任制|制度|机制|政策|规划纲要|规划|工程|行动计划|三年行动|行动|计划|战略|改革|试点|运动)$")
_LEAD = re.compile(r"(?:(?:深入|高质量|决战决胜|铁腕|推深做实|持续深入|全面|大力|扎实|积极|加快|继续|进一步|严格|认真|着力|持续|稳步|不断|切实|坚决|全力|努力|统筹|率先|深度|纵深|稳妥|优先|坚定不移|主动)*"
                   r"(?:实施|推进|推行|开展|落实|启动|建立健全|建立|健全|完善|执行|贯彻|坚持|推动|深化|制定|出台|实行|探索|抓好|打好|打赢|参与|巩固|强化|创新|发起|组织|做好|用好|办好|开展好|实施好|落实好|推广|构建|提升|优化|整合|打造|创设|首创|发布|编制|批复|争取|对接|融入|按照|围绕|通过|加快|严格|践行|培育|提高|启动实施|组织实施|制定实施|出台实施|发布实施|贯彻落实|认真落实|全面落实|严格落实)"
                   r"(?:了|好|并)?)+")


# a law named by its title without 《》 after a verb that applies it: 贯彻实施行政许可法, 严格执行统计法, 按照香港特别
# 行政区基本法和澳门特别行政区基本法; 办法, 做法, 方法, 执法, 国法 are no titles
_LAW = re.compile(r"(?:执行|贯彻|实施|修订|修改|制定|颁布|按照|遵守|施行|宣传|学习|遵循|依照|依据|落实)(?:实施|执行|落实)?"
                  r"(?:修订后的|修改后的|新修订的|新修改的|新的)?([\u4e00-\u9fff]{2,14}?(?<![办做方执国良用说想找看打司立学普])法典?)"
                  r"(?=[，,。；;、和及与]|$)")
# a law named before its coming into force or its teaching, which a verb promotes: 推动和保障民法典实施, 配合行政许可法的
# 实施, 抓好公务员法实施, 加强民族区域自治法的学习宣传 (not 依法实施, nor a law's own 实施办法, a document)
_LAW_APPLIED = re.compile(r"(?:推动|推进|保障|保证|确保|加强|开展|做好|抓好|配合)(?:了|对|和保障|和推动)*"
                          r"(?!出台|制定|修订|系列|各项|了|对)([\u4e00-\u9fff]{1,12}?法典|[\u4e00-\u9fff]{2,14}?(?<![办做方执国良用说想找看打司立学普依违非])法)"
                          r"(?=的?(?:贯彻)?(?:实施|施行|学习宣传|宣传)(?!办法|细则|条例|意见|方案))")
_LAW_NEXT = re.compile(r"[、和及与]([\u4e00-\u9fff]{2,14}?(?<![办做方执国良用说想找看打司立学普])法典?)(?=[，,。；;、和及与]|$)")
# 实施“名师名家工程”、教师素养提升工程; 实施种业振兴行动和大豆产能提升工程: a programme read by another rule (quoted, in
# the lexicon) right after the verb opens the list all the same; what follows it is taken when it is a work or a plan
# (after a slogan a listed …行动, …活动 or …战略 is as often a one-off event or aim)
_VERB_BEFORE = re.compile(_PROGRAMME_VERB + r"(?:好|了)?$")
_HEAD_REST = re.compile(r"(?:战略|工程|行动|计划|制度|活动|纲要)")
_LISTED_AFTER_READ = ("工程", "计划")
# the next item of a list of named programmes, with its own head (…战略、人才强国战略和可持续发展战略)
_NAMED_NEXT = re.compile(r"[、和及与]([^\s，,。；;：:、“”\"的和与及等]{2,16}?(?:战略|工程|行动|计划|制度|活动|纲要))(?=[、和及与，,。；;：:]|$)")


# 实施招商、招研、招才三大工程, 出台实施生物、互联网、新能源三大产业振兴规划, 实施中小企业上市培育、融资、…五个专项
# 计划: programmes listed and then counted are one programme named by the whole list (the annotations keep it whole); the
# count must be the number of items (实施建筑节能、公共机构节能等八大节能工程 lists only some of them)
_COUNTED_LIST = re.compile(_PROGRAMME_VERB + r"((?:[^\s，,。；;：:、“”\"的等]{2,12}、)+[^\s，,。；;：:、“”\"的等]{2,12}?"
                           r"([两二三四五六七八九十])[大个项][\u4e00-\u9fff]{0,6}?(?:工程|计划|规划|行动))(?![\u4e00-\u9fff]{0,1}(?:建设|改革))")
# 实施好…计划, 制定并实施…行动; the second of two verbs (探索建立…制度, 建立健全…制度) is no part of the name, nor is the 好
# that completes it (制定实施好年度发展计划, 实施好乡村振兴“十百千”示范工程)
_SECOND_VERB = re.compile(r"(?:好|并|了)?(?:实施|推进|开展|落实|执行|推行|建立健全|建立|健全|完善|实行|制定|出台|启动)?(?:好|了)?")
_COUNT = {c: i for i, c in enumerate("一二三四五六七八九十", 1)} | {"两": 2}


def _past_second_verb(raw: str, a: int, b: int) -> int:
    """Where the name in raw[a:b] starts, past a second verb (_SECOND_VERB) at ``a``."""
    m = _SECOND_VERB.match(raw, a, b)
    return m.end() if m else a


# 实行最严格的耕地保护制度, 执行严格的节约用地制度, 全面实施最严格的耕地保护、水资源管理和环境保护制度: a system
# named by what it protects or manages under 严格的 after a verb that applies it; each listed object is a system
# of its own, named with the shared 最严格的 and 制度 (the annotations keep 最严格的 as part of the name)
_STRICTEST = re.compile(r"(?:实行|实施|落实|坚持|执行|贯彻)(?:好|了)?((?:最)?严格的)"
                        r"((?:[\u4e00-\u9fff]{2,10}[、和])*[\u4e00-\u9fff]{2,10}?)制度(?!体系)")


# a national responsibility system named by what it puts an official in charge of (kg/lexicons/policy_patterns.tsv,
# kind charge) and that official: “菜篮子”市长负责制, 米袋子、菜篮子行政首长负责制, 粮食安全省长责任制; the quoted field
# alone (“菜篮子”) is no name of it
_FIELD = r"[“\"]?(?:" + "|".join(sorted(lexicons.policy_words("charge"), key=len, reverse=True)) + r")[”\"]?(?:工程)?"
_CHARGE = re.compile(_FIELD + r"(?:[、和]?" + _FIELD + r")*(?:省长|市长|县长|州长|市县长|市州长|县市长|市（州）长|行政首长)(?:分级)?"
                     r"(?:负责制|责任制)")


def _named_ok(name: str) -> bool:
    """An unquoted programme is named by something specific (健康安阳促进行动, 晋位争星行动, 县乡公路三年提升
    计划) or at length (困难群众大病补充保险制度), not by a few common words (质量提升行动, 周报制度); a 工程 or 计划
    by four characters (扩大就业工程, 产业倍增计划) and a strategy by its aim however short (名牌战略,
    创新驱动战略)."""
    core = re.sub(r"(?:战略|工程|行动|计划|制度|活动|纲要)$", "", name)
    specific = (has_proper_name(core) or len(core) >= 5 or _NUMBERED.search(core)
                or (len(core) == 4 and name.endswith(("工程", "计划")))
                or (name.endswith("战略") and len(core) >= 2))
    if _PROJECT_NAMED.search(name):  # 鄱阳湖水利枢纽工程, 热力管网三期配套工程: a project, not a programme
        return False
    return not ("等" in name or not specific or _BOILERPLATE_START.match(name) or _GENERIC_NAMED.match(name)
                # 13个专项行动, 27项治污减排工程, 一项技改工程, 实施六大战略: a count of programmes or works, not the name of one
                or _VERB_START.match(name) or re.search(r"[省市县区]级|一批|若干|各级|^(?:\d+[个项]|一项)", name)
                or re.fullmatch(r"[一二三四五六七八九十两\d]+[大项个]", core))


def _anchor_start(raw: str, s: int, h: int) -> int:
    """Start of an unquoted programme's name that ends in the head at ``h``: back to punctuation, 的, or a
    conjunction after another programme's head (品牌战略和标准化战略), then past leading verbs."""
    a = h
    while a > s and h - a < 30:
        c = raw[a - 1]
        if c in "）)" and raw.rfind("（", max(s, a - 5), a) > s:
            a = raw.rfind("（", max(s, a - 5), a)
            continue
        if c in "，,。；;：:！？!?（）()“”\"'‘’《》【】[]　 \n\t…—·/、" or c == "的" or c == "等":
            break
        if c in "和与及" and _ANCHOR_PREV_HEAD.search(raw, s, a - 1):
            break
        a -= 1
    lead = _LEAD.match(raw, a, h)
    return lead.end() if lead else a


def _nominal(phrase: str) -> bool:
    """A topic written before a slogan ends in a noun (文化产业, 城市管理), not a verb or adverb (严控, 新增, 打好)."""
    words = tagged(phrase, hmm=True)
    return bool(words) and words[-1].flag not in ("v", "vd", "d", "ad", "a", "m", "p", "u", "r")


# 依法治省, 依法治市, 依法治州, 依法治疆: the rule of law of a jurisdiction (依法治国 is national, in the lexicon)
_RULE_OF_LAW = re.compile(r"依法治[省市州县区疆藏]")


# 宁镇扬一体化, 厦漳泉同城化, 七星关—大方同城化, 长三角一体化: the integration of places named by their
# abbreviations or joined by dashes (not 城乡一体化, 炼化一体化项目, 一体化平台)
_INTEGRATION = re.compile(r"(?:一体化|同城化)(?:协同发展)?(?![\u4e00-\u9fff]{0,2}(?:平台|项目|基地|产业|技术|改革|试点|工作|工程|示范|试验|监管|服务))")


@lru_cache(maxsize=1)
def _place_chars() -> frozenset[str]:
    """The characters of the short names of provinces and prefectures: what a joined abbreviation is made of."""
    return frozenset(c for d in gazetteer().divisions if d.level in ("province", "prefecture") for c in d.alias)


def _joined_places(prefix: str) -> bool:
    """Is ``prefix`` a few places joined: by dashes (七星关—大方), a run of their one-character
    abbreviations (宁镇扬, 厦漳泉), or one word jieba knows as a region (长三角)?"""
    parts = re.split(r"[—－-]", prefix)
    if len(parts) > 1:
        return all(2 <= len(p) <= 6 and gazetteer().get(p) is not None for p in parts)
    if not 2 <= len(prefix) <= 8:
        return False
    words = tagged(prefix)
    places = all(c in _place_chars() for c in prefix)
    if len(words) == 1:  # 宁镇扬 is one word to jieba, 城乡 a common one
        return words[0].flag in ("ns", "nz") or words[0].flag in ("nr", "j") and places
    return coined(prefix) and places


@lru_cache(maxsize=64)  # one per region of a run, not compiled again for each report
def _place_re(region: str, province: str | None) -> re.Pattern | None:
    """平安宜昌, 法治广西, 幸福广东, 数字中国: a qualifier of kg/lexicons/policy_patterns.tsv before the report's
    own place (its region, its province, or 中国), by full or short name."""
    places = {"中国"}
    for name in (region, province):
        if name:
            places.add(name)
            d = gazetteer().get(name)
            if d is not None and len(d.alias) >= 2:
                places.add(d.alias)
    words = lexicons.policy_words("place")
    if not words:
        return None
    return re.compile("(?:" + "|".join(words) + ")(?:" + words_pattern(places)
                      + r")(?![\u4e00-\u9fff]{0,2}(?:示范|试点|先行区|城市|奖))")


def _lexicon_re() -> re.Pattern:
    return re.compile(words_pattern(lexicons.policies()))


_LEX = None


def extract_policies(doc: Document, meta: ReportMeta) -> list[Entity]:
    """Policy entities with their mentions."""
    global _LEX
    if _LEX is None:
        _LEX = _lexicon_re()
    raw = doc.clean.text
    text = doc.folded
    out: list[Entity] = []
    place_re = _place_re(meta.region, meta.province)

    def add(name: str, aliases: list[str], sent, a: int, b: int, scope: str | None, rule: str) -> None:
        name = name.strip()
        out.append(Entity(entity_id("Policy", name), "Policy", name, [x for x in aliases if x != name],
                          {"scope": scope}, [evidence(doc, sent, meta.id, a, b, f"policy.{rule}")]))

    for sent in doc.sentences:
        s, e = sent.start, sent.end
        taken: list[tuple[int, int]] = []
        for m in _CHARGE.finditer(text, s, e):
            name = re.sub(r"[“”\"]", "", raw[m.start():m.end()])
            add(lexicons.policies().get(name, name), [], sent, m.start(), m.end(), "national", rule="charge")
            taken.append((m.start(), m.end()))
        for m in _NUMBER_CODED.finditer(raw, s, e):
            add(m.group(1) + m.group(2), [], sent, m.start(1) - 1, m.end(), "local", rule="coded")
            taken.append((m.start(1) - 1, m.end()))
        charged = list(taken)
        for m in _LEX.finditer(text, s, e):
            if any(x <= m.start() < y for x, y in charged):
                continue
            if _DESIGNATION_AFTER.match(text, m.end(), e):
                continue
            canonical = lexicons.policies()[m.group()]
            period = _PERIOD.search(text, max(s, m.start() - 4), m.start())  # 第二期学前教育三年行动计划 is its own plan
            if period:
                add(period.group() + canonical, [canonical], sent, period.start(), m.end(), "national", rule="lexicon")
            else:
                add(canonical, [m.group()], sent, m.start(), m.end(), "national", rule="lexicon")
            taken.append((m.start(), m.end()))
        for m in _QUOTED.finditer(raw, s, e):
            if any(x <= m.start() < y for x, y in charged):
                continue
            inner = m.group(1).strip()
            head = m.group(2) or ""
            if _VERB_START.match(head):  # “六个关键环节”完善机制: the verb starts another clause
                head = ""
            if _TIME_AFTER.match(raw, m.end(1) + 1, e) or _FACILITY_BUILT.search(head):
                continue
            # “1+6+7”政策体系 has no Chinese inside the quotes but names a policy by its head
            if not (re.search(r"[\u4e00-\u9fff]", inner) or head and re.search(r"\d", inner) and not re.search(r"[·・]", inner)):
                continue
            if re.search(r"[，。；！？,]", inner) or len(inner) < 2 and not head:
                continue
            # 防止“非粮化”, 破解“有城无市”, 克服“烂场雨”, 不搞“形象工程”: what is avoided is no policy
            if (_AVOID_BEFORE.search(raw, max(s, m.start() - 40), m.start()) or _LEFT_FOR.match(raw, m.end(), e)) \
                    and not m.group(2):
                continue
            # a slogan opening on its count stays a slogan whatever the verb (当好“两个重要窗口”, “八个着力”的重要指示); a
            # sentence quoted may open on 一 all the same (“一定要把洱海保护好”的重要指示)
            short_slogan = _NUMBERED.match(inner) and len(inner) < 7
            if (_ROLE_BEFORE.search(raw, max(s, m.start() - 12), m.start()) and not _NUMBERED.match(inner)
                    or _INSTRUCTION_AFTER.match(raw, m.end(), e) and not short_slogan):
                continue
            # “城中村”改造, “两区两园”改造: the rebuilding of a kind of place, a work rather than a named policy
            if (not head or head == "改造") and _NOT_POLICY.search(inner) or _DESIGNATION_VERB.search(raw[max(s, m.start() - 8):m.start()]):
                continue
            if _PART_DEFINED.match(raw, m.end(1) + 1, e) and _GLOSSARY_ENTRY.match(raw, s, m.start()):
                continue
            if _OUTLINE_AFTER.match(raw, m.end(), e) or (not m.group(2) and _ATTRIBUTE_AFTER.match(raw, m.end(), e)) \
                    or (_WORKS_AFTER.match(raw, m.end(1) + 1, e) and (m.group(2) or "工程").endswith("工程")):
                continue
            # “有事必服、无事不扰”理念 is a motto; “一张网”, “一卡通” name a system, not a policy
            if (m.group(2) or "").endswith("理念") and not _NUMBERED.search(inner) or (not m.group(2) and _ONE_THING.fullmatch(inner)):
                continue
            if re.fullmatch(r"十[一二三四五六七八九十]?五", inner) and not m.group(2):
                continue  # “十二五” alone names a period; “十三五”规划 is the plan
            # “福绵裁缝”“香药师傅”等劳务品牌, “宜昌宜红”城市新名片: quoted brands, alone or in a list of them; troubles or channels
            # in a list
            if _NO_POLICY_AFTER.match(raw, m.end(), e):
                continue
            # “七连增”, “双下降”, “十连冠”: a streak of results, not a policy; “三农”, “组合拳” (kg/lexicons/policy_patterns.tsv)
            if _STREAK.fullmatch(inner) or _COVERAGE.fullmatch(inner) or (_VENUES.fullmatch(inner) and re.search("[馆场]", inner)) \
                    or inner in lexicons.policy_words("not"):
                continue
            lex_hit = lexicons.policies().get(inner + head) or lexicons.policies().get(inner)
            # a quoted coinage is a slogan too (“去降补”, “以克论净”), a quoted phrase of common words is not (“联合验收”)
            shaped = (_POLICY_SHAPE.search(inner) or head or m.group(3)
                      or (3 <= len(inner) <= 6 and "、" not in inner and coined(inner)))
            if not shaped and not lex_hit and _POLICY_VERB_BEFORE.search(raw, max(s, m.start() - 6), m.start()):
                shaped = True  # 推行“田长制”, 推进“证照分离”: what a government carries out is a policy
            if not shaped and _LISTED_BEFORE_HEAD.match(raw, m.end(), e):
                shaped = True  # “证照分离”“一业一证”等审批改革: each quoted item is of the kind the list closes on
            if not lex_hit and (not shaped or (not head and _NOT_NUMBERED.search(inner))):
                continue
            if head in ("建设", "工作") or head == "" and raw[m.end():m.end() + 2] in ("建设", "工作"):
                head = ""
            name = inner + head
            canon = lexicons.policies().get(name) or lexicons.policies().get(inner)
            # a numbered slogan takes the topic written before it: 文化产业“双十”工程, 脱贫攻坚“1+16”政策
            headed = head or re.search(_HEAD + "$", inner)
            pre = left_start(text, m.start(), s, max_len=10) if _NUMBERED.search(inner) and headed and not canon else m.start()
            pre = _past_second_verb(raw, pre, m.start())
            topic = raw[pre:m.start()]
            # 9．新基建“761”工程：… in a report's closing glossary: the entry's number is no part of the topic
            enumeration = _ENUMERATION.match(topic)
            if enumeration:
                pre, topic = pre + enumeration.end(), topic[enumeration.end():]
            if len(topic) < 2 or topic.endswith("的") or not _nominal(topic):
                pre, topic = m.start(), ""
            if canon:
                add(canon, [name, inner], sent, m.start(), m.end(), "national", rule="quoted")
            else:
                add(topic + name, [x for x in (name, inner) if x != topic + name] if head or topic else [],
                    sent, pre, m.end(), None, rule="quoted")
            taken.append((m.start(), m.end()))
        for m in _TITLED.finditer(raw, s, e):
            title = m.group(1)
            if "政府工作报告" in title or title.endswith(("报", "杂志", "日报")) or _BOOK.search(title) \
                    or _DOC_KIND.fullmatch(title) or not _DOC_END.search(title) \
                    or raw[m.end():m.end() + 2] in ("丛书", "画册", "读本"):
                continue
            add(title, [], sent, m.start(), m.end(), None, rule="titled")
            taken.append((m.start(), m.end()))
        # packages of measures named by their count of articles: 制定实施企业降本增效28条、金融服务实体经济22条
        for m in _ARTICLES_VERB.finditer(text, s, e):
            clause_end = min([x for x in (text.find(c, m.end(), e) for c in "，,。；;") if x >= 0] + [e])
            for article in _ARTICLES.finditer(text, m.end(), clause_end):
                a, b = article.span(1)
                if "等" in raw[a:b] or _NOT_ARTICLES.search(raw[a:b]) or any(x <= a < y for x, y in taken):
                    continue
                add(raw[a:b], [], sent, a, b, "local", rule="articles")
                taken.append((a, b))
            # 出台44条稳增长措施: a package named by its count and topic; 落实22条具体措施, 出台50条一揽子政策
            # (kg/lexicons/policy_patterns.tsv, package) only count measures
            counted: list[tuple[int, int]] = []
            pos = m.end()
            while (package := _COUNT_FIRST.match(text, pos, clause_end)) is not None:
                topic = package.group(2)
                if "的" in topic or topic.startswith(lexicons.policy_words("package")):
                    break
                counted.append(package.span(1))
                pos = package.end()
                if package.group(3):
                    for a, b in counted:
                        if not any(x <= a < y for x, y in taken):
                            add(raw[a:b] + package.group(3), [], sent, a, b, "local", rule="articles")
                            taken.append((a, b))
                    break
        # (the scan of a sentence without 战略 is skipped: a long sentence costs it much, and most have none)
        for m in _SHARED_HEAD.finditer(text, s, e) if text.find("战略", s, e) >= 0 else ():
            items = list_items(raw, text, m.start(1), m.end(1), max_len=8)
            if any(x <= m.start() < y for x, y in taken) or len(items) < 2:
                continue
            for a, b in items:
                item = raw[a:b]
                canon = lexicons.policies().get(item + "战略") or lexicons.policies().get(item)
                if len(item) >= 2 and not _GENERIC_NAMED.match(item + "战略"):
                    add(canon or item + "战略", [item] if not canon else [item + "战略"], sent, a, b,
                        "national" if canon else "local", rule="shared_head")
            taken.append((m.start(), m.end()))
        for m in _STRICTEST.finditer(text, s, e):
            pos = m.start(2)
            for part in re.split("[、和]", raw[m.start(2):m.end(2)]):
                a, b, pos = pos, pos + len(part), pos + len(part) + 1
                obj = part.removesuffix("制度")  # 损害赔偿制度和责任追究制度: each item may carry the head
                if len(obj) < 3 or any(x < b and a < y for x, y in taken):
                    continue  # 最严格的耕地保护制度: the lexicon has read it; 耕地、水资源管理制度: 耕地 alone is no system
                name = m.group(1) + obj + "制度"
                canon = lexicons.policies().get(name)
                add(canon or name, [name] if canon else [], sent, a, b, "national", rule="strictest")
                taken.append((a, b))

        def listed_after(pos: int, heads: tuple[str, ...] = ()) -> None:
            """The programmes listed after the one ending at ``pos``, each with its own head (the verb applies to all)."""
            while (nxt := _NAMED_NEXT.match(text, pos, e)) is not None:
                pos = nxt.end(1)
                if any(x < nxt.end(1) and nxt.start(1) < y for x, y in taken) or not _named_ok(raw[nxt.start(1):nxt.end(1)]) \
                        or heads and not raw[nxt.start(1):nxt.end(1)].endswith(heads):
                    continue  # 新型工业化战略: a listed name the lexicon has read; 知识产权战略: common words
                add(raw[nxt.start(1):nxt.end(1)], [], sent, nxt.start(1), nxt.end(1), "local", rule="named_next")
                taken.append((nxt.start(1), nxt.end(1)))

        for a, b in list(taken):
            if _VERB_BEFORE.search(text, max(s, a - 6), a):
                rest = _HEAD_REST.match(text, b, e)  # 种业振兴|行动和…: the lexicon's name may leave its head out
                listed_after(rest.end() if rest else b, _LISTED_AFTER_READ)
        for m in _COUNTED_LIST.finditer(text, s, e):
            a, b = m.span(1)
            a = _past_second_verb(raw, a, b)  # 实施了…, 组织实施…: no part of the name
            if raw[a:m.start(2)].count("、") + 1 == _COUNT[m.group(2)] and not any(x < b and a < y for x, y in taken):
                add(raw[a:b], [], sent, a, b, "local", rule="counted_list")
                taken.append((a, b))
        for m in _NAMED.finditer(text, s, e):
            if any(a <= m.start(1) < b or a < m.end(1) <= b for a, b in taken):
                continue
            a = _past_second_verb(raw, m.start(1), m.end(1))
            name = raw[a:m.end(1)]
            # an unquoted programme is named by something specific or at length, not by a few common words (_named_ok)
            if _named_ok(name):
                add(name, [], sent, a, m.end(1), "local", rule="named")
                taken.append((a, m.end(1)))
            # 实施科教兴国战略、人才强国战略和可持续发展战略: the programmes listed after the first, each with its head
            # (the verb applies to all of them, whether or not the first is named by common words)
            listed_after(m.end(1))
        for m in [*_LAW.finditer(text, s, e), *_LAW_APPLIED.finditer(text, s, e)]:
            pos = m.start(1)
            while True:
                law = m if pos == m.start(1) else _LAW_NEXT.match(text, pos, e)
                if law is None:
                    break
                a, b = law.span(1)
                if any(x < b and a < y for x, y in taken) or "普法" in raw[a:b]:
                    break
                add(raw[a:b], [], sent, a, b, "national", rule="law")
                taken.append((a, b))
                pos = b
        # programmes named by a head that needs no trigger verb: 林长制, 扫黑除恶专项斗争, 党史学习教育
        for m in _ANCHOR.finditer(text, s, e):
            if any(x < m.end() and m.start() < y for x, y in taken):
                continue
            a = _anchor_start(raw, s, m.start())
            name = raw[a:m.end()]
            core = name[:len(name) - len(m.group())]
            if len(core) < (1 if m.group() == "长制" else 2) or "等" in name or _BOILERPLATE_START.match(name) or _GENERIC_NAMED.match(name) \
                    or _VERB_START.match(name) or re.search(r"[省市县区]级|一批|若干|各级|各类|各项|重点|重大", core):
                continue
            if not (has_proper_name(core) or len(core) >= 4 or _NUMBERED.search(core) or (m.group().endswith("长制") and len(core) >= 1)
                    or re.search(r"攻坚战|保卫战|专项斗争|主题教育|学习教育|大会战|年(?:攻坚)?行动", m.group())):
                continue
            if any(x <= a < y or x < m.end() <= y for x, y in taken):
                continue
            add(name, [], sent, a, m.end(), "local", rule="anchor")
            taken.append((a, m.end()))
        # a jurisdiction's own programme named by a qualifier and its place (平安宜昌、法治宜昌建设), its rule of law
        for rx in (place_re, _RULE_OF_LAW):
            for m in rx.finditer(text, s, e) if rx is not None else ():
                if any(x < m.end() and m.start() < y for x, y in taken):
                    continue
                add(raw[m.start():m.end()], [], sent, m.start(), m.end(), "national" if raw[m.end() - 2:m.end()] == "中国" else "local", rule="place")
                taken.append((m.start(), m.end()))
        for m in _INTEGRATION.finditer(text, s, e):
            a = left_start(text, m.start(), s, max_len=8)
            while a - 2 > s and raw[a - 1] in "—－-":  # 七星关—|大方: the places before the dash are named too
                st = left_start(text, a - 1, s, max_len=6)
                if st == a - 1:
                    break
                a = st
            if a < m.start() and _joined_places(raw[a:m.start()]) and not any(x < m.end() and a < y for x, y in taken):
                add(raw[a:m.end()], [], sent, a, m.end(), "local", rule="integration")
                taken.append((a, m.end()))
    return _merge_bare_quotes(out)


def _merge_bare_quotes(out: list[Entity]) -> list[Entity]:
    """“十三五” alone and “十三五”规划 elsewhere in the report are one policy."""
    by_alias = {a: e for e in out for a in e.aliases}
    for e in out:
        full = by_alias.get(e.name)
        if full is not None and full is not e:
            e.id, e.name, e.aliases = full.id, full.name, list(full.aliases)
    return out
