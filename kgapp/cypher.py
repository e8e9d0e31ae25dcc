"""Cypher on the embedded database, and the query-library file format.

A library file (queries/cypher/NAME.cypher) starts with `// question: …`, `// params: {…}`
(JSON defaults on one line) and an example output. When the embedded engine needs other
text, queries/cypher/embedded/NAME.cypher holds it and is used instead.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from kg.errors import UserError
from .results import parse_value

_PARAMS = re.compile(r"^//\s*params:\s*(\{.*\})\s*$", re.M)


class CypherError(UserError):
    """A query that could not be read or run, in one line."""


def header_params(text: str) -> dict[str, Any]:
    """The JSON defaults of a file's `// params:` line."""
    m = _PARAMS.search(text)
    return json.loads(m.group(1)) if m else {}


def library_file(path: str | Path, engine: str) -> Path:
    """The file to run on an engine: the embedded/ variant of a library file when it exists."""
    p = Path(path)
    variant = p.parent / "embedded" / p.name
    return variant if engine == "embedded" and variant.is_file() else p


def query_text(query: str | None, file: str | None, params: list[tuple[str, str]]) -> tuple[str, dict[str, Any]]:
    """The text to run and its parameters (file defaults, overridden by -p NAME VALUE)."""
    if bool(query) == bool(file):
        raise CypherError("give either a Cypher text or -f FILE")
    values: dict[str, Any] = {}
    if file:
        src = Path(file)
        if not src.is_file():
            raise CypherError(f"{file}: no such query file")
        values = header_params(src.read_text(encoding="utf-8"))
        query = library_file(src, "embedded").read_text(encoding="utf-8")
    used = set(re.findall(r"\$(\w+)", _strip_comments(query or "")))
    unknown = sorted({k for k, _ in params} - used)
    if unknown:
        raise CypherError(f"unknown parameter {', '.join(unknown)}: the query uses "
                          f"{', '.join('$' + u for u in sorted(used)) or 'none'}")
    values.update((k, parse_value(v)) for k, v in params)
    missing = sorted(used - values.keys())
    if missing:
        raise CypherError(f"parameter {', '.join('$' + m for m in missing)} has no value: give -p "
                          f"{missing[0]} VALUE")
    return query or "", {k: v for k, v in values.items() if k in used}


def _strip_comments(text: str) -> str:
    return re.sub(r"//[^\n]*", "", text)


def run_embedded(out_dir: Path, text: str, params: dict[str, Any]) -> tuple[list[str], list[list[Any]]]:
    """Columns and rows of a query on OUT_DIR/graph.lbug (opened read-only)."""
    from loaders.embedded import open_embedded

    conn = open_embedded(out_dir)
    try:
        res = conn.execute(_strip_comments(text).strip().rstrip(";"), params)
    except RuntimeError as e:
        raise CypherError(f"{out_dir}: {str(e).splitlines()[0]}") from None
    return res.get_column_names(), res.get_all()
