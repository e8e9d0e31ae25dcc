// question: Organizations that cooperate with more than one region, with the regions.
// params: {"min_regions": 2}
// example output:
//   organization | type      | regions              | n
//   国家开发银行 | financial | ["三门峡市", "焦作市"] | 2
MATCH (r:Region)-[:COOPERATES_WITH]->(o:Organization)
WITH o, collect(DISTINCT r.name) AS regions
WHERE size(regions) >= $min_regions
RETURN o.name AS organization, o.type AS type, regions, size(regions) AS n
ORDER BY n DESC, organization
