"""Command line: build, extract, clean, eval; load (Neo4j), cypher, export (RDF), sparql, serve, viz."""
from __future__ import annotations

import argparse
import errno
import json
import os
import sys
from pathlib import Path

EPILOG = """examples:
  kg build data/reports --out out/           build the graph of every report under data/reports
  kg extract data/reports/2017_三门峡市.txt   print one report's facts as JSON (the extraction contract)
  kg eval --gold ../shared/gold data/raw     score the extractor on annotated reports
  kg cypher out -f queries/cypher/region_facts.cypher -p region 三门峡市
                                             Cypher on the embedded database, no server needed
  kg load neo4j out --uri bolt://localhost:7687   load the graph into your Neo4j (password: NEO4J_PASSWORD)
  kg sparql out -f queries/sparql/target_vs_actual.rq -p indicator GDP
                                             SPARQL on the RDF export (graph.ttl), no server needed
  kg export rdf out --format trig            one named graph per report, for a triple store
  kg export panel out                        out/panel.csv: targets vs outcomes, one row per region, year, indicator
  kg serve out --port 7878                   a read-only SPARQL endpoint on 127.0.0.1
  kg viz out                                 (re)write the HTML pages: open out/html/index.html
"""


def _quiet_libraries() -> None:
    """jieba and jionlp print banners on import; a CLI's stdout must stay clean JSON."""
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    # the Neo4j driver logs its retries as warnings; failures reach the user as one error line instead
    logging.getLogger("neo4j").addHandler(logging.NullHandler())
    logging.getLogger("neo4j").propagate = False


def _cmd_build(a: argparse.Namespace) -> int:
    from .pipeline import build

    run = build(a.paths, a.out, workers=a.workers, progress=not a.no_progress, base_iri=a.base_iri,
                scheduler=a.dask_scheduler, use_cache=not a.no_cache, prune=a.prune,
                notify=lambda line: print(line, file=sys.stderr, flush=True))
    nodes, edges = run.graph.counts() if run.graph else ({}, {})
    print(f"reports read: {len(run.reports)} from {run.files} files ({run.files - run.cached} extracted, "
          f"{run.cached} unchanged from the cache; "
          f"repeated copies dropped: {run.copies_dropped}, duplicate reports dropped: {run.duplicates_dropped}, "
          f"files failed: {len(run.failures)}, reports with warnings: {sum(bool(m.warnings) for m in run.reports)})",
          file=sys.stderr)
    print("nodes:  " + ", ".join(f"{k} {v}" for k, v in nodes.items()), file=sys.stderr)
    print("edges:  " + ", ".join(f"{k} {v}" for k, v in edges.items()), file=sys.stderr)
    how = ("written" if run.parts_changed is None else
           f"updated ({run.parts_changed:,} of {len(run.graph.parts) if run.graph else 0:,} reports' parts rewritten)")
    print(f"{how}: {Path(a.out) / 'graph.json'}, graph.graphml, graph.lbug (embedded Cypher), graph.ttl (RDF), "
          f"html/index.html (browse), reports/ ({len(run.reports)} files)", file=sys.stderr)
    for m in run.reports:
        for w in m.warnings:
            print(f"warning: {m.path}: {w}", file=sys.stderr)
    for f in run.failures:
        print(f"error: {f}", file=sys.stderr)
    if a.neo4j and run.graph:
        from loaders.neo4j import Neo4jTarget

        _load_neo4j(run.graph, Neo4jTarget.from_env(uri=a.neo4j), a.batch_size, False, not a.no_progress)
    return 0 if run.ok else 1


def _load_neo4j(graph, target, batch_size: int, replace: bool, progress: bool) -> None:
    from loaders.neo4j import load_neo4j

    st = load_neo4j(graph, target, batch_size=batch_size, replace=replace, progress=progress)
    for what, counts in (("nodes", st.nodes), ("relationships", st.rels)):
        print(f"{what} (created/merged): " + ", ".join(f"{k} {c}/{n}" for k, (c, n) in counts.items()), file=sys.stderr)
    print(f"loaded {st.rows} rows into {target.uri} ({target.database}) in {st.seconds:.1f} s, "
          f"{st.rows / max(st.seconds, 1e-9):,.0f} rows/s", file=sys.stderr)


