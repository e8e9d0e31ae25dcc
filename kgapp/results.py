"""Query results as text, shared by `kg cypher` and `kg sparql`: aligned table, JSON records or CSV."""
from __future__ import annotations

import csv
import io
import json
from typing import Any


def parse_value(s: str) -> Any:
    """A -p parameter: JSON when it parses (numbers, null, lists), else the string as given."""
    try:
        return json.loads(s)
    except json.JSONDecodeError:
        return s


def format_result(columns: list[str], rows: list[list[Any]], fmt: str) -> str:
    """A result as an aligned text table, JSON records or CSV."""
    if fmt == "json":
        return json.dumps([dict(zip(columns, r)) for r in rows], ensure_ascii=False, indent=1, default=str) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(columns)
        w.writerows([_cell(v) for v in r] for r in rows)
        return buf.getvalue()
    cells = [columns] + [[_cell(v) for v in r] for r in rows]
    widths = [max(_width(row[i]) for row in cells) for i in range(len(columns))]
    lines = [" | ".join(c + " " * (w - _width(c)) for c, w in zip(row, widths)) for row in cells]
    lines.insert(1, "-+-".join("-" * w for w in widths))
    return "\n".join(lines) + f"\n({len(rows)} rows)\n"


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v)) if abs(v) < 1e15 else str(v)
    return json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else str(v)


def _width(s: str) -> int:
    # CJK characters take two columns in a terminal
    return sum(2 if "\u2e80" <= ch <= "\ufaff" or "\uff00" <= ch <= "\uffef" else 1 for ch in s)
