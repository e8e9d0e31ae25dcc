"""Shared span helpers for entity rules: where a name starts, list items, sentence evidence."""
from __future__ import annotations

import re

import jieba
import jieba.posseg as pseg

from .. import lexicons
from ..gazetteer import gazetteer

from ..model import Document, Evidence, Sentence
from ..text import words_pattern

# A name never reaches back over punctuation or these function words and verbs.
_STOP_WORDS = (
    "与", "和", "同", "及", "以及", "等", "在", "对", "由", "向", "把", "被", "为", "是", "了", "的", "将", "从", "跟",
    "引进", "引入", "签约", "签订", "签署", "成立", "组建", "落户", "联合", "依托", "支持", "推动", "推进", "实施",
    "建设", "加快", "组织", "邀请", "入驻", "深化", "积极", "主动", "开工", "建成", "完成", "启动", "谋划", "新建",
    "续建", "开展", "打造", "争取", "协调", "服务", "帮助", "全力", "重点", "抓好", "做好", "促进", "加强", "围绕",
    "扶持", "培育", "发展", "壮大", "投资", "形成", "达成", "合作", "共建", "携手", "对接", "洽谈", "包括", "如",
    "其中", "全市", "全省", "我市", "我省", "市内", "一批", "一个", "各", "省内", "国内", "实现", "获批", "通过",
    "确保", "力争", "争创", "创建", "开通", "投用", "投产", "竣工", "动工", "开建", "改造", "提升", "扩建",
    "狠抓", "健全", "保障", "发挥", "完善", "坚持", "强化", "朝着", "编制", "盘活", "提高", "安排", "筛选", "储备",
    "探索", "设立", "解决", "鼓励", "配合", "收购", "突出", "规划", "创下", "实行", "进一步", "大力", "扩大", "以", "申建",
    "对口支援",  # 对口支援新疆兵团第三师: the aid given to a body, no part of its name
    "随着", "即", "确定", "加紧", "取消", "整治", "论证", "修建", "运营", "纳入", "选派", "培训", "改善", "抓",
    "执行", "处理", "注重", "按照", "巩固", "相关", "这两年", "服务好", "做好", "办好", "管好", "用好",
    "申报", "开办", "促使", "参加", "承办", "加入", "融入", "用活", "做大做强", "做优做强", "做强做优",
    "做强做特", "做强", "做大", "做优", "做精", "做实", "培优培强", "拥有", "或", "保证", "推行", "遏制", "抑制", "放开", "达到", "重组", "入选", "获评", "荣获", "评为", "指导",
    "建立", "今年", "明年", "去年", "落地", "创办", "扩充", "关停", "并入", "打击", "对标", "力促", "筹建", "聚焦", "设置", "落实", "贯彻", "树立", "严格", "持续", "深入", "全面", "认真", "牢固", "首创", "制定", "出台", "构建", "逃废",
)
_STOP_CHARS = set("，,。；;：:、！？!?（）()“”\"'‘’《》【】[]　 \n\t…—-·/")
# 洹河于曹沟下段和辛村段, 绕城公路西段和南段: two sections of one river or road make one name (a longer
# second part names another road: 泰州段和京沪高速江广段)
_JOINED_SECTIONS = r"(?<=段)(?:和|及|与|以及)[\u4e00-\u9fff]{1,3}段"
# (the 等 of 高等级 is the grade's: 信江高等级航道 is one name)
_STOP_RE = re.compile("(?!" + _JOINED_SECTIONS + ")(?!(?<=高)等级)(?:"
                      + words_pattern(_STOP_WORDS) + ")")


def left_start(text: str, end: int, floor: int, max_len: int = 20) -> int:
    """Start of the name that ends at ``end``: back to punctuation or the last function word/verb.
    A short bracket inside a name is part of it (凯斯曼（三门峡）汽车零部件项目, 丝路（长城）文化研究院)."""
    a = end
    while a > floor and end - a < max_len:
        if text[a - 1] in "）)":
            opening = max(text.rfind("（", max(floor, a - 9), a - 1), text.rfind("(", max(floor, a - 9), a - 1))
            if opening > floor and text[opening - 1] not in _STOP_CHARS:
                a = opening
                continue
        if text[a - 1] in _STOP_CHARS:
            break
        a -= 1
    last = None
    for m in _STOP_RE.finditer(text, a, end):
        last = m  # a stop word right before the suffix leaves no name: callers reject it
    return last.end() if last else a


def has_stop_word(phrase: str) -> bool:
    """Does ``phrase`` hold a function word or verb that no name reaches over (落户, 启动, 和)?"""
    return _STOP_RE.search(phrase) is not None


