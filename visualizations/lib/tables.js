// Tables of every page: sortable (click a heading), filterable (a text box, and a menu per column
// marked facet), downloadable as CSV (UTF-8 with BOM, so Excel shows Chinese). A spec is
// {name, columns: [{key, label, num?, facet?, link?, ev?}], rows: [{key: value}]}; a link column's
// value is [text, href], an ev column holds evidence sentences (drawn smaller, wrapped). Text reaches the DOM through textContent only.
(function () {
  "use strict";
  const SHOWN = 400; // rows put into the DOM at once; filtering narrows, the CSV holds every row

  const el = (tag, cls, text) => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  };
  const text = (col, v) => (v === null || v === undefined ? "" : col.link && Array.isArray(v) ? v[0] : String(v));

  function compare(col, dir) {
    return (a, b) => {
      const x = a[col.key], y = b[col.key];
      const ex = x === null || x === undefined || x === "", ey = y === null || y === undefined || y === "";
      if (ex || ey) return ex - ey; // empty cells last in either direction
      if (col.num) return dir * (x - y);
      return dir * text(col, x).localeCompare(text(col, y), "zh-CN");
    };
  }

  function csvField(s) {
    return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }

  /** The CSV text of rows (BOM first), columns in the spec's order. */
  function toCsv(spec, rows) {
    const lines = [spec.columns.map((c) => csvField(c.label)).join(",")];
    for (const r of rows) lines.push(spec.columns.map((c) => csvField(text(c, r[c.key]))).join(","));
    return "\ufeff" + lines.join("\r\n") + "\r\n";
  }

  /** Offer text as a file download (a Blob behind a temporary link: no request leaves the page). */
  function download(name, content, type) {
    const url = URL.createObjectURL(new Blob([content], { type: type }));
    const a = Object.assign(document.createElement("a"), { href: url, download: name });
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  /** Render spec into box; returns {sort(key, dir), filter(text), facet(key, value), rows(), csv()}. */
  function render(box, spec) {
    box.textContent = "";
    box.classList.add("kg-table");
    const state = { q: "", facets: {}, sortKey: null, dir: 1 };
    const bar = el("div", "table-bar");
    const input = el("input");
    Object.assign(input, { type: "search", placeholder: "筛选 filter…" });
    input.className = "table-filter";
    bar.appendChild(input);
    for (const col of spec.columns.filter((c) => c.facet)) {
      const sel = el("select", "table-facet");
      sel.dataset.key = col.key;
      sel.appendChild(Object.assign(el("option", null, `${col.label}: 全部 all`), { value: "" }));
      const values = [...new Set(spec.rows.map((r) => text(col, r[col.key])))].filter((v) => v).sort();
      for (const v of values) sel.appendChild(Object.assign(el("option", null, v), { value: v }));
      sel.addEventListener("change", () => { state.facets[col.key] = sel.value; update(); });
      bar.appendChild(sel);
    }
    const count = el("span", "table-count");
    const button = el("button", "csv", "下载 CSV download");
    button.type = "button";
    bar.append(count, button);
    const table = el("table", "data");
    const head = el("tr");
    for (const col of spec.columns) {
      const th = el("th", col.num ? "num" : null, col.label);
      th.dataset.key = col.key;
      th.title = "点击排序 click to sort";
      th.addEventListener("click", () => api.sort(col.key, state.sortKey === col.key ? -state.dir : 1));
      head.appendChild(th);
    }
    const thead = el("thead");
    thead.appendChild(head);
    const tbody = el("tbody");
    table.append(thead, tbody);
    const more = el("p", "table-more");
    box.append(bar, table, more);

    let current = spec.rows;
    function matches(r) {
      for (const [k, v] of Object.entries(state.facets)) {
        const col = spec.columns.find((c) => c.key === k);
        if (v && text(col, r[k]) !== v) return false;
      }
      return !state.q || spec.columns.some((c) => text(c, r[c.key]).includes(state.q));
    }
    function update() {
      current = spec.rows.filter(matches);
      const col = spec.columns.find((c) => c.key === state.sortKey);
      if (col) current = current.slice().sort(compare(col, state.dir));
      for (const th of head.children) {
        th.classList.toggle("sorted", th.dataset.key === state.sortKey);
        th.classList.toggle("desc", th.dataset.key === state.sortKey && state.dir < 0);
      }
      const frag = document.createDocumentFragment();
      for (const r of current.slice(0, SHOWN)) {
        const tr = el("tr");
        for (const c of spec.columns) {
          const v = r[c.key];
          const td = el("td", c.num ? "num" : c.ev ? "ev" : null);
          if (c.link && Array.isArray(v)) {
            const a = el("a", null, v[0]);
            a.href = v[1];
            td.appendChild(a);
          } else td.textContent = text(c, v);
          tr.appendChild(td);
        }
        frag.appendChild(tr);
      }
      tbody.textContent = "";
      tbody.appendChild(frag);
      count.textContent = `${current.length} / ${spec.rows.length} 行 rows`;
      more.textContent = current.length > SHOWN ? `显示前 ${SHOWN} 行 first ${SHOWN} shown; 筛选以缩小 filter to narrow; CSV 含全部 the CSV holds all` : "";
    }
    const api = {
      sort(key, dir) { state.sortKey = key; state.dir = dir || 1; update(); },
      filter(q) { state.q = q.trim(); input.value = q; update(); },
      facet(key, value) { state.facets[key] = value; update(); },
      rows: () => current,
      csv: () => toCsv(spec, current),
    };
    input.addEventListener("input", () => { state.q = input.value.trim(); update(); });
    button.addEventListener("click", () => download(`${spec.name}.csv`, api.csv(), "text/csv;charset=utf-8"));
    update();
    return api;
  }

  window.kgTable = { render: render, toCsv: toCsv, download: download, el: el };
})();
