"""Indicator constructions, each a sentence of a corpus report of another region and decade than the
development reports they were read from (region and year in the test's row)."""
import pytest

from kg.segment import classify
from test_extract import _obs


def _report(region: str, year: int, sentence: str, part: str = "review") -> str:
    review, plan = (sentence, "今年要抓好以下工作。") if part == "review" else ("过去一年工作很好。", sentence)
    return f"{year}年{region}政府工作报告\n一、{year - 1}年工作回顾\n{review}\n二、{year}年工作安排\n{plan}\n"


CASES = [
    # an older or local name of a coded indicator (地方级财政收入, 地方财政收入, 旅游总收入, 接待境内外游客)
    ("长春市", 2019, "review", "财政总收入153.16亿元，增长18.7%，其中，地方级财政收入94.92亿元，增长22.6%。",
     {"GENERAL_BUDGET_REVENUE": (94.92, "亿元", 22.6), "TOTAL_FISCAL_REVENUE": (153.16, "亿元", 18.7)}),
    ("海南省", 2007, "review", "全年接待境内外游客1605.02万人次，增长5.8%，旅游总收入141.43亿元，增长13.1%。",
     {"TOURIST_ARRIVALS": (1605.02, "万人次", 5.8), "TOURISM_REVENUE": (141.43, "亿元", 13.1)}),
    # a coordinated subject (城镇、农村居民…) and lists distributed by 分别
    ("福州市", 2023, "review", "城镇、农村居民人均可支配收入分别达56145元、26763元，分别增长5.1%、6.2%。",
     {"URBAN_DISPOSABLE_INCOME": (56145, "元", 5.1), "RURAL_DISPOSABLE_INCOME": (26763, "元", 6.2)}),
    ("黑龙江省", 2011, "review", "2010年，全省地区生产总值达到10235亿元，地方财政收入达到1073.3亿元，如期实现“双一”目标，"
                               "分别比上年增长12.6%和21.2%。",
     {"GDP": (10235, "亿元", 12.6), "GENERAL_BUDGET_REVENUE": (1073.3, "亿元", 21.2)}),
    # read from the coded figures of 400 corpus reports outside the development set: a CPI index written with %
    # (104% is a rise of 4%); a 分别 list after another subject's clause is that subject's; how much was added
    # (分别比上年增加767元和74元) is no level; growths measured from a named earlier year are multi-year
    ("深圳市", 2012, "plan", "居民人均可支配收入与经济保持同步增长，城镇居民登记失业率控制在3％以内，居民消费价格指数104%左右。",
     {"UNEMPLOYMENT_RATE": (3.0, "%", None), "CPI": (104.0, None, 4.0)}),
    ("河北省", 2021, "review", "实施民生工程，城镇新增就业421万人，城乡低保标准分别增长59.9%和104.1%。",
     {"NEW_URBAN_JOBS": (421.0, "万人", None)}),
    ("甘肃省", 2003, "review", "预计城镇居民人均可支配收入达到6150元，农民人均纯收入达到1583元，分别比上年增加767元和74元，"
                             "增长14.2%和4.9%。",
     {"URBAN_DISPOSABLE_INCOME": (6150.0, "元", 14.2), "RURAL_DISPOSABLE_INCOME": (1583.0, "元", 4.9)}),
    ("北京市", 2003, "review", "2002年，城镇居民人均可支配收入12453.3元，农民人均纯收入5880.1元，分别比1997年增长59.4%和56.3%。",
     {"URBAN_DISPOSABLE_INCOME": (12453.3, "元", None), "RURAL_DISPOSABLE_INCOME": (5880.1, "元", None)}),
    ("乌鲁木齐市", 2022, "review", "2021年，预计完成地区生产总值3600亿元，较2016年增长32.6%；地方财政收入达到602.7亿元，较2016年增长"
                                "29.1%；全社会固定资产投资较2016年增长13.5%；工业增加值达到760亿元，较2016年增长21.7%；城乡居民人均可支配"
                                "收入分别达到46192元、25110元，较2016年分别增长35.1%、53.6%；万元GDP能耗较2016年下降9.9%。",
     {"GDP": (3600.0, "亿元", None), "GENERAL_BUDGET_REVENUE": (602.7, "亿元", None),
      "URBAN_DISPOSABLE_INCOME": (46192.0, "元", None), "RURAL_DISPOSABLE_INCOME": (25110.0, "元", None),
      "OTHER": (760.0, "亿元", 21.7)}),
    # a growth since the year before the actual's own (2009年…比2008年增长) is the year's growth; since an earlier
    # year it stays multi-year, and so does a target's named base year, mostly a five-year plan's (比2005年 in 2006)
    ("北京市", 2010, "review", "初步核算，全市地区生产总值达到11865.9亿元，比2008年增长10.1%，人均地区生产总值超过1万美元；"
                             "完成地方财政收入2026.8亿元，增长10.3%。",
     {"GDP": (11865.9, "亿元", 10.1), "GENERAL_BUDGET_REVENUE": (2026.8, "亿元", 10.3), "OTHER": (1.0, "万美元", None)}),
    ("西藏自治区", 2013, "review", "全区生产总值达到701亿元，比2011年增长12%；公共财政预算收入86.58亿元，增长58.1%；全社会固定资产投资"
                                "660亿元，增长20.1%；社会消费品零售总额258亿元，增长18%；农牧民人均纯收入和城镇居民人均可支配收入分别"
                                "增长15.1%、11.5%；居民消费价格增长3.9%；城镇登记失业率控制在2.6%以内。",
     {"GDP": (701, "亿元", 12), "GENERAL_BUDGET_REVENUE": (86.58, "亿元", 58.1), "FIXED_ASSET_INVESTMENT": (660, "亿元", 20.1),
      "RETAIL_SALES": (258, "亿元", 18), "RURAL_DISPOSABLE_INCOME": (None, None, 15.1),
      "URBAN_DISPOSABLE_INCOME": (None, None, 11.5), "CPI": (None, None, 3.9), "UNEMPLOYMENT_RATE": (2.6, "%", None)}),
    ("黄山市", 2022, "review", "初步测算，2021年全市生产总值比2020年增长9.5%、4年连跨三个百亿台阶，创2014年以来新高，人均生产总值突破"
                             "1万美元。",
     {"GDP": (None, None, 9.5), "OTHER": (1.0, "万美元", None)}),
    ("泉州市", 2017, "review", "2016年全市实现生产总值6646.6亿元、一般公共预算收入424亿元、固定资产投资3748亿元、外贸进出口1652亿元，"
                             "分别比2011年增长62%、75%、145%和48%；经济总量连续18年居全省首位，人均地区生产总值达7.8万元；三次产业"
                             "比重由3.6∶61.5∶34.9调整为3∶58.7∶38.3。",
     {"GDP": (6646.6, "亿元", None), "GENERAL_BUDGET_REVENUE": (424, "亿元", None),
      "FIXED_ASSET_INVESTMENT": (3748, "亿元", None), "FOREIGN_TRADE": (1652, "亿元", None), "OTHER": (7.8, "万元", None)}),
    ("武汉市", 2006, "plan", "二是2010年单位生产总值能耗比2005年降低20％左右。", {}),
    ("深圳市", 2006, "plan", "——万元GDP能耗、万元GDP水耗、万元GDP建设用地分别比2005年下降10%、20%和40%以上，再生资源回收利用率达到"
                           "98%，城市污水处理回用率达到20%。",
     {"OTHER": (20, "%", None)}),
    # poverty counted as 减贫 and as 解决…温饱 (a target)
    ("内蒙古自治区", 2019, "review", "预计，全年减贫23.5万人，10个国贫旗县、13个区贫旗县摘帽。",
     {"POVERTY_ALLEVIATION": (23.5, "万人", None)}),
    ("山西省", 2005, "plan", "继续加强扶贫开发，再解决40万贫困人口的温饱问题，再完成5万人的移民搬迁任务。",
     {"POVERTY_ALLEVIATION": (40, "万人", None)}),
    # a second amount in another currency is no level of its own
    ("广东省", 2014, "review", "初步核定，全省生产总值62164亿元、突破1万亿美元，比上年增长8.5%。",
     {"GDP": (62164, "亿元", 8.5)}),
    # a price index (previous year = 100) is a level without a unit, and a rise of its excess over 100
    ("佛山市", 2014, "review", "居民消费价格指数102.5。", {"CPI": (102.5, None, 2.5)}),
    ("兰州市", 2009, "plan", "经济社会发展的主要预期目标是：生产总值增长10%以上，力争达到11%；单位生产总值能耗降低5%，"
                           "完成二氧化硫、化学需氧量总量控制等各项减排任务；全社会固定资产投资增长17%以上，力争达到20%；"
                           "社会消费品零售总额增长16%；财政收入增幅高于生产总值增长水平；城市居民人均可支配收入增长10%，"
                           "农民人均纯收入增长12%以上；城镇新增就业5万人，城镇登记失业率控制在4.6%以内；居民消费价格指数为104；"
                           "人口自然增长率控制在5.5‰以内。",
     {"GDP": (None, None, 10), "ENERGY_INTENSITY": (None, None, -5), "FIXED_ASSET_INVESTMENT": (None, None, 17),
      "RETAIL_SALES": (None, None, 16), "URBAN_DISPOSABLE_INCOME": (None, None, 10),
      "RURAL_DISPOSABLE_INCOME": (None, None, 12), "NEW_URBAN_JOBS": (5, "万人", None),
      "UNEMPLOYMENT_RATE": (4.6, "%", None), "CPI": (104, None, 4), "OTHER": (5.5, "‰", None)}),
    # 城镇居民登记失业率: the registered unemployment rate
    ("南昌市", 2009, "review", "新增城镇就业10.8万人，其中“4050”人员1.19万人，“零就业家庭”安置率100%，新增转移农村劳动力4.22万人，"
                             "城镇居民登记失业率3.3%。",
     {"NEW_URBAN_JOBS": (10.8, "万人", None), "UNEMPLOYMENT_RATE": (3.3, "%", None), "OTHER": (4.22, "万人", None)}),
    # a rate held through the years (始终控制在) is no level of the year
    ("呼和浩特市", 2016, "review", "城镇登记失业率始终控制在4%以内。", {}),
    # 城市化率, 农牧民人均纯收入 and 规模工业增加值: other names of coded indicators
    ("盐城市", 2012, "review", "全市城市化率达到54%，比2007年提高10.3个百分点。", {"URBANIZATION_RATE": (54, "%", None)}),
    ("桂林市", 2017, "review", "规模工业增加值722亿元，增长6.7%。", {"INDUSTRIAL_VALUE_ADDED": (722, "亿元", 6.7)}),
    ("毕节市", 2016, "plan", "确保规模工业增加值655亿元以上，增长13%以上。", {"INDUSTRIAL_VALUE_ADDED": (655, "亿元", 13)}),
    # 新增就业 opening its sentence is the jurisdiction's new urban jobs
    ("廊坊市", 2014, "review", "农民人均纯收入11624元。新增就业5.64万人，城镇登记失业率保持在较低水平。",
     {"RURAL_DISPOSABLE_INCOME": (11624, "元", None), "NEW_URBAN_JOBS": (5.64, "万人", None)}),
    # 分别由A和B增加到C和D: the levels reached are those after 到
    ("景德镇市", 2016, "review", "城镇和农村居民人均可支配收入分别由16846元、6748元增加到29288元、12817元。",
     {"URBAN_DISPOSABLE_INCOME": (29288, "元", None), "RURAL_DISPOSABLE_INCOME": (12817, "元", None)}),
    ("安顺市", 2016, "review", "城镇和农村居民人均可支配收入分别由14504元和3526元增加到22957元和7436元。",
     {"URBAN_DISPOSABLE_INCOME": (22957, "元", None), "RURAL_DISPOSABLE_INCOME": (7436, "元", None)}),
    # one level for town and country together is the disposable income of all residents
    ("云浮市", 2015, "review", "进出口总额18.02亿美元，增长14%；城乡居民人均可支配收入14061元，增长10.4%。",
     {"FOREIGN_TRADE": (18.02, "亿美元", 14), "DISPOSABLE_INCOME": (14061, "元", 10.4)}),
    # 分别 after a list of names: each indicator takes the figures of its place in the list, items that are no
    # indicator of the lexicon keeping theirs, in every run of as many figures (分别为A和B，增长x%和y%)
    ("贵阳市", 2012, "review", "全市生产总值、全社会固定资产投资、规模以上工业增加值、社会消费品零售总额、财政总收入、一般预算收入、"
                             "城市居民人均可支配收入、农民人均纯收入分别比上年增长17.1%、57.1%、23.4%、20.5%、31.7%、37.3%、17%、"
                             "23.5%，多项经济指标增速在全国省会城市中位居前列。",
     {"GDP": (None, None, 17.1), "FIXED_ASSET_INVESTMENT": (None, None, 57.1), "INDUSTRIAL_VALUE_ADDED": (None, None, 23.4),
      "RETAIL_SALES": (None, None, 20.5), "TOTAL_FISCAL_REVENUE": (None, None, 31.7),
      "GENERAL_BUDGET_REVENUE": (None, None, 37.3), "URBAN_DISPOSABLE_INCOME": (None, None, 17),
      "RURAL_DISPOSABLE_INCOME": (None, None, 23.5)}),
    ("贵州省", 2010, "review", "预计全省生产总值3887亿元，增长11%；财政总收入和一般预算收入分别为779.58亿元和416.46亿元，"
                             "增长15.9%和19.7%，一般预算支出1358.76亿元，增长28.9%；全社会固定资产投资2438.18亿元，增长30.8%；"
                             "社会消费品零售总额1247.25亿元，增长19.1%；城镇居民人均可支配收入和农民人均纯收入分别实际增长10.9%和"
                             "10%左右；年末全省金融机构存、贷款余额分别比年初增加1161.2亿元和1087.2亿元。",
     {"GDP": (3887, "亿元", 11), "TOTAL_FISCAL_REVENUE": (779.58, "亿元", 15.9),
      "GENERAL_BUDGET_REVENUE": (416.46, "亿元", 19.7), "FIXED_ASSET_INVESTMENT": (2438.18, "亿元", 30.8),
      "RETAIL_SALES": (1247.25, "亿元", 19.1), "URBAN_DISPOSABLE_INCOME": (None, None, 10.9),
      "RURAL_DISPOSABLE_INCOME": (None, None, 10), "OTHER": (1358.76, "亿元", 28.9)}),
    # a level reached (由2002年的A增加到2007年的B) is the level of the year it names: of the review year, also in a
    # passage on five years; of another year, none
    ("北京市", 2008, "review", "初步统计，地区生产总值由2002年的4330.4亿元增长到2007年的9006.2亿元，年均增长12%以上，"
                             "人均地区生产总值突破7000美元。",
     {"GDP": (9006.2, "亿元", None), "OTHER": (7000, "美元", None)}),
    ("兰州市", 2022, "review", "五年来，经济实力持续攀升。预计地区生产总值从2016年的2207.4亿元增加到2021年的3244亿元，年均增长5.5%；"
                             "社会消费品零售总额从1263.3亿元增加到1756亿元，年均增长6.8%；一般公共预算收入从215.5亿元增加到258亿元，"
                             "年均增长3.7%；城乡居民人均可支配收入分别从29661元、10391元增加到43364元、16117元，年均增长7.9%和9.2%。",
     {"GDP": (3244, "亿元", None), "RETAIL_SALES": (1756, "亿元", None), "GENERAL_BUDGET_REVENUE": (258, "亿元", None),
      "URBAN_DISPOSABLE_INCOME": (43364, "元", None), "RURAL_DISPOSABLE_INCOME": (16117, "元", None)}),
    ("武威市", 2022, "review", "全市生产总值由2016年的423.3亿元增加到2020年的526.4亿元，跃居全省第5位。", {}),
    # a five-year passage may open on a dashed headline of its own: its flows are no figures of the year, its
    # rates are levels at its end
    ("咸宁市", 2021, "review", "——这是民生事业开创新局面的五年。五年来，我们坚持人民至上，持续改善民生福祉，城乡居民收入实现翻番目标。"
                             "人均生活消费支出比“十二五”期末增长46.3%；城镇新增就业24.8万人，城镇登记失业率控制在4.5%以内。",
     {"UNEMPLOYMENT_RATE": (4.5, "%", None)}),
    # 农业增加值 of the whole jurisdiction is the primary sector's value added (not 现代农业增加值)
    ("浙江省", 2005, "review", "效益农业发展势头良好，全省农业增加值816亿元，增长3.7%；",
     {"PRIMARY_INDUSTRY_VA": (816, "亿元", 3.7)}),
    ("海南省", 2004, "review", "农业稳步增长。全省农业增加值完成257.12亿元，增长9.0%。",
     {"PRIMARY_INDUSTRY_VA": (257.12, "亿元", 9.0)}),
    # 新增就业 after a comma is the jurisdiction's new urban jobs too
    ("辽源市", 2020, "review", "高标准完成惠民实事51件。城镇登记失业率3.3%，新增就业1.8万人，转移农村劳动力17.1万人次，"
                             "零就业家庭实现动态为零。",
     {"UNEMPLOYMENT_RATE": (3.3, "%", None), "NEW_URBAN_JOBS": (1.8, "万人", None), "OTHER": (17.1, "万人次", None)}),
    ("天津市", 2021, "plan", "地区生产总值增长6.5%，一般公共收入预算增长10%，固定资产投资增长8%，社会消费品零售总额增长5%，"
                           "新增就业35万人左右，城镇调查失业率5.5%左右。",
     {"GDP": (None, None, 6.5), "FIXED_ASSET_INVESTMENT": (None, None, 8), "RETAIL_SALES": (None, None, 5),
      "NEW_URBAN_JOBS": (35, "万人", None), "UNEMPLOYMENT_RATE": (5.5, "%", None)}),
    # funds of projects from outside the province (利用省外5000万元以上项目资金)
    ("江西省", 2014, "review", "实际利用外商直接投资75.5亿美元，增长10.7%；利用省外5000万元以上项目资金3670亿元，增长15%。",
     {"FDI": (75.5, "亿美元", 10.7), "OUT_OF_PROVINCE_FUNDS": (3670, "亿元", 15)}),
    ("新余市", 2018, "review", "实际利用外资4.2亿美元、增长5%，省外2000万元以上项目资金467.5亿元、增长10%;"
                             "城镇居民人均可支配收入34736元、增长8%。",
     {"FDI": (4.2, "亿美元", 5), "OUT_OF_PROVINCE_FUNDS": (467.5, "亿元", 10), "URBAN_DISPOSABLE_INCOME": (34736, "元", 8)}),
    # 实际利用内、外资分别…: 外资 takes the second figure (预算内、外资金 are no foreign capital)
    ("铜陵市", 2022, "review", "促进明微电子集成电路封测等272个亿元以上产业项目签约落地，实际利用内、外资分别增长12.2%、6%。",
     {"FDI": (None, None, 6)}),
    ("长春市", 2016, "plan", "加大招商引资力度，实际利用内、外资分别增长12%和10%左右。", {"FDI": (None, None, 10)}),
    ("合肥市", 2007, "review", "全面清理撤销市直单位银行账户，实行预算内、外资金统一使用和管理。", {}),
    # a bare word shares the subject of the words before it: 支出 after the budget revenue, 收入 after the
    # tourists received, 增加值 after the gross output of industry above designated size (not of a park)
    ("河南省", 2007, "review", "地方财政一般预算收入678.4亿元，增长26.2%，支出1441.1亿元，增长29.2%；",
     {"GENERAL_BUDGET_REVENUE": (678.4, "亿元", 26.2), "GENERAL_BUDGET_EXPENDITURE": (1441.1, "亿元", 29.2)}),
    ("甘南藏族自治州", 2022, "review", "预计完成地区生产总值236亿元，增长5.5%；一般公共预算收入9.56亿元，支出230亿元；"
                                    "固定资产投资139.8亿元，增长6%。",
     {"GDP": (236, "亿元", 5.5), "GENERAL_BUDGET_REVENUE": (9.56, "亿元", None),
      "GENERAL_BUDGET_EXPENDITURE": (230, "亿元", None), "FIXED_ASSET_INVESTMENT": (139.8, "亿元", 6)}),
    ("厦门市", 2017, "review", "接待国内外游客6760万人次，总收入965亿元，分别增长12%和16%。",
     {"TOURIST_ARRIVALS": (6760, "万人次", 12), "TOURISM_REVENUE": (965, "亿元", 16)}),
    ("甘南藏族自治州", 2014, "review", "全年接待游客410万人次，综合收入17亿元，分别增长32%和33%。",
     {"TOURIST_ARRIVALS": (410, "万人次", 32), "TOURISM_REVENUE": (17, "亿元", 33)}),
    ("山南市", 2020, "review", "全市接待游客493万人次、实现收入19.2亿元，分别增长20%、14%。",
     {"TOURIST_ARRIVALS": (493, "万人次", 20), "TOURISM_REVENUE": (19.2, "亿元", 14)}),
    ("贵港市", 2014, "review", "预计全市规模以上工业总产值750.5亿元，增长19.5%；增加值240.4亿元，增长16%。",
     {"INDUSTRIAL_VALUE_ADDED": (240.4, "亿元", 16), "OTHER": (750.5, "亿元", 19.5)}),
    # …分别增长x%和y%: the last items of the list take the last figures, past levels of other clauses
    ("宁德市", 2014, "review", "完成技改投资149亿元，全市规模以上工业总产值2313亿元、增加值564亿元，分别增长21.6%和19%，"
                             "形成6个产值超百亿产业。",
     {"INDUSTRIAL_VALUE_ADDED": (564, "亿元", 19), "OTHER": (2313, "亿元", 21.6)}),
    ("湛江市", 2018, "review", "产业集聚发展态势良好。园区完成规上工业总产值1916亿元、增加值544亿元，分别增长31%和28%。", {}),
    # the level after the growth (…增长5.1%，总量达到…), and 经济总量 as the GDP
    ("荆州市", 2023, "review", "地区生产总值增长5.1％，总量达到3008.61亿元。", {"GDP": (3008.61, "亿元", 5.1)}),
    ("湖南省", 2021, "review", "地区生产总值增长3.8%，总量突破4万亿元；规模工业增加值增长4.8%；固定资产投资增长7.6%。",
     {"GDP": (4, "万亿元", 3.8), "INDUSTRIAL_VALUE_ADDED": (None, None, 4.8), "FIXED_ASSET_INVESTMENT": (None, None, 7.6)}),
    ("烟台市", 2024, "review", "预计全年地区生产总值增长6.5%左右，经济总量突破1万亿元，烟台将昂首挺进万亿级城市行列；"
                             "规模以上工业增加值增长11.5%左右。",
     {"GDP": (1, "万亿元", 6.5), "INDUSTRIAL_VALUE_ADDED": (None, None, 11.5)}),
    ("德阳市", 2022, "review", "经济实力再上台阶。全市经济总量由2016年的1693亿元增加到2656.56亿元，",
     {"GDP": (2656.56, "亿元", None)}),
    # poverty: the verb before the poor (减少农村贫困人口11万人), a bound after the count (95万以上…脱贫), and the
    # registered poor (扶贫对象)
    ("吉安市", 2014, "review", "全市实施整村推进扶贫项目3129个，完成扶贫移民搬迁1万多人，减少农村贫困人口11万人。",
     {"POVERTY_ALLEVIATION": (11, "万人", None)}),
    ("海南省", 2014, "review", "减少贫困人口6.4万人。", {"POVERTY_ALLEVIATION": (6.4, "万人", None)}),
    ("广西壮族自治区", 2018, "plan", "实现95万以上农村贫困人口脱贫、6个以上贫困县摘帽、1000个以上贫困村出列。",
     {"POVERTY_ALLEVIATION": (95, "万人", None)}),
    ("四川省", 2015, "plan", "全年实现105万以上贫困人口脱贫、2500个以上贫困村退出和5个贫困县“摘帽”。",
     {"POVERTY_ALLEVIATION": (105, "万人", None)}),
    ("河北省", 2012, "review", "377.4万农村人口饮水安全问题得到解决，20万扶贫对象实现脱贫。",
     {"POVERTY_ALLEVIATION": (20, "万人", None)}),
    # funds from outside the province: 引进国内省外到位资金, 引进国内（区外）到位资金, 区外境内到位资金
    ("四川省", 2010, "plan", "力争引进国内省外资金6000亿元以上，实际利用外资90亿美元以上。",
     {"OUT_OF_PROVINCE_FUNDS": (6000, "亿元", None), "FDI": (90, "亿美元", None)}),
    ("包头市", 2024, "review", "全年新开工亿元以上项目374个，其中产业类项目265个、完成投资1293.9亿元，引进国内（区外）到位资金790亿元、"
                             "增长37%，荣获“中国投资热点城市”。",
     {"OUT_OF_PROVINCE_FUNDS": (790, "亿元", 37)}),
    ("南宁市", 2023, "review", "开展产业链招商、驻点招商、专题招商，新签约5000万元以上招商引资项目325个，区外境内到位资金1015亿元、"
                             "增长15.2%，实际利用外资增长29.5%。",
     {"OUT_OF_PROVINCE_FUNDS": (1015, "亿元", 15.2), "FDI": (None, None, 29.5)}),
    ("桂林市", 2020, "review", "新签实施亿元以上项目136个，区外境内到位资金832.7亿元，实际利用外资6241万美元。",
     {"OUT_OF_PROVINCE_FUNDS": (832.7, "亿元", None), "FDI": (6241, "万美元", None)}),
    # spending of a field (民生领域财政支出) is no budget expenditure of the jurisdiction
    ("随州市", 2020, "review", "民生领域财政支出125亿元，占比保持在80%左右。", {"OTHER": (80, "%", None)}),
    ("梅州市", 2014, "review", "民生领域财政支出增长16.5%，占公共财政预算支出的75.7%。", {"OTHER": (75.7, "%", None)}),
    # a figure of part of the year (前三季度, 上半年) named before the indicator is no figure of the year
    ("酒泉市", 2023, "review", "今年以来投资始终保持了强劲势头，1-10月固定资产投资增长16.4%，居全省第二。", {}),
    ("自贡市", 2023, "review", "出台促进消费恢复发展若干政策，落实汽车、家电补贴，发放消费券3000万元，举办“熊猫消费节”“惠民购车节”等"
                             "促销活动200余场次，1—11月社会消费品零售总额增长2.7%、列全省第2位。", {}),
    # an aside between the verb and its figure (同比增长（下同）5%)
    ("绥化市", 2018, "review", "预计实现地区生产总值1382亿元，同比增长（下同）5%，固定资产投资770亿元，增幅与上年持平。",
     {"GDP": (1382, "亿元", 5), "FIXED_ASSET_INVESTMENT": (770, "亿元", None)}),
    ("云浮市", 2018, "review", "预计全市实现地区生产总值863亿元，同比增长（下同）6%；规模以上工业增加值265亿元，增长5%。",
     {"GDP": (863, "亿元", 6), "INDUSTRIAL_VALUE_ADDED": (265, "亿元", 5)}),
    # a share (服务业增加值占地区生产总值比重) is no level or change of the value added itself
    ("沈阳市", 2017, "review", "积极培育新产业、新业态、新模式，推动三次产业协调发展，服务业增加值占地区生产总值比重提高6.3个百分点。",
     {"OTHER": (None, None, None)}),
    # 旅游接待人次 and a bare 总收入 after 和 (旅游接待人次和总收入均增长30%以上)
    ("重庆市", 2010, "plan", "旅游接待人次和总收入均增长30%以上。",
     {"TOURIST_ARRIVALS": (None, None, 30), "TOURISM_REVENUE": (None, None, 30)}),
    ("唐山市", 2016, "plan", "年内旅游业接待人数、总收入分别增长30%和40%。",
     {"TOURIST_ARRIVALS": (None, None, 30), "TOURISM_REVENUE": (None, None, 40)}),
    ("梅州市", 2020, "review", "“客都人家”等文旅项目扎实推进，全域旅游加速发展，旅游接待总人数、总收入分别增长7.8%和9.1%。",
     {"TOURIST_ARRIVALS": (None, None, 7.8), "TOURISM_REVENUE": (None, None, 9.1)}),
    # 居民收入 with its figure: the per-capita disposable income of all residents, of town, of country
    ("广西壮族自治区", 2022, "review", "居民收入增长7.8%，其中城镇居民收入增长6.2%，农村居民收入增长9.8%。",
     {"DISPOSABLE_INCOME": (None, None, 7.8), "URBAN_DISPOSABLE_INCOME": (None, None, 6.2),
      "RURAL_DISPOSABLE_INCOME": (None, None, 9.8)}),
    ("鄂州市", 2017, "review", "预计全年地区生产总值增长8%，城镇居民收入增长8%，农村居民收入增长8%，实现了“十三五”良好开局。",
     {"GDP": (None, None, 8), "URBAN_DISPOSABLE_INCOME": (None, None, 8), "RURAL_DISPOSABLE_INCOME": (None, None, 8)}),
    ("毕节市", 2023, "review", "全体居民收入增长7.3%、居全省第二。", {"DISPOSABLE_INCOME": (None, None, 7.3)}),
    # the enterprises above a size with their verb before 增加值 (规模以上工业实现增加值, 规模以上工业完成增加值)
    ("三门峡市", 2014, "review", "深入实施工业稳增长调结构百日攻坚行动，积极开展产销对接、银企对接，及时解决经济运行中的突出矛盾和问题，"
                                "工业增速逐季加快，规模以上工业实现增加值684亿元，增长10.4%。",
     {"INDUSTRIAL_VALUE_ADDED": (684, "亿元", 10.4)}),
    ("酒泉市", 2014, "review", "规模以上工业完成增加值228亿元，增长17.8%。", {"INDUSTRIAL_VALUE_ADDED": (228, "亿元", 17.8)}),
    # …of an industry or of the enterprises added is no city-wide value added (甘肃省 2017: a clause)
    ("广东省", 2009, "review", "电子信息产业规模以上工业企业实现增加值2811亿元，增长17.6%。", {}),
    ("甘肃省", 2017, "review", "新增规上工业企业完成增加值65亿元、同比增长2.2倍，对规上工业增长的贡献率达到45.2%。",
     {"OTHER": (45.2, "%", None)}),
    # a budget revenue after 其中 is the local general budget revenue, the one before it a wider total
    ("宁波市", 2004, "review", "全市实现生产总值1769.9亿元，增长15.3%；完成财政总收入330亿元，增长25.9%，完成财政一般预算收入325亿元，"
                             "增长25.8％，其中地方财政收入139.4亿元，增长32.4%。",
     {"GDP": (1769.9, "亿元", 15.3), "TOTAL_FISCAL_REVENUE": (330, "亿元", 25.9),
      "GENERAL_BUDGET_REVENUE": (139.4, "亿元", 32.4)}),
    ("广州市", 2018, "review", "来源于广州地区的一般公共预算收入5947亿元，增长14%，其中地方一般公共预算收入1533亿元，可比增长10.9%。",
     {"GENERAL_BUDGET_REVENUE": (1533, "亿元", 10.9)}),
    ("乌鲁木齐市", 2019, "review", "完成地方财政收入800亿元，增长27.5%，其中：一般公共预算收入458亿元，增长14.4%；城镇居民人均可支配收入"
                                "40101元，增长8.3 %。",
     {"GENERAL_BUDGET_REVENUE": (458, "亿元", 14.4), "URBAN_DISPOSABLE_INCOME": (40101, "元", 8.3)}),
    # a multi-year cue before a list covers the names listed after its clause (北京市 2006, 沈阳市 2018), not a rate
    # (庆阳市 2021) nor a level per head past a semicolon (昌吉回族自治州 2021)
    ("北京市", 2006, "review", "累计完成全社会固定资产投资10830亿元，实现社会消费品零售额11650亿元，分别比“九五”时期增长98%和71%。", {}),
    ("沈阳市", 2018, "review", "引进来、走出去取得新成效，在沈投资世界500强达到94户，国际友城达到20个，开通沈满欧、沈连欧两条中欧班列，"
                             "全市累计实际利用外资109.7亿美元、进出口总额691亿美元。", {}),
    ("庆阳市", 2021, "review", "累计新增城镇就业22.75万人，城镇登记失业率控制在4.5%以内，输转城乡富余劳动力276万人（次）。",
     {"UNEMPLOYMENT_RATE": (4.5, "%", None), "OTHER": (276, "万人", None)}),
    ("昌吉回族自治州", 2021, "review", "“十三五”末，预计地区生产总值达到1400亿元左右，年均增长6.4%；一般公共预算收入达到143亿元，年均增长"
                                    "4.2%；五年累计完成固定资产投资3880亿元；城乡居民人均可支配收入分别达到35000元、20000元。",
     {"GDP": (1400, "亿元", None), "GENERAL_BUDGET_REVENUE": (143, "亿元", None),
      "URBAN_DISPOSABLE_INCOME": (35000, "元", None), "RURAL_DISPOSABLE_INCOME": (20000, "元", None)}),
]


