"""Admin-division gazetteer built from jionlp's table of Chinese divisions.

Gives every province, prefecture and county by official name with its short
alias and its parent, so regions are resolved by a general list, never by a
hand list of the cities we happen to have reports for.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import get_args

from .model import Level
from .text import words_pattern

NATIONAL = "中华人民共和国"
_PROVINCE_SUFFIX = ("省", "市", "自治区", "特别行政区")


@dataclass(frozen=True)
class Division:
    name: str  # official full name, e.g. 三门峡市
    alias: str  # short name, e.g. 三门峡
    level: Level
    province: str | None
    parent: str | None  # the division directly above (None for provinces)
    code: str = ""


class Gazetteer:
    """Lookup of divisions by full name and alias."""

    def __init__(self, divisions: list[Division]):
        self.divisions = divisions
        self.by_name: dict[str, list[Division]] = {}
        self.by_alias: dict[str, list[Division]] = {}
        for d in divisions:
            self.by_name.setdefault(d.name, []).append(d)
            if d.alias and len(d.alias) >= 2 and d.alias != d.name:
                self.by_alias.setdefault(d.alias, []).append(d)
        self._name_re = re.compile(words_pattern(self.by_name))
        # short forms as reports write them in titles and bylines: 长春政府…, 恩施州…
        self._alias_re = re.compile("(" + words_pattern(a for a in self.by_alias if len(a) >= 2) + ")(?:州|盟|地区|市)?")

    def get(self, name: str, province: str | None = None) -> Division | None:
        """The division with this full name (or alias), preferring one in ``province`` and higher levels."""
        cands = self.by_name.get(name) or self.by_alias.get(name) or []
        if province:
            cands = [d for d in cands if d.province == province] or cands
        order = {"national": 0, "province": 1, "prefecture": 2, "county": 3}
        return min(cands, key=lambda d: order[d.level]) if cands else None

    def find(self, text: str):
        """Full division names in ``text`` as (start, end, name), longest match first, no overlaps."""
        for m in self._name_re.finditer(text):
            yield m.start(), m.end(), m.group()

    def find_short(self, text: str):
        """Division aliases in ``text`` as (start, end, full name) — for titles, not for running text."""
        for m in self._alias_re.finditer(text):
            d = self.get(m.group(1))
            if d is not None:
                yield m.start(), m.end(), d.name

    def chain(self, name: str, province: str | None = None) -> list[Division]:
        """The division and its ancestors, bottom-up."""
        out = []
        d = self.get(name, province)
        while d is not None:
            out.append(d)
            d = self.get(d.parent, d.province) if d.parent else None
        return out


def _alias_of(node: dict, name: str) -> str:
    a = node.get("_alias")
    if isinstance(a, list):
        a = a[0] if a else None
    return a or _alias(name)


def _alias(name: str) -> str:
    for suf in ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县", "地区", "林区",
                "新区", "省", "市", "州", "盟", "县", "区", "旗"):
        if name.endswith(suf) and len(name) - len(suf) >= 2:
            return name[: -len(suf)]
    return name


def _level(s: str) -> Level:
    """A level as a data file writes it (a typo there fails when the gazetteer is built, not at a lookup)."""
    for level in get_args(Level):
        if s == level:
            return level
    raise ValueError(f"unknown division level {s!r}")


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The shared gazetteer (built once per process)."""
    import contextlib
    import io

    with contextlib.redirect_stdout(io.StringIO()):  # jionlp prints a banner on import; keep stdout clean
        import jionlp

        table = jionlp.china_location_loader(detail=False)
    divs = [Division(NATIONAL, "中国", "national", None, None, "100000")]
    seen = set()

    def add(d: Division) -> None:
        if (d.name, d.province, d.parent) not in seen:
            seen.add((d.name, d.province, d.parent))
            divs.append(d)

    for pname, pnode in table.items():
        add(Division(pname, _alias_of(pnode, pname), "province", pname, None, pnode.get("_admin_code", "")))
        for cname, cnode in pnode.items():
            if cname.startswith("_"):
                continue
            municipality = cname == pname  # 北京市 → 北京市 → 东城区
            if not municipality and cname not in ("省直辖行政区划", "自治区直辖县级行政区划", "县"):
                add(Division(cname, _alias_of(cnode, cname), "prefecture", pname, pname, cnode.get("_admin_code", "")))
            for xname, xnode in cnode.items():
                if xname.startswith("_"):
                    continue
                parent = pname if municipality or cname.endswith("行政区划") or cname == "县" else cname
                add(Division(xname, _alias_of(xnode, xname), "county", pname, parent, xnode.get("_admin_code", "")))
    # renamed and abolished divisions stay valid for reports of their time
    change = resources.files("jionlp") / "dictionary" / "china_location_change.txt"
    for line in change.read_text(encoding="utf-8").splitlines():
        old = line.split("=>")[0].split("\t")[2:]
        if len(old) >= 4 and old[2] and old[2] not in ("", "省直辖行政区划"):
            if len(old) >= 6 and old[4]:
                add(Division(old[4], _alias(old[4]), "county", old[0], old[2]))
            else:
                add(Division(old[2], _alias(old[2]), "prefecture", old[0], old[0]))
    hist = resources.files("kg") / "lexicons" / "regions_historical.tsv"
    for line in hist.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, prov, level, _ = line.split("\t")
            add(Division(name, _alias(name), _level(level), prov, prov))
    return Gazetteer(divs)
