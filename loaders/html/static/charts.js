// Chart page: one indicator's actual (solid) and target (dashed) by region and year, drawn by Apache
// ECharts (lib/echarts.min.js, shipped with the pages), with range targets as bands, × where a
// report says it sets no target, and below it the table of the points with met or missed and gap.
// Text from reports reaches the chart through ECharts' canvas and richText tooltips, and the table
// through textContent: never as markup.
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("kg-data").textContent);
  const charts = data.charts;
  const $ = (id) => document.getElementById(id);
  const COLORS = ["#2b6cb0", "#dd6b20", "#2f855a", "#b83280", "#6b46c1", "#c53030", "#2c7a7b", "#975a16"];
  const MAX_REGIONS = COLORS.length;
  const NO_TARGET = "不设目标 none set";
  const CROSS = "path://M0,2L2,0L5,3L8,0L10,2L7,5L10,8L8,10L5,7L2,10L0,8L3,5Z";
  const opt = (value, text) => Object.assign(document.createElement("option"), { value: value, textContent: text });
  const chart = echarts.init($("chart"), null, { renderer: "canvas" });
  window.addEventListener("resize", () => chart.resize());
  const state = { regions: [] };

  function reportName(id) {
    const r = data.reports[id];
    return !r ? id || "" : r[1] && !r[0].includes(String(r[1])) ? `${r[1]} ${r[0]}` : r[0];
  }

  // levels in yuan are shown in 亿元 (100 million yuan), as reports state them
  function display(m) {
    return m.unit === "元" ? { div: 1e8, unit: "亿元" } : { div: 1, unit: m.unit || "" };
  }
  const round = (v) => +v.toFixed(4);

  function current() {
    const code = $("code").value, measure = $("measure").value;
    return { code: code, measure: measure, m: charts[code].measures[measure] };
  }

  function series(m, regions) {
    const { div } = display(m);
    const out = [];
    regions.forEach((r, i) => {
      const s = m.series[r], color = COLORS[i];
      const point = (kind) => s[kind].map(([y, v, rep, hi]) => ({ value: [y, round(v / div)], report: rep, hi: hi }));
      out.push({ name: `${r} 实际 actual`, type: "line", data: point("actual"), color: color, symbolSize: 7,
                 lineStyle: { width: 2 } });
      out.push({ name: `${r} 目标 target`, type: "line", data: point("target"), color: color, symbol: "emptyCircle",
                 symbolSize: 7, lineStyle: { width: 2, type: "dashed" } });
      const bands = s.target.filter((p) => p[3] !== null && p[3] !== undefined)
        .map(([y, v, rep, hi]) => ({ value: [y, round(v / div), round(hi / div)], report: rep }));
      if (bands.length) out.push({ name: `${r} 区间目标 range`, type: "custom", data: bands, color: color,
                                   encode: { x: 0, y: [1, 2] }, renderItem: band, z: 1 });
      if (s.absent.length) {
        const actual = new Map(s.actual.map(([y, v]) => [y, round(v / div)]));
        const values = s.actual.concat(s.target).map((p) => p[1] / div);
        const floor = values.length ? Math.min(...values) : 0;
        out.push({ name: `${r} ${NO_TARGET}`, type: "scatter", color: color, symbol: CROSS, symbolSize: 12,
                   data: s.absent.map(([y, rep]) => ({ value: [y, actual.get(y) ?? round(floor)], report: rep, absent: true })) });
      }
    });
    return out;
  }

  // a range target (6%—6.5%): a band from its lower to its upper bound
  function band(params, api) {
    const lo = api.coord([api.value(0), api.value(1)]), hi = api.coord([api.value(0), api.value(2)]);
    const w = Math.max(8, api.size([0.35, 0])[0]);
    return { type: "rect", shape: { x: hi[0] - w / 2, y: hi[1], width: w, height: Math.max(2, lo[1] - hi[1]) },
             style: { fill: api.visual("color"), opacity: 0.25, stroke: api.visual("color") } };
  }

  function tooltip(p) {
    const d = p.data, unit = display(current().m).unit;
    if (d.absent) return `${p.seriesName}\n${d.value[0]}\n${reportName(d.report)}`;
    const value = d.value.length > 2 ? `${d.value[1]}–${d.value[2]}` : d.hi != null ? `${d.value[1]}–${d.hi}` : d.value[1];
    return `${p.seriesName}\n${d.value[0]}: ${value} ${unit}\n${reportName(d.report)}`;
  }

  function rows(m, regions) {
    const { div } = display(m);
    const out = new Map();
    const row = (r, y) => {
      const k = r + "\u0000" + y;
      if (!out.has(k)) out.set(k, { region: r, year: y, actual: "", target: "", met: "", gap: null, actual_report: "", target_report: "" });
      return out.get(k);
    };
    for (const r of regions) {
      const s = m.series[r];
      for (const [y, v, rep] of s.actual) Object.assign(row(r, y), { actual: round(v / div), actual_report: reportName(rep) });
      for (const [y, v, rep, hi] of s.target)
        Object.assign(row(r, y), { target: hi != null ? `${round(v / div)}–${round(hi / div)}` : round(v / div),
                                   target_report: reportName(rep) });
      for (const [y, rep] of s.absent) Object.assign(row(r, y), { target: NO_TARGET, target_report: reportName(rep) });
      for (const [y, met, gap] of s.verdicts) Object.assign(row(r, y), { met: met ? "达成 met" : "未达成 missed", gap: round(gap / div) });
    }
    return [...out.values()].sort((a, b) => a.region.localeCompare(b.region, "zh-CN") || a.year - b.year);
  }

  function render() {
    const { code, measure, m } = current();
    const regions = state.regions.filter((r) => m.series[r]);
    const { unit } = display(m);
    chart.clear();
    chart.setOption({
      animation: false,
      color: COLORS,
      title: { text: `${charts[code].name} · ${m.label}`, left: 8, textStyle: { fontSize: 14 } },
      tooltip: { trigger: "item", renderMode: "richText", formatter: tooltip },
      legend: { type: "scroll", bottom: 0 },
      grid: { left: 70, right: 30, top: 50, bottom: 60 },
      toolbox: { right: 12, feature: { saveAsImage: { title: "PNG", name: `${code}-${measure}`, pixelRatio: 2 } } },
      xAxis: { type: "value", minInterval: 1, scale: true, axisLabel: { formatter: (y) => String(y) } },
      // scale: the axis fits the data (growth of 12-17 % is not squashed against a zero line)
      yAxis: { type: "value", scale: true, name: unit },
      series: series(m, regions),
    });
    const columns = [
      { key: "region", label: "地区 region", facet: true }, { key: "year", label: "年份 year", num: true },
      { key: "actual", label: `实际 actual (${unit})`, num: true }, { key: "target", label: `目标 target (${unit})` },
      { key: "met", label: "达成 met/missed", facet: true }, { key: "gap", label: "差距 gap (actual − target)", num: true },
      { key: "actual_report", label: "实际来源 actual from" }, { key: "target_report", label: "目标来源 target from" }];
    window.kgCharts.table = kgTable.render($("points"), { name: `${code}-${measure}`, columns: columns, rows: rows(m, regions) });
  }

  function fillMeasures() {
    const ms = charts[$("code").value].measures;
    $("measure").textContent = "";
    const best = Object.entries(ms).sort((a, b) => (b[0] === "growth_pct") - (a[0] === "growth_pct") || b[1].points - a[1].points);
    for (const [k, m] of best) $("measure").appendChild(opt(k, `${m.label} (${display(m).unit || "—"}, ${m.points} points)`));
    fillRegions();
  }

  // regions as checkboxes, those with most points first and the first three ticked
  function fillRegions() {
    const m = current().m;
    const ranked = Object.entries(m.series)
      .map(([r, s]) => [r, s.actual.length + s.target.length + s.absent.length])
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "zh-CN"));
    state.regions = ranked.slice(0, 3).map(([r]) => r);
    const box = $("regions");
    box.textContent = "";
    for (const [r, n] of ranked) {
      const label = document.createElement("label");
      const input = Object.assign(document.createElement("input"), { type: "checkbox", value: r, checked: state.regions.includes(r) });
      input.addEventListener("change", () => pick(r, input.checked));
      label.append(input, document.createTextNode(` ${r} (${n})`));
      box.appendChild(label);
    }
    render();
  }

  function pick(region, on) {
    state.regions = state.regions.filter((r) => r !== region);
    if (on) state.regions.push(region);
    while (state.regions.length > MAX_REGIONS) state.regions.shift(); // the earliest pick gives way
    for (const input of $("regions").querySelectorAll("input")) input.checked = state.regions.includes(input.value);
    render();
  }

  /** Show code, measure and exactly these regions (what a link or a test asks for). */
  function select(code, measure, regions) {
    $("code").value = code;
    fillMeasures();
    if (measure) { $("measure").value = measure; fillRegions(); }
    if (regions) {
      state.regions = regions.slice(0, MAX_REGIONS);
      for (const input of $("regions").querySelectorAll("input")) input.checked = state.regions.includes(input.value);
      render();
    }
  }

  $("region-filter").addEventListener("input", (ev) => {
    const q = ev.target.value.trim();
    for (const label of $("regions").children) label.hidden = q !== "" && !label.textContent.includes(q);
  });
  for (const [code, c] of Object.entries(charts)) $("code").appendChild(opt(code, `${c.name} (${code})`));
  $("code").addEventListener("change", fillMeasures);
  $("measure").addEventListener("change", fillRegions);
  window.kgCharts = { chart: chart, data: data, select: select, render: render, state: state };
  if (charts.GDP) select("GDP"); // GDP first: what a reader looks for first
  else if (Object.keys(charts).length) fillMeasures();
  else $("chart").textContent = "无指标数据 no indicator values in this build";
})();
