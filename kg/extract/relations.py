"""Relations between the report's region and what it names.

COOPERATES_WITH: 与/同 + parties + 签订/签署/达成 …协议 (signed) or 合作 in plans
(planned), one relation per party of a list (与省农发行、国开行、建行签订…); also a named
body's (定点)帮扶 of the region and the region joining a named 联盟.
HAS_PROJECT, IMPLEMENTS, PARTICIPATES_IN and HOLDS_OFFICE follow from the entities.
"""
from __future__ import annotations

import re

from .. import lexicons
from ..gazetteer import gazetteer
from ..model import Document, Entity, Evidence, Relation, ReportMeta, Sentence
from ..resolve import entity_id
from ..text import words_pattern
from .organizations import _BOILERPLATE, _GENERIC, BOILERPLATE_BODIES, org_type
from .spans import LIST_ETC, evidence, split_list

# Parties may come in several "，与…等…" groups before one trigger (与A等平台，与B等院校开展合作).
_PARTIES = r"[^，,。；;：:与的]{2,80}?"
# 与中科院的战略合作: 的 before the kind of cooperation; 与X共建Y (与江西师范大学共建数字产业学院): a joint body or work
_COOP = re.compile(r"(?:与|(?<![协共相一等、，,])同)(" + _PARTIES + r"(?:[，,]与" + _PARTIES + r")*)"
                   r"(?:的?(?:签订|签署|达成|签约|开展|建立|深化|加强|深度|全面|战略|对接|洽谈)([^，,。；;]{0,24}?(?:协议|合作))"
                   r"|(?:等|的)?(合作|对接|共建))")
# 省政府首次联合中央广播电视总台成功举办…, 联合豫资集团、中金汇融开展基金招商: the region (the clause's subject is none
# but its government) holds an event or sets up a body jointly with a named party (支持企业联合高校共建: third parties;
# 联合国, 联合会 are names)
_JOINT = re.compile(r"联合(?![国会体社])(" + _PARTIES + r")(?:共同|成功)?"
                    r"((?:举办|主办|承办|开展|组建|成立|共建|创办|设立)[^，,。；;]{0,20})")
_JOINT_SUBJECT = re.compile(r"(?:" + BOILERPLATE_BODIES + r"|我[省市县区州])?(?:首次|成功|积极|主动)?")
_SIGNED = re.compile(r"签订|签署|达成|签约")
# what follows the party in its group: the fields (与农垦集团在葡萄酒、奶产业等领域深度合作) or a joint work of its own
# (与圣彼得堡音乐学院合办哈尔滨音乐学院，与苏里科夫美术学院共建…)
_AFTER_PARTY = re.compile(r"在[^，,。；;]{1,40}?(?:领域|方面)$|(?:共建|合办|联办|合作)[^，,]*$")
_AMOUNT = re.compile(r"(?:总金额|总额|金额|融资|授信)(?:达)?(\d+(?:\.\d+)?)(亿元|万元)")
_ORG_SUFFIXES = "集团|公司|股份|银行|行|社|大学|学院|研究院|院|所|局|部|委|中心|医院|协会|商会"
_ORG_LIKE = re.compile(f"(?:{_ORG_SUFFIXES})$")
_ETC = re.compile(LIST_ETC + r"(?:\d+|[一二三四五六七八九十多]+)?[家个]?.*$")
# "等知名电商", "等国内知名互联网企业": the enumerated parties are organizations
_ETC_ORGS = re.compile(LIST_ETC + r"[^，。；]{0,10}(?:企业|集团|公司|央企|银行|高校|电商|平台|院校|机构|单位)")
# 与天津港、乌力吉、霍尔果斯等口岸合作: the listed are places (the ports among them name themselves)
_ETC_PLACES = re.compile(LIST_ETC + r"[^，。；]{0,10}(?:口岸|城市|地区)")
# who signs: an organization (or a category of them) before 与 means the agreement is not the region's
_ORG_SUBJECT = re.compile(f"(?:{_ORG_SUFFIXES}|机构|企业)$")
# 教育部、浦东新区、奉贤区帮扶卓有成效; 新增中国民航局、紫荆文化集团、中国银行定点帮扶三元: bodies that aid the
# region, the subject of 帮扶 (only bodies the report or the lexicon names count: the clause may open with a verb)
# (金元集团、盘江集团等结对帮扶; 中央统战部、公安部等中央定点帮扶单位); a list closed by 等 needs the kind of aid,
# else the listed are the aided (抓好华菱湘钢等12家企业外贸“一对一”帮扶), as are the companies after 帮扶 (银行帮扶企业)
_AIDED = re.compile(r"((?:[^，,。；;：:、与和及的等]{2,20}、)*[^，,。；;：:、与和及的等]{2,20}?)"
                    r"(?:等[^，,。；;、]{0,12}?(?:定点|对口|结对)|定点|对口|结对)?帮扶(?!企业)")
