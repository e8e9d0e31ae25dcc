"""Organization, policy and project constructions, each a sentence of a corpus report of another region and decade
than the development reports they were read from (region and year in the test's row)."""
import pytest

from test_extract import _prep
from kg.extract import extract_report


def _names(region: str, year: int, sentence: str, type_: str) -> set[str]:
    text = f"{year}年{region}政府工作报告\n一、{year - 1}年工作回顾\n{sentence}\n二、{year}年工作安排\n今年要抓好以下工作。\n"
    return {e.name for e in extract_report(_prep(text)).entities if e.type == type_}


POLICIES = [
    # a 长制 (chief system) is a policy with or without quotes, after a verb or in a list
    ("巴中市", 2023, "落实粮食安全和耕地保护党政同责，全面推行“田长制”，守住粮食安全压舱石。", {"田长制"}),
    ("淄博市", 2020, "建成运行城市管理综合服务平台，全面推行路长制、街长制管理模式，夯实精细管理的基础。", {"路长制", "街长制"}),
    ("铜陵市", 2019, "深入实施林长制，开展大规模国土绿化行动，完成营造林8.3万亩。", {"林长制", "国土绿化行动"}),
    # a quoted “…年” campaign with its head, and a numbered programme in digits
    ("阜新市", 2022, "坚持“项目为王”，开展“高质量项目建设年”活动，实施“阜新速度”项目30个。", {"高质量项目建设年活动"}),
    ("滨州市", 2021, "深化“3511”工程，出台支持企业上市政策，完成2家企业上市、20家企业股权交易市场挂牌。", {"3511工程"}),
    # quoted bodies, a speech, typhoons, the spirit of a motto, what is removed or fought, a role taken on
    ("锦州市", 2022, "圆满完成村（社区）“两委”换届。", set()),
    ("宿迁市", 2020, "新引进“两院”院士3人、高层次人才及团队136个。", set()),
    ("锦州市", 2020, "成功抵御 “利奇马”台风。", set()),
    ("锦州市", 2020, "以“功成不必在我”的境界和“功成必定有我”的担当，恪守为民情怀，多做打基础、利长远、暖民心的事。", set()),
    ("珠海市", 2014, "加快淘汰“黄标车”，建成机动车排气污染监控和防治工程。", set()),
    ("永州市", 2015, "健全完善立体化防控体系，依法严厉打击“两抢一盗”、“三强”、黄赌毒、非法集资等各类违法犯罪活动，提高防恐防爆能力。", set()),
    ("定西市", 2023, "始终心怀“国之大者”，把国家所需、定西所能、群众所盼紧密结合起来，在现代化建设大局中不断增加定西份额，贡献定西力量。", set()),
    ("沧州市", 2021, "大力推广成熟有效做法，成立代办中心、组建工作专班，当好企业金牌“店小二”。", set()),
    ("安顺市", 2025, "深化企业服务大行动，推动各级领导干部深入企业当好“店小二”，设身处地为企业排忧解难。", {"企业服务大行动"}),
    # titled works of art are no policy documents
    ("济南市", 2014, "创排了吕剧《补天》、京剧《项羽》等一批精品剧目。", set()),
    # a qualifier with the report's own place (kg/lexicons/policy_patterns.tsv), and 依法治市
    ("朔州市", 2016, "平安朔州、法治朔州建设深入推进。", {"平安朔州", "法治朔州"}),
    ("泰安市", 2016, "深入落实依法治市要求。", {"依法治市"}),
    # streaks of results and labour brands are no policies
    ("白城市", 2025, "粮食产量实现“十三连增”。", set()),
    ("恩施土家族苗族自治州", 2021, "打造“恩施月嫂”“恩施厨娘”等劳务品牌。", set()),
    # what a report says to avoid is no policy (防止“非粮化”); a quoted train route is no policy
    ("桂林市", 2022, "遏制耕地“非农化”、防止“非粮化”，守住粮食安全底线。", set()),
    ("锦州市", 2023, "开行“锦-沈-满-欧”中欧班列。", set()),
    # conduct a report forswears (决不能, 不当, 不做) is no policy
    ("鄂尔多斯市", 2022, "健全守信践诺机制，言必信、行必果，决不能“新官不理旧账”。", set()),
    ("常德市", 2019, "积极应对重大挑战、抵御重大风险、解决重大矛盾，争做“主攻手”、不当“二传手”。", set()),
    ("鸡西市", 2022, "要主动担当作为，做行动者，不做清谈客，当奋斗者，不当“泥菩萨”，坚决不做“老好人”“太平官”“两面人”。", set()),
    # 应X尽X says everyone eligible is covered: an outcome, not a policy
    ("安康市", 2023, "完善社会救助体系，精准落实救助政策，确保困难群众“应保尽保”“应救尽救”。", set()),
    ("扬州市", 2021, "一着不让抓好常态化疫情防控，高效承担上海、南京等口岸部分入境人员专班转运和健康管理任务，病毒核酸检测实验室“应建尽建”、"
     "重点人员“应检尽检”、重点部位“应查尽查”。", set()),
    # a quoted layout before its trunk roads (骨干路网, 主干路网) names a network of works
    ("湘潭市", 2016, "昭山示范区“三纵四横”骨干路网全面贯通，学校等公共服务设施加快完善。", set()),
    ("四平市", 2022, "紫气大路、东丰路立交桥横贯东西，60条市政道路内外畅通，“十五横十二纵”主干路网逐步形成。", set()),
    # a system named after two verbs (探索建立, 建立健全): the second verb is no part of its name
    ("深圳市", 2019, "推动市社会福利救助综合服务中心等项目建设，新增一批老年人日间照料中心，探索建立老年人长期护理保险制度，完善综合养老服务体系。",
     {"老年人长期护理保险制度"}),
    ("河南省", 2013, "实施找矿突破行动，探索建立重要矿产资源储备制度。", {"重要矿产资源储备制度"}),
    ("佛山市", 2010, "加强房地产市场调控，探索建立政策性租赁住房制度，加快以廉租房为主的保障性住房建设。", {"政策性租赁住房制度"}),
    # quoted terms listed before 等 and the kind of programme they are (改革, 模式, 工程, 政策): each is a policy
    ("汕头市", 2023, "推进“粤菜师傅”“广东技工”“南粤家政”等人才培育工程，开展技能培训超1万人次。", {"粤菜师傅", "广东技工", "南粤家政"}),
    ("成都市", 2017, "积极推行工程建设领域“多评合一”“联合验收”等新模式。", {"多评合一", "联合验收"}),
    ("鞍山市", 2022, "优化再造工程建设项目审批流程，深化“标准地”“云勘验”“中介服务限时办”等改革，确保审批时限压缩到45个工作日以内。",
     {"标准地", "云勘验", "中介服务限时办"}),
    # a 工程 or 计划 after its verb is named by four characters (全民健康工程, 产业倍增计划); 抓好 is such a verb
    ("巴音郭楞蒙古自治州", 2022, "深入实施全民健康工程，加强基本公共卫生服务，提升城乡居民免费健康体检质效。", {"全民健康工程"}),
    ("惠州市", 2019, "实施增收致富工程。", {"增收致富工程"}),
    ("黔东南苗族侗族自治州", 2022, "紧紧围绕“四新”主攻“四化”，大力实施产业倍增计划，全力提升产业规模，做大经济总量。",
     {"产业倍增计划", "四新", "四化"}),
    ("桂林市", 2017, "继续抓好专利倍增计划，力争申请发明专利5300件以上，每万人口发明专利拥有量6.5件以上。", {"专利倍增计划"}),
    ("延边朝鲜族自治州", 2018, "深入推进“大众创业、万众创新”，抓好返乡创业工程，加大高校毕业生、电商从业人员、返乡创业者扶持力度，"
     "努力使每个劳动者都有干事创业的机会。", {"大众创业万众创新", "返乡创业工程"}),
    # a national responsibility system named by what it puts an official in charge of and that official
    # (kg/lexicons/policy_patterns.tsv, kind charge); the quoted field alone (“菜篮子”) is no name of it
    ("兰州市", 2020, "压实“菜篮子”市长负责制，做好重要农产品生产保供稳价工作。", {"菜篮子市长负责制"}),
    ("福州市", 2019, "落实粮食安全省长责任制，确保粮食种植面积稳定在150万亩以上。", {"粮食安全省长责任制"}),
    ("乐山市", 2019, "落实粮食安全行政首长负责制，加强高标准农田建设，确保粮食产量稳定在120万吨。", {"粮食安全行政首长负责制"}),
    ("浙江省", 2012, "坚持最严格的耕地保护制度，落实“米袋子”、“菜篮子”行政首长负责制，推进农业结构调整和农作制度创新，着力提高单产水平。",
     {"最严格的耕地保护制度", "米袋子、菜篮子行政首长负责制"}),
    # 战略产业 after a list names industries, not strategies
    ("广州市", 2006, "加快国有经济布局和结构调整，提高国有经济运行质量，促进国有资本向基础性产业、重要产业和新兴战略产业集中，"
     "增强国有经济的影响力、带动力和控制力。", set()),
    ("苏州市", 2018, "完善国有资产管理体制，推动国有资本向重要行业、关键领域、重点基础设施、前瞻性战略产业集中，促进国有资产保值增值，"
     "做强做优做大国有资本。", set()),
    ("西藏自治区", 2020, "推进国资统一监管，加快向“管资本”转变，发挥国有经济维护国计民生、培育战略产业引领作用，健全法人治理结构，"
     "推动国有资本做强做优做大。", set()),
    # the national mechanism against relapse into poverty in its many wordings (kg/lexicons/policies.tsv)
    ("济南市", 2022, "落实好5年过渡期政策，健全防返贫动态监测帮扶机制，强化产业和就业帮扶，确保不发生规模性返贫。",
     {"防止返贫动态监测和帮扶机制"}),
    ("十堰市", 2020, "建立健全返贫监测预警和动态帮扶机制，对返贫和新发生贫困人口及时提供帮扶，确保实现稳定脱贫。", {"防止返贫动态监测和帮扶机制"}),
    # a system's name is not cut before 体系
    ("襄阳市", 2016, "健全生态文明制度体系。", set()),
    # national policy vocabulary (kg/lexicons/policies.tsv)
    ("黄冈市", 2021, "健全防止返贫动态监测和帮扶机制。", {"防止返贫动态监测和帮扶机制"}),
    ("重庆市", 2014, "认真贯彻落实科学发展观，实行积极的财政政策和稳健的货币政策。",
     {"科学发展观", "积极的财政政策", "稳健的货币政策"}),
    # the short forms of national policies are the policies themselves (精准扶贫、精准脱贫 is one strategy)
    ("白城市", 2022, "抢抓“双碳”机遇，全力推进国家级清洁能源基地建设，全市新能源在建及并网装机总量接近1000万千瓦，新争取指标461万千瓦、"
     "绿电产业园区单独获批130万千瓦。", {"碳达峰碳中和"}),
    ("酒泉市", 2020, "持续推进供给侧改革，“去降补”成效明显，减免企业税费9.1亿元，兑现运输补贴862万元，为18户企业落实直购电12亿千瓦时，"
     "消化存量商品房9800套。", {"供给侧结构性改革", "三去一降一补"}),
    ("锦州市", 2021, "实施创新驱动战略。", {"创新驱动发展战略"}),
    ("朔州市", 2016, "把脱贫作为最大的民生工程，坚持精准扶贫、精准脱贫，因人因地施策，创新扶贫开发工作机制。", {"精准扶贫"}),
    ("泰安市", 2020, "坚决打赢精准脱贫攻坚战。", {"精准扶贫"}),
    # the number of an entry of a report's closing glossary is no part of the programme's name
    ("四平市", 2021, "9．新基建“761”工程：为加快补齐我省基础设施短板，省政府决定启动实施的新型基础设施建设工程，从2020年开始实施，"
     "“十四五”期间完成。", {"新基建", "新基建761工程"}),
    ("滨州市", 2024, "42.居民收入“四增”工程", {"居民收入四增工程"}),
    # a strategy after its verb is named by its aim, however short
    ("葫芦岛市", 2016, "大力实施品牌战略，提高绿色有机和地理标志商标产品的质量和效益。", {"品牌战略"}),
    ("莆田市", 2014, "实施品牌战略，助推企业上市。", {"品牌战略"}),
    ("南阳市", 2016, "实施开放带动战略。充分发挥开放招商的综合带动作用。", {"开放带动战略"}),
    # the programmes listed after the first, each with its own head, share its verb
    ("海南省", 2006, "必须继续实施科教兴琼战略、人才强省战略和可持续发展战略，切实加强社会主义经济建设。",
     {"科教兴琼战略", "人才强省战略", "可持续发展战略"}),
    ("浙江省", 2012, "深入实施知识产权战略、品牌战略和标准化战略，积极鼓励发明创造。", {"品牌战略", "标准化战略"}),
    ("六安市", 2016, "以改革创新为主动力，大力实施开放合作战略、新型工业化战略和新型城镇化战略。",
     {"开放合作战略", "新型工业化", "新型城镇化"}),
    # a law named by its title without 《》 after a verb that applies it
    ("吕梁市", 2016, "严格执行环境保护法，严守环境质量底线和环保责任红线。", {"环境保护法"}),
    ("吉林市", 2015, "认真贯彻预算法，完善政府预算体系，实行全口径预算管理。", {"预算法"}),
    ("酒泉市", 2025, "贯彻学前教育法，推动学前教育普及普惠、安全优质发展。", {"学前教育法"}),
    # a law named before its coming into force or its teaching, which a verb promotes; not a law's implementing rules
    # nor a kind of law
    ("潍坊市", 2021, "制定实施“八五”普法规划，全力推动和保障民法典实施。", {"八五普法", "民法典"}),
    ("长沙市", 2007, "切实抓好公务员法实施，进一步规范公务员管理。", {"公务员法"}),
    ("内蒙古自治区", 2002, "认真落实党的民族政策，加强民族区域自治法的学习宣传，大力开展民族团结教育，巩固发展平等、团结、互助的社会主义新型民族关系。",
     {"民族区域自治法"}),
    ("安徽省", 2026, "推动出台民营经济促进法实施办法，依法平等保护民营企业产权和企业家权益，健全防范拖欠中小企业账款长效机制。", set()),
    ("广州市", 1994, "普法教育工作继续推进，加强了《宪法》的宣传教育，开展了各项专业法的学习宣传，提高了各级行政机关干部法制基本理论水平，"
     "增强了公民的法治观念，依法治市进一步推进。", {"宪法", "依法治市"}),
    # a programme with its term of years is named without a verb before it
    ("黄冈市", 2022, "安全生产专项整治三年行动扎实推进。", {"安全生产专项整治三年行动"}),
    ("马鞍山市", 2016, "教育信息化三年行动计划圆满收官，在全省率先实现县区义务教育基本均衡。", {"教育信息化三年行动计划"}),
    ("池州市", 2021, "水利薄弱环节治理三年行动计划全面完成，成功抗御长江流域性大洪水。", {"水利薄弱环节治理三年行动计划"}),
    # a system named by what it protects or manages under (最)严格的, after a verb applying it; each listed object
    # is a system of its own (the lexicon's ones stay canonical)
    ("江苏省", 2008, "继续实行最严格的土地管理制度，严格执行土地利用总体规划，从严控制新增建设用地。", {"最严格的土地管理制度"}),
    ("朔州市", 2016, "实行最严格的水资源管理制度、节约用地制度，实现资源的可持续开发利用。",
     {"最严格水资源管理制度", "最严格的节约用地制度"}),
    ("呼伦贝尔市", 2014, "实施最严格的损害赔偿制度和责任追究制度，加大环境保护执法力度，严惩乱砍滥伐、毁林毁草开荒、草原挖药等行为。",
     {"最严格的损害赔偿制度", "最严格的责任追究制度"}),
    # events of a kind (who takes part, their trade or count) are no named campaign
    ("莆田市", 2014, "广泛开展群众性文体活动，丰富群众精神文化生活。", set()),
    ("四平市", 2021, "广泛开展群众性体育活动，增强全民身体素质。", set()),
    ("河源市", 2022, "积极参加进博会、高交会、消博会、大湾区城市投资年会，精准开展系列招商推介活动。", set()),
    # the integration of places joined by a dash or by their abbreviations; not of town and country
    ("毕节市", 2014, "七星关—大方同城化建设快速推进。", {"七星关—大方同城化"}),
    ("镇江市", 2021, "全面对接长三角一体化发展，加快宁镇扬一体化发展进程，积极融入南京都市圈建设。", {"长三角一体化", "宁镇扬一体化"}),
    ("阜阳市", 2020, "加快推进城乡公交一体化，提升市域范围通达水平。", set()),
    # a quoted set of counted venues (馆, 场) names buildings, not a policy
    ("广元市", 2021, "公共文化服务体系不断完善，“五馆一站”常态化免费开放，成功承办省第十三届运动会等赛事活动，体育事业蓬勃发展。", set()),
    ("定西市", 2025, "建成市全民健身中心，完成“一场两馆”及县区体育场馆改造提升，加大运动员和教练员培养力度，全面提升竞技体育综合水平，全力备战省十六运会。",
     set()),
    ("宿州市", 2021, "“五馆一中心”建成使用，万达广场、吾悦广场等商业综合体相继落户，交通、教育、医疗等城市配套更加完善。", set()),
    # the stances of the national fiscal and monetary policy other than 积极/稳健 (kg/lexicons/policies.tsv)
    ("四川省", 2007, "对此，中央决定实施稳健的财政政策和从紧的货币政策，把防止经济增长由偏快转为过热、防止价格由结构性上涨演变为明显通货膨胀作为宏观调控的首要任务。",
     {"稳健的财政政策", "从紧的货币政策"}),
    ("甘肃省", 2005, "认真执行国家稳健的财政政策，准确把握国债资金投向，争取国家更多的支持。", {"稳健的财政政策"}),
    ("四平市", 2025, "提出实施更加积极的财政政策、适度宽松的货币政策，释放了大量政策利好，为我们加快高质量发展提供了难得机遇。",
     {"积极的财政政策", "适度宽松的货币政策"}),
]


