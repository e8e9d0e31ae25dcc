"""Named projects: enumerations of projects, facility suffixes and route numbers.

A project name carries something specific (a proper or place name, a route
number, a company); generic facilities (中心幼儿园, 集中供热) are left out.
Status comes from trigger verbs in the clause, investment from 投资/总投资 X亿元.
"""
from __future__ import annotations

import re

from .. import lexicons
from ..gazetteer import gazetteer
from ..model import Document, Entity, ReportMeta
from ..resolve import entity_id
from ..text import scanner, words_pattern
from .spans import CLAUSE_START, LIST_ETC, ORDINAL, evidence, has_proper_name, has_stop_word, left_start, list_items, tagged

_SUFFIX = (
    r"(?:项目|铁路|城际铁路|市域铁路|客运专线|高速公路|(?<!中)高速|快速通道|快速路|公路|机场|通用机场|水库|产业园|物流园|工业园|科技园|"
    r"湿地公园|地质公园|遗址公园|森林公园|文化园|博览园|生态园|农业园|示范园|创意园|商贸城|果蔬城|管廊|污水处理厂|水厂|"
    r"热电厂|电厂|综合体(?!系)|枢纽|商城|大厦|古城|大楼|住院楼|医技楼|教学楼|古镇|大道|高铁|动车所|隧道|大桥|连接线|改扩建工程|治理工程|保护工程|续建工程|"
    r"供水工程|引水工程|水利工程|灌区工程|展示工程|输变电工程|生产基地|产业基地|实训基地|铝产业基地|新校区|病房楼|门诊综合楼|"
    r"门急诊楼|新院|开关站|立交|一期|二期|三期|"
    # named facilities and zones being built; a bare name + 路 is a road (not 道路, 之路, 思路, 逢山开路); 产业带动
    # is a verb (产业带|动力), no belt; 中学位, 小学生: places at and pupils of a school, no school; a source's
    # reserve role is the facility's kind (储备应急水源地, 建设我市备用水源地 name none; 桂家湖备用水源地 is one)
    r"(?<![道之思出门线跑电油化干套开])路(?![子径线网灯面况口行长上])|[东西南北中]路|(?<!下)闸(?!蓄水)|公园(?!绿地)|广场|集聚区|保税区|商务区|度假区|博览城|景观带|生态带|绿化带|"
    r"(?<!中)小学(?![位生])|中学(?![位生])|体育馆|博物馆|科技馆|图书馆|美术馆|展览馆|纪念馆|陈列馆|文学馆|版本馆|大剧院|剧院|校区|"
    r"会展中心|物流中心|交易中心|集结中心|游客中心|集散中心|大学城|人才城|美食城|文化城|影视城|汽车城|购物中心|查验场|新城|新区|开发区|高新区|经开区|综保区|综合保税区|示范区|试验区|合作区|经济区|片区|经济带(?!动)|产业带(?!动)|走廊|科创城|科技城|小镇|航站楼|跑道|码头|港区|航道|口岸|管道|快线|快速线|号线|绿道|绿廊|廊道|慢道|大街|商圈|街区|步行街|抽水蓄能电站|水电站|电站|填埋场|发电厂|泵站|(?:应急)?(?:备用)?水源地|变电站)"
)
_SUFFIX_RE = scanner(_SUFFIX + r"(?:[一二三]期)?(?:工程)?")
# the transport lines that reports name by two or three place abbreviations (大广高速, 大西铁路, 大垫高速)
_QUALIFIED = re.compile(r"单位|部门|沿线|城市|国家|地区|人员|机构|职能|功能|管理|监管|体系")
_NAMED_BY = re.compile(r"(?:口岸|公路|高速公路|高速|快速路|大道)(?![\u4e00-\u9fff]{0,2}(?:集团|公司))")
_ROUTE_KIND = re.compile(r"(?:高速公路|高速|高铁|铁路|城际铁路|城际|快速路|快线)$")
_COUNTED_ROUTE = re.compile(r"(?<=[\u4e00-\u9fff])等(?P<count>(?:\d+|[一二三四五六七八九十两]+)条)?(高速公路|高速|高铁|铁路|城际铁路|[一二]级公路)")
# 新开工平果至南宁、南宁经玉林至珠海（广西段）等14条1100公里, 加快驻马店至信阳、许昌至南阳等7条587公里: lines named
# by their ends before a count of lines and their length (the kind is said before the list, or not at all)
_COUNTED_LENGTH = re.compile(r"(?:等|(?<=[\u4e00-\u9fff）)]))(?:\d+|[两二三四五六七八九十]+)条[\d.]+公里")
_ENDS_ITEM = re.compile(r"[\u4e00-\u9fff]{2,4}(?:经[\u4e00-\u9fff]{2,4})?至[\u4e00-\u9fff]{2,4}(?:（[\u4e00-\u9fff]{2,6}）)?")
# the grade of a road between its name and its kind (上关至鹤庆|一级|公路, 绿春至李仙江|高等级|公路)
_GRADE = re.compile(r"(?:[一二三四]|高等)级$")
# a line named by its two ends (宣城至黄山, 信阳至明港)
_ENDS = re.compile(r"[\u4e00-\u9fff]{2,4}至[\u4e00-\u9fff]{2,4}")
# works laid along a road or river or built at a place, each its own project (X路、Y大道等N个地下综合管廊,
# 永庄水库、沙坡水库、玉龙泉3个森林公园)
_ALONG = re.compile(r"(?:管廊|管网|管道|绿道|绿廊|廊道|慢道|公园|工程|项目)$")
_BUILT_RE = re.compile("(?:" + "|".join(lexicons.project_words("built")) + ")(?![\u4e00-\u9fff]{0,2}(?:集团|公司))")
_TRANSFER = re.compile(r"(?:(?<!吸)引(?![导进领入发向客水才资金企商智技人外])[\u4e00-\u9fff][济入补][\u4e00-\u9fff](?:[济入补][\u4e00-\u9fff])?"
                       r"|[东西南北][水气电煤][东西南北][调输送运])(?![\u4e00-\u9fff]{0,2}(?:集团|公司))"
                       r"(?:[一二三四]期|[一二三四]线|[东西南北中]线|[东西南北中]段|配套|续建|主体)*(?:工程|项目|管道)?")
_TRANSFER_END = re.compile(r"[^\u4e00-\u9fff]|$|建设|开工|建成|竣工|完工|等|和|及|与|实现|加快|前期|取得|进展|全线|通水|供水|供气|投产|顺利|稳步|有序|任务")
_WATER_WORK = re.compile(r"(?P<water>湖|池|江|河|溪|渠|沟|湿地)(?:[\u4e00-\u9fff]{1,4}?段)?(?:流域|中下游|上游|下游)?"
                         r"(?:综合|环境|生态|黑臭水体|水污染|水环境|环境污染|生态环境|水生态|污染)*(?:治理|整治|清淤|修复)(?:工程|项目)?")
# 梳洗河、明堂河、芝田河等河流综合整治, 北桥河、南柳河、赤坎水库等河渠水库治理: named waters listed before
# their kind share the work on them; the kind (河流, 河道, 中小河流) only classes them and is no part of a name
_WATER_LIST = re.compile(r"等(?:\d+|[一二三四五六七八九十两]+)?[条个座处]?(?:重点|城市|城区)?(?:河渠水库|河渠|河湖|中小河流|河流|河道|湖泊|江河|水库)"
                         r"(?P<work>(?:水环境|生态|综合|水污染|黑臭水体|环境|污染)*(?:治理|整治|清淤疏浚|清淤|修复)(?:工程|项目)?)")