# 成功加入世界旅游联盟, 争取加入“海丝申遗城市联盟”: the region joins an alliance (厦航加入天合联盟: a company does)
_JOINS = re.compile(r"加入了?[“\"]?([^，,。；;、“”\"的]{2,30}?联盟)")
_JOIN_SUBJECT = re.compile(r"(?:成功|积极|争取|正式|顺利)?")
# 加入长三角城市经济协调会和产业创新城市联盟: two bodies, the alliance is the last (but 海上丝绸之路保护和…城市联盟 is one)
_FIRST_BODY = re.compile(r"^.{2,}?(?:会|基金|组织|联盟)[和及]")
_NOT_PARTY = re.compile(r"[省市县区州国港]$|(?<!联)盟$|[东西南北中]部$|地区|国家$|政府|各|企业$|高校$|院所$|院校$|机构$|"
                        r"^(?:国内外|省内外|大院)|多家|若干|一批|有关|相关|部委$|部门$|商协会$|口岸$")
# 与台湾多家银行签订: a count of a kind, no party; 与国家有关部委, 与大湾区行业商协会: kinds; 与兴安盟, 与中西部,
# 与乌力吉口岸: places; 与长三角知名医院, 与名校、名院 (kg/lexicons/generic.tsv, use party): kinds, even where the
# organization extractor took them for a body
_KIND_OF_PARTY = re.compile(lexicons.generic("party"))
# words of the cooperation between its party and the verb (kg/lexicons/cooperation_words.tsv): 与中核四〇四定期对接,
# 与扬州大学项目化合作, 与沈空正式签订, 与粤港澳大湾区建设进行全方位对接
_MANNER = re.compile(r"(?<=..)(?:" + words_pattern(lexicons.cooperation_words()) + r")+$")


