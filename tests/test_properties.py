"""Property-based tests (hypothesis): any input text never crashes the reader, cleaner, segmenter or
extractors; offsets always point inside the text; evidence always comes from the input."""
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from kg.clean import clean
from kg.extract import extract_report
from kg.metadata import detect
from kg.model import SourceText
from kg.prepare import Prepared
from kg.read import InputError, read_file
from kg.resolve import resolve
from kg.segment import segment

# pieces of real reports (structure, numbers, quotes, markup, noise) mixed with arbitrary text, so the
# examples reach the extractors' paths instead of being only random code points
FRAGMENTS = [
    "2017年三门峡市政府工作报告", "各位代表：", "\n", "\r\n", "\r", "一、2016年工作回顾", "二、2017年工作安排", "（一）",
    "全市生产总值完成1348.6亿元，同比增长7.7%；", "生产总值增长8%以上，", "城镇化率53.1%", "提高1.5个百分点",
    "与中国建设银行签订战略合作协议。", "深入推进“放管服”改革，", "《关于推进产业转型的意见》", "总投资116亿元的",
    "国道310南移项目", "开工建设。", "**", "## ", "<p>", "</p>", "&nbsp;", "侯卫东官场笔记", "本报记者摄",
    "——2018年1月5日在福州市第十五届人民代表大会第二次会议上", "市长 尤猛军", "、", "等", "。", "\u3000", "\ufeff",
]
texts = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=60).map("".join)
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(st.binary(max_size=3000) | texts.map(lambda t: t.encode("utf-8")) | texts.map(
    lambda t: t.encode("gb18030", errors="ignore")) | texts.map(lambda t: t.encode("utf-16")))
def test_reader_returns_text_or_a_one_line_input_error(data):
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "r.txt"
        p.write_bytes(data)
        try:
            src = read_file(p)
        except InputError as e:
            assert str(p) in str(e) and "\n" not in str(e)
            return
        assert 0 <= src.body_start <= len(src.text)


@SETTINGS
@given(texts)
def test_clean_text_maps_back_to_the_input_character_by_character(text):
    src = SourceText("t.txt", text, "utf-8")
    c = clean(src)
    for i, ch in enumerate(c.text):
        j = c.to_source(i)
        assert 0 <= j < len(text) and text[j] == ch


@SETTINGS
@given(texts)
def test_segments_and_sentences_are_spans_of_the_clean_text(text):
    c = clean(SourceText("t.txt", text, "utf-8"))
    doc = segment(c)
    n = len(c.text)
    for s in doc.sentences:
        assert 0 <= s.start <= s.end <= n and c.text[s.start:s.end] == s.text
    for sec in doc.sections:
        assert 0 <= sec.start <= sec.end <= n
    for a, b in doc.paragraphs:
        assert 0 <= a <= b <= n


@SETTINGS
@given(texts)
def test_extractors_never_crash_and_evidence_comes_from_the_input(text):
    src = SourceText("t.txt", text, "utf-8")
    c = clean(src)
    d = segment(c)
    meta = detect(d, "t.txt")
    ex = resolve(extract_report(Prepared(segment(c, d.title, meta.year), meta)))
    event(f"facts found: {'yes' if ex.entities or ex.observations else 'no'}")
    evidence = [m for e in ex.entities for m in e.mentions] + [o.evidence for o in ex.observations] + \
        [v for r in ex.relations for v in r.evidence]
    for ev in evidence:
        assert 0 <= ev.start <= ev.end <= len(text), ev
        # the sentence is clean text: the input with noise (tags, marks, junk) taken out
        assert ev.sentence in c.text, ev
    for e in ex.entities:
        assert e.name.strip() and "\n" not in e.name
    ids = {e.id for e in ex.entities}
    for r in ex.relations:
        assert r.target in ids or r.target.startswith("region:") or r.source in ids