@pytest.mark.parametrize("region,year,part,sentence,expected", CASES, ids=[f"{c[0]}{c[1]}" for c in CASES])
def test_corpus_constructions(region, year, part, sentence, expected):
    kind, at = ("actual", year - 1) if part == "review" else ("target", year)
    obs = _obs(_report(region, year, sentence, part))
    got = {code: (o.value, o.unit, o.growth_pct) for (code, k, y), o in obs.items() if (k, y) == (kind, at)}
    assert got == expected


@pytest.mark.parametrize("region,year,sentence,expected", [
    ("合肥市", 2006, "工业经济稳定增长，效益同步提高，规模以上工业企业实现总产值843亿元，工业增加值263.7亿元，增长23.5%;"
                   "工业经济效益综合指数达207，提高近40个百分点。", (263.7, "亿元", 23.5)),
    ("沈阳市", 2006, "2005年，全市规模以上工业总产值完成2288.6亿元，同比增长39.3％；实现工业增加值624.3亿元，增长40.5％；"
                   "工业固定资产投资完成510.3亿元，增长76.7％；工业经济效益综合指数达到141.3％，同比提高9.4个百分点。",
     (624.3, "亿元", 40.5)),
    ("日喀则市", 2022, "消费品工业等行业生产平稳增长，新增规上工业企业3家，工业增加值实现19亿元。", (19, "亿元", None)),
    # without them the name is left to OTHER
    ("黔南布依族苗族自治州", 2023, "农林牧渔业总产值497.61亿元，增长5%，总量、增速均居全省前列；工业增加值492亿元，居全省第4位。", None),
])
def test_a_bare_industrial_value_added_after_the_enterprises_above_a_size_is_theirs(region, year, sentence, expected):
    """工业增加值 after a clause of the enterprises above a size (规模以上工业企业…, 规上工业总产值…) is their value added."""
    from kg.extract.indicators import extract_indicators
    from test_extract import _prep
    p = _prep(_report(region, year, sentence))
    obs = extract_indicators(p.doc, p.meta)
    got = [(o.value, o.unit, o.growth_pct) for o in obs if o.indicator == "INDUSTRIAL_VALUE_ADDED"]
    others = [o.surface for o in obs if o.indicator == "OTHER"]
    assert (got, "工业增加值" in others) == (([expected], False) if expected else ([], True))


