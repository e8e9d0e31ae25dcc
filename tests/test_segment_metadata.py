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