@pytest.mark.parametrize("region,year,sentence,expected", POLICIES, ids=[f"{c[0]}{c[1]}" for c in POLICIES])
def test_policy_constructions(region, year, sentence, expected):
    assert _names(region, year, sentence, "Policy") == expected


PACKAGES = [
    # a package of measures named by its count of articles and its topic, the count first
    ("海口市", 2023, "**全力落实中央和省稳经济一揽子政策，推出35条助企纾困措施，稳经济大盘预期基本实现，全年地区生产总值2134.8亿元、增长1.3%。",
     {"35条助企纾困措施"}),
    ("天津市", 2022, "推出24条居民增收措施，促进群众收入协调增长。", {"24条居民增收措施"}),
    ("海北藏族自治州", 2021, "从8个方面出台29条稳就业措施，发放创业担保贷款3278万元，组织技能培训5758人次，全州农牧民转移就业人数同比增长0.65%，"
     "城镇登记失业率低于控制目标0.81个百分点。", {"29条稳就业措施"}),
    # a count of measures with no topic, or only a qualifier (一揽子, 具体), names no package
    ("酒泉市", 2023, "对标国家和省上稳经济政策，在全省率先出台50条一揽子政策和25条接续政策，策划助企纾困百日攻坚行动，1800多名市县干部驻企蹲点帮扶，"
     "各项政策无缝落实。", set()),
    ("内江市", 2021, "实施养老服务“八大工程”，落实22条具体措施。", set()),
]


