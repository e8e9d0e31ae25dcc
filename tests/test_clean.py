from pathlib import Path

from kg.clean import clean, heading_junk, split_copies, with_captions
from kg.model import SourceText
from snippets import HEBI_CAPTION, SANMENXIA


def _src(text: str) -> SourceText:
    return SourceText(path="t.txt", text=text, encoding="utf-8")


def test_repeated_copies_become_one_report():
    spans, dropped = split_copies(_src(SANMENXIA * 8))
    assert len(spans) == 1 and dropped == 7


def test_junk_glued_to_headings_is_cut_but_real_headings_stay():
    c = clean(_src(SANMENXIA))
    assert "侯卫东官场笔记" not in c.text and "二号首长" not in c.text
    assert "一、本届政府及2016年工作回顾\n" in c.text
    assert "二、2017年工作安排\n" in c.text
    body = "增进民生福祉的各项工作。" * 3
    assert heading_junk("七、坚定不移增进民生福祉", body) is None


def test_junk_of_other_files_is_cut_where_pasted_but_never_inside_a_sentence():
    # the 安阳 seed carries 二号首长, glued to the headings of the four other seeds, after a sentence's end
    text = ("2017年安阳市政府工作报告\n一、2016年工作回顾\n市第三人民医院门诊综合楼投入使用。二号首长“全面两孩”政策平稳实施。\n"
            "二、2017年工作安排\n经济总量迈上新台阶。\n")
    assert "二号首长" in clean(_src(text)).text
    c = clean(_src(text), known_junk={"二号首长", "迈上新台阶", "侯卫东官场笔记"})
    assert "投入使用。“全面两孩”政策平稳实施。" in c.text and "二号首长" not in c.text
    assert "经济总量迈上新台阶。" in c.text  # the same words inside a sentence are the report's own
    assert c.noise == ["二号首长"]


def test_a_predicate_after_the_head_noun_is_no_junk():
    # headings of corpus reports (乌鲁木齐市 2017, and others of cities and provinces) whose words
    # after 建设 need not recur in the report
    for heading in ("六、政府自身建设迈上新台阶", "四、政府自身建设不断加强", "五、民生建设取得新成效",
                    "四、城乡现代化建设全面提速", "五、城市规划建设管理和生态建设再上新水平"):
        assert heading_junk(heading, "") is None, heading
    assert heading_junk("一、2016年工作回顾二号首长", "") is not None


def test_photo_caption_removed_and_kept_for_metadata():
    c = clean(_src(HEBI_CAPTION))
    assert "本报记者" not in c.text
    assert c.captions and "唐远游" in c.captions[0]


def test_offsets_map_back_to_text_as_read():
    src = _src(HEBI_CAPTION)
    c = clean(src)
    for needle in ("全市生产总值769.4亿元", "居民消费价格指数上涨2.1%", "一、2016年工作回顾"):
        i = c.text.index(needle)
        s, e = c.span(i, i + len(needle))
        assert src.text[s:e] == needle


def test_html_tags_are_noise_not_text():
    src = _src("<html><body><p>2017年某市政府工作报告</p><p>全市生产总值100亿元&nbsp;增长8%</p></body></html>")
    c = clean(src)
    assert "<" not in c.text and "全市生产总值100亿元" in c.text
    i = c.text.index("全市生产总值")
    assert src.text[c.to_source(i):].startswith("全市生产总值")


def test_a_cleaned_file_keeps_the_caption_that_names_the_speaker(write):
    """`kg clean` writes the caption after the title: read again, it is removed from the text once more
    and still gives the speaker."""
    from kg.metadata import detect
    from kg.read import read_file
    from kg.segment import segment

    c = clean(SourceText(path="t.txt", text=HEBI_CAPTION, encoding="utf-8"))
    again = clean(read_file(write("2017_鹤壁市.txt", with_captions(c))))
    assert again.text.replace("\n", "") == c.text.replace("\n", "")
    assert again.captions == c.captions
    assert detect(segment(again), "2017_鹤壁市.txt").speaker == "唐远游"


def test_kg_clean_cuts_the_junk_of_every_file_it_is_given(tmp_path):
    from kgapp.cli import main

    raw = Path(__file__).resolve().parents[1] / "data" / "raw"
    assert main(["clean", str(raw), "--out", str(tmp_path)]) == 0
    texts = {p.name: p.read_text(encoding="utf-8") for p in tmp_path.iterdir()}
    assert len(texts) == 5 and not any("二号首长" in t or "侯卫东官场笔记" in t for t in texts.values())
    assert "投入使用。“全面两孩”政策平稳实施。" in texts["2017_安阳市.txt"]