def split_list(s: str) -> list[str]:
    """'甲、乙和丙' → ['甲', '乙', '丙']."""
    return [p for p in re.split(r"[、，,]|(?!" + _JOINED_SECTIONS + r")(?<=[\u4e00-\u9fff])(?:和|及|与|以及)"
                                r"(?=[\u4e00-\u9fff])(?!集团|公司|股份|银行)", s) if p]


def list_items(raw: str, text: str, a: int, b: int, max_len: int = 30) -> list[tuple[int, int]]:
    """Spans of the items of the enumeration ``raw[a:b]``, each without a leading verb (支持甲、乙 → 甲, 乙)."""
    out, pos = [], a
    for item in split_list(raw[a:b]):
        i0 = raw.find(item, pos, b)
        pos = i0 + len(item)
        out.append((left_start(text, pos, i0, max_len=max_len), pos))
    return out


def tagged(phrase: str, hmm: bool = False) -> list:
    """jieba's words of ``phrase`` with their part of speech (``.word``, ``.flag``), the lexicons' words known
    (without HMM by default: a word jieba does not know stays single characters, which rules read as a coinage)."""
    lexicons.jieba_words()
    return pseg.lcut(phrase, HMM=hmm)


def word_bounds(text: str, start: int, end: int) -> set[int]:
    """Offsets in ``text`` where jieba puts a word boundary in ``text[start:end]``; the lexicons' surface forms
    are jieba words, so a short form (工信部, 国开行) is found whole or not at all."""
    lexicons.jieba_words()
    out, pos = {start}, start
    for w in jieba.cut(text[start:end], HMM=False):
        pos += len(w)
        out.add(pos)
    return out


_FUNCTION_CHARS = set("的和与及等之在对把被为以其")
_PROPER_TAGS = {"ns", "nz", "nr", "nrt", "nrfg", "nt"}  # jieba's place, proper, person and organisation words
_COMPANY = re.compile(r"集团|公司|股份|银行")  # a company's name inside (风神股份全球工业轮胎研发中心)
# an ordinal makes a facility or a project specific: 第八水厂, 市一中新校区
ORDINAL = re.compile(r"第[一二三四五六七八九十\d]+|[市县区][一二三四五六七八九十]+中")
_PHASE = re.compile(r"[0-9A-Za-z]|[一二三四五六七八九十]期|" + ORDINAL.pattern)
# the 等 that closes a list; the 等 of an adjective closes none: 高等院校 (驻市高等院校, 武汉高等院校), 高等职业院校,
# 高等级 (赣江、信江高等级航道 is two waterways of a grade, not a list closed before 级航道), 中等职业学校 (but 市二中等学校
# closes a list of schools)
LIST_ETC = r"(?:(?<![高中])等|(?<=高)等(?!院校|学校|级|职业|教育)|(?<=中)等(?!职业|专业|教育|收入))"
# a match that may only begin a clause: leftmost matches start there anyway, elsewhere they fail at once
CLAUSE_START = r"(?<![^，,。；;：:！？!?、（(“”\s])"


def has_proper_name(phrase: str) -> bool:
    """Does ``phrase`` carry a proper name: a number, code or phase, a company, a place, a proper noun in
    jieba's dictionary (长城, 南水北调, 三星), a known body, or a compound jieba does not know (佰利联,
    晋位争星: split into single characters)? Categories are common words throughout (技改项目, 质量提升行动)."""
    if (_PHASE.search(phrase) or _COMPANY.search(phrase) or any(gazetteer().find_short(phrase))
            or any(gazetteer().find(phrase))):
        return True
    words = tagged(phrase)
    return any(w.flag in _PROPER_TAGS or w.word in lexicons.organizations() for w in words) or _coined(words)


def coined(phrase: str) -> bool:
    """Is ``phrase`` a coinage jieba does not know — an abbreviation such as 去降补, 以克论净, 个转企 (two or more
    single characters in a row that are not function words)?"""
    return _coined(tagged(phrase))


def _coined(words: list) -> bool:
    singles = 0
    for w in words:
        singles = singles + 1 if len(w.word) == 1 and w.word not in _FUNCTION_CHARS else 0
        if singles >= 2:
            return True
    return False


def evidence(doc: Document, sent: Sentence, report: str, start: int, end: int, rule: str = "") -> Evidence:
    """Evidence of a span (clean offsets): the sentence text, the span in source offsets, and the rule
    that read it."""
    s, e = doc.clean.span(start, end)
    return Evidence(report, sent.text, s, e, rule)

