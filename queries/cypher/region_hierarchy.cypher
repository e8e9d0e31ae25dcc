// question: The province → city → county hierarchy around a region: the regions above it and those below it in the graph.
// params: {"region": "安阳市"}
// example output:
//   direction | region | level
//   above     | 河南省 | province
MATCH (r:Region {name: $region})-[:PART_OF*1..4]->(up:Region)
RETURN 'above' AS direction, up.name AS region, up.level AS level
UNION
MATCH (down:Region)-[:PART_OF*1..4]->(r:Region {name: $region})
RETURN 'below' AS direction, down.name AS region, down.level AS level