@pytest.mark.parametrize("region,year,sentence,expected", PACKAGES, ids=[f"{c[0]}{c[1]}" for c in PACKAGES])
def test_a_package_named_by_its_count_and_topic(region, year, sentence, expected):
    assert {n for n in _names(region, year, sentence, "Policy") if "条" in n} == expected


LAYOUTS = [
    # a quoted layout before the roads or works laid out by it (路网, 高速公路网, 道路…工程, 截污工程) names a network of works
    ("朔州市", 2016, "推进西纵高速朔州段、环城高速东北环建设，形成“一横两纵一环”高速公路网。", "一横两纵一环"),
    ("伊春市", 2014, "全面启动实施城市提档升级工程，铁金、浩南公路建设加速推进，新建改造回龙湾大街、友好滨水路、乌马河通府路等20条道路，“三横五纵”路网进一步完善。",
     "三横五纵"),
    ("定西市", 2023, "定西生态科创城建设全面铺开，先行起步区11个项目开工建设，“三横八纵”道路及配套工程有序推进，智慧停车场建成投用，区域医疗影像中心、科创城第一小学完成主体。",
     "三横八纵"),
    ("太原市", 2013, "“五河一渠”截污工程铺设管网46.21公里；市区煤炭消耗总量减少602万吨，采暖期燃煤总量下降35%。", "五河一渠"),
]


@pytest.mark.parametrize("region,year,sentence,layout", LAYOUTS, ids=[f"{c[0]}{c[1]}" for c in LAYOUTS])
def test_a_quoted_layout_of_works_is_no_policy(region, year, sentence, layout):
    assert not any(layout in n for n in _names(region, year, sentence, "Policy"))


