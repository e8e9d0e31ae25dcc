import pytest

from kg.clean import clean
from kg.metadata import detect
from kg.model import SourceText
from kg.read import read_file
from kg.segment import classify, segment
from snippets import FUZHOU_FRONT, HEBI_CAPTION, SANMENXIA


def _doc(text: str, path: str = "x.txt"):
    src = SourceText(path=path, text=text, encoding="utf-8")
    c = clean(src)
    d = segment(c)
    meta = detect(d, path)
    return segment(c, d.title, meta.year), meta


def test_parts_review_and_plan():
    doc, meta = _doc(SANMENXIA)
    parts = {s.heading: s.part for s in doc.sections if s.level == 1}
    assert parts == {"一、本届政府及2016年工作回顾": "review", "二、2017年工作安排": "plan"}
    assert classify("二、今后五年政府工作的总体要求和奋斗目标") == "outlook"


def test_metadata_from_title_and_caption():
    _, meta = _doc(HEBI_CAPTION)
    assert (meta.region, meta.province, meta.level, meta.year, meta.review_year) == ("鹤壁市", "河南省", "prefecture", 2017, 2016)
    assert (meta.speaker, meta.speaker_title) == ("唐远游", "市长")
    assert meta.id == "2017-鹤壁市"


def test_metadata_from_front_matter_and_byline(write):
    src = read_file(write("2018.md", FUZHOU_FRONT))
    c = clean(src)
    d = segment(c)
    meta = detect(d, src.path)
    assert (meta.region, meta.year, meta.speaker) == ("福州市", 2018, "尤猛军")
    assert meta.meeting == "福州市第十五届人民代表大会第二次会议"
    assert meta.date == "2018-01-05"


def test_december_meeting_opens_the_next_year():
    text = "政府工作报告\n——2021年12月21日在兰州市第十五届人民代表大会第一次会议上\n各位代表：\n一、过去五年工作回顾\n"
    _, meta = _doc(text)
    assert (meta.region, meta.year) == ("兰州市", 2022)


def test_national_report():
    text = "政府工作报告\n——2017年3月5日在第十二届全国人民代表大会第五次会议上\n国务院总理 李克强\n各位代表：\n一、2016年工作回顾\n"
    _, meta = _doc(text)
    assert (meta.region, meta.level, meta.year, meta.speaker) == ("中华人民共和国", "national", 2017, "李克强")


# Bylines as the corpus writes them (short excerpts of real reports of several regions and decades).
@pytest.mark.parametrize("head, speaker", [
    ("——2024年12月28日在山南市第二届人民代表大会第八次会议上\n山南市人民政府市长桑珠次仁\n", "桑珠次仁"),
    ("——2016年1月19日在乌鲁木齐市第十五届人民代表大会第五次会议上\n市长伊力哈木·沙比尔\n", "伊力哈木·沙比尔"),
    ("——2023年1月15日在青海省第十四届人民代表大会第一次会议上\n**省 长 吴晓军**\n", "吴晓军"),
    ("**在厦门市第十二届人民代表大会第三次会议上**\n**（2005年2月22日）**\n**张昌平**\n", "张昌平"),
    ("（2003年1月14日 黄智权）\n", "黄智权"),
    ("（2021年1月25日在吉林省第十三届人民代表大会第四次会议上 韩俊）\n", "韩俊"),
    ("政府工作报告  ——2020年1月16日在海南省第六届人民代表大会第三次会议上\n海南省省长 沈晓明  2020年01月22日\n", "沈晓明"),
    ("<!-- 1月10日上午，尹弘在河南省第十三届人民代表大会第三次会议上作政府工作报告。（记者 杜小伟 摄） -->\n", "尹弘"),
    ("<!-- 1月12日，李建国代市长作政府工作报告。（陈英杰 摄） -->\n", "李建国"),
    ("——1955年7月5日至6日在第一届全国人民代表大会第二次会议上\n国务院副总理兼国家计划委员会主任　李富春\n", "李富春"),
    ("——2014年1月8日在河北省第十二届人民代表大会第二次会议上\n河北省人民政府省长 张庆伟\n", "张庆伟"),
    ("——2021年2月25日在贵阳市第十四届人民代表大会第六次会议上\n", None),
])
def test_speaker_bylines(head, speaker):
    _, meta = _doc("政府工作报告\n" + head + "各位代表：\n一、2023年工作回顾\n")
    assert meta.speaker == speaker


