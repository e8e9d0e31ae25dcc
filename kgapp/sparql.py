"""SPARQL on the RDF export (OUT_DIR/graph.ttl), with Oxigraph (default) or rdflib as the engine.

A library file (queries/sparql/NAME.rq) starts with `# question: …`, `# params: {…}` and an
example output, declares its prefixes and carries its defaults inline (`VALUES ?region { "三门峡市"@zh }`,
`LIMIT 20`), so any SPARQL 1.1 engine runs it as is. `-p NAME VALUE` rewrites the single-variable
`VALUES ?NAME { … }` block (keeping the default's language tag) or, for `limit`, the LIMIT clause.
"""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

from kg.errors import UserError
from .results import parse_value
from loaders.staging import replace_dir, temp_dir

ENGINES = ("oxigraph", "rdflib")
RDF_FILE = "graph.ttl"
STORE_DIR = "graph.oxigraph"
XSD = "http://www.w3.org/2001/XMLSchema#"
_NUMBERS = {XSD + t: float for t in ("decimal", "double", "float")} | {
    XSD + t: int for t in ("integer", "int", "long", "short", "nonNegativeInteger", "gYear")}
_PARAMS = re.compile(r"^#\s*params:\s*(\{.*\})\s*$", re.M)


class SparqlError(UserError):
    """A query that could not be read or run, in one line."""


def header_params(text: str) -> dict[str, Any]:
    """The JSON defaults of a file's `# params:` line (documentation of the inline VALUES)."""
    m = _PARAMS.search(text)
    return json.loads(m.group(1)) if m else {}


def _term(value: Any, default: str) -> str:
    if value is None:
        return "UNDEF"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return repr(value)
    lang = re.search(r'"\s*(@[A-Za-z-]+)', default)
    return json.dumps(str(value), ensure_ascii=False) + (lang.group(1) if lang else "")


def set_params(text: str, params: dict[str, Any]) -> str:
    """The query with `VALUES ?name { … }` (and `LIMIT n` for "limit") set to the given values."""
    for name, value in params.items():
        if name == "limit":
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise SparqlError(f"-p limit: give a whole number of rows (0 or more), not {value!r}")
            text, n = re.subn(r"(?im)^(\s*LIMIT\s+)\d+", lambda m: m.group(1) + str(value), text)
        else:
            block = re.compile(r"(VALUES\s+\?" + re.escape(name) + r"\s*\{)([^}]*)(\})")
            text, n = block.subn(lambda m: f"{m.group(1)} {_term(value, m.group(2))} {m.group(3)}", text)
        if not n:
            raise SparqlError(f"-p {name}: the query has no `VALUES ?{name} {{ … }}`" +
                              (" or LIMIT" if name == "limit" else "") + " to set")
    return text


def query_text(query: str | None, file: str | None, params: list[tuple[str, str]]) -> str:
    """The text to run: a query given inline or a library file, with -p NAME VALUE applied."""
    if bool(query) == bool(file):
        raise SparqlError("give either a SPARQL text or -f FILE")
    if file:
        src = Path(file)
        if not src.is_file():
            raise SparqlError(f"{file}: no such query file")
        query = src.read_text(encoding="utf-8")
    return set_params(query or "", {k: parse_value(v) for k, v in params})


def rdf_path(out_dir: str | Path) -> Path:
    path = Path(out_dir) / RDF_FILE
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no RDF export here; run `kg build … --out {out_dir}` first")
    return path


def open_store(out_dir: str | Path, engine: str = "oxigraph"):
    """The export of OUT_DIR ready to query: for Oxigraph the on-disk store cached beside it (loaded
    once, see _oxigraph_cache), for rdflib an in-memory graph parsed from graph.ttl."""
    path = rdf_path(out_dir)
    if engine == "oxigraph":
        return _oxigraph_cache(path)
    if engine == "rdflib":
        import rdflib

        return rdflib.Graph().parse(path, format="turtle")
    raise SparqlError(f"unknown engine {engine!r} (one of {', '.join(ENGINES)})")


