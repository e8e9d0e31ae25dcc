// LadybugDB names a relationship's type with label(r), Neo4j with type(r).
MATCH (a)-[r]->(b {name: $name})
WHERE r.report IS NOT NULL
RETURN a.name AS from, label(r) AS relation, r.report AS report, r.start_offset AS start_offset,
       r.end_offset AS end_offset, r.sentence AS sentence
ORDER BY report, relation, from