def test_a_title_naming_the_year_under_review_yields_to_the_report_year(write):
    """The year a report sets targets for is its year: web pages often title a report by the year it
    reviews (四川省 2003-2019 in the corpus). The meeting date, or a review heading of the title's year
    with the plan of the next, tells."""
    dated = ("---\ntitle: 2009年四川省人民政府工作报告\n---\n\n**政府工作报告**\n"
             "在四川省第十一届人民代表大会第三次会议上（2010年1月26日）\n\n各位代表：\n\n**2009年工作回顾**\n")
    src = read_file(write("2009.md", dated))
    assert detect(segment(clean(src)), src.path).year == 2010
    headed = ("---\ntitle: 2013年四川省人民政府工作报告\n---\n\n**政府工作报告**\n在四川省第十二届人民代表大会第二次会议上\n"
              "\n各位代表：\n\n**2013年工作回顾**\n\n过去一年，是我省发展历程上特殊而又极不平凡的一年。\n\n"
              "**2014年主要目标任务**\n\n2014年是在新的起点上全面深化改革的开局之年。\n")
    src = read_file(write("2013.md", headed))
    meta = detect(segment(clean(src)), src.path)
    assert (meta.region, meta.year, meta.review_year) == ("四川省", 2014, 2013)
    # a report whose title and review heading agree the usual way keeps its title's year
    usual = headed.replace("**2013年工作回顾**", "**2012年工作回顾**").replace("**2014年主要目标任务**", "**2013年主要目标任务**")
    src = read_file(write("2013b.md", usual))
    assert detect(segment(clean(src)), src.path).year == 2013


def test_title_horizon_year_yields_to_the_meeting_date():
    text = ("关于海南省国民经济和社会发展“九五”计划和2010年远景目标纲要的报告\n"
            "——1996年2月6日在海南省第一届人民代表大会第四次会议上\n海南省省长 阮崇武\n各位代表：\n")
    _, meta = _doc(text)
    assert (meta.region, meta.year, meta.speaker) == ("海南省", 1996, "阮崇武")


def test_opening_sentence_is_no_title(write):
    text = ("---\ntitle: 重庆市2009年政府工作报告\n---\n\n各位代表，我代表市人民政府向大会报告工作，请予审议。"
            "并请各位政协委员提出意见。\n\n**一、2008年工作回顾**\n\n2008年，是重庆发展进程中经受严峻考验的一年。\n")
    src = read_file(write("2009.md", text))
    meta = detect(segment(clean(src)), src.path)
    assert (meta.title, meta.region, meta.year) == ("重庆市2009年政府工作报告", "重庆市", 2009)


def test_autonomous_prefecture_titled_by_its_seat():
    text = ("大理市政府工作报告\n——2014年2月18日在大理白族自治州第十三届人民代表大会第二次会议上\n州长 何华\n"
            "各位代表:\n")
    _, meta = _doc(text)
    assert (meta.region, meta.speaker, meta.speaker_title) == ("大理白族自治州", "何华", "州长")


def test_a_text_without_punctuation_is_cut_into_bounded_sentences():
    """A scrape that lost its punctuation is one line of megabytes; its "sentences" stay bounded (cut at a
    clause break where there is one) so that no extractor step looks across megabytes at each match."""
    from kg.segment import MAX_SENTENCE

    clause = "加快推进重点项目建设、"
    text = "2017年鹤壁市政府工作报告\n" + clause * 1000 + "\n"
    doc, _ = _doc(text)
    body = [s for s in doc.sentences if s.paragraph == 1]
    assert len(body) > 1 and all(len(s.text) <= MAX_SENTENCE for s in body)
    assert all(s.text.endswith("、") for s in body[:-1])  # cut after a clause, never inside a word
    assert "".join(s.text for s in body) == clause * 1000


def test_headings_that_name_the_reviewed_year_or_this_years_plan_beside_an_outlook():
    # 浙江省 2015: a heading naming only the previous year reviews it, whatever its words
    assert classify("一、2014年主要工作", 2015) == "review"
    # 陕西省 2015: how the tasks set a year ago were carried out
    assert classify("一、十二届人大二次会议确定任务完成情况", 2015) == "review"
    # 陕西省 2012, 黑龙江省 2009, 浙江省 1986: how a plan was carried out (执行情况), tasks completed (完成了)
    assert classify("一、四次会议确定的目标任务执行情况", 2012) == "review"
    assert classify("一、全面完成了省十一届人大一次会议确定的各项目标和任务", 2009) == "review"
    assert classify("一、“六五”计划执行情况", 1986) == "review"
    # 浙江省 2011: how the last five-year plan was carried out is a review, not an outlook
    assert classify("一、“十一五”规划执行情况和政府主要工作", 2011) == "review"
    # 湖南省 2023 (a new term): the five-year outlook and this year's plan under one heading
    assert classify("二、未来五年总体考虑和今年政府工作安排", 2023) == "plan"
    assert classify("二、今后五年政府工作的总体要求和奋斗目标", 2023) == "outlook"
    # 国务院 1999: the review of one year and the plan of the next under one heading: each sentence says which
    assert classify("一、1998年工作回顾和1999年工作的总体要求", 1999) is None


def test_a_year_written_with_the_circle_zero_is_read():
    # 二○一五年: the white circle (U+25CB) stands for zero in many typeset dates, as 〇 (U+3007) does
    from kg.text import cn_year

    assert cn_year("二○一五") == 2015 == cn_year("二〇一五")