def extract_cooperations(doc: Document, meta: ReportMeta, orgs: list[Entity]) -> tuple[list[Relation], list[Entity]]:
    """Cooperation relations, and organizations first seen as cooperation parties."""
    raw = doc.clean.text
    text = doc.folded
    known = {}
    for o in orgs:
        for n in [o.name, *o.aliases]:
            known[n] = o
    lex = lexicons.organizations()
    region = f"region:{meta.region}"
    rels: list[Relation] = []
    new: list[Entity] = []

    def relate(ent: Entity, sent: Sentence, m: re.Match, what: str, status: str, amount: re.Match | None = None) -> None:
        rels.append(Relation("COOPERATES_WITH", region, ent.id, {
            "what": what, "status": status,
            "amount_value": float(amount.group(1)) if amount else None,
            "amount_unit": amount.group(2) if amount else None},
            [evidence(doc, sent, meta.id, m.start(), m.end(), "relation.cooperation")]))

    def adopt(name: str, ent: Entity) -> None:
        """Remember a party by the name the report gives it; a body first seen here is a new organization."""
        if name not in known:
            new.append(ent)
        known[name] = ent

    for sent in doc.sentences:
        joint = [m for m in _JOINT.finditer(text, sent.start, sent.end)
                 if _JOINT_SUBJECT.fullmatch(_subject(text, sent.start, m.start()))] if "联合" in sent.text else []
        for m in [*_COOP.finditer(text, sent.start, sent.end), *joint]:
            parties = raw[m.start(1):m.end(1)]
            if _ORG_SUBJECT.search(_subject(text, sent.start, m.start())):
                continue  # a company's own agreement (宏兴股份与…签订), not the region's
            what = re.sub(r"^[了的]", "", raw[m.start(2):m.end(2)]) if m.group(2) else "合作"
            clause = text[m.start():m.end()]
            # a joint event is done (signed) in the review, as aid is
            status = "signed" if (m.re is _JOINT or _SIGNED.search(clause)) and sent.part != "plan" else "planned"
            amount = _AMOUNT.search(text[sent.start:sent.end])
            pos = m.start(1)
            groups = [(g, split_list(_ETC.sub("", _AFTER_PARTY.sub("", g)))) for g in re.split(r"[，,]与", parties)]
            for item, listed in ((i, not _ETC_PLACES.search(g) and (
                    len(items) > 1 and any(_is_org(x, known, lex) for x in items) or bool(_ETC_ORGS.search(g))))
                    for g, items in groups for i in items):
                i0 = raw.find(item, pos, m.end(1))
                pos = i0 + len(item)
                name = _MANNER.sub("", item.strip())  # 与中科大、中科院…研究院分别合作
                if _KIND_OF_PARTY.search(name):
                    continue
                ent = known.get(name) or _lexicon_party(name, lex, doc, sent, meta, i0)
                port = ent is None and _port(name)
                if ent is None and 2 <= len(name) <= (20 if _ORG_LIKE.search(name) else 12) \
                        and (port or not _NOT_PARTY.search(name)) and not _GENERIC.match(name) \
                        and not _BOILERPLATE.match(name) and not re.search(r"[\d“”\"]", name) \
                        and (_ORG_LIKE.search(name) or port or listed):
                    ent = Entity(entity_id("Organization", name), "Organization", name, [],
                                 {"type": org_type(name)}, [evidence(doc, sent, meta.id, i0, i0 + len(name), "organization.cooperation_party")])
                if ent is not None:
                    adopt(name, ent)
                    relate(ent, sent, m, what, status, amount)
        # aid and membership are no agreement: done (signed) in the review, planned in the plan part
        status = "planned" if sent.part == "plan" else "signed"
        # (the scan of a sentence without 帮扶 is skipped: a long sentence costs it much, and most have none)
        for m in _AIDED.finditer(text, sent.start, sent.end) if text.find("帮扶", sent.start, sent.end) >= 0 else ():
            pos = m.start(1)
            for item in raw[m.start(1):m.end(1)].split("、"):
                i0, pos = pos, pos + len(item) + 1
                for k in range(len(item) - 1):  # the longest ending that names a body: 用好中航工业集团 → 中航工业集团
                    ent = known.get(item[k:]) or _lexicon_party(item[k:], lex, doc, sent, meta, i0 + k)
                    if ent is not None:
                        adopt(item[k:], ent)
                        relate(ent, sent, m, "帮扶", status)
                        break
        for m in _JOINS.finditer(text, sent.start, sent.end):
            if not _JOIN_SUBJECT.fullmatch(_subject(text, sent.start, m.start())):
                continue
            name = _FIRST_BODY.sub("", raw[m.start(1):m.end(1)])
            i0 = m.end(1) - len(name)
            ent = known.get(name) or _lexicon_party(name, lex, doc, sent, meta, i0)
            if ent is None and len(name) > 2 and not _GENERIC.match(name):
                ent = Entity(entity_id("Organization", name), "Organization", name, [], {"type": org_type(name)},
                             [evidence(doc, sent, meta.id, i0, m.end(1), "organization.cooperation_party")])
            if ent is not None:
                adopt(name, ent)
                relate(ent, sent, m, "加入", status)
    return rels, new