def _cmd_load(a: argparse.Namespace) -> int:
    import getpass

    from loaders.files import read_graph
    from loaders.neo4j import Neo4jTarget

    graph = read_graph(a.out_dir)
    password = a.password if a.password is not None else os.environ.get("NEO4J_PASSWORD")
    if password is None and sys.stdin.isatty():
        password = getpass.getpass("Neo4j password: ")
    target = Neo4jTarget.from_env(a.uri, a.user, password, a.database)
    target.retry_seconds = a.retry_time
    _load_neo4j(graph, target, a.batch_size, a.replace, not a.no_progress)
    return 0


def _cmd_cypher(a: argparse.Namespace) -> int:
    from .cypher import query_text, run_embedded
    from .results import format_result

    text, params = query_text(a.query, a.file, a.param or [])
    columns, rows = run_embedded(Path(a.out_dir), text, params)
    sys.stdout.write(format_result(columns, rows, a.format))
    return 0


def _cmd_export(a: argparse.Namespace) -> int:
    from kg.errors import UserError
    from loaders.files import read_graph
    from .outdir import claim
    from loaders.panel import FORMATS, write_panel
    from loaders.rdf import write_rdf

    formats = FORMATS if a.what == "panel" else ("turtle", "trig", "nt", "jsonld")
    fmt = a.format or formats[0]
    if fmt not in formats:
        raise UserError(f"--format {fmt}: kg export {a.what} writes {', '.join(formats)}")
    with claim(Path(a.out_dir)):  # no build writes the folder meanwhile
        graph = read_graph(a.out_dir)
        if a.what == "panel":
            written = write_panel(graph, a.out_dir, fmt=fmt)
            print(f"written: {written.path} ({written.items:,} rows) and its codebook "
                  f"{written.path.with_name('panel.codebook.md')}",
                  file=sys.stderr)
        else:
            written = write_rdf(graph, a.out_dir, fmt=fmt, base=a.base_iri)
            print(f"written: {written.path} ({written.items:,} triples)", file=sys.stderr)
    return 0


def _cmd_viz(a: argparse.Namespace) -> int:
    from loaders.files import read_graph
    from .outdir import claim
    from loaders.html import HTML_DIR, write_html

    with claim(Path(a.out_dir)):  # no build writes the folder meanwhile
        written = write_html(read_graph(a.out_dir), a.out_dir, progress=not a.no_progress,
                             max_nodes=a.max_nodes, max_edges=a.max_edges)
    print(f"written: {written.path / 'index.html'} and {written.items - 1} pages", file=sys.stderr)
    if written.note:
        print(f"overview: {written.note}", file=sys.stderr)
    return 0


def _cmd_sparql(a: argparse.Namespace) -> int:
    from .results import format_result
    from .sparql import open_store, query_text, run

    text = query_text(a.query, a.file, a.param or [])
    columns, rows = run(open_store(a.out_dir, a.engine), text)
    sys.stdout.write(format_result(columns, rows, a.format))
    return 0


def _cmd_serve(a: argparse.Namespace) -> int:
    from kgapp.sparql_endpoint import serve

    def ready(url: str) -> None:
        print(f"SPARQL endpoint (read-only): {url}  (Ctrl-C to stop)", file=sys.stderr, flush=True)
    return serve(a.out_dir, a.port, a.bind, a.base_iri, ready, timeout=a.timeout)


def _extract(paths: list[str], workers: int) -> tuple[list[dict], list[str]]:
    from kg.contract import report_json
    from .pipeline import extract_paths

    run = extract_paths(paths, workers=workers)
    return [report_json(ex) for ex in run.extractions], run.failures