# water named by kind, not by name (河湖, 江河, 中小河流, 城市内河)
_WATER_GENERIC = re.compile(r"河湖|江河|湖泊|河流|内河|河道|河渠|沟渠|坑塘|水体|中小|^[大中小][湖池江河溪渠沟]$")
_TITLE_START = re.compile(r"(?:国家|全国|全省|全州|全市|省级|国家级|全球|世界)")
_ONLY_ORDINAL = re.compile(r"[市县区省]?第[一二三四五六七八九十\d]+(?:人民|中)?")
_BUILDING = re.compile(r"建设|建成|开工|动工|竣工|投用|投入使用|启用|新建|迁建|改扩建|扩建|开业|开园|开馆|落地|主体完工|封顶|交付")
_SUFFIX_END = re.compile("(?:" + _SUFFIX + r")(?:[一二三]期)?(?:工程)?$")
# 国道310, G312, and the number first (320国道改线, 207国道改线)
_ROUTE = re.compile(r"(?:(?:国道|省道|[GS])\d{2,4}|(?<!\d)\d{3}(?:国道|省道))(?:线)?[\u4e00-\u9fff]{0,12}?(?:段|公路|线|改建|南移项目|南移)")
# 吉运、和合、牧原3个项目: a count right after an enumeration closes it as 等 does
# 兴城馨予副食品、建昌绿宝露饮料等5个10亿元以上农产品深加工项目, X、Y等一批10亿元以上项目: the money class
# of the list (its figure) stands between the count and the kind and closes no item
_MONEY_CLASS = r"(?:(?:投资)?(?:过|超过?)?\d+(?:\.\d+)?(?:亿|千万|万)元(?:以上)?的?)?"
_LIST = re.compile(CLAUSE_START + r"([^，,。；;：:]{2,200}?)(?:" + LIST_ETC + r"(?:\d+|[一二三四五六七八九十百几多]+)?[个项条座所家批]?|(?<=[\u4e00-\u9fff])(?<![的等])(?:\d+[个项条座所家批]|[两二三四五六七八九十]+[个项条座]))"
                   + _MONEY_CLASS + r"[\u4e00-\u9fff]{0,8}?(?:项目|工程|道路|园区|公园|场馆)")
_COUNT = r"(?:\d+|[一二三四五六七八九十两几]+)[个项座条处]"
# "汤河、淇淅河、漳河峡谷3个国家湿地公园", "明福街、漳河大道等5个地下综合管廊": items share the facility
# that follows the count; a phrase ending in 项目 or a bare 工程 is the category of the list, not shared.
_SHARED = re.compile(CLAUSE_START + r"([^，,。；;：:]{2,200}?)(?:" + LIST_ETC + r"(?:" + _COUNT + r")?|" + _COUNT + r")((?:(?![和及与])[\u4e00-\u9fff]){0,12}?(?:"
                     + _SUFFIX + r"|[^项]工程))(?![\u4e00-\u9fff]{0,2}(?:项目|工程))")
# 国学馆、秦腔博物馆, 深圳北站、广深客运专线, 中心城区、松山湖: an item ending in a facility or an area of its own
# (kg/lexicons/project_words.tsv, kind own) shares no facility word written after the last item
_OWN_END = re.compile("(?:" + words_pattern(lexicons.project_words("own")) + ")$")
# 南京路、陆家嘴、徐家汇等世界级地标性商圈, 在海城、旅顺口、清原、宽甸建设4个国家级生态示范区: a rank before the
# kind a list shares (kg/lexicons/project_words.tsv, kind rank) makes it a class the items hold or seek, not a name
_RANK = re.compile(words_pattern(lexicons.project_words("rank")))
# 二环北路、玉东大道等6条主要道路提升改造工程: roads listed before a count of their kind (道路, 主干道) share the
# work written after the kind; the kind is no part of each road's name (二环北路提升改造工程)
_ROAD_KIND = re.compile(r"(?:主要|主干|城市|市政|重点|主次干)?(?:道路|干道|主干道)")
_ROAD_ITEM = re.compile(r"(?:路|大道|大街)$")
_STREET_END = re.compile(r"(?<![铁公])路$|大道$|大街$")  # a street, not a railway or a highway
_LINK_PAIR = re.compile(r"与[^\W\d与和及、等]{2,12}?(?:" + words_pattern(lexicons.project_words("link")) + ")")
_SHORT_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")  # a line's short name (沈大, 济广), shorter than a section (晋城过境段)
_BESIDE = re.compile(words_pattern(lexicons.project_words("beside")))
_SIZE = re.compile(r"^[大中小]{1,2}型")
_CATEGORY = re.compile(r"^(?:惠民|重点|重大|民生|基础设施|市政|公共|城市|农村|水利|交通|产业(?!园)|工业|园区|[省市县]级|一批|新建|在建|续建|"
                       r"道路|园林|绿化|服务业|棚改|新业态|行业)|项目$|^工程$|(?:重点|重大|民生|惠民)工程$")
# the predicate that may follow a project's name (kg/lexicons/project_words.tsv, kind after: 加快, 即将, 具备)
_AFTER = "|".join(lexicons.project_words("after"))
# the predicate that opens after a section named after a bare route number (国道232线布尔津—喀纳斯机场高速|年内建成通车,
# G315线托帕至吐尔尕特|项目前期工作)
_ROUTE_SECTION = re.compile(r"([\u4e00-\u9fff（）()—－\-]{2,18}?)(?=[、，,。；;等]|$|项目|建设|开工|建成|通车|竣工|完工|前期|" + _AFTER + ")")
# a line's branch (京港澳高速东西复线, X高速连接线) or siding (漳湾铁路专用线, 丰城临港物流园铁路专线): part of its name,
# and shared by the short names listed before it; an airport's or a station's 专线 is a bus line (三峡机场专线)
_BRANCH = re.compile(r"[东西南北]{0,2}(?:复线|连接线|支线|延长线)|(?<![场站])(?:货运)?专用?线")
# what a named facility's project adds to its name: a section, a branch, an upgrade (京港澳高速东西复线,
# 林汝高速公路安阳段, 嘉策铁路扩能改造), or the work on it up to its 工程/项目 (西泉眼水库维修加固工程)
_TAIL = re.compile(_BRANCH.pattern + "|"
                   # a branch or extension named by where it goes (金台铁路头门港支线, 梓州大道南延线)
                   r"(?:[东西南北]延|[\u4e00-\u9fff]{2,4}?(?:港|站|岛|镇))(?:伸线|线|伸段)(?=[、，,。；;等和及与]|$|建设|开工|建成|通车|竣工|前期|" + _AFTER + ")|"
                   r"[东西南北]延伸线|[\u4e00-\u9fff]{1,3}?(?:港|站|岛|镇|县|机场)(?:支线|连接线|联络线)(?=[、，,。；;等和及与]|$|建设|开工|建成|通车|竣工|前期)|"
                   # a section from one place to another (渝昆高铁宜宾至筠连段), its end point qualified in (folded) brackets
                   # (川藏铁路雅安至康定（新都桥）段), and the work on it (湘桂铁路南宁至凭祥段扩能改造)
                   r"(?:[\u4e00-\u9fff]{1,6}?[至到][\u4e00-\u9fff]{1,6}?(?:\([\u4e00-\u9fff]{2,6}\))?段"
                   r"(?:[\u4e00-\u9fff]{0,3}?(?:改造|改扩建|扩建|增建二线)(?:工程|项目)?)?|"
                   # a street extended one way, its phase and the work on it (新医路西延续建, 三屯碑路西延新建工程)
                   r"[东西南北]延伸?(?:[一二三]期)?(?:续建|新建)?(?:工程|项目)?|"
                   # a highway's quoted widening in lanes, on a section or the whole line (福银高速昌九段“四改八”工程,
                   # 宣广高速“四改八”改扩建工程)
                   r"(?:[\u4e00-\u9fff]{1,4}?段)?“[两二三四六]改[四六八十]”(?:改扩建)?(?:工程|项目)?|"
                   r"[\u4e00-\u9fff]{1,4}?段|[\u4e00-\u9fff]{0,6}?(?:改造|改扩建|扩建|迁建|改线|延伸段|延伸线|延长线|拓宽|提升|整治|修复|保护利用)(?:工程|项目)?)"
                   r"(?=[、，,。；;等和及与]|$|建设|开工|建成|通车|竣工|完工|前期|列入|纳入|获批|实现|" + _AFTER + ")|"
                   # water a reservoir supplies to a place (巨峰水库向岚山供水工程): 向 is no verb of the clause there
                   r"向(?P<supplied>[^\W\d等和及与的]{1,8}?)供水(?:工程|项目)|"
                   r"(?P<work>[^\W\d等和及与的]{1,8}?)(?:工程|项目)")
