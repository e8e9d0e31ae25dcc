// Chart page: actual (solid) vs target (dashed) of one indicator by region and year, drawn as SVG.
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("kg-data").textContent);
  const charts = data.charts;
  const $ = (id) => document.getElementById(id);
  const NS = "http://www.w3.org/2000/svg";
  const COLORS = ["#2b6cb0", "#dd6b20", "#2f855a", "#b83280", "#6b46c1", "#c53030"];
  const W = 820, H = 380, M = { l: 64, r: 150, t: 16, b: 36 };
  const svgEl = (tag, attrs, text) => {
    const e = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    if (text !== undefined) e.textContent = String(text);
    return e;
  };
  const opt = (value, text) => Object.assign(document.createElement("option"), { value: value, textContent: text });

  function ticks(lo, hi, n) {
    const step0 = (hi - lo) / n || 1, mag = Math.pow(10, Math.floor(Math.log10(step0)));
    const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= step0);
    const out = [];
    for (let v = Math.ceil(lo / step) * step; v <= hi + 1e-9; v += step) out.push(+v.toFixed(10));
    return out;
  }

  function regionsByPoints(m) {
    return Object.entries(m.series)
      .map(([r, s]) => [r, s.actual.length + s.target.length + (s.absent || []).length])
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  }

  function render() {
    const code = $("code").value, measure = $("measure").value;
    const m = charts[code].measures[measure];
    const chosen = [...$("regions").selectedOptions].map((o) => o.value).slice(0, COLORS.length);
    const points = [];
    chosen.forEach((r, i) => {
      for (const kind of ["actual", "target"]) for (const [y, v, rep, hi] of m.series[r][kind]) points.push({ r, i, kind, y, v, rep, hi });
      for (const [y, rep] of m.series[r].absent || []) points.push({ r, i, kind: "absent", y, v: null, rep });
    });
    const chart = $("chart");
    chart.textContent = "";
    const svg = svgEl("svg", { class: "chart", width: W, height: H, viewBox: `0 0 ${W} ${H}`, role: "img",
                               "aria-label": `${code} ${m.label}` });
    chart.appendChild(svg);
    if (!points.length) {
      svg.appendChild(svgEl("text", { x: W / 2, y: H / 2, "text-anchor": "middle" }, "无数据 no data"));
      fillTable(points, m);
      return;
    }
    const ys = points.map((p) => p.y);
    const vs = points.filter((p) => p.v != null).flatMap((p) => (p.hi == null ? [p.v] : [p.v, p.hi]));
    if (!vs.length) vs.push(0);
    let y0 = Math.min(...ys), y1 = Math.max(...ys);
    if (y0 === y1) { y0 -= 1; y1 += 1; }
    // the axis fits the data (growth of 12-17 % is not squashed against a zero line), with a margin
    const pad = (Math.max(...vs) - Math.min(...vs)) * 0.1 || Math.abs(vs[0]) * 0.1 || 1;
    let v0 = Math.min(...vs) - pad, v1 = Math.max(...vs) + pad;
    if (Math.min(...vs) >= 0 && v0 < 0) v0 = 0;
    const x = (y) => M.l + ((y - y0) / (y1 - y0)) * (W - M.l - M.r);
    const yv = (v) => H - M.b - ((v - v0) / (v1 - v0)) * (H - M.t - M.b);
    const axis = svgEl("g", { class: "axis" });
    for (const t of ticks(v0, v1, 6)) {
      axis.appendChild(svgEl("line", { class: "grid", x1: M.l, x2: W - M.r, y1: yv(t), y2: yv(t) }));
      axis.appendChild(svgEl("text", { x: M.l - 6, y: yv(t) + 4, "text-anchor": "end" }, t));
    }
    for (let y = Math.ceil(y0); y <= y1; y++) {
      axis.appendChild(svgEl("text", { x: x(y), y: H - M.b + 18, "text-anchor": "middle" }, y));
    }
    axis.appendChild(svgEl("line", { x1: M.l, x2: W - M.r, y1: H - M.b, y2: H - M.b }));
    axis.appendChild(svgEl("text", { x: 8, y: M.t + 4 }, m.unit || ""));
    svg.appendChild(axis);
    chosen.forEach((r, i) => {
      for (const kind of ["actual", "target"]) {
        const s = m.series[r][kind];
        if (!s.length) continue;
        const d = s.map(([y, v], k) => `${k ? "L" : "M"}${x(y).toFixed(1)},${yv(v).toFixed(1)}`).join("");
        svg.appendChild(svgEl("path", { d, fill: "none", stroke: COLORS[i], "stroke-width": 2,
                                        "stroke-dasharray": kind === "target" ? "6 4" : "none", class: "line " + kind }));
      }
    });
    for (const p of points.filter((q) => q.kind === "absent")) {  // "no target set", said by the report
      const mark = svgEl("text", { x: x(p.y), y: H - M.b - 6, "text-anchor": "middle", fill: COLORS[p.i],
                                   class: "absent" }, "×");
      const rep = data.reports[p.rep];
      mark.appendChild(svgEl("title", {}, `${p.r} ${p.y} 不设目标 no target set` + (rep ? ` — ${rep[0]}` : "")));
      svg.appendChild(mark);
    }
    for (const p of points.filter((q) => q.kind !== "absent")) {
      if (p.hi != null) {  // a range target (6%—6.5%): a band from its lower to its upper bound
        svg.appendChild(svgEl("rect", { x: x(p.y) - 6, y: yv(p.hi), width: 12, height: Math.max(1, yv(p.v) - yv(p.hi)),
                                        fill: COLORS[p.i], "fill-opacity": 0.25, stroke: COLORS[p.i], class: "band" }));
      }
      const c = svgEl("circle", { cx: x(p.y), cy: yv(p.v), r: 4, stroke: COLORS[p.i], "stroke-width": 2,
                                  fill: p.kind === "target" ? "#fff" : COLORS[p.i], class: "point " + p.kind });
      const rep = data.reports[p.rep];
      c.appendChild(svgEl("title", {}, `${p.r} ${p.y} ${p.kind === "target" ? "目标 target" : "实际 actual"}: ${label(p)}${m.unit || ""}` +
                                        (rep ? ` — ${rep[0]}` : "")));
      svg.appendChild(c);
    }
    chosen.forEach((r, i) => {
      svg.appendChild(svgEl("rect", { x: W - M.r + 12, y: M.t + i * 20, width: 12, height: 12, fill: COLORS[i] }));
      svg.appendChild(svgEl("text", { x: W - M.r + 30, y: M.t + i * 20 + 11 }, r));
    });
    fillTable(points, m);
  }

  function label(p) {
    if (p.kind === "absent") return "不设目标 none set";
    return p.hi == null ? String(p.v) : `${p.v}–${p.hi}`;
  }

  function fillTable(points, m) {
    const t = $("points");
    t.textContent = "";
    const head = document.createElement("tr");
    for (const c of ["地区 region", "年 year", "实际 actual", "目标 target"]) head.appendChild(Object.assign(document.createElement("th"), { textContent: c }));
    t.appendChild(head);
    const rows = new Map();
    for (const p of points) {
      const k = p.r + "\u0000" + p.y;
      if (!rows.has(k)) rows.set(k, { r: p.r, y: p.y });
      rows.get(k)[p.kind === "absent" ? "target" : p.kind] = label(p);
    }
    for (const row of [...rows.values()].sort((a, b) => a.r.localeCompare(b.r) || a.y - b.y)) {
      const tr = document.createElement("tr");
      for (const c of [row.r, row.y, row.actual ?? "", row.target ?? ""]) tr.appendChild(Object.assign(document.createElement("td"), { textContent: c }));
      t.appendChild(tr);
    }
  }

  function fillMeasures() {
    const ms = charts[$("code").value].measures;
    $("measure").textContent = "";
    const best = Object.entries(ms).sort((a, b) => b[1].points - a[1].points);
    for (const [k, m] of best) $("measure").appendChild(opt(k, `${m.label} (${m.unit || "—"}, ${m.points} points)`));
    fillRegions();
  }

  function fillRegions() {
    const m = charts[$("code").value].measures[$("measure").value];
    $("regions").textContent = "";
    regionsByPoints(m).forEach(([r, n], i) => {
      const o = opt(r, `${r} (${n})`);
      o.selected = i < 3; // the regions with most points first
      $("regions").appendChild(o);
    });
    render();
  }

  for (const [code, c] of Object.entries(charts)) $("code").appendChild(opt(code, `${code} ${c.name}`));
  $("code").addEventListener("change", fillMeasures);
  $("measure").addEventListener("change", fillRegions);
  $("regions").addEventListener("change", render);
  window.kgCharts = { render: render, data: data };
  if (Object.keys(charts).length) fillMeasures();
  else $("chart").textContent = "无指标数据 no indicator values in this build";
})();
