"""What changed since the previous build into the same folder, so writers redo only that.

A build leaves a manifest (OUT/.cache/build.json): the settings that shaped its outputs, each report's
source (extraction cache key, place in its file and digest of the cached result), the graph's
elements in order with the cuts between the reports' parts (so the part every element was written
in, kg.graph.pieces) and the target links. The next build compares: a report whose extraction has
another digest (same_extraction: whatever extractor code made it), or gone, is changed; when most
reports changed, every writer writes everything; an element is dirty when the contributions of the changed reports to it differ
(each report's contribution is kg.graph.report_graph of its extraction, old ones read back from the
cache), and with it the parts it was and is written in. Any doubt (no manifest, other settings, an
old extraction no longer cached) means no delta, and every writer writes everything.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Hashable

from .cache import ExtractionCache, extractor_files
from kg.graph import REST, Graph, report_graph
from kg.model import Extraction
from loaders.staging import atomic_write
from loaders.writer import Change

LINK_TYPES = ("MEETS", "MISSES", "MEETS_PARENT_TARGET", "MISSES_PARENT_TARGET")
# the word lists read after extraction: by the gazetteer (PART_OF, region levels), the panel and the charts
GRAPH_LEXICONS = ("regions_historical.tsv", "indicator_names.tsv")


@lru_cache(maxsize=1)
def writers_fingerprint() -> str:
    """Hash of everything that shapes the outputs besides the extractions: the core's model and graph
    code (kg/*.py, and the word lists the graph and the writers read: GRAPH_LEXICONS), the writers
    (loaders/, templates and assets included) and the ontology. The rules (kg/extract/) and their
    word lists are not in it: a rule edit changes the outputs through the extractions it changes,
    and a build renders again only those reports' parts."""
    h = hashlib.sha1()
    root = Path(__file__).resolve().parents[1]
    core = [p for p in extractor_files() if p.parent.name == "kg" or p.name in GRAPH_LEXICONS]
    for p in sorted([*core, *(root / "loaders").rglob("*"), root / "data" / "ontology" / "gov-report-kg.ttl"]):
        if p.is_file() and "__pycache__" not in p.parts:
            h.update(p.relative_to(root).as_posix().encode())
            h.update(p.read_bytes())
    return h.hexdigest()


@dataclass
class Manifest:
    settings: str  # writers' fingerprint and options: another value and nothing is reused
    reports: dict[str, str]  # report id -> source ("cache key:index in the file:digest", same_extraction)
    nodes: list[str]  # node ids in graph order
    edges: list[tuple[str, str, str]]  # edge keys in graph order
    parts: list[tuple[str, int, int]]  # Graph.parts: where each report's part ends in those lists
    links: dict[tuple[str, str, str], dict[str, Any]]  # target link -> its properties

    @staticmethod
    def path(out: Path) -> Path:
        return out / ".cache" / "build.json"

    def _state(self) -> list:
        # The edge keys as positions in a table of names: a third of the bytes of the corpus's
        # manifest, and quicker to write and read.
        names = list(self.nodes)
        at = {k: i for i, k in enumerate(names)}

        def code(name: str) -> int:
            i = at.get(name)
            if i is None:
                i = at[name] = len(names)
                names.append(name)
            return i
        columns = [[code(k[j]) for k in self.edges] for j in range(3)]
        links = [[*k, v] for k, v in self.links.items()]
        return [self.settings, self.reports, names, len(self.nodes), columns, self.parts, links]

    @classmethod
    def load(cls, out: Path) -> "Manifest | None":
        """The manifest the previous build saved, or None (none, or not one this tool wrote). JSON,
        never pickle: the build folder may come from someone else, and reading it must run no code."""
        try:
            with open(cls.path(out), "rb") as f:
                settings, reports, names, n, columns, parts, links = json.load(f)
            return cls(str(settings), dict(reports), names[:n],
                       [(names[a], names[b], names[c]) for a, b, c in zip(*columns)],
                       [(str(r), int(a), int(b)) for r, a, b in parts],
                       {(a, b, c): dict(v) for a, b, c, v in links})
        except (OSError, ValueError, TypeError, IndexError):
            return None

    @classmethod
    def of(cls, settings: str, graph: Graph, sources: dict[str, str]) -> "Manifest":
        links = {e.key: e.properties for e in graph.edges.values() if e.type in LINK_TYPES}
        return cls(settings, sources, list(graph.nodes), list(graph.edges), list(graph.parts), links)

    def parts_of(self, keys: set[Hashable]) -> dict[Hashable, str]:
        """The name of the part (kg.graph.pieces) each of ``keys`` is written in; keys not in the graph
        are left out. Lists and a scan rather than a dict of every element: the manifest of the corpus
        saves and loads in a fraction of the time, and a scan of the lists takes milliseconds."""
        out: dict[Hashable, str] = {}
        for elements, at in ((self.nodes, 1), (self.edges, 2)):
            found = [(i, k) for i, k in enumerate(elements) if k in keys]
            cuts = iter(self.parts)
            name, end = "", -1
            for i, k in found:
                while i >= end:
                    cut = next(cuts, None)
                    if cut is None:
                        name, end = REST, len(elements)
                    else:
                        name, end = cut[0], cut[at]
                out[k] = name
        return out

    def save(self, out: Path) -> None:
        atomic_write(self.path(out), lambda f: json.dump(self._state(), f, ensure_ascii=False))

    @classmethod
    def remove(cls, out: Path) -> None:
        """Before outputs change: a run killed while writing leaves no manifest that would lie about them."""
        cls.path(out).unlink(missing_ok=True)


def delta(previous: Manifest | None, now: Manifest, graph: Graph, extractions: list[Extraction],
          cache: ExtractionCache) -> Change | None:
    """The changes from the previous build to this one (``now``: this build's manifest), or None when
    everything must be written. ``extractions`` holds at least the reports new or changed since then."""
    if previous is None or previous.settings != now.settings:
        return None
    fresh = {rid for rid, src in now.reports.items() if not same_extraction(previous.reports.get(rid), src)}
    # in the old order
    stale = [rid for rid, src in previous.reports.items() if not same_extraction(now.reports.get(rid), src)]
    if len(fresh.union(stale)) > max(len(previous.reports), len(now.reports)) // 2:
        # most reports changed, came or went (a --prune of most of a build, a corpus added to a small
        # one): writing everything is cheaper than comparing, and holds no old extractions (a prune of
        # 1,845 of the corpus's 2,965 reports held 9.2 GB comparing)
        return None
    old_parts = []
    for rid in stale:
        ex = cached_extraction(cache, previous.reports[rid], rid, use=False)
        if ex is None:
            return None
        old_parts.append(report_graph(ex))
    new_parts = [report_graph(ex) for ex in extractions if ex.meta.id in fresh]
    nodes = _dirty([p.nodes for p in old_parts], [p.nodes for p in new_parts])
    edges = _dirty([p.edges for p in old_parts], [p.edges for p in new_parts])
    edges |= {k for k in now.links.keys() | previous.links.keys() if now.links.get(k) != previous.links.get(k)}
    was, now_in = previous.parts_of(nodes | edges), now.parts_of(nodes | edges)
    parts = fresh | set(stale) | set(was.values()) | set(now_in.values())
    # an RDF report piece holds every relationship that report states: one whose value changed
    # changes the pieces of all the reports that give evidence for it
    parts.update(ev.report for k in edges if k in graph.edges for ev in graph.edges[k].evidence)
    existed = set(was)
    labels = {k: n.label for p in old_parts for k, n in p.nodes.items() if k in nodes}
    regions = {e.target for p in (*old_parts, *new_parts) for e in p.edges.values() if e.type == "ABOUT"}
    titles = {k: (n.name, n.properties.get("year")) for p in old_parts for k, n in p.nodes.items() if n.label == "Report"}
    retitled = {k.partition(":")[2] for k, title in titles.items()
                if k in graph.nodes and (graph.nodes[k].name, graph.nodes[k].properties.get("year")) != title}
    return Change(fresh, nodes, edges, parts, existed, labels, regions, retitled)


def _dirty(old: list[dict], new: list[dict]) -> set:
    """Keys whose list of contributions (in report order) differs between old and new."""
    def by_key(contributions: list[dict]) -> dict[Any, list]:
        out: dict[Any, list] = {}
        for part in contributions:
            for k, v in part.items():
                out.setdefault(k, []).append(v)
        return out
    a, b = by_key(old), by_key(new)
    return {k for k in a.keys() | b.keys() if a.get(k) != b.get(k)}


def same_extraction(a: str | None, b: str | None) -> bool:
    """Whether two sources ("cache key:index in the file:digest") hold the same extraction: the same
    place in a file whose result has the same digest, whichever extractor code (cache key) made it."""
    return a is not None and b is not None and a.split(":", 1)[1:] == b.split(":", 1)[1:]


def cached_extraction(cache: ExtractionCache | None, source: str, rid: str, use: bool = True) -> Extraction | None:
    """The extraction of one report read back from the cache (``source``: "cache key:index in its
    file:digest"), under the id ``rid``; use=False only looks (ExtractionCache.get)."""
    key, _, rest = source.partition(":")
    i = rest.partition(":")[0]
    res = cache.get(key, use=use) if cache else None
    if res is None or not i.isdigit() or int(i) >= len(res.extractions):
        return None
    ex = res.extractions[int(i)]
    ex.rebase(rid)
    return ex