@pytest.mark.parametrize("region,year,sentence", [
    ("盐城市", 2022, "开展全省首个全域土地综合整治试点，深入实施“三项清理”，单位地区生产总值占用建设用地面积下降29.4%。"),
    ("清远市", 2018, "单位GDP电耗、能耗分别下降13%、5.5%。"),
    ("山西省", 2016, "实施1500项节能改造项目，推行合同能源管理，万元地区生产总值综合能耗超额完成下降16%的目标任务。"),
])
def test_gdp_per_unit_is_the_qualifier_of_an_intensity_not_gdp(region, year, sentence):
    assert not [o for (code, _, _), o in _obs(_report(region, year, sentence)).items() if code == "GDP"]


def test_a_five_year_plan_opening_heading_is_the_plan_of_its_first_year():
    # 荆州市 2016, 江苏省 2006: "实现…良好开局" heads the year's plan; 安徽省 2007 reviews that first year
    assert classify("三、努力实现“十三五”良好开局", 2016) == "plan"
    assert classify("二、确保“十一五”开好局", 2006) == "plan"
    assert classify("一、“十一五”发展开局良好", 2007) == "review"
    assert classify("二、今后五年政府工作的总体要求和奋斗目标") == "outlook"


HEADLINES = [
    # GNP, the headline of the early 1990s, with figures written in words
    (1990, "review", "1989年国民生产总值15677亿元，比上年增长百分之三点九。",
     [("GNP", "actual", 1989, 15677, 3.9, None, None, None, False)]),
    (1990, "plan", "国家计划要求今年的国民生产总值比上年增长百分之五，工业总产值增长百分之六，农业总产值增长百分之四。",
     [("GNP", "target", 1990, None, 5, None, None, None, False)]),
    # a range keeps its upper bound; the surveyed and the registered unemployment rate stay two series
    (2019, "plan", "今年发展的主要预期目标是：国内生产总值增长6%—6.5%；城镇新增就业1100万人以上，"
                   "城镇调查失业率5.5%左右，城镇登记失业率4.5%以内。",
     [("GDP", "target", 2019, None, 6, 6.5, None, None, False),
      ("NEW_URBAN_JOBS", "target", 2019, 1100, None, None, "以上", None, False),
      ("UNEMPLOYMENT_RATE", "target", 2019, 5.5, None, None, "左右", "surveyed", False),
      ("UNEMPLOYMENT_RATE", "target", 2019, 4.5, None, None, "以内", "registered", False)]),
    (2019, "plan", "今年赤字率拟按2.8%安排，比去年预算高0.2个百分点。",
     [("DEFICIT_RATIO", "target", 2019, 2.8, None, None, None, None, False)]),
    # 经济增长 stated as the growth target
    (2024, "plan", "今年发展主要预期目标是：经济增长5%左右；城镇调查失业率5.5%左右。",
     [("GDP", "target", 2024, None, 5, None, "左右", None, False),
      ("UNEMPLOYMENT_RATE", "target", 2024, 5.5, None, None, "左右", "surveyed", False)]),
    # a report that says it sets no growth target gets an absent one, with the sentence
    (2020, "plan", "需要说明的是，我们没有提出全年经济增速具体目标，主要因为全球疫情和经贸形势不确定性很大。",
     [("GDP", "target", 2020, None, None, None, None, None, True)]),
]


