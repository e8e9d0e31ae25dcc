// Index page: the tables of reports and region pages, and the search over every entity of the build
// (name and aliases -> the pages that show it). Text goes into the DOM through textContent only.
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("kg-data").textContent);
  const $ = (id) => document.getElementById(id);
  const el = window.kgTable.el; // an element with text, never markup (static/tables.js)
  const MAX_RESULTS = 50, MAX_LINKS = 12;
  const reports = kgTable.render($("reports"), data.reports);
  const regions = kgTable.render($("regions"), data.regions);
  const { pages, entities } = data.search;

  // exact names first, then names starting with the text, then any name or alias holding it;
  // within each, the entities shown on most pages first (the order of the data)
  function search(q) {
    q = q.trim();
    if (!q) return [];
    const ranked = [[], [], []];
    for (const e of entities) {
      if (e[0] === q) ranked[0].push(e);
      else if (e[0].startsWith(q)) ranked[1].push(e);
      else if (e[0].includes(q) || e[1].includes(q)) ranked[2].push(e);
      if (ranked[0].length + ranked[1].length >= MAX_RESULTS) break;
    }
    return ranked.flat().slice(0, MAX_RESULTS);
  }

  function pageLink(file, name) {
    // a region page opens focused on the entity (viz.js reads #q=)
    const a = el("a", null, file.replace(/^region-/, "").replace(/\.html$/, ""));
    a.href = file.startsWith("region-") ? `${file}#q=${encodeURIComponent(name)}` : file;
    return a;
  }

  function show(q) {
    const hits = search(q);
    const list = $("search-results");
    list.textContent = "";
    for (const [name, aliases, type, at] of hits) {
      const li = el("li");
      li.append(el("span", "tip-type", type), el("strong", null, name));
      if (aliases) li.appendChild(el("span", "aliases", `（${aliases}）`));
      const links = el("span", "links");
      for (const i of at.slice(0, MAX_LINKS)) links.appendChild(pageLink(pages[i], name));
      if (at.length > MAX_LINKS) links.appendChild(el("span", "hint", `+${at.length - MAX_LINKS} 页 pages`));
      li.appendChild(links);
      list.appendChild(li);
    }
    $("search-count").textContent = q.trim() ? `${hits.length}${hits.length === MAX_RESULTS ? "+" : ""} 个结果 results` : "";
    return hits;
  }
  $("search").addEventListener("input", (ev) => show(ev.target.value));
  window.kgIndex = { search: show, reports: reports, regions: regions, ready: true };
})();