def _lexicon_party(name: str, lex: dict, doc: Document, sent: Sentence, meta: ReportMeta, i0: int) -> Entity | None:
    """The lexicon's organization named ``name`` (or 省/市 + a lexicon name), as a new entity; None if not listed."""
    if name in lex:
        canon, typ = lex[name]
        return Entity(entity_id("Organization", canon), "Organization", canon, [name] if name != canon else [],
                      {"type": typ}, [evidence(doc, sent, meta.id, i0, i0 + len(name), "organization.cooperation_party")])
    if name[:1] in "省市" and name[1:] in lex:
        return Entity(entity_id("Organization", name), "Organization", name, [], {"type": lex[name[1:]][1]},
                      [evidence(doc, sent, meta.id, i0, i0 + len(name), "organization.cooperation_party")])
    return None


def _subject(text: str, floor: int, at: int) -> str:
    """The words between the last punctuation and 与: who cooperates."""
    a = at
    while a > floor and text[a - 1] not in "，,。；;：:、":
        a -= 1
    return text[a:at]


def _is_org(name: str, known: dict, lex: dict) -> bool:
    return name in known or name in lex or bool(_ORG_LIKE.search(name))


def _port(name: str) -> bool:
    """A port named by its place (与丹东港深度合作, 与宁波舟山港、青岛港深度合作, 与武汉新港…合作), run by its port
    company; not a city (连云港, 防城港, 香港), nor a kind of port (海南自贸港, 铁路港, 无水港, 空港, 创新港) or a
    name that goes on after the place (香港共建国家级粤港)."""
    if not name.endswith("港") or any(b == len(name) for _, b, _ in gazetteer().find(name)):
        return False
    end = 0  # places named one after another from the start (宁波舟山) leave only 港 or 新港
    for a, b, _ in sorted(gazetteer().find_short(name)):
        if a == end and b < len(name):
            end = b
    return end > 0 and name[end:] in ("港", "新港")


def entity_relations(meta: ReportMeta, entities: list[Entity]) -> list[Relation]:
    """Region HAS_PROJECT / IMPLEMENTS relations and PARTICIPATES_IN for organizations named inside a project's sentence."""
    region = f"region:{meta.region}"
    rels = []
    projects = [e for e in entities if e.type == "Project"]
    for e in entities:
        ev = e.mentions[:1]
        if e.type == "Project":
            rels.append(Relation("HAS_PROJECT", region, e.id, {
                k: e.properties.get(k) for k in ("investment_value", "investment_unit", "status")}, ev))
        elif e.type == "Policy":
            rels.append(Relation("IMPLEMENTS", region, e.id, {"scope": e.properties.get("scope")}, ev))
    in_sentence: dict[str, list[Entity]] = {}  # sentence -> the projects it names, in order
    for p in projects:
        for s in dict.fromkeys(pm.sentence for pm in p.mentions):
            in_sentence.setdefault(s, []).append(p)
    for o in (e for e in entities if e.type == "Organization"):
        for m in o.mentions:
            for p in in_sentence.get(m.sentence, ()):
                if o.name in p.name:
                    rels.append(Relation("PARTICIPATES_IN", o.id, p.id, {}, [m]))
    return rels


def speaker_entities(meta: ReportMeta) -> tuple[list[Entity], list[Relation]]:
    """The speaker as a Person holding office in the report's region."""
    if not meta.speaker or not meta.region:
        return [], []
    pid = entity_id("Person", meta.speaker)
    ev = [Evidence(meta.id, meta.title, 0, 0)]
    person = Entity(pid, "Person", meta.speaker, [], {"title": meta.speaker_title}, [])
    rel = Relation("HOLDS_OFFICE", pid, f"region:{meta.region}", {"title": meta.speaker_title, "year": meta.year}, ev)
    return [person], [rel]
