"""Targets against outcomes: MEETS / MISSES between observations of two reports of one region."""
from kg.graph import Node
from kg.targets import target_links


def _obs(oid, kind, indicator="GDP", year=2016, region="安阳市", **props):
    return Node(oid, "Observation", oid, {"kind": kind, "indicator": indicator, "year": year, "region": region, **props})


def test_growth_target_met_and_missed():
    nodes = [_obs("t1", "target", growth_pct=7.5, comparator="左右"), _obs("a1", "actual", growth_pct=8.0, value=1805.7),
             _obs("t2", "target", "RETAIL_SALES", growth_pct=12.0), _obs("a2", "actual", "RETAIL_SALES", growth_pct=11.9)]
    links = {(a, t): (typ, p["measure"], p["gap"]) for a, t, typ, p in target_links(nodes)}
    assert links == {("a1", "t1"): ("MEETS", "growth_pct", 0.5), ("a2", "t2"): ("MISSES", "growth_pct", -0.1)}


def test_ceilings_are_met_from_below():
    nodes = [_obs("t", "target", "CPI", growth_pct=3.0, comparator="以内"), _obs("a", "actual", "CPI", growth_pct=1.9),
             _obs("tu", "target", "UNEMPLOYMENT_RATE", value_base=4.5, base_unit="%"),
             _obs("au", "actual", "UNEMPLOYMENT_RATE", value_base=4.8, base_unit="%")]
    assert {(a, typ) for a, _, typ, _ in target_links(nodes)} == {("a", "MEETS"), ("au", "MISSES")}


def test_levels_compare_in_base_units_and_other_regions_years_and_codes_do_not_link():
    nodes = [_obs("t", "target", "NEW_URBAN_JOBS", value_base=60000, base_unit="人", comparator="以上"),
             _obs("a", "actual", "NEW_URBAN_JOBS", value_base=82900, base_unit="人"),
             _obs("x1", "actual", "NEW_URBAN_JOBS", region="鹤壁市", value_base=1, base_unit="人"),
             _obs("x2", "actual", "NEW_URBAN_JOBS", year=2015, value_base=1, base_unit="人"),
             _obs("o1", "target", "OTHER", value_base=1, base_unit="%"), _obs("o2", "actual", "OTHER", value_base=2, base_unit="%"),
             _obs("u", "target", "GDP", value_base=1, base_unit="元")]  # no actual of GDP here
    assert target_links(nodes) == [("a", "t", "MEETS", {"measure": "value", "gap": 22900})]
