// question: An indicator's target for year Y (set in the report of year Y) against its actual for Y (reported a year later), by region; growth in %.
// params: {"indicator": "GDP"}
// example output:
//   region | year | target | wording | actual | gap  | target_report | actual_report
//   焦作市 | 2016 | 8.5    | 左右    | 8.3    | -0.2 | 2016-焦作市   | 2017-焦作市
MATCH (r:Region)-[:HAS_OBSERVATION]->(t:Observation {indicator: $indicator, kind: 'target'}),
      (r)-[:HAS_OBSERVATION]->(a:Observation {indicator: $indicator, kind: 'actual'})
WHERE t.year = a.year AND t.growth_pct IS NOT NULL AND a.growth_pct IS NOT NULL
RETURN r.name AS region, t.year AS year, t.growth_pct AS target, t.comparator AS wording,
       a.growth_pct AS actual, round(a.growth_pct - t.growth_pct, 1) AS gap, t.report AS target_report, a.report AS actual_report
ORDER BY region, year