PROJECTS = [
    # short items sharing the last item's facility
    ("安徽省", 2005, "加快推进交通、水利等重大项目建设，建成庐铜、马芜、蚌明高速公路，完成临淮岗洪水控制工程建设任务。",
     {"庐铜高速公路", "马芜高速公路", "蚌明高速公路"}),
    # a named new area is a project; 推行路长制 holds no road
    ("河北省", 2026, "这五年，雄安新区拔节生长，京津冀协同发展成果丰硕。", {"雄安新区"}),
    ("淄博市", 2020, "全面推行路长制、街长制管理模式，夯实精细管理的基础。", set()),
    # a facility shared by the items of a list before 等 and a count
    ("安顺市", 2023, "加快推进木桥、戈林等6座水库建设。", {"木桥水库", "戈林水库"}),
    # a route number takes its section; a hall with no other suffix is named
    ("庆阳市", 2021, "庆阳大剧院建成投用。", {"庆阳大剧院"}),
    # one named line before a count of lines; a section between two places; a work on the terminal, not the airport
    ("曲靖市", 2022, "麒师等4条高速公路建成通车。", {"麒师高速公路"}),
    ("宜宾市", 2025, "加快推进渝昆高铁宜宾至筠连段建设。", {"渝昆高铁宜宾至筠连段"}),
    ("南京市", 2020, "推动禄口机场T1航站楼改扩建工程建成投运。", {"禄口机场T1航站楼改扩建工程"}),
    ("滁州市", 2021, "江巷水库下闸蓄水。", {"江巷水库"}),
    # metro lines by number, work on a named lake, a water transfer between places
    ("南京市", 2013, "地铁3号线、6号线、10号线、11号线实现洞通。", {"地铁3号线", "6号线", "10号线", "11号线"}),
    ("苏州市", 2022, "强化太湖综合治理。", {"太湖综合治理"}),
    ("内蒙古自治区", 2015, "加快“引绰济辽”、毕拉河水利枢纽等项目前期工作。", {"引绰济辽", "毕拉河水利枢纽"}),
    ("内蒙古自治区", 2015, "全区民用机场总数达到18个。", set()),
    ("达州市", 2022, "力争开工西达渝高铁、大垫高速、达石快速等项目。", {"西达渝高铁", "大垫高速", "达石快速"}),
    # a section named before the predicate that opens on 具备, 正式, 即将 (kg/lexicons/project_words.tsv, after)
    ("珠海市", 2023, "珠肇高铁珠海至江门段具备全线开工条件。", {"珠肇高铁珠海至江门段"}),
    ("阜新市", 2016, "巴新铁路新邱至大板段正式运营。", {"巴新铁路新邱至大板段"}),
    ("恩施土家族苗族自治州", 2018, "来咸高速、宜来高速鹤峰至五峰段即将开工建设。", {"来咸高速", "宜来高速鹤峰至五峰段"}),
    # a line named by the places it links, written with dashes
    ("东营市", 2020, "济南—滨州—东营高铁前期工作加快推进。", {"济南—滨州—东营高铁"}),
    ("咸宁市", 2020, "武汉-咸宁-南昌高铁、咸宁现代公路物流港等项目稳步推进。", {"武汉-咸宁-南昌高铁", "咸宁现代公路物流港"}),
    ("新疆维吾尔自治区", 2019, "库尔勒—阿克苏—喀什铁路提速扩能改造开工建设。", {"库尔勒—阿克苏—喀什铁路提速扩能改造"}),
    # lines named by their two ends before a count of lines and their length (等N条M公里)
    ("河南省", 2003, "加快新乡至郑州、许昌至南阳、鹤壁至濮阳等12条845公里在建高速公路建设。",
     {"新乡至郑州", "许昌至南阳", "鹤壁至濮阳"}),
    ("河南省", 2003, "确保驻马店至信阳、郑州至少林寺两条187公里高速公路建成通车。", {"驻马店至信阳", "郑州至少林寺"}),
    ("甘肃省", 2010, "新开工敦煌至当金山二级公路及临夏至大河家、岷县至合作等10条942公里国省道改造项目。",
     {"敦煌至当金山二级公路", "临夏至大河家"}),  # 合作 is also a common word
    # companies listed before 等产业园项目 each name their own park
    ("朝阳市", 2020, "发展高新业，大力推进德众科创、通美晶体、航天长峰电子元件等产业园项目。",
     {"德众科创产业园项目", "通美晶体产业园项目", "航天长峰电子元件产业园项目"}),
    ("承德市", 2022, "加快推进联东U谷、吉成智造、广仪科技等产业园项目建设。",
     {"联东U谷产业园项目", "吉成智造产业园项目", "广仪科技产业园项目"}),
    # places listed before a work of a voltage class, each with its own voltage, share the work; a name opens on its voltage
    ("阿坝藏族羌族自治州", 2022, "马尔康500千伏、红原220千伏输变电工程建成投运，新增变电容量218万千伏安。",
     {"马尔康500千伏输变电工程", "红原220千伏输变电工程"}),
    ("鄂州市", 2018, "加快临江220千伏、姚家湖110千伏输变电工程进度。", {"临江220千伏输变电工程", "姚家湖110千伏输变电工程"}),
    ("茂名市", 2021, "推进500千伏电白输变电工程、220千伏晏镜输变电工程等电网设施建设。",
     {"500千伏电白输变电工程", "220千伏晏镜输变电工程"}),
    ("抚州市", 2014, "争取年内建成220千伏抚州城南输变电工程等一批重点电网项目。", {"220千伏抚州城南输变电工程"}),
    # the one facility named before a count of its kind, without the list's size class
    ("安顺市", 2020, "三岔河等6个水库完成大坝枢纽工程，新场河等3个水库下闸蓄水。", {"三岔河水库", "新场河水库"}),
    ("黔东南苗族侗族自治州", 2014, "开工建设雷山鸡鸠等4座中型水库。", {"雷山鸡鸠水库"}),
    # 完成改扩建 is the clause's predicate, not part of the airport's name
    ("临沧市", 2022, "临沧机场完成改扩建，沧源佤山机场建成通航，凤庆通用机场建设加快推进。", {"临沧机场", "沧源佤山机场", "凤庆通用机场"}),
    ("山南市", 2021, "川藏铁路拉萨至山南段轨道全面铺通，拉萨贡嘎机场完成改扩建。", {"川藏铁路", "拉萨贡嘎机场"}),
    # an extension line named by where it goes belongs to the line's or road's name (…青神延伸线, …机场延伸线)
    ("眉山市", 2022, "依托眉州大道延伸线、岷东大道青神延伸线，打造仁东丹洪青城镇发展带，加快洪雅、丹棱、青神城区建设。",
     {"眉州大道延伸线", "岷东大道青神延伸线"}),
    # facilities listed each with its own facility word share the work written after the last one
    ("衡水市", 2024, "奥体公园一期建成开放，沁香路、清雅路、滏阳路改造提升工程竣工通车，高铁南站片区前期加快推进。",
     {"奥体公园一期", "沁香路改造提升工程", "清雅路改造提升工程", "滏阳路改造提升工程", "高铁南站片区"}),
    ("合肥市", 2011, "继续大力推进出城口道路建设，确保新蚌埠路二期、南淝河大桥、合店路二期完工通车，推进环巢湖道路、合白路、合马路改造工程，新建莲花路跨派河大桥。",
     {"新蚌埠路二期", "南淝河大桥", "合店路二期", "合白路改造工程", "合马路改造工程", "莲花路跨派河大桥"}),
    # (the work shared is the last words before a clause boundary: 扩建工程灌区项目 is no work of 莽山水库)
    ("湖南省", 2020, "统筹推进莽山水库、毛俊水库、涔天河水库扩建工程灌区项目，抓好“四水”干支流堤防加固及椒花水库建设，加快启动犬木塘水库开工，推进大兴寨水库、洞庭湖重要堤防加固前期工作和河湖连通工程。",
     {"莽山水库", "毛俊水库", "涔天河水库", "椒花水库", "犬木塘水库", "大兴寨水库"}),
    # named waters listed before their kind (河流, 中小河流, 湖泊) share the work on them; the kind is no part of the name
    ("泰安市", 2020, "实施泰城排水管网雨污分流改造，梳洗河、明堂河、芝田河等河流综合整治有序推进，城区黑臭水体基本消除。",
     {"梳洗河综合整治", "明堂河综合整治", "芝田河综合整治"}),
    ("亳州市", 2014, "进一步改善以水利为重点的农业基础设施，全面完成西淝河、漳河、洺河等中小河流治理工程及7座中型水闸除险加固工程；",
     {"西淝河治理工程", "漳河治理工程", "洺河治理工程"}),
    ("鄂州市", 2022, "抓好梁子湖、花马湖、三山湖、洋澜湖等湖泊生态修复，实施湖泊水系连通工程。",
     {"梁子湖生态修复", "花马湖生态修复", "三山湖生态修复", "洋澜湖生态修复"}),
    # (an item that is no water, a port such as 花马湖港 or 长港, is left out)
    ("鄂州市", 2014, "启动湖网生态修复、梁子湖第二入江通道等工程，完成花马湖港、高桥河、长港等中小河流综合整治。",
     {"湖网生态修复", "梁子湖第二入江通道", "高桥河综合整治"}),
    # a 客运专线 is a named line, with its section
    ("曲靖市", 2014, "支持沪昆客运专线建设，积极争取渝昆铁路在曲靖设立站点。", {"沪昆客运专线", "渝昆铁路"}),
    ("黄石市", 2014, "完成全社会交通投资70亿元，开工建设棋盘洲长江公路大桥连接线、武九客运专线大冶至阳新段及沿江大道城区段，"
     "基本建成新港进港铁路。", {"棋盘洲长江公路大桥连接线", "武九客运专线大冶至阳新段", "沿江大道城区段", "新港进港铁路"}),
    # a section whose end point is qualified in brackets, and the work on a section, belong to the line's name
    ("甘孜藏族自治州", 2018, "力争开工川藏铁路雅安至康定（新都桥）段，建成甘孜机场并实现校验试飞，建成雅康高速并实现全线通车。",
     {"川藏铁路雅安至康定（新都桥）段", "甘孜机场", "雅康高速"}),
    ("崇左市", 2023, "推进湘桂铁路南宁至凭祥段扩能改造等项目前期工作", {"湘桂铁路南宁至凭祥段扩能改造"}),
    ("钦州市", 2021, "积极推进钦州东至三墩铁路前期工作，开工建设钦州港南港大道、钦州港环北大道、南防铁路钦州至防城港段增建二线等项目，"
     "建成钦港支线扩能改造、钦州港东线电气化改造等项目，打造“铁公海”多式联运体系，让疏港交通和海铁联运更加便捷高效。",
     {"钦州东至三墩铁路", "钦州港南港大道", "钦州港环北大道", "南防铁路钦州至防城港段增建二线"}),
    # a quoted layout before the roads or works it lays out (路网, 高速公路网, 截污工程) names that network, a project
    ("朔州市", 2016, "推进西纵高速朔州段、环城高速东北环建设，形成“一横两纵一环”高速公路网。",
     {"西纵高速朔州段", "环城高速", "一横两纵一环高速公路网"}),
    ("伊春市", 2014, "全面启动实施城市提档升级工程，铁金、浩南公路建设加速推进，新建改造回龙湾大街、友好滨水路、乌马河通府路等20条道路，“三横五纵”路网进一步完善。",
     {"铁金公路", "浩南公路", "回龙湾大街", "友好滨水路", "乌马河通府路", "三横五纵路网"}),
    ("太原市", 2013, "“五河一渠”截污工程铺设管网46.21公里；市区煤炭消耗总量减少602万吨，采暖期燃煤总量下降35%。", {"五河一渠截污工程"}),
    ("桂林市", 2019, "“七纵九横”主干路网和“山环水绕”山水新城格局基本成型。", {"七纵九横主干路网"}),
    # roads listed before a count of their kind (道路) share the work after it, without the kind; a quoted work is
    # no such work (魏武大道、希夷大道 stay bare)
    ("池州市", 2021, "龙腾大道、通港大道等14条道路改造提升工程，打通断头路7条。", {"龙腾大道改造提升工程", "通港大道改造提升工程"}),
    ("菏泽市", 2020, "昆明路、北外环路等30条道路提升工程完工。", {"昆明路提升工程"}),
    ("亳州市", 2022, "实施魏武大道、希夷大道等4条道路“白加黑”改造项目，启动光明路和药都大道东延及跨涡河大桥、古井大道北延工程。",
     {"魏武大道", "希夷大道", "光明路", "药都大道东延", "跨涡河大桥", "古井大道北延工程"}),
    # a street extended one way is named with its bearing, its phase and the work on it (X路东延, X路西延二期)
    ("扬州市", 2024, "突出空间整合、发展聚合，强化沿江板块互联互通，建成开发路东延、运河路北延，推进扬子津路西延二期、华扬路东延，积极打通县际“断头路”。",
     {"开发路东延", "运河路北延", "扬子津路西延二期", "华扬路东延"}),
    ("黄石市", 2021, "百花商业街开街，园博大道西延建成通车。", {"园博大道西延"}),
    ("衡水市", 2020, "人民公园完成改造，宝云公园二期建成投用，大庆路东延、人民路东延竣工通车",
     {"人民公园", "宝云公园二期", "大庆路东延", "人民路东延"}),
    # lines named by their two ends, listed before the last one's kind (and grade), each take that kind
    ("陕西省", 2002, "西安至阎良、铜川至黄陵高速公路如期建成通车。", {"西安至阎良高速公路", "铜川至黄陵高速公路"}),
    ("大理白族自治州", 2014, "上关至洱源县城、上关至鹤庆一级公路建设加快。", {"上关至洱源县城一级公路", "上关至鹤庆一级公路"}),
    ("桂林市", 2019, "建成阳朔至鹿寨、贺州至巴马（平乐段）高速公路", {"阳朔至鹿寨高速公路", "贺州至巴马（平乐段）高速公路"}),
    # a section or a work named before 年内 (this year) belongs to the name, as before any predicate; a section after
    # a bare route number ends where the predicate opens (…项目前期工作)
    ("衡水市", 2024, "全力推进衡德高速扩建前期工作，支持做好雄商高铁、石衡沧港城际铁路等项目建设，邯港高速衡水段年内建成投运，国际陆港力争铁路正线及配套设施建成通车。",
     {"衡德高速扩建", "雄商高铁", "石衡沧港城际铁路", "邯港高速衡水段"}),
    ("三明市", 2020, "推进交通融合，加快推进兴泉、浦梅铁路三明段建设，力争莆炎高速明溪至建宁段年内具备通车条件。",
     {"兴泉铁路", "浦梅铁路三明段", "莆炎高速明溪至建宁段"}),
    ("湘潭市", 2016, "长株潭城际铁路湘潭段年内通车。", {"长株潭城际铁路湘潭段"}),
    ("克孜勒苏柯尔克孜自治州", 2021, "加快G219线阿合奇县至八盘水磨公路项目建设进度，扎实做好阿合奇支线机场和G315线托帕至吐尔尕特项目前期工作。",
     {"G219线阿合奇县至八盘水磨公路项目", "阿合奇支线机场", "G315线托帕至吐尔尕特项目"}),
    # a zone of a cooperation is named by its partners before 合作 (a place, or two provinces' short names)
    ("宣城市", 2021, "深化与南京都市圈一体化发展，加快宁淮宣生态经济带和苏皖合作示范区、宁宣产业园建设。",
     {"宁淮宣生态经济带", "苏皖合作示范区", "宁宣产业园"}),
    ("郴州市", 2021, "全域推进美丽乡村示范创建，统筹抓好湘赣边区域合作示范区建设。", {"湘赣边区域合作示范区"}),
    ("桂林市", 2016, "积极参与高铁经济带建设，粤桂黔高铁经济带合作试验区（广西园）落户桂林。", {"粤桂黔高铁经济带合作试验区"}),
]


