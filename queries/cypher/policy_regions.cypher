// question: Policy diffusion: which regions implement a given policy (by name or alias), in which reports and years?
// params: {"policy": "一带一路"}
// example output:
//   region | level      | reports                       | first_year
//   焦作市 | prefecture | ["2016-焦作市", "2017-焦作市"] | 2016
MATCH (rep:Report)-[:MENTIONS]->(p:Policy), (rep)-[:ABOUT]->(r:Region)
WHERE p.name = $policy OR $policy IN p.aliases
RETURN r.name AS region, r.level AS level, collect(DISTINCT rep.id) AS reports, min(rep.year) AS first_year
ORDER BY first_year, region
