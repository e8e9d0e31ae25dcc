"""Small text helpers shared by the stages."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# Full-width ASCII (０-９, ％, ．) to half-width, one character for one, so offsets survive.
_FOLD = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_FOLD[0x3000] = 0x20


def fold(s: str) -> str:
    """Same-length normalisation for matching: full-width ASCII → ASCII."""
    return s.translate(_FOLD)


_QUOTES = re.compile(r"[\s\"'“”‘’《》〈〉「」『』【】()（）\[\]·・•]")


def norm_name(s: str) -> str:
    """Key for comparing names: NFKC, no quotes, brackets or spaces (as the scorer does)."""
    return _QUOTES.sub("", unicodedata.normalize("NFKC", s)).lower()


CN_DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def cn_year(s: str) -> int | None:
    """'二〇一七' → 2017; digits pass through."""
    s = fold(s)
    if s.isdigit():
        return int(s)
    if len(s) == 4 and all(c in CN_DIGITS for c in s):
        return int("".join(str(CN_DIGITS[c]) for c in s))
    return None


def cn_number(s: str) -> int | None:
    """Small Chinese numerals: '十二' → 12, '二十三' → 23, '五' → 5."""
    s = s.strip()
    if not s:
        return None
    if s.isdigit():
        return int(s)
    if "十" in s:
        a, _, b = s.partition("十")
        tens = CN_DIGITS.get(a, 1) if a else 1
        ones = CN_DIGITS.get(b, 0) if b else 0
        return tens * 10 + ones
    if len(s) == 1 and s in CN_DIGITS:
        return CN_DIGITS[s]
    return None


_SMALL = {"十": 10, "百": 100, "千": 1000}


def cn_value(s: str) -> float | None:
    """A Chinese numeral with its magnitudes: '一万七千四百' → 17400, '三点九' → 3.9, '十二' → 12,
    '两千' → 2000, '三千零五十' → 3050; None when it is not one."""
    whole, _, frac = s.partition("点")
    if frac and not all(c in CN_DIGITS for c in frac):
        return None
    total, section, digit = 0, 0, None
    for c in whole:
        if c in CN_DIGITS:
            if digit is not None and c not in "零〇":
                return None  # two digits in a row (二〇一七) is a year, not an amount
            digit = CN_DIGITS[c] if c not in "零〇" else None
        elif c in _SMALL:
            section += (1 if digit is None else digit) * _SMALL[c]
            digit = None
        elif c == "万":
            total += (section + (digit or 0)) * 10_000
            section, digit = 0, None
        else:
            return None
    value: float = total + section + (digit or 0)
    if frac:
        value += float("0." + "".join(str(CN_DIGITS[c]) for c in frac))
    return value if whole or frac else None


_CN = "零〇一二两三四五六七八九十百千万点"
# 百分之三点九 → 3.9%; 一万七千四百亿元 → 17400亿元: figures written in words (older reports),
# only before a unit of measure or after 百分之, never a word like 十二五 or 一批
_CN_PERCENT = re.compile(f"百分之([{_CN}]+)(?:(至|到|—|-)(?:百分之)?([{_CN}]+))?")
_CN_AMOUNT = re.compile(f"(?<![{_CN}])([{_CN}]+)(?=万亿元|亿元|万元|亿美元|万美元|亿斤|万吨|亿公斤|万人次|万人|个百分点)")


def arabic_figures(s: str) -> str:
    """``s`` with percentages and amounts written in Chinese numerals turned into digits."""
    def percent(m: re.Match) -> str:  # 百分之八至九 is a range: 8%至9%
        v = cn_value(m.group(1))
        high = cn_value(m.group(3)) if m.group(3) else None
        if v is None or m.group(3) and high is None:
            return m.group()
        return f"{v:g}%" + (f"{m.group(2)}{high:g}%" if m.group(3) else "")

    def amount(m: re.Match) -> str:
        v = cn_value(m.group(1))
        return m.group() if v is None or m.group(1) in ("万", "点") else f"{v:g}"
    return _CN_AMOUNT.sub(amount, _CN_PERCENT.sub(percent, s))


try:  # the parser of the standard library's re (a private module, renamed in 3.11)
    from re import _constants as _sre, _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    import sre_constants as _sre
    import sre_parse as _sre_parse


def _first_chars(items) -> tuple[set[str] | None, bool]:
    """The characters a parsed pattern can start with (None: any) and whether it can match empty."""
    out: set[str] = set()
    for op, av in items:
        if op in (_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT):
            continue  # zero-width: the first character comes after
        if op is _sre.LITERAL:
            return out | {chr(av)}, False
        if op is _sre.IN:
            for kind, arg in av:
                if kind is _sre.LITERAL:
                    out.add(chr(arg))
                elif kind is _sre.RANGE and arg[1] - arg[0] <= 256:
                    out.update(map(chr, range(arg[0], arg[1] + 1)))
                else:  # a negated set, a category (\d) or a wide range
                    return None, False
            return out, False
        if op is _sre.SUBPATTERN:
            if av[1] & re.IGNORECASE:  # (?i:…): its literals stand for both cases
                return None, False
            branches = [av[3]]
        elif op is _sre.BRANCH:
            branches = av[1]
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            branches = [av[2]]
        else:  # any character, a back-reference …
            return None, False
        nullable = op is not _sre.SUBPATTERN and op is not _sre.BRANCH and av[0] == 0
        for branch in branches:
            chars, empty = _first_chars(branch)
            if chars is None:
                return None, False
            out |= chars
            nullable |= empty
        if not nullable:
            return out, False
    return out, True


def scanner(pattern: str) -> re.Pattern:
    """``pattern`` compiled for scanning long text: led by a lookahead on the characters a match can start
    with. re tries every alternative of a large alternation at every position, and a leading lookbehind
    keeps it from finding a literal prefix itself; the lookahead skips the positions where no alternative
    can start (a list of 100 indicator forms scans about 9 times faster). Same matches as ``re.compile``."""
    parsed = _sre_parse.parse(pattern)
    chars, empty = _first_chars(parsed)
    if chars is None or empty or parsed.state.flags & ~re.UNICODE:  # inline flags (?i), (?m) … stay first
        return re.compile(pattern)
    return re.compile("(?=[" + "".join(map(re.escape, sorted(chars))) + "])(?:" + pattern + ")")


def words_pattern(words: Iterable[str]) -> str:
    """A regular expression (source) that matches any of ``words``, the longest one where several start at
    a position, as an alternation sorted longest first does; written as a trie (世界|世纪 → 世(?:界|纪)),
    so re follows one branch per character instead of trying every word (thousands in the gazetteer)."""
    trie: dict = {}
    for word in filter(None, words):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def source(node: dict) -> str:
        branches = [re.escape(ch) + source(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body  # greedy: a longer word before the one ending here
    return source(trie) or "(?!)"  # no words: a pattern that never matches