@pytest.mark.parametrize("region,year,sentence,expected", PROJECTS, ids=[f"{c[0]}{c[1]}" for c in PROJECTS])
def test_project_constructions(region, year, sentence, expected):
    assert _names(region, year, sentence, "Project") == expected


ORGANIZATIONS = [
    # companies named by a trade, with no 公司 or 集团 (kg/lexicons/org_heads.tsv)
    ("湘潭市", 2023, "湖南裕能、崇德科技即将挂牌上市。", {"崇德科技"}, set()),
    ("宁德市", 2023, "东南铜业阴极铜产品取得国内国际期货交易“双牌照”。", {"东南铜业"}, set()),
    ("沈阳市", 2010, "新松机器人等5家企业成功上市。", {"新松机器人"}, set()),
    # kinds, levels and classes of bodies recurring in corpus reports of many regions (kg/lexicons/org_heads.tsv,
    # generic), and the bound morpheme left when the kind is cut (股份|制商业银行)
    ("恩施土家族苗族自治州", 2014, "积极引进全国性股份制商业银行、大型国有银行落户恩施，推动州内银行机构到县市、乡镇设立网点，扩大农村金融服务覆盖面，"
     "提升金融服务“三农”水平。", set(), {"全国性股份制商业银行", "制商业银行"}),
    ("抚州市", 2023, "加快启动金融商务区建设，着力引进2家股份制商业银行、推动1家企业境内外上市。", set(), {"制商业银行"}),
    ("石家庄市", 2014, "支持符合条件的民间资本依法设立民营银行、金融租赁公司和消费金融公司。", set(), {"金融租赁公司"}),
    ("江门市", 2018, "加强省市共建，全力支持五邑大学创建高水平理工科大学。", {"五邑大学"}, {"高水平理工科大学"}),
    ("兰州市", 2024, "着力培育瞪羚、独角兽等科技型企业，新增高新技术企业100家以上。", set(), {"瞪羚", "独角兽"}),
    ("通辽市", 2021, "打掉黑社会性质组织13个、恶势力犯罪集团17个、团伙13个，现行命案全部侦破，破获积压命案55起，"
     "人民群众的获得感幸福感安全感显著增强。", set(), {"恶势力犯罪集团"}),
    ("沈阳市", 2021, "对接粤港澳大湾区、长江经济带等国家战略，吸引更多跨国公司、央企、行业龙头在沈设立研发中心、区域总部。", set(), {"更多跨国公司"}),
    # 最低收购价政策 is grain buying at a floor price, 实现战略重组 a merger's kind: no company named
    ("江西省", 2022, "落实稻谷最低收购价政策，提升收储调控能力，实现水稻完全成本保险44个产粮大县全覆盖。", set(), {"价政策"}),
    ("沈阳市", 2016, "加快推进国企改革，机床集团、副食集团成功与社会资本组建混合所有制企业，北方重工与中建材实现战略重组。",
     {"北方重工"}, {"战略"}),
    # a common word ending in a head names no body: 新格局 is no 局
    ("遂宁市", 2021, "优化市域现代城镇体系结构，有序推进6个县域副中心和20个中心镇国土空间规划编制，重塑县域经济地理版图，提升人口就地就近城镇化率，加快构建多点带动的“1+3+6+20”市域发展新格局。", set(), {"市域发展新格局"}),
    # a determiner opens a reference to some bodies of a kind, never a name (kg/lexicons/org_heads.tsv, determiner)
    ("广州市", 2004, "加快发展农民专业合作经济组织和各种行业协会，促进农业产业化经营，提高农民进入市场的组织化程度和农业综合效益。",
     set(), {"各种行业协会"}),
    ("宁波市", 2018, "强化区域统筹招商，突出招强引优、以商引商、产业链招商，更好发挥“宁波帮”和各级商会、协会的作用，"
     "提升全球化、市场化、专业化招商水平。", set(), {"各级商会"}),
    ("聊城市", 2014, "加强专业招商队伍建设，深化与各地商会和中介机构的沟通合作，努力在招商体系建设上实现突破。", set(), {"各地商会"}),
    # a research platform the state names by its field is one (国家机器人创新中心, 草业国家技术创新中心); a rank of such
    # platforms names no field (国家制造业创新中心), nor does a kind of hospital or group (综合性医院, 文化产业集团)
    ("沈阳市", 2019, "国家机器人创新中心揭牌成立，材料科学国家研究中心开工奠基，中国科学院大学机器人学院、中国科技大学材料学院、"
     "国家眼基因库加快建设，中科院机器人与智能制造创新研究院投入使用。", {"国家机器人创新中心"}, set()),
    ("呼和浩特市", 2026, "国家乳业技术创新中心全面运行，草业国家技术创新中心正式获批，蒙科聚、京津冀国家技术创新中心呼和浩特中心等"
     "一批创新平台落地。", {"草业国家技术创新中心"}, set()),
    ("北京市", 2018, "强化企业创新主体地位，在石墨烯、新能源汽车、智能电网等领域，新建一批国家技术创新中心、国家制造业创新中心。",
     set(), {"国家技术创新中心", "国家制造业创新中心"}),
    ("湖北省", 2018, "支持武汉建设国家制造业创新中心，支持宜昌打造仿制药生产基地，支持十堰建设现代汽车城。", set(), {"国家制造业创新中心"}),
    ("淄博市", 2025, "推动优质医疗资源扩容升级，打造一批省内知名的优势专（学）科，提升重点综合性医院的辐射带动功能，支持专科医院特色化发展。",
     set(), {"综合性医院", "重点综合性医院"}),
    ("河北省", 2008, "深化文化体制改革，研究制定扶持政策，鼓励文化创新，发展壮大文化产业集团，推进重点文化产业项目建设，"
     "创造有利于出精品、出人才、出效益的环境，促进社会主义文化大发展大繁荣。", set(), {"文化产业集团"}),
    # a company or group named only by its kind, its field or its origin (kg/lexicons/generic.tsv) is a reference
    ("泉州市", 2011, "大力发展高中阶段教育，办好各类技工学校，组建职教集团2个；", set(), {"职教集团"}),
    ("宁波市", 2019, "大力培育本土跨国公司，引导企业有序走出去，提前开展知识产权布局，培育境外经贸合作区6个。", set(), {"本土跨国公司"}),
    ("青岛市", 2021, "发挥头部企业、行业商协会、基金公司作用，深入推进社会化招商、以商招商、产业链招商。", set(), {"基金公司"}),
    # a stop word inside a company's name, and bodies with their own heads
    ("龙岩市", 2016, "完善国有企业管理体制，组建水务发展集团。", {"水务发展集团"}, set()),
    ("成都市", 2013, "被联合国教科文组织授予“世界美食之都”称号。", {"联合国教科文组织"}, set()),
    ("台州市", 2015, "政府机构改革加快推进，合并组建市市场监管局。", {"市市场监管局"}, set()),
    # a department's field may hold words that stop a name elsewhere (投资, 促进, 建设, 发展), one or two in a row
    ("中山市", 2023, "成立市投资促进局，招商引资机制进一步理顺。", {"市投资促进局"}, set()),
    ("三亚市", 2023, "成立市营商环境建设局，统筹推进营商环境、政务服务、社会信用等工作。", {"市营商环境建设局"}, set()),
    ("宜宾市", 2025, "成立市酒业发展局，统筹推进白酒产业发展，加快实施五粮液高质量倍增工程，举办中国国际名酒博览会，高品质打造中国酒市，"
     "预计白酒产业产值875亿元、增长5.9%。", {"市酒业发展局"}, set()),
    # what is rated as a company of a rank is a company (获评, 被认定为 … 企业)
    ("襄阳市", 2025, "“小巨人”企业分别新增175家、3家，总量分别达到1850家、62家，航宇救生、五二五泵业获评国家级制造业单项冠军示范企业，"
     "科技型中小企业达到3507家、总量居全省第2位。", {"航宇救生", "五二五泵业"}, set()),
    ("眉山市", 2025, "顺应动力被认定为国家级专精特新“小巨人”企业，博雅新材料被认定为国家级制造业单项冠军企业，新培育省级专精特新企业42户。",
     {"顺应动力", "博雅新材料"}, set()),
    # a branch keeps its parent's name
    ("大连市", 2009, "百年人寿保险、渣打银行大连分行获准筹建。", {"渣打银行大连分行"}, {"渣打银行"}),
    # a hospital being moved is a project, not an organization; suffix words as modifiers; sector lists
    ("宁波市", 2005, "市中医院、急救中心、鄞州人民医院迁建。", set(), {"鄞州人民医院"}),
    # so is a hospital or a plant the text builds, the verb before it or before the list that holds it
    ("深圳市", 2010, "建成滨海医院及其它市级医院，力争全市每千人病床数达到3.9张。", set(), {"滨海医院"}),
    ("西藏自治区", 2009, "搞好70个县卫生服务中心、妇幼计生业务用房和配套设施建设，新建4个县疾控中心、93个乡镇的卫生院业务用房，抓好自治区藏医院改扩建工程，开工建设自治区第三人民医院。", set(),
     {"自治区第三人民医院"}),
    ("安康市", 2014, "实施市中心血站、疾控中心、安康疗养院等医疗机构北迁建设，建成市儿童医院、市妇幼保健院、精神病专科医院，"
     "新建或改扩建县级医疗服务机构5个、乡镇卫生院52个、村卫生室300所。", set(), {"市儿童医院"}),
    ("宁夏回族自治区", 2004, "开工建设马莲台、灵武电厂，扩建石嘴山电厂。", set(), {"灵武电厂"}),
    ("无锡市", 2021, "村级股份合作社实现全覆盖。", set(), None),
    ("河北省", 2000, "抓紧组建制药、冶金、化工、机械、商贸等企业集团。", set(), None),
    # 高等 is no 等 that closes a list; a count that equals the items names them without 等
    ("辽宁省", 2025, "高标准建设辽宁高等研究院，强化大学科技园建设。", {"辽宁高等研究院"}, set()),
    ("眉山市", 2014, "力争金象赛瑞、千禾味业2家企业成功上市。", {"金象赛瑞", "千禾味业"}, set()),
    # a company named only as a project's owner belongs to the project (the guideline)
    ("恩施土家族苗族自治州", 2025, "茂源堂药业、劲牌持正堂药业等项目建成投产。", set(), None),
    # bodies with a place: an arbitration commission, a fund; a team sent by a named body
    ("南宁市", 2026, "南宁仲裁委员会入选全国首批国际一流仲裁机构培育名单。", {"南宁仲裁委员会"}, set()),
    ("石嘴山市", 2020, "设立石嘴山教育发展基金，努力打造“学在石嘴山”品牌。", {"石嘴山教育发展基金"}, set()),
    ("上海市", 2015, "认真整改中央巡视组巡视发现的问题。", {"中央巡视组"}, set()),
    # national companies by their short names (kg/lexicons/organizations.tsv)
    ("红河哈尼族彝族自治州", 2016, "加强与阿里巴巴、京东、苏宁、一号店等合作。", {"阿里巴巴", "京东", "苏宁", "一号店"}, set()),
    # levels and hospital grades make a kind, not a name
    ("淮安市", 2014, "组织开展千名淮医进社区等惠民活动，新创13个省级示范乡镇卫生院，市中医院创成三甲医院。", set(),
     {"市中医院创成三甲医院"}),
    ("南阳市", 2014, "市县两级公共资源交易中心全部建成。", set(), None),
    ("石家庄市", 2026, "深度融入京津冀协同发展，引进央企二三级子公司57家。", set(), None),
    ("玉溪市", 2024, "市妇幼保健院迁建投运，7个县级中医医院成功创建二甲医院，紧密型县域医共体实现全覆盖，医疗服务价格改革全面启动。",
     set(), {"二甲医院"}),
    # the 等 of 高等院校 closes no list
    ("长治市", 2021, "构建现代职业教育体系，支持驻市高等院校建设，规范民办教育，办好特殊教育。", set(), None),
    ("黄石市", 2014, "积极利用武汉金融、人才、劳动力市场，深化同武汉高等院校合作，加快技术和人才对接。", set(), None),
    # an academy's institute by its short name is the institute; a count of its institutes names none
    ("四平市", 2020, "实施科技型企业培育工程，持续深化与浙江大学、吉林大学、中科院长春应化所等高校院所实质性合作，"
     "新增高新技术企业和科技小巨人企业30%以上。", {"浙江大学", "吉林大学", "中科院长春应化所"}, {"中国科学院"}),
    ("甘肃省", 1995, "一大批省列科研课题和重点技术攻关项目通过了鉴定，中科院近物所利用兰州重离子加速器获重大成果，"
     "在世界上首次建立了两个核素衰变纲图。", {"中科院近物所"}, {"中国科学院"}),
    ("大连市", 2016, "推进区域性科技创新创业中心建设，与中科院39家院所和34所“985”大学建立成果转化机制，高新区成为全国科技服务创新试点区。",
     {"中国科学院"}, {"中科院39家院所"}),
    # a glossary's 指 is no part of the name it defines
    ("海南省", 2023, "[18]“1+2+X”高等教育布局：“1”指海南大学，“2”指海南师范大学和海南医学院，“X”指若干应用型本科和高职院校。",
     {"海南大学", "海南师范大学"}, {"指海南大学", "指海南师范大学"}),
    ("酒泉市", 2021, "29．四通一达:是指申通快递、圆通速递、中通快递、百世汇通、韵达快递五家民营快递公司的合称。",
     {"申通快递", "圆通速递"}, {"指申通快递"}),
    ("黄石市", 2014, "A型保税物流中心，是指经海关批准，由中国境内企业法人经营、专门从事保税仓储物流业务的海关监管场所；"
     "B型保税物流中心，是指经海关批准，由中国境内一家企业法人经营，多家企业进入并从事保税仓储物流业务的海关集中监管场所。", set(), None),
    # a body the text renames or raises is one body: its new name is an alias of it (X更名为Y, X升格为Y)
    ("贵阳市", 2012, "城市金融要素加快聚集，贵阳市商业银行更名为贵阳银行，成功组建贵阳农村商业银行，引进花旗、中信、招商、浦发等一批国内外"
     "金融机构，2个村镇银行、43个小额贷款公司、116个融资性担保公司挂牌营业；上市公司发展到13家。",
     {"贵阳市商业银行", "贵阳农村商业银行"}, {"贵阳银行"}),
    ("钦州市", 2018, "着力推动钦州学院升格为北部湾大学。", {"钦州学院"}, {"北部湾大学"}),
    ("海南省", 2025, "海南医学院更名为海南医科大学。", {"海南医学院"}, {"海南医科大学"}),
    # a research body is named by its field, and a field may join two (A与B, A及B); 重点 right before 实验室 is the
    # rank its name holds, no stop word
    ("广州市", 2004, "区域创新平台建设取得突破性进展，中科院广州生物医药与健康研究院正式挂牌成立。", {"中科院广州生物医药与健康研究院"},
     {"健康研究院"}),
    ("秦皇岛市", 2022, "争创国家、省级重点实验室和技术创新中心，推进亚稳材料制备技术与科学国家重点实验室重组。",
     {"亚稳材料制备技术与科学国家重点实验室"}, {"亚稳材料制备技术"}),
    ("湘潭市", 2022, "提质建设海上风电技术与检测国家重点实验室、湖南先进传感与信息技术创新研究院、华研实验室、"
     "力合长株潭科技创新领航基地等技术创新平台。", {"海上风电技术与检测国家重点实验室", "湖南先进传感与信息技术创新研究院"},
     {"信息技术创新研究院"}),
    ("保山市", 2025, "国家市场监督管理总局咖啡品质与安全重点实验室、云南省晶硅材料技术创新中心和云南省咖啡重点实验室获批建设。",
     {"国家市场监督管理总局咖啡品质与安全重点实验室", "云南省咖啡重点实验室"}, set()),
    ("三亚市", 2022, "推动海南省深海技术创新中心实质运行，积极培育深海科学与智能技术国家重点实验室，加强“深海进入、深海探测、深海开发”"
     "等领域技术攻关，打造国家深海技术创新中心。", {"深海科学与智能技术国家重点实验室"}, set()),
    # an adverb before what a body is rated is no company's name (率先成为, 成功获批, 累计获评 … 企业)
    ("衡阳市", 2023, "成功获批“老字号”企业22家。", set(), None),
    ("郑州市", 2026, "累计获评物流“豫军”企业45家，A级以上物流企业205家、跻身全国前10位。", set(), None),
    ("杭州市", 2017, "“五气共治”成效显著，率先成为无钢铁生产企业、无燃煤火电机组、基本无黄标车的“三无”城市。", set(), None),
    # a bank's 行 before 动 is 行动 (kg/lexicons/org_heads.tsv, not_before)
    ("银川市", 2018, "坚持引资引智引技并举，开展战略招商、产业链招商、项目招商，实施央企和民企500强、军工企业、上市公司对接入银行动，"
     "引进一批10亿元以上大项目好项目，推动重大节会签约项目早落地、早建设、早见效。", set(), {"对接入银行"}),
    ("德阳市", 2023, "开展乡村治理积分行动，新增省级乡村治理示范镇村15个以上，县级以上文明村镇占比分别达60%、75%。", set(), None),
]


