"""kg.text: the scanner finds what re.compile finds, at the same places."""
from __future__ import annotations

import re

import pytest

from kg.extract.indicators import forms
from kg.text import scanner, words_pattern

# a sentence of a report outside the development set (酒泉市 2016) and a heading without figures
TEXT = ("《纲要（草案）》围绕市委《建议》提出的提前全面建成小康社会的总要求，确定了“十三五”经济社会发展的主要预期目标:"
        "地区生产总值年均增长7.5%，固定资产投资年均增长12%，社会消费品零售总额年均增长10%，财政总收入年均增长8%，"
        "城镇居民人均可支配收入年均增长8%，农村居民人均可支配收入年均增长9%，外贸进出口总额年均增长8%。\n着力优化产业结构。")


@pytest.mark.parametrize("pattern", [
    r"(?<![地方总级中央])(?:全国)?财政收入(?!占)",  # a lookbehind before an optional prefix
    r"(?:城镇|农村)?居民人均(?:可支配|纯)收入",
    r"\d+(?:\.\d+)?亿元",  # starts with a category: left as compiled
    r"[^，。]{2,6}收入",  # starts with a negated set: left as compiled
    r"(?:增长)?",  # can match empty: left as compiled
    r"(?i)gdp",  # case-insensitive: left as compiled
    "|".join(f"(?P<f{i}>{f.pattern.pattern})" for i, f in enumerate(forms())),  # every indicator form
])
def test_the_scanner_matches_like_re(pattern):
    plain, fast = re.compile(pattern), scanner(pattern)
    for text in (TEXT, TEXT.lower()):
        assert [(m.span(), m.lastgroup) for m in fast.finditer(text)] == \
            [(m.span(), m.lastgroup) for m in plain.finditer(text)]
    assert fast.groups == plain.groups


def test_the_scanner_leads_with_the_first_characters_only_where_it_can():
    assert scanner(r"(?<!地方)(?:全国)?财政收入").pattern.startswith("(?=[全财])")
    assert scanner(r"\d+亿元").pattern == r"\d+亿元"
    assert scanner(r"(?:增长)?").pattern == r"(?:增长)?"


def test_the_indicator_forms_are_found_in_a_review_sentence():
    found = scanner("|".join(f"(?P<f{i}>{f.pattern.pattern})" for i, f in enumerate(forms())))
    codes = {forms()[int(m.lastgroup[1:])].code for m in found.finditer(TEXT)}
    assert codes == {"GDP", "FIXED_ASSET_INVESTMENT", "RETAIL_SALES", "TOTAL_FISCAL_REVENUE", "URBAN_DISPOSABLE_INCOME",
                     "RURAL_DISPOSABLE_INCOME", "FOREIGN_TRADE"}


@pytest.mark.parametrize("words", [
    ["世界", "世纪", "世纪大道", "大道"],  # one word the start of another
    ["地区生产总值", "生产总值", "总值"],  # one word the end of another
    ["a.b", "a*", "(x)"],  # characters special to re
])
def test_words_pattern_finds_the_longest_word_as_a_sorted_alternation_does(words):
    text = "世纪大道和世界大道的地区生产总值与生产总值，a.b a* (x)"
    plain = re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))
    trie = re.compile(words_pattern(words))
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)] != []


def test_words_pattern_of_no_words_matches_nothing():
    assert re.search(words_pattern([]), "任何文字") is None
    assert re.search(words_pattern([""]), "任何文字") is None


def test_the_scanner_keeps_inline_flags():
    # a case-insensitive group and flags other than (?i) keep re's matches (the lookahead would not know them)
    assert scanner(r"(?i:gdp)|增长").findall("GDP增长8%") == ["GDP", "增长"]
    assert scanner(r"(?m)^地区").findall("一、回顾\n地区生产总值\n地区") == ["地区", "地区"]