# the kinds of work or facility whose 项目 is each listed place's own (防洪治理项目, 污泥处置项目, 引水项目, 产业园项目)
_WORK_KIND = re.compile(r"(?:治理|整治|处置|引水|供水|改造|修复|搬迁|" + _SUFFIX + r")$")
_GENERIC_END = re.compile(r"(?:" + lexicons.generic("project") + r")$")
_WORK = re.compile(r"(?:扩建|改扩建|改造|迁建|新建|续建|提升|整治|治理|保护)$")
# the works a tail ends in (改造提升工程): what is left before them is a verb of the clause when a stop word
_WORK_WORDS = re.compile(r"(?:改造|改扩建|扩建|迁建|改线|拓宽|提升|整治|修复|保护利用|新建|续建)+(?:工程|项目)?$")
# 菱湖南路、德宽路改造工程, 横山水库、竹寿水库改扩建工程, 交通路、解放路改造提升工程: facilities listed each
# with its own facility word share the work written after the last one (the works, then 工程 or 项目)
_LISTED_WORKS = re.compile(r"(?:[、和][^\W\d等和及与的]{1,10}?(?:" + _SUFFIX + r"))+"
                           r"(?P<works>(?:改造|改扩建|扩建|迁建|改线|拓宽|提升|整治|综合整治|修复)+(?:工程|项目))"
                           r"(?=[、，,。；;等和及与]|$|建设|开工|建成|通车|竣工|完工|前期|顺利|" + _AFTER + ")")
# “一横八纵”骨干路网, “三横五纵”路网, “五河一渠”截污工程: a quoted layout followed by the roads or works it lays out
# (the heads of kg/lexicons/policy_patterns.tsv, kind works) names that network of works, a project
_LAYOUT = re.compile(r"[“\"]((?:[一二三四五六七八九十两双]+[\u4e00-\u9fff]){2,4})[”\"]"
                     r"((?:骨干|主干|干线|快速|高速|城市|市政)?(?:" + "|".join(sorted(lexicons.policy_words("works"), key=len, reverse=True))
                     + r")(?:工程|项目)?)")
# 赣闽开放合作示范区, 苏皖合作示范区, 湘赣边区域合作示范区: a zone or park named by the partners of the cooperation
# it hosts (a proper name, or two provinces' short names: kg/lexicons/project_words.tsv, kind province); 合作 ends
# a name for left_start, but before such a zone the partners belong to it (区域合作产业园 names none)
_COOPERATION_ZONE = re.compile(r"(?:示范区|试验区|先行区|合作区|产业园|产业基地)$")
_PROVINCES = re.compile("[" + "".join(lexicons.project_words("province")) + "]{2}")
_EVENT_AFTER = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:论坛|博览会|交易会|洽谈会|巡回赛|锦标赛|自行车赛|马拉松|运动会|文化节|旅游节)")
# 三峡机场年旅客吞吐量突破220万人次, 满都拉口岸过货量突破一千万吨, 双流机场新开通国际航线8条: a facility followed
# by the traffic it handles (kg/lexicons/project_words.tsv, kind traffic) or the routes it opens is one in service,
# the subject of a figure, not a work
_IN_SERVICE = re.compile(r"(?:全?年)?(?:旅客|货物|集装箱|货运)?(?:" + words_pattern(lexicons.project_words("traffic"))
                         + r")|新?开通(?:[\u4e00-\u9fff]{0,4})航线")
# 郑州机场跻身全球货运机场40强, 江顺大桥获中国“鲁班奖”: a facility or zone followed by the rank,
# prize or title it won (kg/lexicons/project_words.tsv, kind rated) is one in being, not a work
# 枢纽经济, 枢纽城市, 提升X枢纽功能: the economy, the city or the role of a hub (project_words.tsv, kind hub_role), no hub built
_HUB_ROLE = re.compile(words_pattern(lexicons.project_words("hub_role")))
_RATED = re.compile(r"(?:成功)?(?:" + words_pattern(lexicons.project_words("rated")) + r")|获[^，,。；;、]{1,14}?奖")
# 积极创建三峡国家级旅游度假区, 成功创建阳朔遇龙河国家级旅游度假区: a zone or park the place campaigns to be rated
# as (创建 or 争创 right before its name) is a designation sought, not a work (the guideline: 示范区创建)
_SOUGHT = re.compile(r"(?:创建|争创)$")
# 编制完成成都片区控制性详细规划, 陡河东片区等12项城市设计, 井濂片区控规编制: a 片区 followed by the plan drawn for it
# is an area being planned, not a work (规划建设 and 规划打造 build it)
_PLAN_AFTER = re.compile(r"(?:等[^，,。；;]{0,8}?)?(?:" + words_pattern(lexicons.project_words("plan_scope")) + ")?(?:"
                         + words_pattern(lexicons.project_words("plan")) + ")(?!建设|打造|建成)")
# 醒狮、龙舟、陶艺等非遗项目: a 项目 that is an item of intangible heritage (kg/lexicons/project_words.tsv, kind item)
_ITEM = re.compile("(?:" + words_pattern(lexicons.project_words("item")) + ")项目")
_TITLE = re.compile(r"《[^《》]{1,80}》")
_ORG_AFTER = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:集团|公司|有限|局)")
_STATUS = [
    ("completed", re.compile(r"建成|竣工|投产|投用|通车|完工|交付使用|完成")),
    ("started", re.compile(r"开工|动工|开建|启动建设")),
    ("signed", re.compile(r"签约|签订|签署")),
    ("planned", re.compile(r"谋划|规划|前期|获批|筹建|申报|争取")),
    ("ongoing", re.compile(r"推进|加快|建设|进展顺利|在建|续建|实施")),
]
_INVEST = re.compile(r"(?:总)?投资(?:额)?(?:达|约|超过)?(\d+(?:\.\d+)?)(亿元|万元)")