@pytest.mark.parametrize("region,year,sentence,present,absent", ORGANIZATIONS, ids=[f"{c[0]}{c[1]}" for c in ORGANIZATIONS])
def test_organization_constructions(region, year, sentence, present, absent):
    names = _names(region, year, sentence, "Organization")
    assert present <= names
    assert names == present if absent is None else not names & absent


LIST_TYPES = [
    # the kind closing a list types the short names before it
    ("鞍山市", 2014, "新引进营口银行、锦州银行、安华保险、信诚寿险等8家金融机构，鞍山农村商业银行股份公司正式营业。",
     {"信诚寿险": "financial"}),
    ("资阳市", 2023, "实施种业振兴行动，深化与四川农大、省农科院等院校合作，统筹推进智慧农业发展。", {"四川农大": "education_research"}),
    ("合肥市", 2021, "支持中科大、合工大、安大等在肥高校建设。", {"合工大": "education_research", "安大": "education_research"}),
    # companies and universities together: the items are companies
    ("聊城市", 2023, "鼓励信发、鲁西、中通等骨干企业与高校院所共建高层次创新联合体。", {"信发": "enterprise", "鲁西": "enterprise"}),
]


@pytest.mark.parametrize("region,year,sentence,expected", LIST_TYPES, ids=[f"{c[0]}{c[1]}" for c in LIST_TYPES])
def test_the_kind_of_a_list_types_its_items(region, year, sentence, expected):
    text = f"{year}年{region}政府工作报告\n一、{year - 1}年工作回顾\n{sentence}\n二、{year}年工作安排\n今年要抓好以下工作。\n"
    types = {e.name: e.properties["type"] for e in extract_report(_prep(text)).entities if e.type == "Organization"}
    assert {n: types.get(n) for n in expected} == expected


