// Region × policy matrix: rows the regions grouped by province, columns the most shared policies,
// a cell the first year the region's reports name the policy (darker = earlier). Filters by
// province, by year (the matrix as it stood at the end of that year) and by policy scope; a click
// on a cell shows its evidence. Text goes into the DOM through textContent only.
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("kg-data").textContent);
  const $ = (id) => document.getElementById(id);
  const el = window.kgTable.el; // an element with text, never markup (static/tables.js)
  const kg = (window.kg = { ready: false, readyMs: null, data: data });
  const cell = new Map(); // "row,column" -> [year, sentence index, report]
  for (const [r, p, year, sid, report] of data.cells) cell.set(r + "," + p, [year, sid, report]);
  const years = [...new Set(data.cells.map((c) => c[2]))].sort((a, b) => a - b);
  const state = { province: "", year: "", scope: "" };

  // early years dark blue, late years pale: where a policy started and how it spread. By the year's
  // rank, not its distance: a corpus reaching back to 1954 would leave its busy decade one pale shade
  const rank = new Map(years.map((y, i) => [y, years.length > 1 ? i / (years.length - 1) : 0]));
  function colour(year) {
    const t = rank.get(year);
    const mix = (a, b) => Math.round(a + (b - a) * t);
    return `rgb(${mix(8, 198)},${mix(48, 219)},${mix(107, 239)})`;
  }
  const ink = (year) => (rank.get(year) < 0.5 ? "#fff" : "#1a202c");

  function visible() {
    const rows = data.regions.map((r, i) => i).filter((i) => !state.province || data.regions[i][1] === state.province);
    const cols = data.policies.map((p, j) => j).filter((j) => !state.scope || data.policies[j][2] === state.scope);
    return { rows, cols };
  }

  function shown(r, p) {
    const c = cell.get(r + "," + p);
    return c && (!state.year || c[0] <= +state.year) ? c : null;
  }

  function build() {
    const { rows, cols } = visible();
    const table = $("matrix");
    table.textContent = "";
    const head = el("tr");
    head.append(el("th", "corner", "省份 province"), el("th", "corner", "地区 region"));
    for (const j of cols) {
      const [, name, scope, n] = data.policies[j];
      const th = el("th", "policy");
      th.appendChild(el("span", null, name));
      th.title = `${name} · ${scope} · ${n} 个地区 regions`;
      head.appendChild(th);
    }
    const thead = el("thead");
    thead.appendChild(head);
    const tbody = el("tbody");
    let province = null;
    for (const i of rows) {
      const [name, prov, page] = data.regions[i];
      const tr = el("tr", prov !== province ? "group" : null);
      tr.appendChild(el("td", "prov", prov !== province ? prov : ""));
      province = prov;
      const td = el("td", "region");
      const a = el("a", null, name);
      if (page) a.href = page;
      td.appendChild(a);
      tr.appendChild(td);
      for (const j of cols) {
        const c = shown(i, j);
        const cellEl = el("td", c ? "y" : null, c ? c[0] : "");
        if (c) {
          cellEl.style.background = colour(c[0]);
          cellEl.style.color = ink(c[0]);
          cellEl.dataset.r = i;
          cellEl.dataset.p = j;
        }
        tr.appendChild(cellEl);
      }
      tbody.appendChild(tr);
    }
    table.append(thead, tbody);
  }

  function showEvidence(r, p) {
    const c = cell.get(r + "," + p);
    const box = $("m-evidence");
    box.textContent = "";
    if (!c) return;
    const [region, , page] = data.regions[r];
    const policy = data.policies[p][1];
    const head = el("p");
    head.append(el("strong", null, `${region} × ${policy}`), el("span", null, ` 首次提及 first named ${c[0]}`));
    const quote = el("blockquote", "ev", data.sentences[c[1]]);
    quote.appendChild(el("cite", null, data.reports[c[2]] || c[2]));
    box.append(head, quote);
    if (page) {
      const a = el("a", null, `→ ${region} 地区页 region page`);
      a.href = `${page}#q=${encodeURIComponent(policy)}`;
      box.appendChild(a);
    }
  }

  function legend() {
    const box = $("m-legend");
    box.appendChild(el("span", null, "首次提及年份 first year: "));
    for (const y of years) {
      const s = el("span", "swatch-year", y);
      s.style.background = colour(y);
      s.style.color = ink(y);
      box.appendChild(s);
    }
  }

  function csv() {
    const { rows, cols } = visible();
    const columns = [{ key: "province", label: "省份 province" }, { key: "region", label: "地区 region" }]
      .concat(cols.map((j) => ({ key: "p" + j, label: data.policies[j][1] })));
    const out = rows.map((i) => {
      const row = { province: data.regions[i][1], region: data.regions[i][0] };
      for (const j of cols) row["p" + j] = (shown(i, j) || [""])[0];
      return row;
    });
    return kgTable.toCsv({ columns: columns }, out);
  }

  const provinces = [...new Set(data.regions.map((r) => r[1]).filter((p) => p))].sort();
  for (const p of provinces) $("m-province").appendChild(Object.assign(el("option", null, p), { value: p }));
  for (const y of years) $("m-year").appendChild(Object.assign(el("option", null, `≤ ${y}`), { value: y }));
  for (const s of [...new Set(data.policies.map((p) => p[2]).filter((s) => s))].sort())
    $("m-scope").appendChild(Object.assign(el("option", null, s), { value: s }));
  for (const [id, key] of [["m-province", "province"], ["m-year", "year"], ["m-scope", "scope"]])
    $(id).addEventListener("change", (ev) => { state[key] = ev.target.value; build(); });
  $("matrix").addEventListener("click", (ev) => {
    const td = ev.target.closest("td.y");
    if (td) showEvidence(+td.dataset.r, +td.dataset.p);
  });
  $("m-csv").addEventListener("click", () => kgTable.download("region-policy-matrix.csv", csv(), "text/csv;charset=utf-8"));
  legend();
  build();
  Object.assign(kg, { build: build, state: state, csv: csv, cell: (r, p) => cell.get(r + "," + p) });
  // ready once the matrix has been painted: the frame after the next
  requestAnimationFrame(() => requestAnimationFrame(() => { kg.readyMs = performance.now(); kg.ready = true; }));
})();
