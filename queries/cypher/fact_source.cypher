// question: Where does a fact come from? Every relationship into the entity of that name, with its source report, sentence and character offsets in the source file.
// params: {"name": "国道310南移项目"}
// example output:
//   from     | relation    | report        | start_offset | end_offset | sentence
//   三门峡市 | HAS_PROJECT | 2017-三门峡市 | 4000  | 4011 | 投资116亿元的国道310南移项目全线开工…
MATCH (a)-[r]->(b {name: $name})
WHERE r.report IS NOT NULL
RETURN a.name AS from, type(r) AS relation, r.report AS report, r.start_offset AS start_offset,
       r.end_offset AS end_offset, r.sentence AS sentence
ORDER BY report, relation, from
