// question: Projects ranked by investment (in 亿元), with their region and status; optionally one region or one status.
// params: {"region": null, "status": null, "limit": 20}
// example output:
//   region   | project         | status  | investment_yi
//   三门峡市 | 国道310南移项目 | started | 116
MATCH (r:Region)-[h:HAS_PROJECT]->(p:Project)
WHERE p.investment_value IS NOT NULL
  AND coalesce($region, r.name) = r.name
  AND coalesce($status, h.status, '') = coalesce(h.status, '')
RETURN r.name AS region, p.name AS project, h.status AS status,
       CASE p.investment_unit WHEN '万元' THEN p.investment_value / 10000.0 ELSE p.investment_value END AS investment_yi
ORDER BY investment_yi DESC, project
LIMIT $limit
