"""The embedded graph database (LadybugDB): Cypher with no server, written into the output folder.

A new database is built in a temporary file beside the target and renamed into place, because
one left half-loaded by a killed process may not reopen; loaded with COPY from Arrow tables (bulk),
never row by row. An incremental build patches the previous database instead, in one transaction.
"""
from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterator

import pyarrow as pa

from kg import schema
from kg.graph import Graph
from loaders.staging import temp_dir

from .pieces import index_path, load_index, save_index
from .tables import batches, node_rows, rel_rows, tables
from .writer import Change, Written

DB_NAME = "graph.lbug"
COPY_ROWS = 50_000  # Python rows made at a time
# One thread: ladybug 0.22 deadlocks in a multi-threaded node COPY of more than one node group
# (131,072 rows with string keys; the corpus has 135k projects). Measured on the whole corpus,
# one thread writes the database as fast as two with the node tables copied in smaller pieces.
_THREADS = 1

_ARROW = {schema.STRING: pa.string(), schema.INT: pa.int64(), schema.FLOAT: pa.float64(), schema.BOOL: pa.bool_(),
          schema.STRINGS: pa.list_(pa.string()), schema.INTS: pa.list_(pa.int64())}


def _ddl() -> list[str]:
    out = []
    for label in schema.NODES:
        cols = ", ".join(f"{k} {t}" for k, t in schema.node_columns(label).items())
        out.append(f"CREATE NODE TABLE {label}({cols}, PRIMARY KEY(id))")
    for typ, (pairs, _) in schema.RELATIONSHIPS.items():
        ends = ", ".join(f"FROM {a} TO {b}" for a, b in pairs)
        cols = "".join(f", {k} {t}" for k, t in schema.rel_columns(typ).items())
        out.append(f"CREATE REL TABLE {typ}({ends}{cols})")
    return out


def _arrow(items: list[Any], rows: Callable[[list[Any]], list[dict[str, Any]]], columns: dict[str, str]) -> pa.Table:
    """One Arrow table for one COPY, built a batch of rows at a time: the Python rows of a whole table
    (evidence lists included) never exist at once, only their compact columns. (A COPY per batch is no
    way out: ladybug rebuilds a non-empty table on each, 39 s → 145 s on the corpus.)"""
    schema_ = pa.schema([(k, _ARROW[t]) for k, t in columns.items()])
    return pa.Table.from_batches(
        [pa.record_batch([pa.array([r[k] for r in piece], type=_ARROW[t]) for k, t in columns.items()], schema=schema_)
         for piece in map(rows, batches(items, COPY_ROWS))], schema=schema_)


def write_embedded(graph: Graph, out_dir: Path, change: Change | None = None) -> Written:
    """Write OUT_DIR/graph.lbug. With a change and the previous build's
    database in place, that database is patched in one transaction; otherwise a new one is written
    beside it and renamed into place."""
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / DB_NAME
    index = index_path(out_dir, DB_NAME)  # the database's size and mtime when the previous build left it
    # side files beside the database (graph.lbug.wal, .shadow, .wal.checkpoint) mean a transaction a
    # kill, a SIGTERM or a full disk cut short: never patched then, and never left beside a new one
    leftovers = _side_files(out_dir)
    # a database with a second name (a `cp -al` snapshot of the folder) is never patched: the snapshot
    # would change with it
    linked = target.exists() and target.stat().st_nlink > 1
    patch = change is not None and not leftovers and not linked and load_index(target, index) is not None
    index.unlink(missing_ok=True)
    patched = False
    try:
        patched = patch and change is not None and _patched(target, _statements(graph, change))
        if not patched:
            _write_new(graph, out_dir)
    except RuntimeError as e:  # ladybug's own errors (an IO exception on a full disk…): one line
        raise OSError(_errno_of(out_dir), f"the embedded database could not be written "
                                          f"({str(e).splitlines()[0][:300]})", str(target)) from None
    save_index(target, index, {})
    return Written(target, len(graph.nodes) + len(graph.edges), len(change.parts) if patched and change else None)


def _side_files(out_dir: Path) -> list[Path]:
    """The files ladybug keeps beside graph.lbug while a transaction is open (none once it is closed)."""
    return [p for p in out_dir.glob(f"{DB_NAME}.*") if p.is_file()]


def _errno_of(folder: Path) -> int:
    import errno
    import shutil

    return errno.ENOSPC if shutil.disk_usage(folder).free < 1 << 20 else errno.EIO


def _write_new(graph: Graph, out_dir: Path) -> None:
    tmp_dir = temp_dir(out_dir / DB_NAME)
    try:
        _load(tmp_dir / DB_NAME, graph)
        for f in _side_files(out_dir):  # a cut-short transaction's log would be replayed into the new file
            f.unlink()
        for f in list(tmp_dir.iterdir()):  # the database file and any side files it keeps
            os.replace(f, out_dir / f.name)
    finally:
        for f in tmp_dir.iterdir():
            f.unlink()
        tmp_dir.rmdir()