def _cmd_extract(a: argparse.Namespace) -> int:
    docs, failures = _extract(a.files, a.workers)
    if not docs and failures:  # nothing read: the error lines say why, stdout stays empty
        pass
    elif a.explain:
        for d in docs:
            sys.stdout.write(_explain(d))
    elif a.format == "json":
        json.dump(docs if len(docs) != 1 or len(a.files) > 1 else docs[0], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        for d in docs:
            r = d["report"]
            print(f"{r['id']}: {r['title']} region={r['region']} year={r['year']} speaker={r['speaker']} "
                  f"entities={len(d['entities'])} observations={len(d['observations'])} relations={len(d['relations'])}")
    for f in failures:
        print(f"error: {f}", file=sys.stderr)
    return 0 if not failures else 1


def _explain(doc: dict) -> str:
    """Why each item of one report was extracted: the rule that read it and where."""
    r = doc["report"]
    lines = [f"{r['id']}  {r['title']}  (region {r['region']}, year {r['year']}, speaker {r['speaker']})"]
    for e in doc["entities"]:
        for m in e["mentions"]:
            lines.append(f"  {e['type']:<12} {e['name']}  [{m['rule'] or '-'}]  {m['start']}-{m['end']}  "
                         f"{_excerpt(m['sentence'])}")
    for o in doc["observations"]:
        figures = " ".join(f"{k}={o[k]}" for k in ("value", "unit", "growth_pct", "growth_pct_high", "change_pp",
                                                    "comparator", "absent") if o.get(k) not in (None, False))
        lines.append(f"  {'Indicator':<12} {o['indicator']} {o['kind']} {o['year']} {figures}  [{o['rule'] or '-'}]  "
                     f"{o['start']}-{o['end']}  {_excerpt(o['evidence'])}")
    return "\n".join(lines) + "\n"


def _excerpt(sentence: str, width: int = 60) -> str:
    return sentence if len(sentence) <= width else sentence[:width] + "…"


def _cmd_eval(a: argparse.Namespace) -> int:
    from kg.evaluate import score

    if a.pred:
        data = json.loads(Path(a.pred).read_text(encoding="utf-8"))
        docs, failures = (data if isinstance(data, list) else [data]), []
    else:
        docs, failures = _extract(a.paths or ["data/raw"], a.workers)
    s = score(a.gold, docs, show_errors=a.show_errors)
    for e in s.errors:
        print("  " + e)
    print(s.table())
    if a.by_rule:
        print(s.rule_table())
    for f in failures:
        print(f"error: {f}", file=sys.stderr)
    return 0 if not failures else 1


def _cmd_clean(a: argparse.Namespace) -> int:
    from loaders.staging import atomic_write

    from kg.clean import with_captions
    from kg.prepare import prepare_file
    from kg.read import InputError, iter_paths
    from .pipeline import run_junk

    failed = 0
    paths = list(iter_paths(a.paths))
    junk = run_junk([str(p) for p in paths if not isinstance(p, InputError)])  # as kg build does
    for p in paths:
        try:
            if isinstance(p, InputError):
                raise p
            prepared, dropped = prepare_file(str(p), junk)
        except InputError as e:
            print(f"error: {e}", file=sys.stderr)
            failed += 1
            continue
        for r in prepared:
            target = Path(a.out) / f"{r.meta.year}_{r.meta.region}.txt"
            atomic_write(target, lambda f, r=r: f.write(with_captions(r.doc.clean)))
            print(f"{p} -> {target} (repeated copies dropped: {dropped}, noise removed: {len(r.doc.clean.noise)})")
    return 1 if failed else 0


def parser() -> argparse.ArgumentParser:
    from kg.schema import BASE_IRI as DEFAULT_BASE

    ap = argparse.ArgumentParser(
        prog="kg", description="Turn Chinese government work reports (政府工作报告) into a knowledge graph with evidence.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True, metavar="COMMAND")

    b = sub.add_parser("build", help="extract every report under PATHS and write the graph into --out",
                       description="Read every .txt/.md report under PATHS (files or folders, recursively), extract "
                                   "entities, indicators and relations with evidence, and write OUT/graph.json, "
                                   "OUT/graph.graphml, OUT/graph.lbug, OUT/graph.ttl, OUT/html/ and "
                                   "OUT/reports/<report-id>.json. Exits 1 if any file failed "
                                   "(after writing the others). OUT must be new, empty or an earlier build: "
                                   "a build into it adds to what it holds, and writes nothing when no report "
                                   "was read.")
    b.add_argument("paths", nargs="+", help="report files or folders")
    b.add_argument("--out", default="out", help="output folder (default: out)")
    b.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                   help=f"extraction processes (default: the number of cores, {os.cpu_count()})")
    b.add_argument("--dask-scheduler", metavar="ADDRESS", help="extract on a Dask cluster instead (e.g. "
                                                              "tcp://scheduler:8786); the graph is built and written here")
    b.add_argument("--no-cache", action="store_true", help="re-extract every file and rewrite every output (default: "
                                                           "files unchanged since the last build into --out come from "
                                                           "OUT/.cache/, and only the parts of the outputs that changed "
                                                           "reports touch are rewritten)")
    b.add_argument("--prune", action="store_true", help="drop the reports of files that an earlier build into --out "
                                                        "read and PATHS do not name (default: they are kept and read "
                                                        "again, so building one new report into a folder adds it)")
    b.add_argument("--no-progress", action="store_true", help="no progress bar")
    b.add_argument("--neo4j", metavar="URI", help="also load the graph into this Neo4j (user and password from "
                                                   "NEO4J_USER / NEO4J_PASSWORD)")
    b.add_argument("--batch-size", type=int, default=2000, help="rows per Neo4j transaction (default: 2000)")
    b.add_argument("--base-iri", default=DEFAULT_BASE, help=f"base of the RDF resource IRIs (default: {DEFAULT_BASE})")
    b.set_defaults(func=_cmd_build)

    ld = sub.add_parser("load", help="load a built graph into a database server (neo4j)",
                        description="Load OUT_DIR/graph.json into Neo4j with MERGE on ids: loading twice changes "
                                    "nothing, a new report adds to the graph. Flags default to NEO4J_URI, NEO4J_USER, "
                                    "NEO4J_PASSWORD, NEO4J_DATABASE; without a password you are prompted.")
    ld.add_argument("target", choices=("neo4j",), help="the database kind")
    ld.add_argument("out_dir", help="a `kg build` output folder")
    ld.add_argument("--uri", help="bolt or neo4j URI (default: $NEO4J_URI or bolt://localhost:7687)")
    ld.add_argument("--user", help="user (default: $NEO4J_USER or neo4j)")
    ld.add_argument("--password", help="password (default: $NEO4J_PASSWORD, else a prompt)")
    ld.add_argument("--database", help="database (default: $NEO4J_DATABASE or neo4j)")
    ld.add_argument("--batch-size", type=int, default=2000, help="rows per transaction (default: 2000)")
    ld.add_argument("--retry-time", type=float, default=30.0, metavar="SECONDS",
                    help="how long a batch is retried, with backoff, when the connection drops (default: 30)")
    ld.add_argument("--replace", action="store_true", help="first delete what this tool loaded before "
                                                           "(nodes labelled GovReportKG), never other data")
    ld.add_argument("--no-progress", action="store_true", help="no progress bar")
    ld.set_defaults(func=_cmd_load)

    cy = sub.add_parser("cypher", help="run Cypher on the embedded database of a build (no server)",
                        description="Run a Cypher query on OUT_DIR/graph.lbug and print the result. With -f, a file "
                                    "of queries/cypher/ is read (its embedded/ variant when there is one) and the "
                                    "JSON defaults of its '// params:' header are used for parameters not given.")
    cy.add_argument("out_dir", help="a `kg build` output folder")
    cy.add_argument("query", nargs="?", help="the Cypher text (or use -f)")
    cy.add_argument("-f", "--file", help="a .cypher file")
    cy.add_argument("-p", "--param", nargs=2, action="append", metavar=("NAME", "VALUE"),
                    help="a parameter (VALUE parsed as JSON when it can be, else a string); repeatable")
    cy.add_argument("--format", choices=("table", "json", "csv"), default="table", help="output format (default: table)")
    cy.set_defaults(func=_cmd_cypher)

    x = sub.add_parser("export", help="write the graph of a build as RDF, or its targets and outcomes as a panel",
                       description="rdf: write OUT_DIR/graph.<ttl|trig|nt|jsonld> from OUT_DIR/graph.json with the "
                                   "vocabulary of data/ontology/. TriG has one named graph per report (named by the "
                                   "report's IRI) holding what that report states and its evidence; the other formats "
                                   "hold the union. panel: write OUT_DIR/panel.csv (or .parquet), one row per region × "
                                   "year × indicator with the target, the actual, met/missed and the gap, the parent "
                                   "region's target and the source sentence of each side, for Stata, R or pandas, and "
                                   "OUT_DIR/panel.codebook.md defining every column.")
    x.add_argument("what", choices=("rdf", "panel"), help="what to export")
    x.add_argument("out_dir", help="a `kg build` output folder")
    x.add_argument("--format", help="rdf: turtle (default), trig, nt or jsonld; panel: csv (default, UTF-8) or parquet")
    x.add_argument("--base-iri", default=DEFAULT_BASE, help=f"base of the resource IRIs (default: {DEFAULT_BASE})")
    x.set_defaults(func=_cmd_export)

    vz = sub.add_parser("viz", help="write the interactive HTML pages of a build into OUT_DIR/html/",
                        description="Write OUT_DIR/html/: index.html (every report, and a search over every "
                                    "entity), one page per region (its graph, and tables of its projects, policies, "
                                    "organizations and indicators with evidence; two of its reports compared), "
                                    "matrix.html (region × policy: the first year each region names each policy), "
                                    "charts.html (indicators, actual vs target, met or missed) and overview.html "
                                    "(regions and what they share, bounded for big builds). Every table downloads "
                                    "as CSV. The pages work offline: open index.html in a browser. `kg build` "
                                    "writes them too.")
    vz.add_argument("out_dir", help="a `kg build` output folder")
    vz.add_argument("--max-nodes", type=int, default=1500, help="node budget of the overview (default: 1500)")
    vz.add_argument("--max-edges", type=int, default=40000, help="edge budget of the overview (default: 40000)")
    vz.add_argument("--no-progress", action="store_true", help="no progress bar")
    vz.set_defaults(func=_cmd_viz)

    sq = sub.add_parser("sparql", help="run SPARQL on the RDF export of a build (no server)",
                        description="Run a SPARQL SELECT or ASK on OUT_DIR/graph.ttl and print the result. Files of "
                                    "queries/sparql/ carry their defaults inline; -p NAME VALUE sets the query's "
                                    "`VALUES ?NAME { … }` block (or its LIMIT, for -p limit N).")
    sq.add_argument("out_dir", help="a `kg build` output folder")
    sq.add_argument("query", nargs="?", help="the SPARQL text (or use -f)")
    sq.add_argument("-f", "--file", help="a .rq file")
    sq.add_argument("-p", "--param", nargs=2, action="append", metavar=("NAME", "VALUE"),
                    help="a VALUES parameter (numbers as numbers, else a string); repeatable")
    sq.add_argument("--engine", choices=("oxigraph", "rdflib"), default="oxigraph",
                    help="query engine (default: oxigraph, measured faster; rdflib for comparison)")
    sq.add_argument("--format", choices=("table", "json", "csv"), default="table", help="output format (default: table)")
    sq.set_defaults(func=_cmd_sparql)

    sv = sub.add_parser("serve", help="serve a build as a read-only SPARQL 1.1 endpoint (Oxigraph)",
                        description="Load the TriG export of OUT_DIR (one named graph per report) into Oxigraph and "
                                    "serve it read-only at http://BIND:PORT/query (SPARQL 1.1 Protocol; the default "
                                    "graph is the union of all graphs). Binds to 127.0.0.1 unless told otherwise. "
                                    "Queries with SERVICE are refused (the endpoint makes no outbound requests).")
    sv.add_argument("out_dir", help="a `kg build` output folder")
    sv.add_argument("--port", type=int, default=7878, help="port (default: 7878)")
    sv.add_argument("--bind", default="127.0.0.1", help="address to listen on (default: 127.0.0.1, this machine only)")
    sv.add_argument("--base-iri", default=DEFAULT_BASE, help=f"base of the resource IRIs (default: {DEFAULT_BASE})")
    sv.add_argument("--timeout", type=float, default=60.0, metavar="SECONDS",
                    help="time limit of one query; it is also stopped when its client hangs up (default: 60)")
    sv.set_defaults(func=_cmd_serve)

    e = sub.add_parser("extract", help="print the facts of reports as JSON (the extraction contract)",
                       description="Extract reports and print them in the contract of ../shared/gold/FORMAT.md: one JSON "
                                   "object for one report, an array for several.")
    e.add_argument("files", nargs="+", help="report files or folders")
    e.add_argument("--format", choices=("json", "summary"), default="json", help="json (default) or a one-line summary per report")
    e.add_argument("--explain", action="store_true", help="instead, one line per mention and observation: the rule "
                                                           "that read it (e.g. policy.quoted, project.suffix), its "
                                                           "offsets and its sentence")
    e.add_argument("--workers", type=int, default=1, help="extraction processes (default: 1)")
    e.set_defaults(func=_cmd_extract)

    c = sub.add_parser("clean", help="write the de-duplicated, cleaned text of each report as OUT/<year>_<region>.txt",
                       description="Drop repeated copies and scraping noise (captions, buttons, junk glued to headings) "
                                   "and write one cleaned text per report, named by year and region.")
    c.add_argument("paths", nargs="+", help="report files or folders")
    c.add_argument("--out", required=True, help="output folder")
    c.set_defaults(func=_cmd_clean)

    v = sub.add_parser("eval", help="precision/recall/F1 against gold annotations",
                       description="Score extraction of PATHS (default data/raw) or of a --pred JSON file against "
                                   "GOLD/*.gold.json, with the rules of ../shared/eval/score.py.")
    v.add_argument("paths", nargs="*", help="report files or folders to extract (default: data/raw)")
    v.add_argument("--gold", required=True, help="folder of *.gold.json")
    v.add_argument("--pred", help="score this contract JSON instead of extracting")
    v.add_argument("--show-errors", type=int, default=0, metavar="N", help="list up to N misses and spurious items per section")
    v.add_argument("--by-rule", action="store_true", help="also count right and wrong predicted items per rule that "
                                                         "read them (the rule with most wrong items first)")
    v.add_argument("--workers", type=int, default=1)
    v.set_defaults(func=_cmd_eval)
    return ap


def main(argv: list[str] | None = None) -> int:
    from loaders import interrupt
    from kg.errors import UserError

    a = parser().parse_args(argv)
    _quiet_libraries()
    interrupt.install()
    try:
        return a.func(a)
    except (UserError, FileNotFoundError) as e:  # a missing build folder, a bad query, a refused server
        print(f"error: {e}", file=sys.stderr)
        return 1
    except OSError as e:  # a full disk, a read-only folder: one line naming the file, never a traceback
        where = f"{e.filename}: " if e.filename else ""
        hint = {errno.ENOSPC: "; free some space and run again (every output is either the previous one or "
                              "the new one, never half written)",
                errno.EROFS: "; choose a writable folder", errno.EACCES: "; choose a folder you may write"}
        print(f"error: {where}{e.strerror or e}{hint.get(e.errno, '')}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("kg: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        os._exit(0)


def run() -> None:
    """The `kg` command: main(), then the process ends as soon as its output is flushed. Every file
    and connection is closed by then; what is skipped is freeing the build's objects one by one
    (0.6 s for the corpus's graph, 5% of a rebuild) and the interpreter's own teardown."""
    try:
        code = main()
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:
        code = 0
    os._exit(code)


if __name__ == "__main__":
    run()
