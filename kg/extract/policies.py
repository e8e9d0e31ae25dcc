"""Policies, strategies, reforms and campaigns.

Rules: (a) quoted terms (“放管服”) with the head noun that follows them (改革);
(b) titled documents in 《》; (c) a table of well-known national policies with
aliases; (d) unquoted named strategies, programmes and systems after an
implementing verb and ending in a head noun (实施人才强市战略).
Designations (文明城市), places and projects are left out.
"""
from __future__ import annotations

import re

from .. import lexicons
from ..model import Document, Entity, ReportMeta
from ..resolve import entity_id
from ..text import fold
from .spans import evidence

_HEAD = r"(?:普法|专项行动|行动计划|三年行动|攻坚战|改革|战略|工程|行动|计划|制度|机制|活动|模式|体系|政策|理念|布局|规划|试点|建设|工作)"
_QUOTED = re.compile(r"[“\"]([^”\"“\n]{2,25})[”\"]((?:[\u4e00-\u9fff]{0,6}?)" + _HEAD + r")?")
_TITLED = re.compile(r"《([^》\n]{2,40})》")
_NAMED = re.compile(
    r"(?:深入实施|全面实施|大力实施|实施|推进|推行|开展|落实|启动|建立|健全|完善|执行|贯彻|坚持|推动|打响|创新|探索|建立健全)"
    r"([^\s，,。；;：:、“”\"的和与及]{2,12}?(?:战略|工程|行动|计划|制度|活动))(?!计划)(?![\u4e00-\u9fff]{0,1}(?:建设|改革))"
)
# quoted terms that are designations, honours, places or things, not policies
_NOT_POLICY = re.compile(
    r"(?:城市|之城|之都|之乡|名城|强县|强市|称号|品牌|基地|中心|园区|项目|奖|示范市|示范县|示范区|试验区|先进|单位|"
    r"标兵|模范|冠军|大会|论坛|博览会|节|赛|会议|报告|讲话|精神|问题|现象|难题|村|镇|路|街|湖|山|河|公园|景区)$"
)
_GENERIC_NAMED = re.compile(
    r"^(?:[一-龥]{0,2}(?:体制|重点|各项|一批|城市|农村|全市|全省|有关|相关|各类|工作|管理|服务|监管|考核|责任|保障|"
    r"长效|常态化|联动|协调|激励|约束|奖励|督查|督导|问责|工作|评价|预警|应急|投入|运行|决策|信息|防控|治理|"
    r"安全|生产|质量|项目|投资|建设|发展|改革|创新|民生|扶贫|生态|环境|文化|教育|卫生|医疗|社会|经济|产业|"
    r"资金|财政|金融|土地|人才|科技|招商|市场|价格|信用|诚信|目标|绩效)){1,3}(?:战略|工程|行动|计划|制度|机制|活动)$"
)
# a quoted term names a policy when it is numbered (三去一降一补), has a head noun or a "+"
_POLICY_SHAPE = re.compile(r"[一二三四五六七八九十百千两双\d+＋]|" + _HEAD + "$")
_NOT_NUMBERED = re.compile(r"(?:企业|经费|率|冠|甲|期叠加|区|人次|天|年|个|家|批)$")
_DESIGNATION_VERB = re.compile(r"(?:荣获|获得|获评|评为|命名为|被评为|成功创建|创建|争创|创成|列入|入选|跻身|打造|建成|建设)[^，。；]{0,6}$")


def _lexicon_re() -> re.Pattern:
    forms = sorted(lexicons.policies(), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, forms)))


_LEX = None


def extract_policies(doc: Document, meta: ReportMeta) -> list[Entity]:
    """Policy entities with their mentions."""
    global _LEX
    if _LEX is None:
        _LEX = _lexicon_re()
    raw = doc.clean.text
    text = fold(raw)
    out: list[Entity] = []

    def add(name: str, aliases: list[str], sent, a: int, b: int, scope: str | None) -> None:
        name = name.strip()
        out.append(Entity(entity_id("Policy", name), "Policy", name, [x for x in aliases if x != name],
                          {"scope": scope}, [evidence(doc, sent, meta.id, a, b)]))

    for sent in doc.sentences:
        s, e = sent.start, sent.end
        taken: list[tuple[int, int]] = []
        for m in _LEX.finditer(text, s, e):
            canon = lexicons.policies()[m.group()]
            add(canon, [m.group()], sent, m.start(), m.end(), "national")
            taken.append((m.start(), m.end()))
        for m in _QUOTED.finditer(raw, s, e):
            inner = m.group(1).strip()
            if not re.search(r"[\u4e00-\u9fff]", inner) or re.search(r"[，。；！？,]", inner):
                continue
            if _NOT_POLICY.search(inner) or _DESIGNATION_VERB.search(raw[max(s, m.start() - 8):m.start()]):
                continue
            head = m.group(2) or ""
            lex_hit = lexicons.policies().get(inner + head) or lexicons.policies().get(inner)
            if not lex_hit and (not (_POLICY_SHAPE.search(inner) or head) or _NOT_NUMBERED.search(inner)):
                continue
            if head in ("建设", "工作") or head == "" and raw[m.end():m.end() + 2] in ("建设", "工作"):
                head = ""
            name = inner + head
            canon = lexicons.policies().get(name) or lexicons.policies().get(inner)
            if canon:
                add(canon, [name, inner], sent, m.start(), m.end(), "national")
            else:
                add(name, [inner] if head else [], sent, m.start(), m.end(), None)
            taken.append((m.start(), m.end()))
        for m in _TITLED.finditer(raw, s, e):
            title = m.group(1)
            if "政府工作报告" in title or title.endswith(("报", "杂志", "日报")):
                continue
            add(title, [], sent, m.start(), m.end(), None)
            taken.append((m.start(), m.end()))
        for m in _NAMED.finditer(text, s, e):
            if any(a <= m.start(1) < b or a < m.end(1) <= b for a, b in taken):
                continue
            name = raw[m.start(1):m.end(1)]
            if _GENERIC_NAMED.match(name) or re.search(r"[省市县区]级|一批|若干|各级", name):
                continue
            add(name, [], sent, m.start(1), m.end(1), "local")
    return _merge_bare_quotes(out)


def _merge_bare_quotes(out: list[Entity]) -> list[Entity]:
    """“十三五” alone and “十三五”规划 elsewhere in the report are one policy."""
    by_alias = {a: e for e in out for a in e.aliases}
    for e in out:
        full = by_alias.get(e.name)
        if full is not None and full is not e:
            e.id, e.name, e.aliases = full.id, full.name, list(full.aliases)
    return out