@pytest.mark.parametrize("year,part,sentence,expected", HEADLINES, ids=[f"国务院{c[0]}-{c[1]}" for c in HEADLINES])
def test_national_headline_targets(year, part, sentence, expected):
    """State Council reports of 1990, 2019, 2020 and 2024 (the development set has 2005, 2010, 2018, 2022)."""
    from kg.extract.indicators import extract_indicators
    from test_extract import _prep

    p = _prep(_report("中华人民共和国", year, sentence, part))
    got = [(o.indicator, o.kind, o.year, o.value, o.growth_pct, o.growth_pct_high, o.comparator, o.measure, o.absent)
           for o in extract_indicators(p.doc, p.meta)]
    assert got == expected


def test_a_plan_section_opening_on_the_past_year_states_actuals_and_averages_are_no_growth():
    """国务院 1996: the plan section opens on what was done; 国务院 2001: a five-year average."""
    from kg.extract.indicators import extract_indicators
    from test_extract import _prep

    text = ("1996年政府工作报告\n一、1995年工作回顾\n过去五年成绩很大。\n二、1996年工作安排\n"
            "过去的一年，我国改革开放和经济、社会发展取得新的成就。国内生产总值比上年增长10.2%，"
            "零售物价涨幅从21.7%回落到14.8%。今年经济增长速度的调控目标定为8%。\n")
    p = _prep(text.replace("1996年政府工作报告", "1996年中华人民共和国政府工作报告"))
    got = {(o.indicator, o.kind, o.year): o.growth_pct for o in extract_indicators(p.doc, p.meta)}
    assert got == {("GDP", "actual", 1995): 10.2, ("GDP", "target", 1996): 8}
    text = "2001年中华人民共和国政府工作报告\n一、2000年工作回顾\n国内生产总值2000年达89404亿元，平均每年增长8.3%。\n"
    p = _prep(text)
    assert [o.growth_pct for o in extract_indicators(p.doc, p.meta) if o.indicator == "GDP"] in ([], [None])


@pytest.mark.parametrize("region,year,sentence,expected", [
    ("营口市", 2014, "预计全年地区生产总值完成1500亿元，增长10%；固定资产投资1270亿元，增长17%。",
     {"GDP": (1500, "亿元", 10), "FIXED_ASSET_INVESTMENT": (1270, "亿元", 17)}),
    ("海口市", 2016, "预计全年地区生产总值1170亿元，增长8.5%；全社会固定资产投资1012亿元，增长23.2%。",
     {"GDP": (1170, "亿元", 8.5), "FIXED_ASSET_INVESTMENT": (1012, "亿元", 23.2)}),
], ids=["营口市2014", "海口市2016"])
def test_an_estimate_for_the_full_year_under_a_topical_heading_is_the_review_year(region, year, sentence, expected):
    """A paragraph opening on 预计全年 under a heading that names no year (一、经济平稳较快发展) states the
    review year's results."""
    text = (f"{year}年{region}政府工作报告\n{year - 1}年工作回顾\n过去一年成绩很大。\n一、经济平稳较快发展\n{sentence}\n"
            f"二、{year}年工作安排\n今年要抓好以下工作。\n")
    obs = _obs(text)
    got = {code: (o.value, o.unit, o.growth_pct) for (code, k, y), o in obs.items() if (k, y) == ("actual", year - 1)}
    assert got == expected


@pytest.mark.parametrize("region,year,heading,part,sentence,expected", [
    ("云浮市", 2018, "2017年工作回顾", "review",
     "全面推进“大众创业、万众创新”，全市城镇新增就业2.1万人，扶持创业1286人，城镇登记失业率2.47%。",
     {"NEW_URBAN_JOBS": (2.1, "万人", None), "UNEMPLOYMENT_RATE": (2.47, "%", None)}),
    ("宝鸡市", 2014, "2014年政府工作", "plan", "全年旅游综合收入增长30%以上。", {"TOURISM_REVENUE": (None, None, 30)}),
    # people lifted out of poverty too
    ("西双版纳傣族自治州", 2014, "2014年工作安排", "plan",
     "统筹推进集中连片特困地区综合扶贫开发、整乡整村推进、革命老区建设等扶贫工程，大力扶持人口较少民族、特困民族、散居民族和"
     "深度贫困群体发展，减少贫困人口1万人以上。", {"POVERTY_ALLEVIATION": (1, "万人", None)}),
    ("邵阳市", 2016, "2016年工作安排", "plan", "按照“两不愁、三保障”和“六到位、六落实”的要求，年内减少贫困人口21万。",
     {"POVERTY_ALLEVIATION": (21, "万人", None)}),
], ids=["云浮市2018", "宝鸡市2014", "西双版纳傣族自治州2014", "邵阳市2016"])
def test_a_topical_section_takes_the_part_of_the_unnumbered_heading_above_it(region, year, heading, part, sentence,
                                                                             expected):
    """Numbered topical sections (一、产业发展有新成效) under an unnumbered heading of the review or the plan state
    the figures of its year."""
    kind, at = ("actual", year - 1) if part == "review" else ("target", year)
    text = f"{year}年{region}政府工作报告\n{heading}\n一、产业发展有新成效\n{sentence}\n"
    obs = _obs(text)
    got = {code: (o.value, o.unit, o.growth_pct) for (code, k, y), o in obs.items() if (k, y) == (kind, at)}
    assert got == expected


