"""Small text helpers shared by the stages."""
from __future__ import annotations

import re
import unicodedata

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
