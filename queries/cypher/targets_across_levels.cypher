// question: For one year, each region's actual growth of an indicator against its own target and against its parent region's (a province against the national target, a city against its province's).
// params: {"indicator": "GDP", "year": 2016}
// example output:
// (a build of 焦作市, 安阳市, 河南省 2016/2017 and the State Council's 2016 report)
//   region | actual | own_target | own_gap | parent         | parent_target | parent_high | parent_gap | link
//   河南省 | 8.1    | 8          | 0.1     | 中华人民共和国 | 6.5           | 7           | 1.6        | MEETS_PARENT_TARGET
//   安阳市 | 8      | 7.5        | 0.5     | 河南省         | 8             |             | 0          | MEETS_PARENT_TARGET
//   焦作市 | 8.3    | 8.5        | -0.2    | 河南省         | 8             |             | 0.3        | MEETS_PARENT_TARGET
MATCH (a:Observation {indicator: $indicator, kind: 'actual'})-[p:MEETS_PARENT_TARGET|MISSES_PARENT_TARGET]->(pt:Observation)
WHERE a.year = $year
OPTIONAL MATCH (a)-[s:MEETS|MISSES]->(t:Observation)
RETURN a.region AS region, a.growth_pct AS actual, t.growth_pct AS own_target, s.gap AS own_gap,
       pt.region AS parent, pt.growth_pct AS parent_target, pt.growth_pct_high AS parent_high, p.gap AS parent_gap,
       type(p) AS link
ORDER BY parent, region
