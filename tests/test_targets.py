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


def test_actuals_are_linked_to_the_growth_target_of_the_parent_region():
    """A province's actual growth against the national target of the same year, a city's against its
    province's; levels are never compared across levels, and an absent target is never compared."""
    from kg.graph import Node
    from kg.targets import target_links

    def region(name, level, province):
        return Node(f"region:{name}", "Region", name, {"level": level, "province": province})

    def obs(oid, region_, kind, **props):
        return Node(oid, "Observation", oid, {"indicator": "GDP", "region": region_, "year": 2016, "kind": kind,
                                              **props})
    nodes = [region("中华人民共和国", "national", None), region("河南省", "province", "河南省"),
             region("焦作市", "prefecture", "河南省"),
             obs("nation-target", "中华人民共和国", "target", growth_pct=6.5, growth_pct_high=7.0),
             obs("henan-target", "河南省", "target", growth_pct=8.0, comparator="左右", value_base=4e12, base_unit="元"),
             obs("henan-actual", "河南省", "actual", growth_pct=8.1, value_base=4.02e12, base_unit="元"),
             obs("jiaozuo-actual", "焦作市", "actual", growth_pct=7.9, value_base=2e11, base_unit="元")]
    links = {(a, t, typ): props for a, t, typ, props in target_links(nodes)}
    assert links == {
        ("henan-actual", "henan-target", "MEETS"): {"measure": "growth_pct", "gap": 0.1},
        ("henan-actual", "nation-target", "MEETS_PARENT_TARGET"): {"measure": "growth_pct", "gap": 1.6},
        ("jiaozuo-actual", "henan-target", "MISSES_PARENT_TARGET"): {"measure": "growth_pct", "gap": -0.1},
    }
    nodes[3].properties.update(growth_pct=None, absent=True)
    assert not [link for link in target_links(nodes) if link[1] == "nation-target"]
