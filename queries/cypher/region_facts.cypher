// question: Every fact about one region: its projects (investment, status), the organizations it cooperates with, the policies it implements and its indicators by year.
// params: {"region": "三门峡市"}
// example output:
//   fact      | name             | status  | value  | unit | year | report
//   indicator | GDP actual       |         | 1348.6 | 亿元 | 2016 | 2017-三门峡市
//   project   | 国道310南移项目  | started | 116    | 亿元 |      | 2017-三门峡市
MATCH (r:Region {name: $region})-[h:HAS_PROJECT]->(p:Project)
RETURN 'project' AS fact, p.name AS name, h.status AS status, p.investment_value AS value,
       p.investment_unit AS unit, null AS year, h.report AS report
UNION ALL
MATCH (r:Region {name: $region})-[c:COOPERATES_WITH]->(o:Organization)
RETURN 'cooperation' AS fact, o.name AS name, c.status AS status, c.amount_value AS value,
       c.amount_unit AS unit, null AS year, c.report AS report
UNION ALL
MATCH (r:Region {name: $region})-[i:IMPLEMENTS]->(p:Policy)
RETURN 'policy' AS fact, p.name AS name, i.scope AS status, null AS value,
       null AS unit, null AS year, i.report AS report
UNION ALL
MATCH (r:Region {name: $region})-[:HAS_OBSERVATION]->(o:Observation)
RETURN 'indicator' AS fact, o.indicator + ' ' + o.kind AS name, o.comparator AS status,
       coalesce(o.value, o.growth_pct) AS value, CASE WHEN o.value IS NULL THEN '%' ELSE o.unit END AS unit,
       o.year AS year, o.report AS report
