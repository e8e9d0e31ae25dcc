// question: The most widely implemented policies: how many regions name each one.
// params: {"limit": 15}
// example output:
//   policy   | scope    | regions
//   一带一路 | national | 6
MATCH (r:Region)-[:IMPLEMENTS]->(p:Policy)
RETURN p.name AS policy, p.scope AS scope, count(DISTINCT r) AS regions
ORDER BY regions DESC, policy
LIMIT $limit
