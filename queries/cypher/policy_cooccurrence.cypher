// question: Which policies are named together in the same reports (co-occurrence), most frequent pairs first?
// params: {"limit": 20}
// example output:
//   policy_a | policy_b   | reports
//   一带一路 | 放管服改革 | 5
MATCH (rep:Report)-[:MENTIONS]->(p1:Policy), (rep)-[:MENTIONS]->(p2:Policy)
WHERE p1.name < p2.name
RETURN p1.name AS policy_a, p2.name AS policy_b, count(DISTINCT rep) AS reports
ORDER BY reports DESC, policy_a, policy_b
LIMIT $limit