@pytest.mark.parametrize("region,year,sentences,full,short", [
    # one company by its short name and by the name with its legal suffix, in two sentences of one report
    ("潍坊市", 2021, "歌尔股份营业收入、利润预计分别增长64%和123%。\n整合市场、土地、资金等要素资源，支持潍柴、歌尔、海化、弘润等龙头企业"
     "加快发展，做优做强高端装备、高端化工、新一代信息技术等八大优势产业集群，鼓励各县市区因地制宜重点打造1-2个区域特色产业集群。",
     "歌尔股份", "歌尔"),
    ("大连市", 2007, "整合组建了大连公交客运集团有限公司。", "大连公交客运集团有限公司", "大连公交客运集团"),
])
def test_a_company_with_and_without_its_legal_suffix_is_one(region, year, sentences, full, short):
    text = f"{year}年{region}政府工作报告\n一、{year - 1}年工作回顾\n{sentences}\n二、{year}年工作安排\n今年要抓好以下工作。\n"
    orgs = [e for e in extract_report(_prep(text)).entities if e.type == "Organization"]
    assert full in {e.name for e in orgs} and short not in {e.name for e in orgs}
    assert short in {a for e in orgs for a in e.aliases}


def test_a_free_trade_zone_named_by_its_kind_is_no_project():
    # 自贸 is a kind (kg/lexicons/project_words.tsv, generic): what is cut before it (建设好, 用好) names no zone
    names = _names("黑龙江省", 2021, "建设好自贸试验区、哈尔滨新区、综合保税区等开放平台。", "Project")
    assert not any(n.endswith("自贸试验区") for n in names)
    names = _names("山东省", 2020, "用好自贸试验区、上合示范区两大战略平台。", "Project")
    assert not any(n.endswith("自贸试验区") for n in names)


def test_a_designated_port_of_a_named_port_is_a_project():
    # 合肥市 2015: the designation joined to the port or airport that holds it names that facility's port
    names = _names("合肥市", 2015, "重大开放平台建设取得积极进展，合肥港二类水运开放口岸、合肥航空港进境水果指定口岸和B型保税物流中心成功获批。",
                   "Project")
    assert {"合肥港二类水运开放口岸", "合肥航空港进境水果指定口岸"} <= names


def test_an_extension_line_belongs_to_the_metro_line():
    # 天津市 2013: the line's extension to the airport is the project, not the bare line
    names = _names("天津市", 2013, "地铁2号线机场延伸线贯通，3号线南站配套工程试运营，5、6号线加快建设；国道112东段延长线具备通 车条件，塘承高速公路二期等工程加快推进。",
                   "Project")
    assert "地铁2号线机场延伸线" in names and "地铁2号线" not in names


def test_a_verb_before_a_facility_is_not_its_name():
    # 自贡市 2014: 改建 is what is done to the roads; 通村公路 is a kind of road
    names = _names("自贡市", 2014, "新建和改建通乡公路156公里、通村公路388公里。", "Project")
    assert not {"改建通乡公路", "通村公路"} & names