def _oxigraph_cache(path: Path):
    """A read-only Oxigraph store of graph.ttl in OUT_DIR/graph.oxigraph/.

    Parsing the whole corpus takes a minute and a half, so the store is kept and reused while
    graph.ttl is unchanged (size and mtime stamped in the folder). It is built in a temporary
    folder and renamed into place, so an interrupted load never leaves a half store that looks
    valid. An output folder that cannot be written to gets an in-memory store instead."""
    import pyoxigraph

    cache, st = path.parent / STORE_DIR, path.stat()
    stamp = f"{st.st_size}:{st.st_mtime_ns}"

    def fresh() -> bool:
        source = cache / "SOURCE"
        return source.is_file() and source.read_text() == stamp
    if not fresh():
        try:
            work = temp_dir(cache)
        except OSError:
            store = pyoxigraph.Store()
            store.bulk_load(path=str(path), format=pyoxigraph.RdfFormat.TURTLE)
            return store
        try:
            store = pyoxigraph.Store(str(work / "db"))
            store.bulk_load(path=str(path), format=pyoxigraph.RdfFormat.TURTLE)
            store.flush()
            del store  # closes the database before it moves
            (work / "SOURCE").write_text(stamp)
            if not fresh():  # another process may have finished the same load meanwhile
                replace_dir(work, cache)
        finally:
            shutil.rmtree(work, ignore_errors=True)
    return pyoxigraph.Store.read_only(str(cache / "db"))


def _python(lexical: str, datatype: str | None, language: str | None) -> Any:
    cast = _NUMBERS.get(datatype or "")
    if cast and not language:
        try:
            return cast(float(lexical)) if cast is int else cast(lexical)
        except ValueError:
            return lexical
    if datatype == XSD + "boolean":
        return lexical == "true"
    return lexical


def run(store, text: str) -> tuple[list[str], list[list[Any]]]:
    """Columns and rows of a SELECT (or ASK) on a store from open_store; terms become Python values
    (IRIs and strings as str, numbers as int/float, years as int)."""
    try:
        if hasattr(store, "quads_for_pattern"):
            return _run_oxigraph(store, text)
        return _run_rdflib(store, text)
    except SparqlError:
        raise
    except Exception as e:  # noqa: BLE001 - parse and evaluation errors of either engine
        raise SparqlError(f"SPARQL query: {str(e).splitlines()[0] if str(e) else type(e).__name__}") from None


def _run_oxigraph(store, text: str) -> tuple[list[str], list[list[Any]]]:
    import pyoxigraph as ox

    res = store.query(text)
    if isinstance(res, ox.QueryBoolean):
        return ["ask"], [[bool(res)]]
    if not isinstance(res, ox.QuerySolutions):
        raise SparqlError("only SELECT and ASK queries print as tables")
    cols = [v.value for v in res.variables]

    def py(t):
        if t is None:
            return None
        if isinstance(t, ox.Literal):
            return _python(t.value, t.datatype.value, t.language)
        return t.value
    return cols, [[py(sol[c]) for c in cols] for sol in res]


def _run_rdflib(graph, text: str) -> tuple[list[str], list[list[Any]]]:
    from rdflib import Literal

    res = graph.query(text)
    if res.type == "ASK":
        return ["ask"], [[bool(res.askAnswer)]]
    if res.type != "SELECT":
        raise SparqlError("only SELECT and ASK queries print as tables")
    cols = [str(v) for v in res.vars]

    def py(t):
        if t is None:
            return None
        if isinstance(t, Literal):
            return _python(str(t), str(t.datatype) if t.datatype else None, t.language)
        return str(t)
    return cols, [[py(row[i]) for i in range(len(cols))] for row in res]


# what a SPARQL text holds besides its keywords: IRIs, strings (long ones first) and comments
_NOT_KEYWORDS = re.compile(r"<[^<>\"{}|^`\\\s]*>|\"\"\"[\s\S]*?\"\"\"|'\'\'[\s\S]*?'\'\'|\"(?:[^\"\\\n]|\\.)*\"|"
                           r"'(?:[^'\\\n]|\\.)*'|#[^\n]*")
_SERVICE = re.compile(r"(?<![\w:?$])SERVICE(?![\w:])", re.I)


def has_service(query: str) -> bool:
    """Whether the query holds a SERVICE clause, which makes the engine send a request to the URL it
    names (the keyword, not the word inside an IRI, a string, a comment or a prefixed name)."""
    return bool(_SERVICE.search(_NOT_KEYWORDS.sub(" ", query)))
