// question: Who delivered each report, with which title, for which region and year?
// params: {}
// example output:
//   year | region   | speaker | title | report
//   2017 | 三门峡市 | 刘南昌  | 市长  | 2017-三门峡市
MATCH (rep:Report)-[:ABOUT]->(r:Region)
RETURN rep.year AS year, r.name AS region, rep.speaker AS speaker, rep.speaker_title AS title, rep.id AS report
ORDER BY year, region