NO_PROJECT = [
    # kinds of facility with no name of their own (kg/lexicons/project_words.tsv, generic)
    ("天津市", 2009, "实施公交优先，建设一批人行天桥，方便居民出行。"),
    ("广西壮族自治区", 2014, "加快国省干线公路和农村公路建设。"),
    ("云南省", 2019, "持续大力抓好特色小镇和康养小镇建设，每年评选表彰15个高质量示范特色小镇。"),
    ("内蒙古自治区", 2010, "加强燃煤电厂脱硫设施运行监管，推进非电行业减排工程建设。"),
    ("十堰市", 2021, "强化城市规范化、标准化、智慧化管理，持续开展城市功能补短板行动，加快过街天桥、农贸市场等便民设施建设，"
     "完善“15分钟生活圈”。"),
    ("海口市", 2006, "自然村通车率99.2%，基本实现村村通公路的目标。"),
    ("新疆维吾尔自治区", 2013, "援疆项目进展顺利。"),
    ("太原市", 2023, "各位代表，转型发展是习近平总书记为我们指引的康庄大道。"),
    # 中学位: places at a school, no school; 逢山开路: an idiom, no road; 对外开放口岸: a port's status
    ("南京市", 2026, "持续扩容优质高中教育资源，推动科学高中建设，新增普通高中学位4000个。"),
    ("广西壮族自治区", 2026, "增加普通高中学位供给和优质高校招生。"),
    ("山东省", 2018, "以改革开放40周年为契机，树立改革强省的鲜明导向，保持将改革进行到底的坚定执着，逢山开路，遇水搭桥，"
     "着力构建市场机制有效、微观主体有活力、宏观调控有度的经济体制。"),
    ("乌鲁木齐市", 2014, "坚持变化变革、敢于担当，以逢山开路、踏石留印、抓铁有痕的精神狠抓落实，打好全面深化改革攻坚战。"),
    ("江门市", 2020, "谋划建设川岛对外开放口岸。"),
    # 中高速增长 is a rate of growth, not an expressway
    ("邵阳市", 2016, "“十三五”的工作目标是：经济保持中高速增长，增速高于全省平均水平。"),
    ("东莞市", 2016, "“十三五”时期我市经济社会发展的基本目标是：经济保持中高速增长，地区生产总值年均增长8%左右。"),
    ("保定市", 2021, "主要指标保持中高速增长，生产总值年均增长6.3%。"),
    # 前进路上, 赶考路上: on the way ahead, no street
    ("东营市", 2021, "各位代表！我们也清醒认识到，前进路上仍然面临一些困难和挑战。"),
    ("佳木斯市", 2023, "在新的赶考路上，我们要以自我革命精神推进“六型”政府建设。"),
    ("哈尔滨市", 2001, "不论肩上的压力有多重，前进路上困难有多大，为人民的利益办实事的劲头不能松懈。"),
    # 走开放路, 走新路: a path taken, no street
    ("黄山市", 2025, "坚定不移吃改革饭、走开放路，加快打造具有重要影响力的改革开放新高地。"),
    ("安顺市", 2022, "必须守牢两条底线才能走新路。"),
    ("河南省", 2013, "努力避免决策失误，不走错路、少走弯路。"),
    # a place joined to a kind of road (县县通高速, 镇镇通二级公路) is a share of coverage
    ("内蒙古自治区", 2011, "加快旗县通一级公路建设，启动实施嘎查村通沥青水泥路工程。"),
    ("玉林市", 2020, "开工建设镇镇通二级公路项目9个，开展新一轮农村电网改造升级攻坚。"),
    # spreading a zone's practice (复制推广) names no zone being built
    ("江西省", 2017, "全面复制推广自贸试验区改革试点经验，积极创建国家“双创”示范基地。"),
    ("佛山市", 2018, "复制推广自贸试验区改革创新经验，提升贸易和投资自由化便利化水平。"),
    ("蚌埠市", 2020, "推广经开区“包办”中心服务机制。"),
    # projects of a size class (千亩以上, 亿元以上) are no named project
    ("南平市", 2014, "各县（市、区）规划建设一个千亩以上的物流园区。"),
    ("昆明市", 2017, "抓好50个以上新建项目投产并形成增量。"),
    ("抚州市", 2016, "引进5000万元以上市外境内项目1877个、资金1608亿元。"),
    # a port designated for a kind of goods, or a port's grade, with no port of its own named: a designation
    ("海口市", 2015, "推动综保区与上海钻石交易所通关一体化试点，加快汽车整车进口口岸建设。"),
    ("安庆市", 2016, "建成B型保税物流园区，申报建设进境肉类指定口岸，推动进口商品直销店落地。"),
    ("恩施土家族苗族自治州", 2021, "一类航空口岸开放，20条航线直飞国内外。"),
    # an exchange of equity, property rights or public resources is a market body, not a facility built
    ("北京市", 2015, "支持全国中小企业股份转让系统、北京股权交易中心建设发展。"),
    ("苏州市", 2012, "苏州银行和东吴人寿保险公司先后成立，东吴证券公司成功上市，苏州产权交易中心投入运营。"),
    ("淮北市", 2022, "新增42家企业在省股权托管交易中心挂牌。"),
    # a part of the region named by its bearing alone (西北片区) is no zone being built
    ("阿坝藏族羌族自治州", 2021, "西北片区、西南片区经济总量占比稳步提高，“四带”平衡发展取得实质突破。"),
    ("镇江市", 2019, "西南片区突出粉尘治理，2家重点企业完成环保设施升级改造，非法采矿全面禁绝，废弃宕口、关闭企业复垦复绿有序推进。"),
    # a voltage class alone names no line or substation
    ("博尔塔拉蒙古自治州", 2021, "投入2.72亿元实施电力项目9个，750千伏输变电工程全面投运。"),
    # a kind of road or facility followed by its length or count: how much of it was built, not one work
    ("恩施土家族苗族自治州", 2018, "统筹整合资金70亿元，硬化农村公路4977公里，解决了14万贫困人口饮水安全问题，完成了781个村电力基础设施建设，实现了1689个村4G网络全覆盖。"),
    ("红河哈尼族彝族自治州", 2016, "建成高速公路225公里、一级路50公里、二级路435公里，硬化农村公路6701公里，公路总里程达到22691公里。"),
    ("蚌埠市", 2020, "建成一级公路17公里、二级公路36公里。"),
    ("甘肃省", 2014, "新建高速公路400公里，新建二级公路800公里，实现所有县城通二级以上公路、所有乡镇通沥青（水泥）路的目标。"),
    ("吴忠市", 2025, "新增公共停车位2197个、公用充电站139座，停车难、充电难问题得到进一步缓解。"),
    # 抽水蓄能电站 with no place names a kind of plant
    ("长治市", 2022, "加快抽水蓄能电站前期工作。"),
    # a facility named in an event's title (a forum, a race) is no work
    ("梧州市", 2023, "加强与大湾区主要城市战略合作，深化与东盟国家交流合作，成功举办第19届东博会“茶船古道·六堡茶发展高峰论坛”、第19届梧州宝石节和第十五届西江经济带合作与发展论坛。"),
    ("桂林市", 2019, "全民健身活动广泛开展，成功举办环广西公路自行车赛、桂林国际马拉松赛、资源国际漂流精英挑战赛、广西第九届残运会暨第四届特奥会等重大赛事。"),
    ("桂林市", 2017, "开创全民体育运动新局面，重点办好第二届桂林国际马拉松赛、环广西公路自行车世界巡回赛（桂林站）、中国·阳朔国际山地越野赛等赛事。"),
    # 产业带动 is a verb phrase, no industrial belt
    ("淮安市", 2023, "用好台资集聚示范区省联席会议扶持政策，强化淮昆台资经济协同发展，落户一批具有较强产业带动力的台资企业，新设及增资台资项目70个以上，进一步巩固提升台资“北有淮安”的地位。"),
    # projects classed by the money put in (过10亿元, 超亿元) or by their weight (重特大) are no names
    ("泰安市", 2021, "成功举办第34届泰山国际登山节暨2020中国泰安投资合作洽谈会、参加省与世界500强连线等活动20场次，签约项目139个，其中过10亿元项目64个。"),
    ("淮安市", 2022, "（二）坚持聚力招商、优配资源，重特大项目攻坚成果丰硕。"),
    # parks merged (整合) are no park being built
    ("云浮市", 2022, "加强自然保护地体系建设，依托大金山、云雾山、天露山等山脉，优化整合森林公园、湿地公园等重要生态节点，全市新增造林面积2.65万亩，森林覆盖率提高到68.23%以上。"),
    # a cooperation's zone with no partner named before 合作 (区域合作, 国际合作) is a kind of zone
    ("海南省", 2024, "高质量建设区域合作产业园。"),
    ("嘉兴市", 2020, "发挥省高质量外资集聚先行区优势，深化中日、中德等12家国际合作产业园建设，打造中欧合作样板。"),
]


@pytest.mark.parametrize("region,year,sentence", NO_PROJECT, ids=[f"{c[0]}{c[1]}" for c in NO_PROJECT])
def test_no_project_constructions(region, year, sentence):
    assert _names(region, year, sentence, "Project") == set()


@pytest.mark.parametrize("region,year,sentence,expected", [
    # 支持 X大学建设: a university supported in its growth is a body, not a campus being built
    ("西宁市", 2020, "全力支持西宁大学建设。", {"西宁大学"}),
    ("桂林市", 2022, "推进桂林师范高等专科学校升本工作，支持桂林学院、桂林信息科技学院建设。", {"桂林学院", "桂林信息科技学院"}),
    ("广州市", 2019, "支持广州大学、广州医科大学高水平大学建设，华南理工大学广州国际校区启动招生。", {"广州大学", "广州医科大学"}),
])
def test_a_supported_university_is_an_organization(region, year, sentence, expected):
    names = _names(region, year, sentence, "Organization")
    assert expected <= names and not any(n.endswith("高水平大学") for n in names)


@pytest.mark.parametrize("region,year,sentence,expected", [
    # named pumped-storage plants keep their place
    ("泰安市", 2021, "泰安二期抽水蓄能电站顺利开工。", {"泰安二期抽水蓄能电站"}),
    ("黄冈市", 2021, "支持罗田平坦原、黄梅紫云山、上进山抽水蓄能电站建设，加快大唐“双新”基地建设，支持英山地热能开发。", {"上进山抽水蓄能电站"}),
    # places listed before 水电站 share the whole of it (江达水电站, not 江达电站)
    ("那曲市", 2023, "梅帕塘水库和江达、忠玉水电站加快推进。", {"梅帕塘水库", "江达水电站", "忠玉水电站"}),
])
def test_named_power_stations(region, year, sentence, expected):
    assert expected <= _names(region, year, sentence, "Project")


def test_a_street_named_with_zou_is_still_a_street():
    names = _names("鄂州市", 2022, "“六纵”即文塘路、孙权路、燕沙路、燕花路、走马湖东路。", "Project")
    assert "走马湖东路" in names
