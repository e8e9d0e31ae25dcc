// question: Which policies do two regions share (both implement)?
// params: {"a": "焦作市", "b": "安阳市"}
// example output:
//   policy     | scope
//   一带一路   | national
MATCH (a:Region {name: $a})-[:IMPLEMENTS]->(p:Policy)<-[:IMPLEMENTS]-(b:Region {name: $b})
RETURN p.name AS policy, p.scope AS scope
ORDER BY policy
