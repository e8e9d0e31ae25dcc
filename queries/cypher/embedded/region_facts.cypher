// LadybugDB needs typed nulls in the branches of a UNION; Neo4j has no CAST.
MATCH (r:Region {name: $region})-[h:HAS_PROJECT]->(p:Project)
RETURN 'project' AS fact, p.name AS name, h.status AS status, p.investment_value AS value,
       p.investment_unit AS unit, CAST(NULL AS INT64) AS year, h.report AS report
UNION ALL
MATCH (r:Region {name: $region})-[c:COOPERATES_WITH]->(o:Organization)
RETURN 'cooperation' AS fact, o.name AS name, c.status AS status, c.amount_value AS value,
       c.amount_unit AS unit, CAST(NULL AS INT64) AS year, c.report AS report
UNION ALL
MATCH (r:Region {name: $region})-[i:IMPLEMENTS]->(p:Policy)
RETURN 'policy' AS fact, p.name AS name, i.scope AS status, CAST(NULL AS DOUBLE) AS value,
       CAST(NULL AS STRING) AS unit, CAST(NULL AS INT64) AS year, i.report AS report
UNION ALL
MATCH (r:Region {name: $region})-[:HAS_OBSERVATION]->(o:Observation)
RETURN 'indicator' AS fact, o.indicator + ' ' + o.kind AS name, o.comparator AS status,
       coalesce(o.value, o.growth_pct) AS value, CASE WHEN o.value IS NULL THEN '%' ELSE o.unit END AS unit,
       o.year AS year, o.report AS report