OTHERS = [
    # an enterprise subject's verb before its head is no part of the name (吉林市 2022, 开封市 2016: clauses)
    ("吉林市", 2022, "review", "全市规模工业企业实现利润总额70.6亿元。", {("规模工业企业利润总额", 70.6, "亿元", None)}),
    ("开封市", 2016, "review", "全市规模以上工业企业实现主营业务收入2333亿元。",
     {("规模以上工业企业主营业务收入", 2333, "亿元", None)}),
    # a rate reached, names listed with their levels (上海市 2012)
    ("上海市", 2012, "review", "环境空气质量优良天数达到337天，森林覆盖率达到12.58%，绿化覆盖率达到38.15%。",
     {("环境空气质量优良天数", 337, "天", None), ("森林覆盖率", 12.58, "%", None), ("绿化覆盖率", 38.15, "%", None)}),
    # A、B…分别下降x和y: a name without a head of its own takes the last one's (太原市 2011)
    ("太原市", 2011, "review", "污染减排任务超额完成，化学需氧量、二氧化硫排放量分别下降15.2%和32.9%。",
     {("化学需氧量排放量", None, None, -15.2), ("二氧化硫排放量", None, None, -32.9)}),
    # a level, then its growth in the next clause (太原市 2009)
    ("太原市", 2009, "review", "积极创建国家知识产权示范城市，专利申请量3012件，增长68%。",
     {("专利申请量", 3012, "件", 68)}),
    # 占…比重 after a level names the share of the name before it (内江市 2023)
    ("内江市", 2023, "review", "坚持办好“十项民生工程”，民生支出168.41亿元，占一般公共预算支出比重达66.3%。",
     {("民生支出", 168.41, "亿元", None), ("民生支出占一般公共预算支出比重", 66.3, "%", None)}),
    # poor villages leaving the list: the figure before the name (南宁市 2020)
    ("南宁市", 2020, "review", "全市109个贫困村出列，90735名贫困群众脱贫。", {("贫困村出列", 109, "个", None)}),
    # a target of the plan part (上海市 2013)
    ("上海市", 2013, "plan", "建设多层次、多功能的基本生态网络，森林覆盖率达到15%以上。", {("森林覆盖率", 15, "%", None)}),
    # 占…比重 after a coded indicator names its share (阜新市 2023)
    ("阜新市", 2023, "review", "第三产业增加值增长7%，占GDP比重达到51%以上。", {("第三产业增加值占GDP比重", 51, "%", None)}),
    # 压减: a cut (海西蒙古族藏族自治州 2022, a clause)
    ("海西蒙古族藏族自治州", 2022, "review", "一般性支出压减15.2%。", {("一般性支出", None, None, -15.2)}),
    # 保持 before a level (开封市 2021, a clause)
    ("开封市", 2021, "review", "城市集中式饮用水水源地取水水质达标率保持100%。",
     {("城市集中式饮用水水源地取水水质达标率", 100, "%", None)}),
    # a level per unit written unit first; PM2.5's digits and 年均浓度 (a year's mean) are no figures (阜阳市 2022,
    # 桂林市 2016, clauses)
    ("阜阳市", 2022, "review", "PM2.5年均浓度下降到每立方米43.8微克。", {("PM2.5年均浓度", 43.8, "微克/立方米", None)}),
    ("桂林市", 2016, "plan", "力争PM10年均浓度降至每立方米67微克以下。", {("PM10年均浓度", 67, "微克/立方米", None)}),
    # 从A增至B: the level reached (西藏自治区 2021, a clause)
    ("西藏自治区", 2021, "review", "每千人床位数从4.5张增至4.9张。", {("每千人床位数", 4.9, "张", None)}),
    # poor villages leaving the list, 脱贫出列 and 顺利摘帽 (阜新市 2022, a clause; 南宁市 2017)
    ("阜新市", 2022, "review", "197个贫困村脱贫出列。", {("贫困村脱贫出列", 197, "个", None)}),
    ("南宁市", 2017, "review", "邕宁区和120个贫困村顺利摘帽，12.8万贫困人口实现脱贫。", {("贫困村摘帽", 120, "个", None)}),
    # a crop's or a herd's yield written alone takes the crop or herd named before a word of its growing (张掖市 2014;
    # 惠州市 2023, 新乡市 2023: clauses)
    ("张掖市", 2014, "review", "完成农作物播种面积407.4万亩，粮食生产再获丰收，总产达128万吨。",
     {("农作物播种面积", 407.4, "万亩", None), ("粮食总产", 128, "万吨", None)}),
    ("惠州市", 2023, "review", "完成粮食播种面积170.78万亩、总产量61.95万吨，超额完成省定年度任务。",
     {("粮食播种面积", 170.78, "万亩", None), ("粮食总产量", 61.95, "万吨", None)}),
    ("新乡市", 2023, "plan", "推进生猪养殖规模化、标准化、装备化，年出栏310万头以上。", {("生猪年出栏", 310, "万头", None)}),
    # …, and so does one listed after the crop's area (扬州市 2023; 景德镇市 2016)
    ("扬州市", 2023, "plan", "落实最严格耕地保护制度，粮食种植面积和产量分别稳定在582万亩、286万吨以上。",
     {("粮食种植面积", 582, "万亩", None), ("粮食产量", 286, "万吨", None)}),
    ("景德镇市", 2016, "review", "茶叶种植面积、总产分别增长28.4%、42.6%。",
     {("茶叶种植面积", None, None, 28.4), ("茶叶总产", None, None, 42.6)}),
    # money arrived written alone takes the drive for investment named before it in the sentence (白银市 2014, 乌海市
    # 2021, 固原市 2024: clauses); money arrived of aid or of funds sought stays bare (南平市 2016, a clause)
    ("白银市", 2014, "review", "全年实施招商引资项目362个，到位资金293.8亿元。", {("招商引资到位资金", 293.8, "亿元", None)}),
    ("乌海市", 2021, "review", "227个招商引资项目有序推进，到位资金105亿元。", {("招商引资到位资金", 105, "亿元", None)}),
    ("固原市", 2024, "review", "成功举办固原农文旅西安、福州、厦门等地推介招商大会，支持企业组团参加中阿博览会等展会，"
                          "实施招商引资项目178个，到位资金203亿元。", {("招商引资到位资金", 203, "亿元", None)}),
    ("南平市", 2016, "review", "5个省级扶贫开发工作重点县落实帮扶项目271项、到位资金19.43亿元。",
     {("到位资金", 19.43, "亿元", None)}),
    # units and heads: 亿千瓦时, 万头 and 存栏, 销售, 用水量, 专利授权 (丽江市 2021; 泰安市 2014, 绍兴市 2025,
    # 晋中市 2023, 永州市 2025: clauses)
    ("丽江市", 2021, "review", "全社会用电量44.7亿千瓦时，增长8.9%。", {("全社会用电量", 44.7, "亿千瓦时", 8.9)}),
    ("泰安市", 2014, "review", "奶牛存栏25.8万头。", {("奶牛存栏", 25.8, "万头", None)}),
    ("绍兴市", 2025, "review", "全年实现商品房销售610万平方米。", {("商品房销售", 610, "万平方米", None)}),
    ("晋中市", 2023, "review", "万元GDP用水量下降5.3%。", {("万元GDP用水量", None, None, -5.3)}),
    ("永州市", 2025, "review", "新增发明专利授权298件。", {("新增发明专利授权", 298, "件", None)}),
    # a list of intensities writes the qualifier once, on the first (邢台市 2019, a clause; 清远市 2021)
    ("邢台市", 2019, "review", "预计单位生产总值能耗、水耗分别下降5.5%、3.3%，削减煤炭消费46万吨。",
     {("单位生产总值水耗", None, None, -3.3)}),
    ("清远市", 2021, "review", "单位地区生产总值能耗、水耗分别下降8.2%和25.9%。", {("单位地区生产总值水耗", None, None, -25.9)}),
    # 存贷款余额: two indicators, paired in order with their figures, and 均 shares a growth with every name
    # before it (桂林市 2017, a clause; 常州市 2015, a clause; 宁夏回族自治区 2004)
    ("桂林市", 2017, "review", "银行业金融机构存贷款余额分别达2997亿元、1863亿元，增长15%、17.8%，桂林银行完成新一轮增资扩股。",
     {("银行业金融机构存款余额", 2997, "亿元", 15), ("银行业金融机构贷款余额", 1863, "亿元", 17.8)}),
    ("常州市", 2015, "review", "金融业规模持续扩大，全市银行业金融机构人民币存贷款余额分别增长6.5%、10.9%；金融商务区启动建设。",
     {("银行业金融机构人民币存款余额", None, None, 6.5), ("银行业金融机构人民币贷款余额", None, None, 10.9)}),
    ("宁夏回族自治区", 2004, "review", "金融机构年末存贷款余额分别达到746.4亿元和681.6亿元，均增长29%以上。",
     {("金融机构年末存款余额", 746.4, "亿元", 29), ("金融机构年末贷款余额", 681.6, "亿元", 29)}),
    # names listed in a clause without figures, then 分别 gives them in order (淮安市 2014; the coded
    # 规模以上工业增加值 takes its own)
    ("淮安市", 2014, "review", "预计地区生产总值突破2000亿元、达到2160亿元，增长12%，人均超过7200美元；规模以上工业增加值、"
                             "高新技术产业产值、建筑业产值跃上千亿元台阶，分别达1134亿元、1130亿元和1032亿元。",
     {("高新技术产业产值", 1130, "亿元", None), ("建筑业产值", 1032, "亿元", None)}),
    # rates each with its own head and one change after 分别: every rate changes by it (内江市 2014, 酒泉市 2016)
    ("内江市", 2014, "plan", "完成内江第一污水处理厂排污口下移工作，加快推进内江第三水厂及第二污水处理厂建设，"
                           "确保城区污水集中处理率、生活垃圾无害化处理率分别提高2个百分点以上。",
     {("城区污水集中处理率", None, None, None), ("生活垃圾无害化处理率", None, None, None)}),
    ("酒泉市", 2016, "plan", "特色产业面积增长3%以上，牛羊饲养量增长5%以上，农产品加工增值率、农业新品种新技术应用率分别提高2个百分点。",
     {("特色产业面积", None, None, 3), ("农产品加工增值率", None, None, None), ("农业新品种新技术应用率", None, None, None)}),
    # a subject's figures listed after 实现: a head too vague alone takes the subject (泰安市 2014; 鄂尔多斯市 2015,
    # where 税金 is no head)
    ("泰安市", 2014, "review", "预计规模以上工业企业实现主营业务收入6260亿元、利税705亿元、利润444亿元，分别增长13%、5%和6%左右。",
     {("规模以上工业企业主营业务收入", 6260, "亿元", 13), ("规模以上工业企业利税", 705, "亿元", 5),
      ("规模以上工业企业利润", 444, "亿元", 6)}),
    ("鄂尔多斯市", 2015, "review", "规模以上工业企业实现主营业务收入4277亿元、利润608亿元、税金353亿元，均居全区第一位。",
     {("规模以上工业企业主营业务收入", 4277, "亿元", None), ("规模以上工业企业利润", 608, "亿元", None)}),
    # the members listed before a name that sums them up (四大…产业, …等…产业) are no part of it (鸡西市 2022,
    # 汉中市 2021, 乌海市 2018)
    ("鸡西市", 2022, "review", "煤炭、石墨、绿色食品、生物医药四大主导产业增加值占规上工业增加值比重达到85%以上，比2016年提高12个百分点。",
     {("四大主导产业增加值占规上工业增加值比重", 85, "%", None)}),
    ("汉中市", 2021, "review", "装备制造、现代材料、高品质食药三大支柱产业产值占规上工业总产值比重达88.2%，三次产业结构调整为16.4:40.3:43.3。",
     {("三大支柱产业产值占规上工业总产值比重", 88.2, "%", None)}),
    ("乌海市", 2018, "review", "煤焦化工、氯碱化工两大基地集群优势更加凸显，新能源、新材料、装备制造等战略性新兴产业占工业增加值比重达23%，"
                             "高于全区平均水平。", {("战略性新兴产业占工业增加值比重", 23, "%", None)}),
    # a bare measure listed after a name takes its subject, written once on the first measure (四平市 2025,
    # 永州市 2014: 同比 before 分别 too; 新余市 2016; 锦州市 2025; 通化市 2014)
    ("四平市", 2025, "review", "坚决落实“三管三必须”要求，开展非煤矿山、交通运输、消防安全、城镇燃气、大跨度建筑等重点领域专项整治，"
                             "生产安全事故起数、死亡人数同比分别下降71.1%、52.2%，交通安全领域连续八年无重特大事故。",
     {("生产安全事故起数", None, None, -71.1), ("生产安全事故死亡人数", None, None, -52.2)}),
    ("永州市", 2014, "review", "安全生产工作保持全省先进，各类事故起数、死亡人数同比分别下降61%和31%。",
     {("各类事故起数", None, None, -61), ("各类事故死亡人数", None, None, -31)}),
    # the verb of the name before is no part of the subject it gives (怀化市 2019; so in 怀化市 2020, 大连市 2016)
    ("怀化市", 2019, "review", "全市生产安全事故发生起数、死亡人数分别下降58.2%、57.6%。",
     {("生产安全事故发生起数", None, None, -58.2), ("生产安全事故死亡人数", None, None, -57.6)}),
    ("新余市", 2016, "review", "专利申请量1635件、授权量1068件，分别增长61.9%和63.8%；每万人有效发明专利量1.75件，增长59.1%。",
     {("专利申请量", 1635, "件", 61.9), ("专利授权量", 1068, "件", 63.8), ("每万人有效发明专利量", 1.75, "件", 59.1)}),
    ("锦州市", 2025, "review", "空气质量优良天数达320天，优良率87.4%，同比改善9.6%。",
     {("空气质量优良天数", 320, "天", None), ("空气质量优良率", 87.4, "%", None)}),
    ("通化市", 2014, "review", "深入推进平安通化建设，刑事案件发案率下降24%、破案率上升27%，群众安全感进一步增强。",
     {("刑事案件发案率", None, None, -24), ("刑事案件破案率", None, None, 27)}),
    # a name without a head takes the last name's head, 业务总量 whole (南宁市 2019, 延边朝鲜族自治州 2025)
    ("南宁市", 2019, "review", "邮政、电信业务总量分别增长56.6%、159.6%。",
     {("邮政业务总量", None, None, 56.6), ("电信业务总量", None, None, 159.6)}),
    ("延边朝鲜族自治州", 2025, "review", "邮政、电信业务总量分别增长18.3%、10%。",
     {("邮政业务总量", None, None, 18.3), ("电信业务总量", None, None, 10)}),
    # members listed before 等 and the words they share, then 分别: each member with the words after 等
    # (鄂州市 2025, 长沙市 2016: clauses)
    ("鄂州市", 2025, "review", "光电子信息、高端装备制造、生命健康等产业产值分别增长45.5%、20.3%、8.8%。",
     {("光电子信息产业产值", None, None, 45.5), ("高端装备制造产业产值", None, None, 20.3),
      ("生命健康产业产值", None, None, 8.8)}),
    ("长沙市", 2016, "review", "新材料、电子信息、生物医药等产业产值分别增长10.1%、16.7%、18.3%。",
     {("新材料产业产值", None, None, 10.1), ("电子信息产业产值", None, None, 16.7), ("生物医药产业产值", None, None, 18.3)}),
    # the 及 of 普及率 separates no names, and a name without a head takes the word the last name's head is in
    # (伊春市 2021, 郴州市 2020: clauses; 庆阳市 2021)
    ("伊春市", 2021, "review", "城市供水、燃气、集中供热普及率分别达到88%、85%、87%，新建垃圾和污水处理厂22个。",
     {("城市供水普及率", 88, "%", None), ("燃气普及率", 85, "%", None), ("集中供热普及率", 87, "%", None)}),
    ("郴州市", 2020, "plan", "力争县城、乡镇燃气普及率分别达到80%、50%。",
     {("县城燃气普及率", 80, "%", None), ("乡镇燃气普及率", 50, "%", None)}),
    ("庆阳市", 2021, "plan", "争取市区自来水供水、燃气普及率分别达到98%和85%，城市绿地率达到32.5%。",
     {("市区自来水供水普及率", 98, "%", None), ("燃气普及率", 85, "%", None), ("城市绿地率", 32.5, "%", None)}),
    # a name opening on 每千人(口) is a ratio to the population, whatever its last word (衡水市 2023, 文山壮族苗族自治州
    # 2025, 吉安市 2016: clauses)
    ("衡水市", 2023, "review", "落实生育支持政策，推动托育服务标准化建设，每千人口托位数达到3.4个。", {("每千人口托位数", 3.4, "个", None)}),
    ("文山壮族苗族自治州", 2025, "review", "全市每千人口医疗卫生机构床位数达10.7张，每千人拥有执业医师数达4.9名，提前完成“十四五”规划目标。",
     {("每千人口医疗卫生机构床位数", 10.7, "张", None), ("每千人拥有执业医师数", 4.9, "名", None)}),
    ("吉安市", 2016, "review", "医疗卫生体系不断完善，每千人病床数由2.9张增加到4张，上海市东方医院吉安医院开创“特区带老区”合作办医新模式。",
     {("每千人病床数", 4, "张", None)}),
    # the 及 of 及以上 joins a bound to its level, no two names (国务院 2025, 常德市 2025, 黔南布依族苗族自治州 2025: clauses)
    ("中华人民共和国", 2025, "review", "地级及以上城市细颗粒物（PM2.5）平均浓度下降2.7%。",
     {("地级及以上城市细颗粒物（PM2.5）平均浓度", None, None, -2.7)}),
    ("常德市", 2025, "review", "国控断面水质优良率、县级及以上饮用水水源地水质达标率均达100%。",
     {("国控断面水质优良率", 100, "%", None), ("县级及以上饮用水水源地水质达标率", 100, "%", None)}),
    ("黔南布依族苗族自治州", 2025, "review", "地表水国省控断面水质优良率、县级及以上集中式饮用水水源地水质达标率、"
                                         "危险废物安全处置率均为100%。",
     {("地表水国省控断面水质优良率", 100, "%", None), ("县级及以上集中式饮用水水源地水质达标率", 100, "%", None),
      ("危险废物安全处置率", 100, "%", None)}),
    # the unemployed re-employed, counted figure first (宁波市 2007, 舟山市 2014, 昆明市 2007)
    ("宁波市", 2007, "review", "新增城镇就业岗位51.3万个，帮助26.5万名失业人员实现再就业，完成农村劳动力转移就业技能培训24.6万人，"
                            "城镇登记失业率基本控制在4%以内。", {("失业人员实现再就业", 26.5, "万人", None)}),
    ("舟山市", 2014, "plan", "全市新增城镇就业人员9000人，引导和帮助4000名城镇失业人员实现再就业。",
     {("城镇失业人员实现再就业", 4000, "人", None)}),
    ("昆明市", 2007, "review", "开发有效就业岗位8.9万个，新增城镇就业人员6.4万人，其中3.7万名下岗失业人员实现再就业。",
     {("下岗失业人员实现再就业", 3.7, "万人", None)}),
    # rural labour moved into work elsewhere (转移农村劳动力), counted as 农村劳动力转移就业 is (合肥市 2015, 十堰市 2016,
    # 长沙市 2007: clauses)
    ("合肥市", 2015, "review", "深入实施就业促进工程，新增城镇就业18.9万人，转移农村劳动力12.5万人。",
     {("转移农村劳动力", 12.5, "万人", None)}),
    ("十堰市", 2016, "plan", "多渠道开发就业岗位，实现城镇新增就业3.5万人，转移农村劳动力3万人。", {("转移农村劳动力", 3, "万人", None)}),
    ("长沙市", 2007, "review", "全面完成省、市八件实事，新增城镇就业8.72万人，新增转移农村劳动力6.02万人。",
     {("新增转移农村劳动力", 6.02, "万人", None)}),
    # persons with difficulty finding work who were placed in jobs, counted name first, as are the re-employed
    # (博尔塔拉蒙古自治州 2020, 楚雄彝族自治州 2022, 江苏省 2014)
    ("博尔塔拉蒙古自治州", 2020, "plan", "落实稳就业政策，推动更多劳动者到城镇、企业、园区稳定就业，实现城镇新增就业1.2万人，"
                                     "就业困难人员就业1800人，城镇零就业家庭动态清零。", {("就业困难人员就业", 1800, "人", None)}),
    ("楚雄彝族自治州", 2022, "review", "加大城镇失业人员和就业困难人员帮扶力度，城镇失业人员再就业1.8万人、就业困难人员就业1.1万人。",
     {("城镇失业人员再就业", 1.8, "万人", None), ("就业困难人员就业", 1.1, "万人", None)}),
    ("江苏省", 2014, "plan", "一是就业创业方面，实现城镇新增就业100万人以上、失业人员再就业36万人、就业困难人员就业5万人，"
                          "新增转移农村劳动力25万人以上，开发2万个高校毕业生见习岗位。",
     {("失业人员再就业", 36, "万人", None), ("就业困难人员就业", 5, "万人", None), ("新增转移农村劳动力", 25, "万人", None)}),
    # a total after the count of new ones is the stock of their subject (甘肃省 2015, 东莞市 2023: clauses; 徐州市 2021)
    ("甘肃省", 2015, "review", "推进工商登记制度改革，全省新增市场主体19.27万户，总量达到111.2万户。",
     {("新增市场主体", 19.27, "万户", None), ("市场主体总量", 111.2, "万户", None)}),
    ("东莞市", 2023, "review", "全市新增市场主体29.6万户，总量达158.4万户，稳居全省地级市第1。",
     {("新增市场主体", 29.6, "万户", None), ("市场主体总量", 158.4, "万户", None)}),
    ("徐州市", 2021, "review", "新增市场主体22.55万户，总量达到115.8万户。",
     {("新增市场主体", 22.55, "万户", None), ("市场主体总量", 115.8, "万户", None)}),
    # a coded name among the names keeps its place and ends the name before it: the clauses after it are its own
    # (厦门市 2015, 安徽省 2002), it counts in a 分别 list (长沙市 2011), and a vague head after its figure takes its
    # subject (齐齐哈尔市 2014: 规模以上工业完成增加值…、利税… → 规模以上工业利税)
    ("厦门市", 2015, "review", "先进制造业集聚效应不断增强，全年工业总产值突破5000亿元，规模以上工业增加值1240亿元，增长10.5%，"
                             "对经济增长贡献率达49.4%。",
     {("工业总产值", 5000, "亿元", None), ("对经济增长贡献率", 49.4, "%", None)}),
    ("安徽省", 2002, "review", "财政收入达到309.5亿元，其中地方财政收入完成192.2亿元，增长7.5%。", {("财政收入", 309.5, "亿元", None)}),
    ("长沙市", 2011, "review", "实现进出口总额61亿美元、服务外包业务总量245亿元、旅游总收入458亿元，分别增长48%、39.2%和28.7%。",
     {("服务外包业务总量", 245, "亿元", 39.2)}),
    ("齐齐哈尔市", 2014, "review", "规模以上工业完成增加值278.5亿元、主营业务收入949.3亿元、利税94亿元，分别增长9.5%、8%和9.4%。",
     {("规模以上工业主营业务收入", 949.3, "亿元", 8), ("规模以上工业利税", 94, "亿元", 9.4)}),
    # 在 before a level joins it to its name as 保持在 does (开封市 2014, 广元市 2022, 咸宁市 2020: clauses)
    ("开封市", 2014, "plan", "加快推进基层农业技术推广服务体系建设，力争主要农作物良种覆盖率在99%以上。",
     {("主要农作物良种覆盖率", 99, "%", None)}),
    ("广元市", 2022, "plan", "着力办好民生实事，确保一般公共预算民生支出比重在65%以上，努力让发展更有“温度”、让幸福更有“质感”。",
     {("一般公共预算民生支出比重", 65, "%", None)}),
    ("咸宁市", 2020, "plan", "加大民生投入，用于民生的支出占一般公共预算支出的比重在78%左右。",
     {("用于民生的支出占一般公共预算支出的比重", 78, "%", None)}),
    # names listed that open on the same word share the last name's words past their length, even where jieba ends no
    # word there (宿迁市 2019, 湖州市 2021, 山南市 2025: 基本养老、基本医疗保险参保率 → 基本养老保险参保率)
    ("宿迁市", 2019, "review", "企业职工“五险”新增34.6万人次，基本养老、基本医疗保险覆盖率均达96%以上，低收入农户养老和医疗保险参保率"
                             "双双实现100%。",
     {("基本养老保险覆盖率", 96, "%", None), ("基本医疗保险覆盖率", 96, "%", None)}),
    ("湖州市", 2021, "review", "基本养老、基本医疗保险参保率分别达到98.6%和99.8%。",
     {("基本养老保险参保率", 98.6, "%", None), ("基本医疗保险参保率", 99.8, "%", None)}),
    ("山南市", 2025, "review", "强化社会保障，城乡低保、临时救助、扶残助孤养老、退役军人保障等工作有序推进，基本养老、基本医疗保险参保率"
                             "分别保持在98%、95%以上，建成保障性住房4268套。",
     {("基本养老保险参保率", 98, "%", None), ("基本医疗保险参保率", 95, "%", None)}),
    # a level reached since a named earlier year, with no year of its own, is the level of the figures' year (四川省 2005,
    # 甘肃省 1998, 青岛市 2006: clauses)
    ("四川省", 2005, "review", "电话普及率由2000年的10%提高到38%，实现了全省乡乡通电话。", {("电话普及率", 38, "%", None)}),
    ("甘肃省", 1998, "review", "城乡居民储蓄存款余额由1992年的156亿元增加到566.1亿元，人均存款余额由678元增加到2270元。",
     {("城乡居民储蓄存款余额", 566.1, "亿元", None), ("人均存款余额", 2270, "元", None)}),
    ("青岛市", 2006, "review", "市本级社会保障性支出占财政预算支出的比重由2000年的7.2%提高到9.4%。",
     {("市本级社会保障性支出占财政预算支出的比重", 9.4, "%", None)}),
    # a growth's figure after a target's wording (增速要达30%, 增速力争达到10%)
    ("长春市", 2022, "plan", "今年两大新兴产业产值增速要达30%以上。", {("两大新兴产业产值", None, None, 30)}),
    ("本溪市", 2021, "plan", "数字经济产业集群：谋划包装数字经济项目共171个，总投资615亿元，全市数字经济增加值增速力争达到10%。",
     {("数字经济增加值", None, None, 10)}),
    # the capacity that new works add is what was done, the total capacity a level (广西壮族自治区 2013; 江苏省 2006)
    ("广西壮族自治区", 2013, "review", "新增发电装机容量1049万千瓦，总装机容量达2995万千瓦。",
     {("总装机容量", 2995, "万千瓦", None)}),
    ("江苏省", 2006, "review", "新增电力装机容量2360万千瓦，总装机容量达到4230万千瓦；",
     {("总装机容量", 4230, "万千瓦", None)}),
    # a share that rose from one level to another (由A提高到B) is the level it reached (烟台市 2005)
    ("烟台市", 2005, "review", "高新技术产业产值达到629.9亿元，占规模以上工业的比重由20.7%提高到23.7%。",
     {("高新技术产业产值", 629.9, "亿元", None), ("高新技术产业产值占规模以上工业的比重", 23.7, "%", None)}),
    # the key cities counted are a subset; the emissions after them are the province's (山西省 2007)
    ("山西省", 2007, "plan", "十二是改善生态环境，全省11个重点城市环境空气质量二级以上天数增长4%，二氧化硫、化学需氧量排放量分别"
                          "下降5.94%和3.25%。",
     {("二氧化硫排放量", None, None, -5.94), ("化学需氧量排放量", None, None, -3.25)}),
]


