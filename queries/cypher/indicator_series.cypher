// question: One indicator across regions and years: actual values and growth as reported.
// params: {"indicator": "GDP", "kind": "actual"}
// example output:
//   region   | year | value  | unit | growth_pct | report
//   三门峡市 | 2016 | 1348.6 | 亿元 | 7.7        | 2017-三门峡市
MATCH (r:Region)-[:HAS_OBSERVATION]->(o:Observation {indicator: $indicator, kind: $kind})
RETURN r.name AS region, o.year AS year, o.value AS value, o.unit AS unit, o.growth_pct AS growth_pct,
       o.change_pp AS change_pp, o.report AS report
ORDER BY region, year
