"""Lexicon data files (kg/lexicons/*.tsv), loaded once per process."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources


def rows(name: str) -> list[list[str]]:
    """Tab-separated rows of a lexicon file, comments and blank lines skipped."""
    text = (resources.files("kg") / "lexicons" / name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def organizations() -> dict[str, tuple[str, str]]:
    """Surface form → (canonical name, type) for well-known organizations."""
    out: dict[str, tuple[str, str]] = {}
    for r in rows("organizations.tsv"):
        name, typ = r[0], r[1]
        for form in [name, *(a for a in (r[2] if len(r) > 2 else "").split("|") if a)]:
            out.setdefault(form, (name, typ))
    return out


@lru_cache(maxsize=1)
def policies() -> dict[str, str]:
    """Surface form → canonical name for well-known national policies."""
    out: dict[str, str] = {}
    for r in rows("policies.tsv"):
        name = r[0]
        for form in [name, *(a for a in (r[1] if len(r) > 1 else "").split("|") if a)]:
            out.setdefault(form, name)
    return out


@lru_cache(maxsize=None)
def policy_words(kind: str) -> tuple[str, ...]:
    """Words of kg/lexicons/policy_patterns.tsv of one kind (place: 平安, 法治 … before a place's name)."""
    return tuple(r[0] for r in rows("policy_patterns.tsv") if len(r) > 1 and r[1] == kind)


@lru_cache(maxsize=None)
def generic(use: str) -> str:
    """Regex alternation of the generic vocabulary used by ``use`` (project, organization or policy),
    longest words first so that 新区 is taken whole before 新."""
    words = [r[0] for r in rows("generic.tsv") if use in r[1].split("|")]
    if not words:
        raise ValueError(f"no generic vocabulary for {use!r}")
    return "|".join(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """Common Chinese surnames, single and compound."""
    return frozenset(w for r in rows("surnames.tsv") for cell in r for w in cell.split())


@lru_cache(maxsize=1)
def jieba_words() -> None:
    """Make every lexicon surface form a jieba word, once per process and before any stage segments, so that
    cleaning and extraction see one dictionary whatever ran first (工信部 is never split)."""
    import jieba

    for form in [*organizations(), *policies()]:
        jieba.add_word(form)


@lru_cache(maxsize=1)
def org_heads() -> dict[str, tuple[str, str, tuple[str, ...]]]:
    """Head word → (organization type, rule, words that may not follow it), from org_heads.tsv."""
    out: dict[str, tuple[str, str, tuple[str, ...]]] = {}
    for r in rows("org_heads.tsv"):
        r = r + [""] * (4 - len(r))
        out[r[0]] = (r[1], r[2], tuple(w for w in r[3].split("|") if w))
    return out


@lru_cache(maxsize=1)
def indicator_names() -> dict[str, tuple[str, str]]:
    """Indicator code → (Chinese, English) display name, from indicator_names.tsv."""
    return {r[0]: (r[1], r[2]) for r in rows("indicator_names.tsv")}


@lru_cache(maxsize=1)
def units() -> dict[str, tuple[str, float]]:
    """Unit as written → (base unit, factor to it), from units.tsv: 亿元 → (元, 1e8)."""
    return {r[0]: (r[1], float(r[2])) for r in rows("units.tsv")}


@lru_cache(maxsize=None)
def project_words(kind: str) -> tuple[str, ...]:
    """Words of kg/lexicons/project_words.tsv of one kind, longest first: ``built`` (facilities that are a
    project only while being built: 医院, 书城), ``lead`` (words that open a clause, never a project's name:
    取缔, 投运), ``generic`` (modifiers that name no particular facility: 街心, 郊野), ``category`` (words
    that class projects: 台资, 惠民实事), ``province`` (provinces' one-character short names: 赣, 闽), ``rated``
    (verbs after a facility that won a rank or prize: 跻身, 荣获), ``item`` (words that make a 项目 an item of
    intangible heritage: 非遗), ``beside`` (words after a street that place works by it: 以南, 沿线), ``traffic``
    (the traffic a facility in service handles: 吞吐量), ``hub_role`` (what follows a 枢纽 that is no hub
    built: 经济, 功能), ``link`` (a work joining two facilities: 连接线) and ``plan``/``plan_scope`` (a plan drawn
    for an area: 控制性详细|规划)."""
    words = {r[0] for r in rows("project_words.tsv") if len(r) > 1 and r[1] == kind}
    return tuple(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=None)
def other_indicator_words(role: str) -> tuple[str, ...]:
    """Words of kg/lexicons/other_indicators.tsv of one role, longest first: ``head`` (what the name of a
    city-wide indicator ends in: 覆盖率, 比重, 产量), ``verb`` (between the name and its level: 达到, 控制在),
    ``lead`` (opening a clause before the name: 全市, 预计), ``alone`` (heads too vague to name an indicator
    by themselves: 投资) and ``exclude`` (words of a subject that is a part of the jurisdiction: 园区)."""
    words = {r[0] for r in rows("other_indicators.tsv") if len(r) > 1 and r[1] == role}
    return tuple(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def other_indicator_pairs() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Rows of role ``pair`` of kg/lexicons/other_indicators.tsv: a head written once for two indicators
    (存贷款余额) and the heads it stands for (存款余额, 贷款余额), longest form first."""
    pairs = {r[0]: tuple(r[2].split()) for r in rows("other_indicators.tsv") if len(r) > 2 and r[1] == "pair"}
    return tuple(sorted(pairs.items(), key=lambda kv: len(kv[0]), reverse=True))


@lru_cache(maxsize=1)
def cooperation_words() -> tuple[str, ...]:
    """Words between a cooperation's party and its verb (分别, 正式, 项目化): kg/lexicons/cooperation_words.tsv."""
    return tuple(r[0] for r in rows("cooperation_words.tsv"))