def _patched(target: Path, statements: list[tuple[str, dict[str, Any]]]) -> bool:
    """The previous build's database patched in place by the statements, in one transaction: a failure
    or Ctrl-C rolls it back and a killed build leaves it as it was (ladybug's write-ahead log; its side
    files make the next build write the database anew), with no copy of the whole database made first.
    False when it will not open for writing (another process holds its lock)."""
    import ladybug

    try:
        db = ladybug.Database(str(target), max_num_threads=_THREADS)
    except RuntimeError:  # e.g. "Could not set lock on file": written new instead, and swapped in
        return False
    try:
        conn = ladybug.Connection(db)
        conn.execute("BEGIN TRANSACTION")
        try:
            for query, params in statements:
                conn.execute(query, params)
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        conn.close()
    finally:
        db.close()
    return True


def _load(path: Path, graph: Graph) -> None:
    """Tables created, then each filled by one bulk COPY."""
    with _opened(path) as conn:
        for stmt in _ddl():
            conn.execute(stmt)
    t = tables(graph)
    for label, nodes in t.nodes.items():
        if nodes:
            _copy(path, label, _arrow(nodes, node_rows, schema.node_columns(label)))
    for typ, pairs in t.rels.items():
        cols = {"source": schema.STRING, "target": schema.STRING, **schema.rel_columns(typ)}
        for (a, b), edges in pairs.items():
            if edges:
                _copy(path, typ, _arrow(edges, rel_rows, cols), f"(from='{a}', to='{b}')")


@contextmanager
def _opened(path: Path) -> Iterator[Any]:
    """A connection to the database at PATH, closed with the database on leaving."""
    import ladybug

    db = ladybug.Database(str(path), max_num_threads=_THREADS)
    try:
        conn = ladybug.Connection(db)
        yield conn
        conn.close()
    finally:
        db.close()


def _statements(graph: Graph, change: Change) -> list[tuple[str, dict[str, Any]]]:
    """What makes the previous build's database equal to this graph: what the change names is deleted,
    set or created (a node is set in place, so the unchanged edges at it stay)."""
    out: list[tuple[str, dict[str, Any]]] = []

    def label(node_id: str) -> str:
        n = graph.nodes.get(node_id)
        return n.label if n is not None else change.labels[node_id]

    def grouped(keys, by) -> dict:
        out: dict = {}
        for k in keys:
            out.setdefault(by(k), []).append(k)
        return out

    gone = [k for k in change.nodes if k in change.existed and k not in graph.nodes]
    for lab, ids in grouped(gone, label).items():  # their edges go with them
        out.append((f"UNWIND $ids AS i MATCH (n:{lab} {{id: i}}) DETACH DELETE n", {"ids": ids}))
    old_edges = [k for k in change.edges if k in change.existed and k[0] in graph.nodes and k[2] in graph.nodes]
    for (typ, a, b), keys in grouped(old_edges, lambda k: (k[1], label(k[0]), label(k[2]))).items():
        out.append((f"UNWIND $rows AS r MATCH (a:{a} {{id: r.s}})-[e:{typ}]->(b:{b} {{id: r.t}}) DELETE e",
                    {"rows": [{"s": s, "t": t} for s, _, t in keys]}))
    nodes = [graph.nodes[k] for k in change.nodes if k in graph.nodes]
    for (lab, existed), group in grouped(nodes, lambda n: (n.label, n.id in change.existed)).items():
        cols = {c: t for c, t in schema.node_columns(lab).items() if c != "id"}
        if existed:
            sets = ", ".join(f"n.{c} = {_typed(c, t)}" for c, t in cols.items())
            query = f"UNWIND $rows AS r MATCH (n:{lab} {{id: r.id}}) SET {sets}"
        else:
            values = ", ".join(f"{c}: {_typed(c, t)}" for c, t in cols.items())
            query = f"UNWIND $rows AS r CREATE (n:{lab} {{id: r.id, {values}}})"
        for piece in batches(group, COPY_ROWS):
            out.append((query, {"rows": node_rows(piece)}))
    edges = [graph.edges[k] for k in change.edges if k in graph.edges]
    for (typ, a, b), group in grouped(edges, lambda e: (e.type, label(e.source), label(e.target))).items():
        props = ", ".join(f"{c}: {_typed(c, t)}" for c, t in schema.rel_columns(typ).items())
        query = (f"UNWIND $rows AS r MATCH (a:{a} {{id: r.source}}), (b:{b} {{id: r.target}}) "
                 f"CREATE (a)-[:{typ} {{{props}}}]->(b)")
        for piece in batches(group, COPY_ROWS):
            out.append((query, {"rows": rel_rows(piece)}))
    return out


def _typed(column: str, typ: str) -> str:
    # a parameter column that is null in every row has no type of its own
    return f"CAST(r.{column} AS {typ})"


def _copy(path: Path, table: str, data: pa.Table, options: str = "") -> None:
    """One bulk COPY with the database opened for it alone: closing it frees the memory ladybug keeps of
    the table it copied (the database of 1,000 corpus reports: +0.7 GB at the peak instead of +1.1 GB
    with one connection for all, no slower)."""
    with _opened(path) as conn:
        # ladybug resolves the name after FROM to a Python variable in this scope (scan replacement)
        conn.execute(f"COPY {table} FROM data {options}".strip())


def open_embedded(out_dir: Path, read_only: bool = True):
    """A connection to OUT_DIR/graph.lbug."""
    import ladybug

    path = Path(out_dir) / DB_NAME
    if not path.exists():
        raise FileNotFoundError(f"{path}: no embedded database here; run `kg build … --out {out_dir}` first")
    return ladybug.Connection(ladybug.Database(str(path), read_only=read_only))
