// Graph page: builds the vis-network from the page's JSON and wires the controls; on a region page
// also its tables and the comparison of two years (static/tables.js draws them).
// Every text from a report goes into the DOM through textContent (never innerHTML).
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("kg-data").textContent);
  const $ = (id) => document.getElementById(id);
  const el = window.kgTable.el; // an element with text, never markup (static/tables.js)
  const kg = (window.kg = { ready: false, readyMs: null, data: data });

  function reportLabel(id) {
    const r = data.reports[id];
    return r ? (r[1] ? r[1] + " · " : "") + r[0] : id;
  }

  // the same sentence often supports several relationships of one node: each is shown once
  function distinct(evidence) {
    const seen = new Set();
    return evidence.filter(([sid, report]) => !seen.has(sid + "\u0000" + report) && seen.add(sid + "\u0000" + report));
  }

  function evidenceList(box, evidence) {
    for (const [sid, report] of distinct(evidence).slice(0, 4)) {
      const p = el("blockquote", "ev", data.sentences[sid]);
      p.appendChild(el("cite", null, reportLabel(report)));
      box.appendChild(p);
    }
  }

  function fmt(v) {
    if (typeof v === "number") return Number.isInteger(v) ? String(v) : String(+v.toFixed(4));
    if (Array.isArray(v)) return v.join("、");
    return data.values[v] || String(v);
  }

  // evidence shown on a node: that of the relationships touching it on this page
  const nodeEvidence = new Map();
  for (const e of data.edges) {
    for (const end of [e.from, e.to]) {
      if (!nodeEvidence.has(end)) nodeEvidence.set(end, []);
      nodeEvidence.get(end).push(...e.evidence);
    }
  }

  function nodeTip(n) {
    const box = el("div", "kg-tip");
    const head = el("div", "tip-head");
    head.appendChild(el("span", "tip-type", (data.types[n.type] || {}).zh || n.type));
    head.appendChild(el("strong", null, n.name));
    box.appendChild(head);
    const table = el("table", "props");
    for (const [k, v] of Object.entries(n.props || {})) {
      if (k === "series") continue;
      const tr = el("tr");
      tr.appendChild(el("th", null, data.names[k] || k));
      tr.appendChild(el("td", null, fmt(v)));
      table.appendChild(tr);
    }
    if (n.years && n.years.length) {
      const tr = el("tr");
      tr.appendChild(el("th", null, data.names.years));
      tr.appendChild(el("td", null, n.years.join(", ")));
      table.appendChild(tr);
    }
    box.appendChild(table);
    if (n.props && n.props.series) {
      const s = el("table", "series");
      const h = el("tr");
      for (const c of ["年 year", "类 kind", "值 value", "增长 %", "百分点"]) h.appendChild(el("th", null, c));
      s.appendChild(h);
      for (const r of n.props.series.slice(0, 24)) {
        const tr = el("tr");
        const value = r.value === null ? "" : fmt(r.value) + (r.unit || "");
        for (const c of [r.year, r.kind === "target" ? "目标 target" : "实际 actual", value,
                         r.growth_pct === null ? "" : fmt(r.growth_pct) + (r.comparator || ""),
                         r.change_pp === null ? "" : fmt(r.change_pp)]) tr.appendChild(el("td", null, c));
        s.appendChild(tr);
      }
      box.appendChild(s);
    }
    const ev = n.props && n.props.series ? n.props.series.flatMap((r) => r.evidence) : nodeEvidence.get(n.id) || [];
    if (n.id !== centreId) evidenceList(box, ev);
    return box;
  }

  function edgeTip(e) {
    const box = el("div", "kg-tip");
    const head = el("div", "tip-head");
    head.appendChild(el("span", "tip-type", e.label));
    head.appendChild(el("strong", null, (data.relations[e.type] || {}).en || e.type));
    box.appendChild(head);
    evidenceList(box, e.evidence);
    return box;
  }

  const centreId = data.kind === "region" && data.nodes.length ? data.nodes[0].id : null;
  const faint = data.kind === "overview"; // dense overview edges faint; a selected node's edges light up
  for (const n of data.nodes) {
    n.group = n.type;
    n.label = n.name.length <= 16 ? n.name : n.name.slice(0, 15) + "…";
    n.title = nodeTip(n);
  }
  sizeLabels($("kg-network"));
  for (const e of data.edges) {
    const rel = data.relations[e.type] || { zh: e.type, color: "#999" };
    e.label = rel.zh;
    e.color = { color: rel.color, opacity: faint ? 0.15 : 1.0 };
    e.title = edgeTip(e);
  }

  // Labels readable at the first zoom: the biggest nodes whose labels do not overlap there get a
  // label of READABLE px on screen (at most MAX_LABELS); the rest are sized to stay under the
  // drawing threshold until zoomed in about twofold, so they never pile up at the first zoom.
  function sizeLabels(box) {
    const READABLE = 15, MAX_LABELS = 60, CANDIDATES = 600;
    if (!data.nodes.length) return;
    const xs = data.nodes.map((n) => n.x), ys = data.nodes.map((n) => n.y);
    const w = Math.max(...xs) - Math.min(...xs) + 80, h = Math.max(...ys) - Math.min(...ys) + 80;
    const scale = Math.min(1, (box.clientWidth || 1000) / w, (box.clientHeight || 700) / h); // as vis fits the view
    const taken = [];
    const free = (r) => !taken.some((t) => r[0] < t[2] && t[0] < r[2] && r[1] < t[3] && t[1] < r[3]);
    const order = data.nodes.slice().sort((a, b) => (b.id === centreId) - (a.id === centreId) || b.size - a.size);
    let labelled = 0;
    for (const [i, n] of order.entries()) {
      let big = false;
      if (i < CANDIDATES && labelled < MAX_LABELS) {
        const width = [...n.label].reduce((s, c) => s + (c.charCodeAt(0) > 255 ? 1 : 0.6), 0) * READABLE;
        const x = n.x * scale, y = (n.y + n.size) * scale;
        const rect = [x - width / 2 - 4, y, x + width / 2 + 4, y + READABLE * 1.5]; // with a margin
        big = free(rect);
        if (big) { taken.push(rect); labelled++; }
      }
      n.font = { size: big ? READABLE / scale : Math.min(13, 8 / (2 * scale)) };
    }
  }

  const nodes = new vis.DataSet(data.nodes);
  const edges = new vis.DataSet(data.edges);
  const state = { types: new Set(Object.keys(data.types)), region: "", year: "" };
  const view = new vis.DataView(nodes, {
    filter: (n) =>
      state.types.has(n.type) &&
      (!state.region || n.regions.includes(state.region)) &&
      (!state.year || n.years.includes(+state.year)),
  });
  const network = new vis.Network($("kg-network"), { nodes: view, edges: edges }, data.options);
  Object.assign(kg, { network: network, nodes: nodes, edges: edges, view: view, state: state });

  network.once("afterDrawing", () => {
    kg.ready = true;
    kg.readyMs = performance.now();
  });

  function updateCount() {
    $("kg-count").textContent = `${view.length} / ${nodes.length} 节点 nodes · ${edges.length} 关系 edges`;
  }

  // legend = type filter, with the shape colour and count of each type on this page
  const typeCounts = {};
  for (const n of data.nodes) typeCounts[n.type] = (typeCounts[n.type] || 0) + 1;
  for (const [t, style] of Object.entries(data.types)) {
    if (!typeCounts[t]) continue;
    const li = el("li");
    const label = el("label");
    const box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.dataset.type = t;
    box.addEventListener("change", () => {
      box.checked ? state.types.add(t) : state.types.delete(t);
      view.refresh();
      updateCount();
    });
    const swatch = el("span", "swatch shape-" + style.shape);
    swatch.style.setProperty("--c", style.color);
    label.append(box, swatch, el("span", null, `${style.zh} ${t}`), el("span", "n", typeCounts[t]));
    li.appendChild(label);
    $("kg-types").appendChild(li);
  }
  const relCounts = {};
  for (const e of data.edges) relCounts[e.type] = (relCounts[e.type] || 0) + 1;
  for (const [r, n] of Object.entries(relCounts)) {
    const li = el("li");
    const line = el("span", "line");
    line.style.setProperty("--c", (data.relations[r] || {}).color || "#999");
    const rel = data.relations[r] || { zh: r, en: "" };
    li.append(line, el("span", null, `${rel.zh} ${rel.en}`), el("span", "n", n));
    $("kg-relations").appendChild(li);
  }

  // region and year filters list what occurs on the page
  const regions = new Set(), years = new Set();
  for (const n of data.nodes) {
    n.regions.forEach((r) => regions.add(r));
    n.years.forEach((y) => years.add(y));
  }
  for (const r of [...regions].sort()) $("kg-region").appendChild(Object.assign(el("option", null, r), { value: r }));
  for (const y of [...years].sort()) $("kg-year").appendChild(Object.assign(el("option", null, y), { value: y }));
  $("kg-region").addEventListener("change", (ev) => { state.region = ev.target.value; view.refresh(); updateCount(); });
  $("kg-year").addEventListener("change", (ev) => { state.year = ev.target.value; view.refresh(); updateCount(); });
  $("kg-physics").addEventListener("change", (ev) => network.setOptions({ physics: { enabled: ev.target.checked } }));
  $("kg-edge-labels").addEventListener("change", (ev) => network.setOptions({ edges: { font: { size: ev.target.checked ? 10 : 0 } } }));

  // search: exact name first, then the first name containing the text; focus and select it
  const names = $("kg-names");
  for (const n of data.nodes) names.appendChild(Object.assign(el("option"), { value: n.name }));
  function search(text) {
    text = text.trim();
    if (!text) return null;
    const visible = view.get();
    const hit = visible.find((n) => n.name === text) || visible.find((n) => n.name.includes(text)) ||
      visible.find((n) => (n.props.aliases || "").includes(text));
    $("kg-search-status").textContent = hit ? "" : `未找到 not found: ${text}`;
    if (!hit) return null;
    network.selectNodes([hit.id]);
    network.focus(hit.id, { scale: 1.3, animation: false });
    return hit.id;
  }
  kg.search = search;
  $("kg-search").addEventListener("change", (ev) => search(ev.target.value));
  $("kg-search").addEventListener("keydown", (ev) => { if (ev.key === "Enter") search(ev.target.value); });
  updateCount();
  // index.html links an entity's pages with #q=<name>: open focused on it
  const q = new URLSearchParams(location.hash.slice(1)).get("q");
  if (q) network.once("afterDrawing", () => { $("kg-search").value = q; search(q); });
  if (Object.keys(data.tables).length) regionTables();

  // The tables under a region's graph, each drawn when its tab is first opened, and the years compared.
  function regionTables() {
    const drawn = {};
    function open(tab) {
      for (const b of document.querySelectorAll("#kg-tables .tabs button")) b.classList.toggle("on", b.dataset.tab === tab);
      for (const div of document.querySelectorAll("#kg-tables .tab")) div.hidden = div.id !== "tab-" + tab;
      if (!drawn[tab]) drawn[tab] = tab === "compare" ? compareYears() : kgTable.render($("tab-" + tab), withSentences(data.tables[tab]));
      return drawn[tab];
    }
    // rows refer to the page's sentence table (pages.py, _sentence_refs): the text put back for the table
    function withSentences(spec) {
      return Object.assign({}, spec, { rows: spec.rows.map((r) => Object.assign({}, r, { evidence: data.sentences[r.evidence] })) });
    }
    for (const b of document.querySelectorAll("#kg-tables .tabs button")) b.addEventListener("click", () => open(b.dataset.tab));
    kg.openTab = open;
    network.once("afterDrawing", () => setTimeout(() => open("projects"), 0));
  }

  // what appeared and what disappeared between two of the region's reports (by their years)
  function compareYears() {
    const years = (data.nodes[0].years || []).slice().sort();
    const a = $("compare-a"), b = $("compare-b");
    for (const sel of [a, b]) for (const y of years) sel.appendChild(Object.assign(el("option", null, y), { value: y }));
    a.value = years[Math.max(0, years.length - 2)];
    b.value = years[years.length - 1];
    const columns = [{ key: "change", label: "变化 change", facet: true }, { key: "type", label: "类型 type", facet: true },
                     { key: "name", label: "名称 name" }];
    let table = null;
    function draw() {
      const ya = +a.value, yb = +b.value, rows = [];
      for (const n of data.nodes.slice(1)) {
        const inA = n.years.includes(ya), inB = n.years.includes(yb);
        if (inA === inB) continue;
        rows.push({ change: inB ? "出现 appeared" : "消失 disappeared",
                    type: `${(data.types[n.type] || {}).zh || n.type} ${n.type}`, name: n.name });
      }
      rows.sort((x, y) => x.change.localeCompare(y.change) || x.type.localeCompare(y.type) || x.name.localeCompare(y.name, "zh-CN"));
      table = kgTable.render($("compare-table"), { name: `${data.title}-${ya}-${yb}`, columns: columns, rows: rows });
      kg.compare = table;
    }
    a.addEventListener("change", draw);
    b.addEventListener("change", draw);
    draw();
    return { redraw: draw, get table() { return table; } };
  }
})();
