"""The embedded graph database (LadybugDB): Cypher with no server, written into the output folder.

Built in a temporary file beside the target and renamed into place, because a database
left by a killed process may not reopen; readers always see a complete one. Loaded with
COPY from Arrow tables (bulk), never row by row.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Callable

import pyarrow as pa

from kg import schema
from kg.graph import Graph
from kg.staging import temp_dir

from .tables import batches, node_rows, rel_rows, tables

DB_NAME = "graph.lbug"
COPY_ROWS = 50_000  # Python rows made at a time

_ARROW = {schema.STRING: pa.string(), schema.INT: pa.int64(), schema.FLOAT: pa.float64(),
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


def write_embedded(graph: Graph, out_dir: Path) -> Path:
    """Write OUT_DIR/graph.lbug atomically; returns its path."""
    import ladybug

    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / DB_NAME
    tmp_dir = temp_dir(out_dir / DB_NAME)
    try:
        # One thread: ladybug 0.22 deadlocks in a multi-threaded node COPY of more than one node group
        # (131,072 rows with string keys; the corpus has 135k projects). Measured on the whole corpus,
        # one thread writes the database as fast as two with the node tables copied in smaller pieces.
        db = ladybug.Database(str(tmp_dir / DB_NAME), max_num_threads=1)
        conn = ladybug.Connection(db)
        for stmt in _ddl():
            conn.execute(stmt)
        t = tables(graph)
        for label, nodes in t.nodes.items():
            if nodes:
                _copy(conn, label, _arrow(nodes, node_rows, schema.node_columns(label)))
        for typ, pairs in t.rels.items():
            cols = {"source": schema.STRING, "target": schema.STRING, **schema.rel_columns(typ)}
            for (a, b), edges in pairs.items():
                if edges:
                    _copy(conn, typ, _arrow(edges, rel_rows, cols), f"(from='{a}', to='{b}')")
        conn.close()
        db.close()
        files = list(tmp_dir.iterdir())
        for f in files:  # the database file and any side files it keeps
            os.replace(f, out_dir / f.name)
        return target
    finally:
        for f in tmp_dir.iterdir():
            f.unlink()
        tmp_dir.rmdir()


def _copy(conn, table: str, data: pa.Table, options: str = "") -> None:
    # ladybug resolves the name after FROM to a Python variable in this scope (scan replacement)
    conn.execute(f"COPY {table} FROM data {options}".strip())


def open_embedded(out_dir: Path, read_only: bool = True):
    """A connection to OUT_DIR/graph.lbug."""
    import ladybug

    path = Path(out_dir) / DB_NAME
    if not path.exists():
        raise FileNotFoundError(f"{path}: no embedded database here; run `kg build … --out {out_dir}` first")
    return ladybug.Connection(ladybug.Database(str(path), read_only=read_only))