@pytest.mark.parametrize("region,year,part,sentence,expected", OTHERS, ids=[f"{c[0]}{c[1]}" for c in OTHERS])
def test_other_indicators(region, year, part, sentence, expected):
    """City-wide indicators outside the coded list keep their name as written (code OTHER)."""
    from kg.extract.indicators import extract_indicators
    from test_extract import _prep

    kind, at = ("actual", year - 1) if part == "review" else ("target", year)
    p = _prep(_report(region, year, sentence, part))
    got = {(o.surface, o.value, o.unit, o.growth_pct) for o in extract_indicators(p.doc, p.meta)
           if o.indicator == "OTHER" and (o.kind, o.year) == (kind, at)}
    assert got == expected


@pytest.mark.parametrize("region,year,sentence", [
    # counts of activities: what was built or added, not a level of the jurisdiction (呼和浩特市 2016)
    ("呼和浩特市", 2016, "完成23座病险水库除险加固，对134万亩灌区进行了节水改造，新增有效灌溉面积137万亩。"),
    # a part of the jurisdiction (哈尔滨市 2009: a development zone's output)
    ("哈尔滨市", 2009, "哈开发区实现工业总产值1150亿元，增长20.9%。"),
    # a figure that a noun follows is a modifier (白城市 2025)
    ("白城市", 2025, "深入开展项目攻坚三年行动，强化重点项目包保机制，重点抓好投资99亿元的大安绿氢合成氨二期、"
                    "投资65亿元的通榆中能建氢氨醇一体化等重点项目。"),
    # a five-year total is no figure of the year (荆州市 2022, the clauses on the five years)
    ("荆州市", 2022, "五年累计民生支出1942亿元，累计新增就业36万人。"),
    # programmes' money and terms: investment completed by projects, guaranteed loans granted, an insurance
    # scheme's reimbursement (驻马店市 2014, 延边朝鲜族自治州 2021, 青海省 2014: clauses)
    ("驻马店市", 2014, "全年211个市重点项目完成投资460.3亿元，增长68%。"),
    ("延边朝鲜族自治州", 2021, "城镇新增就业1.8万人，发放创业担保贷款4.07亿元，城镇登记失业率2.87%。"),
    ("青海省", 2014, "城乡居民政策范围内住院费用支付比例提高到76%。"),
    # kilometres of road (朔州市 2022)
    ("朔州市", 2022, "朔神高速开工建设，右平高速建成通车，高速公路通车里程达到453公里。"),
    # a head alone speaks of the subject before it (滨州市 2018, a clause)
    ("滨州市", 2018, "电子商务蓬勃发展，建设电商公共服务中心27个、村镇服务站点2091个，交易额1700亿元、增长30.5%。"),
    # clusters and chains of industries are parts of the economy (克拉玛依市 2023; 三明市 2016, a clause)
    ("克拉玛依市", 2023, "全年千亿产业集群实现产值1740亿元，增长6%。"),
    ("三明市", 2016, "冶金及压延、装备制造、林产加工、矿产加工、纺织、生物医药及生物等6条特色产业链产值突破2000亿元。"),
    # a figure with its bound that a noun follows is a modifier (赤峰市 2022, a clause)
    ("赤峰市", 2022, "全年实施投资5000万元以上重点项目600个以上。"),
    # a share without its subject (眉山市 2021)
    ("眉山市", 2021, "主导产业集聚壮大，占全市工业产值比重达88%。"),
    # a sector's share of investment is a sector sub-item (黄冈市 2021, 宣城市 2016, 池州市 2016, 襄阳市 2016: clauses)
    ("黄冈市", 2021, "完成水利投资308亿元。"),
    ("宣城市", 2016, "完成铁路建设投资93.2亿元。"),
    ("池州市", 2016, "完成电网投资8.95亿元。"),
    ("襄阳市", 2016, "全年完成能源投资50亿元。"),
    # a multi-year cue before a list holds for every name of it (佛山市 2016)
    ("佛山市", 2016, "五年专利申请量和授权量分别达13.97万件、10.3万件，均比“十一五”时期增长超65%，累计有效注册商标总量翻番。"),
    # a coded indicator's form and its measure word is the coded indicator, no other one (莆田市 2021, 云浮市 2015,
    # 铜仁市 2024: clauses)
    ("莆田市", 2021, "外贸进出口额580.5亿元，增长43.4%；实际利用外资9.6亿元，增长6.5%。"),
    ("云浮市", 2015, "固定资产投资总额742.43亿元，增长29%。"),
    ("铜仁市", 2024, "外贸进出口额增长5%以上。"),
    # capacity and output added by new works and projects are what was done, no level (宁夏回族自治区 2007, 宜宾市 2014,
    # 山东省 2025, 昆明市 2020: clauses)
    ("宁夏回族自治区", 2007, "全区新增煤炭生产能力500万吨，新增电力装机150万千瓦。"),
    ("宜宾市", 2014, "加快推进煤炭技改矿井和新建矿井建设，新增煤炭生产能力700万吨以上。"),
    ("山东省", 2025, "继续实施15000个省市县重点项目，推动3900多个项目投产达效、新增产值5000亿元左右。"),
    ("昆明市", 2020, "祥丰石化合成氨装置技改等35个亿元以上项目竣工，新增工业产值56亿元。"),
    # the share of an industry's or a firm's inputs made locally is no level of the jurisdiction (长春市 2025, 沈阳市
    # 2024; 重庆市 2014, a clause)
    ("长春市", 2025, "奥迪PPE纯电动车型上市量产，新能源汽车本地配套率达到60%。"),
    ("沈阳市", 2024, "“12+24”头部企业配套和特色园区加快提档升级，头部企业本地配套率达到40%。"),
    ("重庆市", 2014, "形成信息终端产量1.8亿台（件），本地配套率达到80%。"),
    # money that the government's action induced, levered or arranged is a programme's effect, no level (嘉兴市 2024,
    # a clause; 葫芦岛市 2025; 东莞市 2025; 西双版纳傣族自治州 2025, a clause)
    ("嘉兴市", 2024, "带动制造业投资1041亿元，成为全省第二个制造业投资破千亿的城市。"),
    ("葫芦岛市", 2025, "组织银企对接29次，协调贷款11.2亿元，减税降退缓降费6.8亿元，惠及企业1200余户。"),
    ("东莞市", 2025, "加大中小微企业贷款风险补偿力度，撬动贷款500亿元以上。"),
    ("西双版纳傣族自治州", 2025, "全面推动消费品以旧换新，补贴资金8021万元，拉动销售5.8亿元，电动自行车成交量全省第2。"),
    # a name opening on a division inside the jurisdiction gives a figure of that part (哈密市 2023, a clause;
    # 河池市 2021; 吉林省 2021)
    ("哈密市", 2023, "伊州区、巴里坤县、伊吾县空气质量优良率分别达到91.8%、99.7%、99.7%。"),
    ("河池市", 2021, "金城江城区环境空气质量优良率97.8%，其余10个县（区）城区空气环境质量持续稳定达到国家二级标准。"),
    ("吉林省", 2021, "通化港货物吞吐量达到1000万吨。"),
    # capacity that new works add is what was done (河北省 2007)
    ("河北省", 2007, "电源建设取得新进展，西柏坡电厂三期等一批重点电源项目建成投产，新增发电装机容量392万千瓦。"),
    # the key ones counted (N个重点…) are a subset, not the whole (深圳市 2017; 黑龙江省 2005)
    ("深圳市", 2017, "深圳湾超级总部基地等16个重点区域完成年度投资940亿元。"),
    ("黑龙江省", 2005, "抓好扶贫开发工作，重点实施整村推进计划，确保527个重点村实现人均收入1600元以上。"),
    # firms counted and projects counted are a subset too, and what is done for firms counted is a programme's (泰安市
    # 2020; 海南省 2024, a clause; 甘孜藏族自治州 2025; 四川省 2024)
    ("泰安市", 2020, "“双50强”企业带动明显，50家工业领军企业预计实现营业收入1360亿元，增长5%左右；46家科技创新型企业预计"
                    "实现营业收入32.49亿元，增长24.38%。"),
    ("海南省", 2024, "12家离岛免税店销售额580.9亿元，增长19.3%。"),
    ("甘孜藏族自治州", 2025, "15个光伏项目碳减排贷款93.7亿元，居全省第一。"),
    ("四川省", 2024, "248个共建重大项目完成年度投资4138.4亿元，超年度计划20%。"),
    # the government's own tasks: problems rectified, cases closed, items cut (达州市 2023; 海北藏族自治州 2022 and
    # 江西省 2019: clauses)
    ("达州市", 2023, "中省环保督察反馈问题整改率99.2%，卷硐山片区矿山生态问题得到治理。"),
    ("海北藏族自治州", 2022, "城镇登记失业率控制在2.82%的较低水平，根治欠薪结案率100%。"),
    ("江西省", 2019, "“放管服”改革成效明显，省本级行政权力事项精简率达82.5%，累计取消调整证明事项315项。"),
    # replies to the hotline's, the mailbox's and the deputies' cases are the government's own task too (西安市 2021,
    # 淮北市 2014, 武汉市 2010)
    ("西安市", 2021, "12345市民热线共受理工单近430万件，回复率99.5%以上，获评全国城市政务热线服务质量总体评估A+等级。"),
    ("淮北市", 2014, "办理“市长信箱”和网上留言938件，回复率97.5%，荣获人民网网民留言办理工作先进市称号。"),
    ("武汉市", 2010, "办理市人大议案、建议和市政协建议案、提案1415件，回复率达100%。"),
    # a guarantee scheme's outstanding guarantees and a tax deduction's rate are a programme's money and terms, no
    # level of the jurisdiction (新余市 2016; 太原市 2022; 蚌埠市 2020, 云南省 2022, 国务院 2021: clauses)
    ("蚌埠市", 2020, "新型政银担在保余额67亿元，发放过桥续贷资金16亿元。"),
    ("新余市", 2016, "市国信担保公司在保企业156户，在保余额23.1亿元、增长20.8%。"),
    ("太原市", 2022, "落实好制造业企业研发费用加计扣除比例由75%提升至100%等政策，激励企业创新升级。"),
    ("云南省", 2022, "将科技型中小企业研发费用加计扣除比例提高到100%。"),
    ("中华人民共和国", 2021, "延续执行企业研发费用加计扣除75%政策，将制造业企业加计扣除比例提高到100%。"),
    # money for a measure just named (为此) is the programme's (国务院 2006, 2009; 广东省 2014, a clause)
    ("中华人民共和国", 2006, "加快推进新型农村合作医疗制度建设，今年把试点范围扩大到全国40%的县，中央和地方财政对参加合作医疗"
                         "农民的补助标准由20元提高到40元，中央财政为此将增加支出42亿元。"),
    ("中华人民共和国", 2009, "对义务教育阶段教师实行绩效工资制度，提高1200万中小学教师待遇，中央财政为此将投入120亿元，"
                         "地方财政也要增加投入。"),
    ("广东省", 2014, "全省各级财政为此将投入154亿元。"),
    # an area built, started, developed or a technique spread over is what was done, no level (普洱市 2022; 宁波市 2019,
    # 甘南藏族自治州 2016, 武汉市 2008: clauses; 贵阳市 2018, a sentence's opening)
    ("普洱市", 2022, "建设高效节水灌溉面积3.2万亩。"),
    ("宁波市", 2019, "推进城中村改造行动计划，分类改造绕城高速以内、其他区县（市）城区建成区范围内的城中村，启动改造面积450万平方米以上。"),
    ("甘南藏族自治州", 2016, "投资1.68亿元，实施农田水利和牧区节水灌溉项目，发展有效灌溉面积21万亩。"),
    ("武汉市", 2008, "积极发展农业循环经济，新建农业循环经济示范点10处，推广生态农业循环模式种养植面积1.5万亩。"),
    ("贵阳市", 2018, "发展农村耕地灌溉面积6万亩，10.42万农村人口饮水安全问题得到解决。"),
    # an edition of a fair names one event's figure, no level of the jurisdiction (吉林市 2020; 四川省 2011: clauses)
    ("吉林市", 2020, "跨境电子商务运营中心投入使用，在第二届进博会上交易额增长32.5%，对外进出口贸易国家和地区达到97个。"),
    ("四川省", 2011, "第十二届西博会四川签约项目6822.8亿元，上届西博会签约项目履约率99.1%。"),
    # the government's own firms and the firms it rated leading are a subset of the firms (莆田市 2025; 北京市 2012,
    # 上饶市 2016: clauses)
    ("莆田市", 2025, "实施国企改革深化提升行动，组建全国首家地级市资源循环集团，市属国企资产总额增长10%。"),
    ("北京市", 2012, "实现骨干企业委派外部董事全覆盖，市属企业利润增长29.5%。"),
    ("上饶市", 2016, "引导农业要素向优势经营主体集中，力争市级以上农业龙头企业销售收入达320亿元。"),
    # a level written as 的N% after a name without 占 is a share of that name, no level of it (清远市 2018; 红河哈尼族彝族
    # 自治州 2014, 呼和浩特市 2015: clauses)
    ("清远市", 2018, "重点项目完成投资376.6亿元，完成年度计划投资的89.5%。"),
    ("红河哈尼族彝族自治州", 2014, "云桂铁路（红河段）已完成总投资的61%，建成了建水冶金集团铁路专用线。"),
    ("呼和浩特市", 2015, "当年全面开工，当年完成主体工程总量的90%，基本实现了主体工程全线连通。"),
], ids=["呼和浩特市2016", "哈尔滨市2009", "白城市2025", "荆州市2022", "驻马店市2014", "延边朝鲜族自治州2021", "青海省2014",
        "朔州市2022", "滨州市2018", "克拉玛依市2023", "三明市2016", "赤峰市2022", "眉山市2021", "黄冈市2021", "宣城市2016",
        "池州市2016", "襄阳市2016", "佛山市2016", "莆田市2021", "云浮市2015", "铜仁市2024", "宁夏回族自治区2007",
        "宜宾市2014", "山东省2025", "昆明市2020", "长春市2025", "沈阳市2024", "重庆市2014", "嘉兴市2024", "葫芦岛市2025",
        "东莞市2025", "西双版纳傣族自治州2025", "哈密市2023", "河池市2021", "吉林省2021", "河北省2007", "深圳市2017",
        "黑龙江省2005", "泰安市2020", "海南省2024", "甘孜藏族自治州2025", "四川省2024", "达州市2023", "海北藏族自治州2022",
        "江西省2019", "西安市2021", "淮北市2014", "武汉市2010", "蚌埠市2020", "新余市2016", "太原市2022",
        "云南省2022", "国务院2021", "国务院2006", "国务院2009", "广东省2014", "普洱市2022",
        "宁波市2019", "甘南藏族自治州2016", "武汉市2008", "贵阳市2018", "吉林市2020", "四川省2011",
        "莆田市2025", "北京市2012", "上饶市2016", "清远市2018", "红河哈尼族彝族自治州2014", "呼和浩特市2015"])
def test_no_other_indicator(region, year, sentence):
    from kg.extract.indicators import extract_indicators
    from test_extract import _prep

    p = _prep(_report(region, year, sentence))
    assert [o.surface for o in extract_indicators(p.doc, p.meta) if o.indicator == "OTHER"] == []
