"""One SPARQL query on a read-only Oxigraph store, in a process of its own (`kg serve`).

    python -m kgapp.sparql_worker STORE ACCEPT < query

Prints the media type of the result on its first line, then the result; a query that cannot be
read or run prints why on stderr and exits 2. The endpoint kills this process when the query
passes its time limit or the client hangs up.
"""
from __future__ import annotations

import sys

# Accept → (media type, format name) for results of SELECT/ASK and for graphs of CONSTRUCT/DESCRIBE
_RESULTS = {"application/sparql-results+json": "JSON", "application/json": "JSON",
            "application/sparql-results+xml": "XML", "application/xml": "XML",
            "text/csv": "CSV", "text/tab-separated-values": "TSV"}
_GRAPHS = {"application/n-triples": "N_TRIPLES", "text/turtle": "TURTLE", "application/rdf+xml": "RDF_XML"}


def _choose(accept: str, table: dict[str, str]) -> tuple[str, str]:
    for part in accept.split(","):
        kind = part.split(";")[0].strip()
        if kind in table:
            return kind, table[kind]
    return next(iter(table.items()))


def main(store_path: str, accept: str) -> int:
    import pyoxigraph as ox

    query = sys.stdin.read()
    try:
        store = ox.Store.read_only(store_path)
        result = store.query(query, use_default_graph_as_union=True)
        if isinstance(result, ox.QueryTriples):
            kind, name = _choose(accept, _GRAPHS)
            data = result.serialize(format=getattr(ox.RdfFormat, name))
        else:
            kind, name = _choose(accept, _RESULTS)
            data = result.serialize(format=getattr(ox.QueryResultsFormat, name))
    except (SyntaxError, OSError, ValueError) as e:
        sys.stderr.write(f"{type(e).__name__}: {e}\n")
        return 2
    sys.stdout.buffer.write(kind.encode() + b"\n" + data)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else ""))
