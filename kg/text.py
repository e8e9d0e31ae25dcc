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


CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


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
