"""The one interface of the build's file writers.

Every writer is a function ``write(graph, out_dir, change=None, **options) -> Written``: it renders
the graph into its file (or folder) under OUT_DIR, written beside and renamed into place so a reader
never sees half of it. With a Change (what differs from the previous build into OUT_DIR, computed by
the build) a writer may render only the parts of its output the change touches; with None it writes
everything. Writers never re-extract: the graph is all they read.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Hashable, Protocol

if TYPE_CHECKING:
    from kg.graph import Graph


@dataclass
class Change:
    """What a build changed since the previous build into the same folder."""

    reports: set[str]  # reports new or changed since the previous build
    nodes: set[str]  # nodes whose value may differ (added and removed ones included)
    edges: set[tuple[str, str, str]]  # the same for edges
    parts: set[str]  # graph parts (kg.graph.pieces) whose output writers must render again
    existed: set[Hashable]  # the dirty nodes and edges that the previous build had
    labels: dict[str, str]  # label of every dirty node the changed reports had (gone ones included)
    regions: set[str]  # the regions the changed reports are about, before and after
    retitled: set[str]  # reports kept whose title or year changed (every page citing them changes)


@dataclass
class Written:
    """What a writer wrote."""

    path: Path  # the file or folder
    items: int  # what it holds: triples, elements, pages or rows
    rendered: int | None = None  # pieces rendered in an incremental build (the rest kept); None: written whole
    note: str = ""  # a remark for the user (what a bounded view left out)


class Writer(Protocol):
    def __call__(self, graph: Graph, out_dir: Path, change: Change | None = None) -> Written: ...