def _status(clause: str) -> str | None:
    for status, rx in _STATUS:
        if rx.search(clause):
            return status
    return None


# generic words (kg/lexicons/generic.tsv); a count is generic (3个, 十大); a lone numeral inside a name
# abbreviates places (三淅高速, 钢三路)
# a voltage class (220千伏, 500kV, ±800千伏) says what kind of line or substation a work is, not which one
_VOLTAGE = r"±?\d+(?:千伏|[kK][vV])"
_VOLTAGE_END = re.compile(_VOLTAGE + r"(?:特高压)?$")
_VOCAB = re.compile(_VOLTAGE + "|" + lexicons.generic("project")
                    + r"|\d+[个项条座所家批大期]?|[一二三四五六七八九十百千]+[个项条座所家批大期]|的|和|及|型")
# the generic vocabulary of kg/lexicons/generic.tsv and of project_words.tsv, with counts and function words
_GENERIC_P = re.compile("|".join(lexicons.project_words("generic")) + "|" + _VOCAB.pattern)
_CATEGORY_P = re.compile("|".join(map(re.escape, lexicons.project_words("category"))) + "|" + _GENERIC_P.pattern)
_ROAD = re.compile(r"([\u4e00-\u9fff]{2,3}?)(?:[东西南北中]?(?<![公速道干线环之思出门跑电油化套级建])路|大道|大街)")
_LONG_GENERIC = re.compile("|".join(w for w in _GENERIC_P.pattern.split("|") if len(w) >= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", w)))
# a project's name never starts with a bound morpheme cut from the word before (保障|性安居工程)
_BAD_START = re.compile(r"^[性化型度率]")
_METRO_LINE = re.compile(r"\d{1,2}号线(?:[一二三四五]期)?")
_COUNTED = re.compile(r"\d+[个项条座所家批处宗]|[两几一二三四五六七八九十百]+个|^[两几二三四五六七八九十百]+[项条所家批处宗]")
_WALKED = re.compile(r"走(?!马|廊)")  # 走 in or just before a name in 路: a path taken (走开放路, 走好新时代的赶考路)
# a unit of places reached by a kind of road (县县通高速, 乡镇通二级公路, 建制村通硬化路) is a share of coverage
_LINKED = re.compile(r"[县乡镇村组]通(?:高速|高铁|铁路|动车|[一二三四]级|等级|沥青|水泥|硬化|油路|客车|公交)")
_SECTOR_PARK = re.compile(r"(?:产业园|产业基地|科技园|生产基地)$")
_EXCHANGE = re.compile("|".join(lexicons.project_words("exchange")))
_PORT_GRADE = re.compile("|".join(lexicons.project_words("port")))
# 硬化农村公路4977公里, 建成二级公路36公里, 新增公用充电站139座: a facility followed by
# its length or its count is a kind measured by how much of it was built, not one work
_MEASURED = re.compile(r"(?:\d+(?:\.\d+)?|[一二三四五六七八九十两百千万]+)(?:多|余)?万?(?:公里|千米|个|座|条|项|处|所|宗)")
_DESIGNATION = re.compile(r"晋升|申报|申建|创建|入选|荣获|获评|获批|成为|列入|跻身|首批|^(?:南起|北至|西起|东至|北起|南至|西至|东起)")


def _trim(raw: str, a: int, b: int) -> int:
    """Start of a name once the verbs that left_start did not know are set aside (改造铁路, 引导成都经济区,
    打通断头路, 承接澳大利亚): a leading word of two or more characters that jieba tags as a verb and that is
    not a place (遵义 is tagged a verb)."""
    while a < b:
        words = tagged(raw[a:b])
        w = words[0] if words else None
        if w is None or len(w.word) < 2 or w.flag != "v" or len(words) == 1:
            return a
        # a verb before a one-character word may be part of the name: kept when the rest names nothing
        # (擂鼓|石大街中段, 求雨|台公园), dropped when it does (改建|通|乡公路)
        if len(words[1].word) < 2 and not valid_project(raw[a + len(w.word):b]):
            return a
        if any(st == 0 for st, _, _ in gazetteer().find_short(raw[a:b])) or any(st == 0 for st, _, _ in gazetteer().find(raw[a:b])):
            return a
        a += len(w.word)
    return a


def _lead_cut(raw: str, a: int, end: int, floor: int) -> int:
    """Start of a name once a leading verb of kg/lexicons/project_words.tsv (kind lead) is set aside, also one
    that left_start cut in two (抓|紧太原机场): after the last such word that ends in ``raw[a:end]`` (at ``end``
    when nothing is left but the facility: 依法清理|水源地 names none)."""
    best = a
    for w in lexicons.project_words("lead"):
        i = raw.find(w, max(floor, a - len(w) + 1), end)
        while i >= 0 and i + len(w) <= end:
            if i + len(w) > best:
                best = i + len(w)
            i = raw.find(w, i + 1, end)
    return best


# a line named by the places it links, written with dashes (克拉玛依—塔城铁路, 济南—滨州—东营高铁,
# 伊犁—库车750千伏输变电工程): the places before the last one belong to the name
_DASHED_KIND = re.compile(r"(?:铁路|高铁|高速公路|高速|城际铁路|城际|公路|输变电工程|输变电|航线|列车)(?:[一二三]期)?(?:工程|项目)?$")


def _dashed_start(raw: str, text: str, a: int, floor: int) -> int:
    """Start of a line's name once the places written before it with dashes are taken in (奎屯—北屯—|阿勒泰铁路):
    each is a short name of its own, not a facility or a section (X高速惠州段-广河高速 names two roads)."""
    while a - 1 > floor and raw[a - 1] in "—－-" and raw[a - 2:a] != "——":
        st = left_start(text, a - 1, floor, max_len=7)
        seg = raw[st:a - 1]
        if not (2 <= len(seg) <= 6) or not re.fullmatch(r"[\u4e00-\u9fff（）()]+", seg) or has_stop_word(seg) \
                or _SUFFIX_END.search(seg) or seg.endswith(("段", "路", "线")):
            break
        a = st
    return a


def _voltage_items(raw: str, text: str, a: int, floor: int) -> list[tuple[int, int, str]]:
    """The items listed right before the name that starts at ``a`` (马尔康500千伏、|红原220千伏…),
    each a place, two places joined by a dash, or either with its own voltage; the walk stops at a verb."""
    items = []
    while a - 1 > floor and raw[a - 1] in "、和及与":
        st = _dashed_start(raw, text, left_start(text, a - 1, floor, max_len=12), floor)
        item = raw[st:a - 1]
        if not 2 <= len(item) <= 14 or has_stop_word(item) or _SUFFIX_RE.search(item):
            break
        items.append((st, a - 1, item))
        a = st
    return items


def _placed(core: str) -> bool:
    """Does ``core`` open with a place or hold a company's name (磨憨, 某某集团)?"""
    return (any(st == 0 for st, _, _ in gazetteer().find_short(core)) or any(st == 0 for st, _, _ in gazetteer().find(core))
            or re.search(r"集团|公司|股份", core) is not None)


def _named_place(core: str) -> bool:
    """Does ``core`` hold a place, a company, an ordinal or a proper word jieba knows as a place or a proper noun
    (京港澳, 长城)? Stricter than has_proper_name: a coinage or a verb jieba takes for a surname (拓宽) is no name."""
    if _placed(core) or any(gazetteer().find_short(core)) or any(gazetteer().find(core)) or ORDINAL.search(core):
        return True
    return any(w.flag in ("ns", "nz") for w in tagged(core))


def _place_ends(core: str) -> list[int]:
    """Where the places (names or short names) that open ``core`` end."""
    return [en for st, en, _ in (*gazetteer().find_short(core), *gazetteer().find(core)) if st == 0]


def _place_kind(core: str) -> str:
    """The words after the place that opens ``core`` (三亚|绕城, 普兰|支线), when they are a kind, not a verb
    of the clause (新建) nor another place (宁波|杭州湾: a place of its own, no kind); empty otherwise."""
    ends = _place_ends(core)
    rest = core[max(ends):] if ends else ""
    return rest if len(rest) >= 2 and not has_stop_word(rest) and not _BUILDING.search(rest) and not _placed(rest) \
        and not any(gazetteer().find_short(rest)) else ""


def _tail_named(tail: re.Match) -> bool:
    """Is the _TAIL match after a facility the work on it, with no verb of the clause inside (临沧机场|完成改扩建:
    the verb is the clause's predicate)? In a supply work only the place supplied is checked (向 counts as a verb)."""
    if tail.group("supplied"):
        return not has_stop_word(tail.group("supplied"))
    return not (tail.group("work") and has_stop_word(tail.group("work"))) \
        and not has_stop_word(_WORK_WORDS.sub("", tail.group()))


def _road_name(name: str) -> bool:
    """Is ``name`` a street's own name (新华路, 大庆路, 海滨大道)? Its two or three characters are the name
    itself: a one-character generic word (新, 大, 海) counts there, a generic word of two (断头, 小康) does not."""
    r = _ROAD.fullmatch(name)
    return r is not None and not has_stop_word(r.group(1)) and len(_LONG_GENERIC.sub("", r.group(1))) >= 2


def _abbreviation(core: str) -> bool:
    """Is ``core`` a short name made of place abbreviations (上武, 德昌, 大广, 大垫)? 大 abbreviates a place
    (大同, 大庆, 大连) in a two- or three-character name, not a size."""
    return 2 <= len(core) <= 3 and len(_VOCAB.sub("", core.replace("大", "\u3405"))) >= 2


def valid_project(name: str) -> bool:
    """A project name carries something specific once generic vocabulary is set aside."""
    # (高等级航道: the 等 of the grade is no list's)
    if len(name) < 3 or len(name) > 30 or re.search(r"(?<!高)等|等(?!级)", name) or _BAD_START.match(name):
        return False
    # 地铁3号线、6号线、10号线: a metro line is named by its number alone once the report has said 地铁
    if _METRO_LINE.fullmatch(name):
        return True
    # 长江经济带, 粤港澳大湾区: a national strategy's name (kg/lexicons/policies.tsv) is a policy, not a project
    if name in lexicons.policies():
        return False
    # 禹城高新区晋升国家高新区, 来宾申报国家地质公园, 全国首批国家物流枢纽: a designation sought or won, not a project
    if _DESIGNATION.search(name):
        return False
    # 省股权交易中心, 天津产权交易中心, 市公共资源交易中心: a market body (project_words.tsv, kind exchange)
    if name.endswith("交易中心") and _EXCHANGE.search(name):
        return False
    # 汽车整车进口口岸, 进口肉类指定口岸, 国家一类口岸: a port's designation or grade (project_words.tsv, kind port)
    # with no port, airport or place of its own before it (天河机场进境水果指定口岸 is that airport's)
    grade = _PORT_GRADE.search(name) if name.endswith("口岸") else None
    if grade and not has_proper_name(name[:grade.start()]):
        return False
    if re.search(r"[两三四五六七八九十\d]大(?![道街桥厦])", name):  # 陇海、蒙华、三洋三大国家干线铁路: a summary of a list
        return False
    # X、Y4个项目, 新建52条公路, 除险加固2座水库, 两个配套码头: a count of projects, not a name
    if _COUNTED.search(name):
        return False
    # 亿元以上工业项目, 万亩以上的大型现代农业园: a class of projects by size, not a name;
    # 过10亿元项目, 超亿元项目: a class of projects by the money put in, not a name
    if "亿元" in name or _ITEM.search(name):  # (优秀非遗项目: an item of intangible heritage)
        return False
    if re.search(r"以上|以下|条[\d.]+公里", name):  # and 两条187公里高速公路: a count of lines with their length
        return False
    # 新增乐业、凌云4个县通高速, 92%的县通高速公路, 建制村通沥青（水泥）路: a place joined to a network, no project
    if _LINKED.search(name):
        return False
    # 500千伏和220千伏输变电项目: a voltage class with no place of its own names no work
    if re.search(_VOLTAGE, name) and not has_proper_name(re.sub(_VOLTAGE + r"|特高压|输变电|变电站|输电|线路|工程|项目", "", name)):
        return False
    # 西北片区, 东南片区: a part of the region named by its bearing alone, not a zone being built
    if re.fullmatch(r"[东西南北中]{1,2}片区", name):
        return False
    # 普惠金融改革试验区, 统筹城乡综合配套改革试验区, 协同改革先行区: a zone named for a reform it pilots is a
    # designation the place holds or seeks, not a zone being built
    if re.search(r"改革(?:创新)?(?:试验区|示范区|先行区)$", name):
        return False
    core = re.sub(_SUFFIX + "$", "", name)
    if re.search(r"(?:示范区|试验区|先行区|经济带|走廊|片区|新区|新城|小镇|产业带|开发区|高新区|经济区)$", name) and (
            re.match(r"(?:国家|全国|中国|省级|省|首批|第[一二三四五六七八九十]批)", name) or not has_proper_name(core)):
        return False
    # 家具产业园, 鞋业产业基地, 纺织科技产业园: a park named by its sector alone is a kind of park a place plans, not one
    # park; a national one named by its theme (国家航天产业基地) or one named after a facility (百年电厂文化创意产业园)
    # is one of its kind
    if _SECTOR_PARK.search(name) and not name.startswith("国家") and not has_proper_name(core) and not _SUFFIX_RE.search(core):
        return False
    # 第八水厂, 市一中新校区 (an ordinal) and 浚县产业集聚区 (a place whose 县 is also a generic word) are specific
    # (a line's branch keeps the line's short name: 哈大高速连接线)
    line = re.sub("(?:" + _BRANCH.pattern + ")$", "", name)
    if (len(_GENERIC_P.sub("", core)) < 2 and not ORDINAL.search(core) and not any(gazetteer().find(core))
            and not (_ROUTE_KIND.search(line) and _abbreviation(re.sub(_SUFFIX + "$", "", line))) and not _road_name(name)):
        return False
    if re.search(r"(?:项目|工程)$", name) and not has_proper_name(re.sub(r"(?:项目|工程)$", "", name)):
        return False  # 技改项目, 配套项目, 民生实事项目: a category, however long
    # 台资项目, 央企项目, 路桥项目: a category by source or programme (project_words.tsv)
    if re.search(r"(?:项目|工程)$", name) and len(_CATEGORY_P.sub("", name[:-2])) < 2:
        return False
    # 220千伏城东输变电工程, 500千伏凤凰变电站: a voltage class opens the name of a line or substation
    return not re.match(r"^(?!" + _VOLTAGE + r")[\d.]+|^[的和与及以]", name)


def extract_projects(doc: Document, meta: ReportMeta) -> list[Entity]:
    """Project entities with investment and status properties."""
    raw = doc.clean.text
    text = doc.folded
    out: list[Entity] = []
    spans: list[tuple[int, int]] = []
    hidden: list[tuple[int, int]] = []  # spans of what is no project, nor is any facility inside it

    def add(name: str, sent, a: int, b: int, rule: str, alias: str | None = None) -> None:
        clause_a = max([text.rfind(c, sent.start, a) for c in ",;:"] + [sent.start])
        clause_b = min([x for x in (text.find(c, b, sent.end) for c in ",;") if x >= 0] + [sent.end])
        clause = text[clause_a:clause_b]
        inv = _INVEST.search(clause)
        props = {"status": _status(clause),
                 "investment_value": float(inv.group(1)) if inv else None,
                 "investment_unit": inv.group(2) if inv else None,
                 "region": meta.region}
        bare = re.sub(r"(?:项目|工程)$", "", name)
        aliases = [bare] if bare != name and len(bare) >= 4 else []
        if alias and alias != name and alias not in aliases:
            aliases.append(alias)
        out.append(Entity(entity_id("Project", bare if len(bare) >= 4 else name, meta.region), "Project", name,
                          aliases, props,
                          [evidence(doc, sent, meta.id, a, b, f"project.{rule}")]))
        spans.append((a, b))

    for sent in doc.sentences:
        if sent.part == "outlook":
            continue
        s, e = sent.start, sent.end
        # 《哈密市城北物流园规划》, 《宋都古城保护与修缮规划》: a facility inside a document's title is what the
        # document is about, not a work the sentence reports on
        taken: list[tuple[int, int]] = [t.span() for t in _TITLE.finditer(raw, s, e)]
        for m in _ROUTE.finditer(text, s, e):
            a = left_start(text, m.start(), s, max_len=6)
            b = m.end()
            # 国道577线精河—伊宁县, 国道218线伊宁市过境: the section named after a bare route number is its project
            sec = _ROUTE_SECTION.match(text, b, e) if m.group().endswith("线") else None
            if sec and not has_stop_word(sec.group(1)) and re.search(r"[—－\-至]|过境$", sec.group(1)):
                b = sec.end(1)
            add(raw[a:b], sent, a, b, rule="route")
            taken.append((a, b))
        # 麒师等4条高速公路, 长修等10条高速公路, 宣城至黄山等6条高速公路, 信阳至明港等一级公路: the one
        # line named before a count of lines of its kind
        for m in _COUNTED_ROUTE.finditer(text, s, e):
            a = left_start(text, m.start(), s, max_len=9)
            item = raw[a:m.start()]
            name = item + m.group(2)
            ends = _ENDS.fullmatch(item)
            if (ends or m.group("count") and 2 <= len(item) <= 4) and valid_project(name) \
                    and not any(x <= a < y for x, y in taken):
                add(name, sent, a, m.start(), rule="shared", alias=item)
                taken.append((a, m.start()))
        for m in _COUNTED_LENGTH.finditer(text, s, e):
            seg = max([text.rfind(c, s, m.start()) for c in "，,。；;：:"] + [s - 1]) + 1
            for st, end in list_items(raw, text, seg, m.start(), max_len=20):
                ends = _ENDS_ITEM.search(raw, st, end)
                if ends and ends.end() == end and not has_stop_word(ends.group()) \
                        and not any(x <= ends.start() < y for x, y in taken):
                    add(ends.group(), sent, ends.start(), end, rule="shared")
                    taken.append((ends.start(), end))
        for m in _WATER_LIST.finditer(text, s, e):
            seg = max([text.rfind(c, s, m.start()) for c in "，,。；;：:"] + [s - 1]) + 1
            for st, end in list_items(raw, text, seg, m.start(), max_len=12):
                st = _lead_cut(raw, _trim(raw, st, end), end, seg)
                item = raw[st:end]
                if 2 <= len(item) <= 6 and item[-1] in "湖池江河溪渠沟库" and has_proper_name(item) \
                        and not _WATER_GENERIC.search(item) and not has_stop_word(item) and not any(x <= st < y for x, y in taken):
                    add(item + m.group("work"), sent, st, end, rule="water")
                    taken.append((st, end))
            taken.append((m.start(), m.end()))
        for m in _SHARED.finditer(text, s, e):
            phrase = m.group(2)
            # 徐家汇等|世界级地标性商圈: a class the items hold, no facility they share (nor one named by the class alone)
            if _RANK.search(phrase):
                taken.append((m.start(2), m.end(2)))
                continue
            road_kind = _ROAD_KIND.match(phrase)
            roads = bool(road_kind and _WORK_WORDS.fullmatch(phrase, road_kind.end()))
            if road_kind and roads:
                phrase = phrase[road_kind.end():]
            # 清江、沮漳河等防洪治理项目, 修正药业、四环药业等产业园项目: a 项目 of a named kind of work or facility
            # is each item's project; a 项目 of a sector (贵金属加工项目) or a grade (重点项目) is the list's category
            worked = phrase.endswith("项目") and _WORK_KIND.search(phrase[:-2]) and not _CATEGORY.search(phrase[:-2])
            # 雷山鸡鸠等4座中型水库, 三岔河等6个水库: the one facility named before a count of its kind
            # (its kind a bare facility: 6个县市城镇污水处理厂 is one for each place)
            single = "、" not in m.group(1) and "等" in text[m.end(1):m.start(2)] and _SUFFIX_RE.fullmatch(_SIZE.sub("", phrase)) \
                and not phrase.endswith(("项目", "工程")) and not _SUFFIX_END.search(m.group(1))
            if ("、" not in m.group(1) and not single) or (_CATEGORY.search(phrase) and not worked):
                continue
            # 发展10大扶贫产业、打造|10个太行山综合开发产业片区: a count right after a verb counts the verb's
            # object; the list before the verb shares nothing with it
            if "等" not in text[m.start(1):m.start(2)] and has_stop_word(re.split("[、和及与]", m.group(1))[-1]):
                continue
            # 海关、检验检疫等口岸单位, 昆玉、东绕城等高速公路沿线: the facility only qualifies a noun
            if _QUALIFIED.match(text, m.end(), e):
                continue
            for st, pos in list_items(raw, text, m.start(1), m.end(1), max_len=16):
                st = _trim(raw, st, pos)
                if roads and not _ROAD_ITEM.search(raw, st, pos):
                    continue  # only the roads of the list share the work on roads
                if _OWN_END.search(raw, st, pos) and not _ALONG.search(phrase):
                    continue  # 西客站、马滩、安宁等新兴高端商务区: a station is no 商务区 of its own
                # the size class of the list (中小型水库) is no part of each item's name
                kind = _SIZE.sub("", phrase)
                name = raw[st:pos] + (kind if not raw[st:pos].endswith(kind) else "")
                # 莲升片区、南风古灶片区等历史文化街区, X新城、Y工业园等先行示范区: an item that is a
                # facility already is named by itself, unless the list shares works laid along it or built at it
                if _SUFFIX_END.search(raw[st:pos]) and not _ALONG.search(phrase) and valid_project(raw[st:pos]):
                    name = raw[st:pos]
                # a valid road stays valid with the work on it, though the work words are generic enough to make
                # the whole read as vocabulary (通港大道改造提升工程)
                if valid_project(raw[st:pos] if roads else name) and not any(x <= st < y for x, y in taken):
                    add(name, sent, st, pos, rule="shared")
                    taken.append((st, pos))
            taken.append((m.start(2), m.end(2)))
        for m in _LIST.finditer(text, s, e):
            if "等" not in text[m.end(1):m.end()] and ("、" not in m.group(1) or "等" in m.group(1)) \
                    or _ITEM.search(text, m.end(1), m.end()):
                continue
            # 上武、德昌、德上高速, 武西、郑万、武九铁路: short names before a short name with a facility share it
            shared, items = "", []
            for st, end in reversed(list_items(raw, text, m.start(1), m.end(1))):
                st = _lead_cut(raw, _trim(raw, st, end), end, m.start(1))
                if _DASHED_KIND.search(raw, st, end):
                    st = _dashed_start(raw, text, st, m.start(1))
                name = raw[st:end]
                suf = _SUFFIX_END.search(name)
                cut = suf.start() if suf else 0
                while suf and (g := _GENERIC_END.search(name, max(0, cut - 6), cut)) and g.start() >= 2:
                    cut = g.start()  # X|水利枢纽: the generic words before the facility are shared with it
                # a street's own name ends in 路 (景西南路): no other item shares it
                if suf and 2 <= cut <= 3 and _abbreviation(name[:cut]) and not has_stop_word(name) \
                        and not re.fullmatch(r"[东西南北中]?路|大道|大街", name[cut:]):
                    shared = name[cut:]
                elif shared and not suf and 2 <= len(name) <= 4 and raw[end:end + 1] == "、" and not has_stop_word(name):
                    name += shared
                else:
                    shared = ""
                items.append((st, end, name))
            for st, end, name in reversed(items):
                # an item with no facility in its name is a project by its proper name (全丰无人机), not by
                # an activity (健康管理、康复养生等项目)
                named = _SUFFIX_RE.search(name) or has_proper_name(name)
                if named and valid_project(name) and not any(x <= st < y for x, y in taken):
                    add(name, sent, st, end, rule="list")
                    taken.append((st, end))
        joined: int | None = None  # start of the first of two facilities a link joins (A与B连接线)
        for m in _SUFFIX_RE.finditer(text, s, e):
            if any(x < m.end() <= y for x, y in taken):
                continue
            if _ORG_AFTER.match(text, m.end(), e):  # 中国铁路通信信号公司, 甘肃民航机场集团: an organization's name
                continue
            # 西江经济带合作与发展论坛, 环广西公路自行车赛: the facility names an event held, not a work
            if _EVENT_AFTER.match(text, m.end(), e):
                continue
            if _IN_SERVICE.match(text, m.end(), e):
                continue
            if m.group().endswith("片区") and _PLAN_AFTER.match(text, m.end(), e):
                continue
            # a facility rated or a hub's role: the facilities inside its name (董家铁路|物流枢纽功能, 温泉小镇|特色街区
            # 被评为…) are no works either
            if (_RATED.match(text, m.end(), e) and not m.group().endswith(("项目", "工程"))
                    or m.group().endswith("枢纽") and _HUB_ROLE.match(text, m.end(), e)):
                hidden.append((left_start(text, m.start(), s, max_len=20), m.end()))
                continue
            # 南昌铁路口岸, 东莞铁路口岸, X机场高速: a facility right before a port or a road leading to it is
            # part of that one's name
            if _NAMED_BY.match(text, m.end(), e):
                continue
            a = left_start(text, m.start(), s, max_len=20)
            if raw[a - 2:a] == "合作" and _COOPERATION_ZONE.search(m.group()):
                partners = left_start(text, a - 2, s, max_len=12)
                if partners < a - 2 and (has_proper_name(raw[partners:a - 2]) or _PROVINCES.match(raw, partners)):
                    a = partners
            work = _WORK.search(text, max(s, m.start() - 3), m.start())
            if a == m.start() and work:  # …钛白粉扩建项目: the kind of work belongs to the name before it
                a = left_start(text, work.start(), s, max_len=20)
            a = _lead_cut(raw, _trim(raw, a, m.end()), m.start(), s)
            if not valid_project(raw[a:m.end()]) or raw[a - 1:a] in ("“", "”") or raw[a - 1:a + 1] in ("以上", "以下"):
                continue
            # 江门大道与佛开高速连接线, 海文高速与绕城高速连接线: a link between two facilities is one work named by both
            if _LINK_PAIR.match(text, m.end(), e):
                joined = a
                continue
            if joined is not None and raw[a - 1:a] == "与":
                a = joined  # kept for the link matched again with its 工程 (X连接线|工程), which names the same work
            else:
                joined = None
            # 沈大与丹大高速公路连接线, 济广与厦蓉高速会昌联络线, 斗门与金湾快速连接线: a short name before 与 is the
            # other end of the link, which is the one work (not a link of each); areas linked by a road of no name
            # name none (核心城区与卫星城之间…连接线, 县市区与X站的快速连接线)
            link = _LINK_PAIR.match(text, a - 1, e) if raw[a - 1:a] == "与" else None
            if link and "的" not in link.group() and "之间" not in link.group():
                st = _lead_cut(raw, _trim(raw, left_start(text, a - 1, s, max_len=6), a - 1), a - 1, s)
                if _SHORT_NAME.fullmatch(raw, st, a - 1) and not has_stop_word(raw[st:a - 1]) \
                        and not _SUFFIX_RE.search(raw, st, a - 1):
                    add(raw[st:link.end()], sent, st, link.end(), rule="shared")
                    taken.append((st, link.end()))
                    continue
            if m.group().endswith("路") and _WALKED.search(re.split(r"[，,。；;、：:]", raw[max(s, a - 6):a])[-1]
                                                            + raw[a:m.end() - 1]):
                continue  # 走开放路, 走好新时代长征路, 走出一条新路: a path taken, no street
            if _MEASURED.match(text, m.end(), e) and not _named_place(raw[a:m.start()]):
                continue
            if _SOUGHT.search(raw, max(s, a - 2), a):
                continue
            if _DASHED_KIND.search(raw, a, m.end()):
                a = _dashed_start(raw, text, a, s)
            # the facility is named; what follows it up to 工程/项目 is the work on it (西泉眼水库维修加固工程)
            tail = None if m.group().endswith(("项目", "工程")) else _TAIL.match(text, m.end(), e)
            b = tail.end() if tail and _tail_named(tail) else m.end()
            # 槐安路以南西半幅建设, 飞龙路两侧等街角绿化工程: a street the works stand by (project_words.tsv, kind
            # beside) is no work itself unless its works follow (三环路沿线整治)
            if b == m.end() and _STREET_END.search(m.group()) and _BESIDE.match(text, b, e):
                continue
            listed = _LISTED_WORKS.match(text, m.end(), e) if b == m.end() and not m.group().endswith(("项目", "工程")) else None
            if listed and not any(has_stop_word(item) for item in re.split("[、和]", text[m.end() + 1:listed.start("works")])):
                add(raw[a:b] + listed.group("works"), sent, a, b, rule="shared")
            else:
                add(raw[a:b], sent, a, b, rule="suffix")
            taken.append((a, b))
            # the shared part: the facility with the generic words before it (宁都|垃圾焚烧发电厂)
            shared_start = m.start()
            while True:
                g = _GENERIC_END.search(text, max(a, shared_start - 6), shared_start)
                if not g or g.start() <= a + 1:
                    break
                shared_start = g.start()
            # 德商、京台、京沪高速连接线: short names listed before a line's branch share the branch too
            shared = raw[shared_start:b if _BRANCH.fullmatch(raw, m.end(), b) else m.end()]
            pos = a
            items = []
            # 临江220千伏、姚家湖110千伏输变电工程; A—B、C—D 750千伏输变电工程: the places listed before
            # a work of a voltage class share the work, and its voltage when they give none of their own
            volt = _VOLTAGE_END.search(raw, a, m.start())
            if volt is not None:
                for st, en, item in _voltage_items(raw, text, a, s):
                    name = item + (raw[m.start():b] if _VOLTAGE_END.search(item) else raw[volt.start():b])
                    if valid_project(name) and not any(x <= st < y for x, y in taken):
                        add(name, sent, st, en, rule="shared")
                        taken.append((st, en))
            # 西安至阎良、铜川至黄陵高速公路, 上关至洱源县城、上关至鹤庆一级公路: lines named by their two ends,
            # listed before the last one's kind, each take that kind (and its grade)
            grade = _GRADE.search(raw, max(a, m.start() - 3), m.start())
            graded = grade.start() if grade else m.start()
            ends = _ENDS_ITEM.fullmatch(raw, a, graded) if _DASHED_KIND.search(m.group()) else None
            if ends:
                shared = raw[graded:m.end()]
            # 九景、永武、彭湖高速公路|沿线村庄: a facility that only qualifies a noun is shared by no item
            while volt is None and pos - 1 > s and raw[pos - 1] in "、和及与" and not _QUALIFIED.match(text, b, e):
                if ends:
                    st = _lead_cut(raw, _trim(raw, left_start(text, pos - 1, s, max_len=14), pos - 1), pos - 1, s)
                    item = raw[st:pos - 1]
                    if not _ENDS_ITEM.fullmatch(item) or has_stop_word(item):
                        break
                else:
                    st = left_start(text, pos - 1, s, max_len=7)
                    item = raw[st:pos - 1]
                    if not (2 <= len(item) <= 4) or shared_start - a > 4 + 1 or _SUFFIX_RE.search(item) or has_stop_word(item) \
                            or _OWN_END.search(item):
                        break
                items.append((st, pos - 1, item))
                pos = st
            # 海口、三亚绕城高速公路, 隆子、定日、普兰支线机场: places listed before a place with a kind of the
            # facility share that kind too (海口绕城高速公路), not the bare facility
            kind = _place_kind(raw[a:shared_start]) if items and not ends and all(len(i) in _place_ends(i) for _, _, i in items) else ""
            for st, en, item in items:
                name = item + kind + shared
                if valid_project(name) and not any(x <= st < y for x, y in taken):
                    add(name, sent, st, en, rule="shared")
                    taken.append((st, en))
        for m in _LAYOUT.finditer(text, s, e):
            if not any(x <= m.start() < y for x, y in taken):
                add(m.group(1) + m.group(2), sent, m.start(), m.end(), rule="layout")
                taken.append((m.start(), m.end()))
        # 引绰济辽, 引松入双, 引黄入冀补淀, 西气东输二线工程: a transfer of water, gas or power
        # between two named places is a project named by its own formula
        for m in _TRANSFER.finditer(text, s, e):
            if any(x < m.end() <= y or x <= m.start() < y for x, y in taken):
                continue
            # 南水北调|沿线, 西电东送|配套电网: a transfer followed by another noun only qualifies it
            end = m.end() + 1 if raw[m.end():m.end() + 1] == "”" else m.end()
            if not _TRANSFER_END.match(text, end, e):
                continue
            add(raw[m.start():m.end()], sent, m.start(), m.end(), rule="transfer")
            taken.append((m.start(), m.end()))
        # 太湖综合治理, X江流域综合整治, X沟黑臭水体整治: a named lake, river or wetland with the work on it
        for m in _WATER_WORK.finditer(text, s, e):
            head_end = m.start() + len(m.group("water"))
            if any(x < head_end <= y for x, y in taken):
                continue
            a = _lead_cut(raw, _trim(raw, left_start(text, head_end, s, max_len=8), head_end), head_end, s)
            water = raw[a:head_end]
            if not 2 <= len(water) <= 5 or not has_proper_name(water) or _WATER_GENERIC.search(water) or not valid_project(raw[a:m.end()]):
                continue
            add(raw[a:m.end()], sent, a, m.end(), rule="water")
            taken.append((a, m.end()))
            # 金水河、熊儿河、溱水河整治, 独流减河、潮白新河、蓟运河综合治理: the waters listed before share the work
            shared_work, pos = raw[head_end:m.end()], a
            while pos - 1 > s and raw[pos - 1] == "、":
                st = left_start(text, pos - 1, s, max_len=6)
                item = raw[st:pos - 1]
                if not (2 <= len(item) <= 5 and item[-1] in "湖池江河溪渠沟" and has_proper_name(item)) \
                        or _WATER_GENERIC.search(item) or any(x <= st < y for x, y in taken):
                    break
                add(item + shared_work, sent, st, pos - 1, rule="water")
                taken.append((st, pos - 1))
                pos = st
        # 加快磨憨医院建设, X医院新院区投入使用: a hospital, a hotel, a book city is a project when the clause
        # builds or opens it, and when a proper name goes with it (not 加快市胸科医院建设)
        for m in _BUILT_RE.finditer(text, s, e):
            if any(x < m.end() <= y for x, y in taken) or _ORG_AFTER.match(text, m.end(), e):
                continue
            clause_a = max([text.rfind(c, s, m.start()) for c in "，,；;：:"] + [s])
            clause_b = min([x for x in (text.find(c, m.end(), e) for c in "，,；;。") if x >= 0] + [e])
            if not _BUILDING.search(text, clause_a, clause_b):
                continue
            a = _lead_cut(raw, _trim(raw, left_start(text, m.start(), s, max_len=20), m.start()), m.start(), s)
            core = raw[a:m.start()]
            # a numbered hospital (第三医院) is an existing body; its new site or branch (第三医院新址) is built
            ordinal = ORDINAL.search(core) and not m.group().endswith("医院")
            # a base (基地) is a project when a place or a company owns it (X县汽配加工基地), not a title the
            # place holds or seeks (全国先进制造业基地, 全国八一少年军校基地) nor a sector's (富硒基地)
            if m.group() in ("基地", "中心", "平台") and (_TITLE_START.match(core) or not _placed(core)):
                continue
            if len(_GENERIC_P.sub("", core)) < 2 or not (has_proper_name(core) and not _ONLY_ORDINAL.fullmatch(core) or ordinal) \
                    or not valid_project(raw[a:m.end()]):
                continue
            add(raw[a:m.end()], sent, a, m.end(), rule="built")
            taken.append((a, m.end()))
    return _outermost(out, spans, hidden)


def _outermost(out: list[Entity], spans: list[tuple[int, int]], hidden: list[tuple[int, int]]) -> list[Entity]:
    """A mention read inside a longer project's mention is part of that name, not a project of its own
    (禄口机场 in 禄口机场T1航站楼改扩建工程, 国道N线A至B段 in …段一级路): only the outermost one is kept;
    one inside a ``hidden`` span (a facility rated, a hub's role) is dropped."""
    keep = []
    for i, (a, b) in enumerate(spans):
        inner = any(j != i and c <= a and b <= d and (c, d) != (a, b) and out[j].name != out[i].name
                    for j, (c, d) in enumerate(spans)) or any(c <= a and b <= d for c, d in hidden)
        if not inner:
            keep.append(out[i])
    return keep
