from kg.clean import clean
from kg.extract import extract_report
from kg.extract.indicators import extract_indicators
from kg.metadata import detect
from kg.model import SourceText
from kg.prepare import Prepared
from kg.segment import segment
from snippets import HEBI_CAPTION, SANMENXIA


def _prep(text: str) -> Prepared:
    c = clean(SourceText(path="t.txt", text=text, encoding="utf-8"))
    d = segment(c)
    meta = detect(d, "t.txt")
    return Prepared(segment(c, d.title, meta.year), meta)


def _obs(text):
    p = _prep(text)
    return {(o.indicator, o.kind, o.year): o for o in extract_indicators(p.doc, p.meta)}


def test_actuals_from_review_with_value_and_growth():
    obs = _obs(SANMENXIA)
    gdp = obs[("GDP", "actual", 2016)]
    assert (gdp.value, gdp.unit, gdp.growth_pct, gdp.value_base) == (1348.6, "亿元", 7.7, 1348.6e8)
    assert gdp.evidence.sentence.startswith("全市生产总值完成1348.6亿元")
    assert obs[("UNEMPLOYMENT_RATE", "actual", 2016)].value == 2.82  # a rate is a level, not growth
    assert obs[("NEW_URBAN_JOBS", "actual", 2016)].value == 6


def test_respectively_lists_distribute_in_order():
    obs = _obs(SANMENXIA)
    assert obs[("TOURIST_ARRIVALS", "actual", 2016)].growth_pct == 12.7
    assert obs[("TOURISM_REVENUE", "actual", 2016)].growth_pct == 14.5
    assert obs[("URBAN_DISPOSABLE_INCOME", "actual", 2016)].value == 25254  # level inside a five-year passage
    assert obs[("RURAL_DISPOSABLE_INCOME", "actual", 2016)].value == 11982
    assert obs[("URBAN_DISPOSABLE_INCOME", "actual", 2016)].growth_pct is None  # 年均 is multi-year


def test_targets_with_comparators():
    obs = _obs(SANMENXIA)
    gdp = obs[("GDP", "target", 2017)]
    assert (gdp.growth_pct, gdp.comparator, gdp.value) == (8, "以上", None)
    assert obs[("FIXED_ASSET_INVESTMENT", "target", 2017)].comparator == "左右"
    assert obs[("RURAL_DISPOSABLE_INCOME", "target", 2017)].growth_pct == 9


def test_cpi_rise_is_growth():
    obs = _obs(HEBI_CAPTION)
    assert obs[("CPI", "actual", 2016)].growth_pct == 2.1
    assert obs[("CPI", "actual", 2016)].value is None


def test_evidence_offsets_point_into_the_text_as_read():
    p = _prep(SANMENXIA)
    ex = extract_report(p)
    for o in ex.observations:
        assert SANMENXIA[o.evidence.start:o.evidence.end] in o.evidence.sentence or o.evidence.sentence in SANMENXIA
    for e in ex.entities:
        for m in e.mentions:
            if m.end > m.start:
                assert m.sentence in SANMENXIA


def test_entities_and_cooperation_parties():
    ex = extract_report(_prep(SANMENXIA))
    by_type = {}
    for e in ex.entities:
        by_type.setdefault(e.type, {})[e.name] = e
    assert "放管服改革" in by_type["Policy"] and "放管服" in by_type["Policy"]["放管服改革"].aliases
    proj = next(e for n, e in by_type["Project"].items() if "国道310南移" in n)
    assert proj.properties["investment_value"] == 116 and proj.properties["status"] == "started"
    coop = {r.target for r in ex.relations if r.type == "COOPERATES_WITH"}
    assert "org:国家开发银行" in coop and "org:中国建设银行" in coop and "org:省农发行" in coop
    assert all(r.properties["status"] == "signed" for r in ex.relations if r.type == "COOPERATES_WITH")
    # noise never becomes an entity
    assert not any("官场笔记" in e.name or "首长" in e.name for e in ex.entities)
