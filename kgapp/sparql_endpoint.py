"""A read-only SPARQL 1.1 Protocol endpoint over a build, on this machine's loopback by default.

The export's TriG (one named graph per report) is loaded into an Oxigraph store in a temporary
folder; queries see the union of the graphs by default, `GRAPH ?report { … }` asks which report
says what, and updates are refused. Each query runs in a process of its own (kgapp.sparql_worker), so
that it can be stopped for good: when it passes the time limit or its client hangs up, the process
is killed and its memory is back at once. A query with SERVICE is refused: Oxigraph would send it to
any URL it names, and an endpoint must make no request of its own.
"""
from __future__ import annotations

import http.server
import os
import select
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path
from typing import Callable

from kg.errors import UserError
from loaders.files import read_graph
from kgapp.sparql import has_service
from loaders.staging import sweep, temp_dir

from loaders.rdf import DEFAULT_BASE, write_rdf

DEFAULT_TIMEOUT = 60.0
_MAX_QUERY_BYTES = 1 << 20


class EndpointError(UserError):
    """A one-line reason the endpoint could not start."""


def _trig(out_dir: Path, work: Path, base: str) -> Path:
    """OUT_DIR/graph.trig when it is newer than graph.json (and was written with the default base), else a
    fresh export in the work folder."""
    trig, source = out_dir / "graph.trig", out_dir / "graph.json"
    if not source.is_file():
        raise EndpointError(f"{source}: no graph here; run `kg build … --out {out_dir}` first")
    if base == DEFAULT_BASE and trig.is_file() and trig.stat().st_mtime >= source.stat().st_mtime:
        return trig
    path = write_rdf(read_graph(out_dir), work, fmt="trig", base=base).path
    return path


def _load(trig: Path, store: Path) -> None:
    import pyoxigraph

    db = pyoxigraph.Store(str(store))
    try:
        db.bulk_load(path=str(trig), format=pyoxigraph.RdfFormat.TRIG)
        db.flush()
    except (SyntaxError, OSError, ValueError) as e:
        raise EndpointError(f"{trig}: Oxigraph could not load it ({e})") from None
    finally:
        del db  # closes the database: the query processes open it read-only


def serve(out_dir: str | Path, port: int = 7878, bind: str = "127.0.0.1", base: str = DEFAULT_BASE,
          ready: Callable[[str], None] | None = None, timeout: float = DEFAULT_TIMEOUT) -> int:
    """Load the build and serve it until interrupted (Ctrl-C or SIGTERM); returns 0.
    `ready(url)` is called once the store is loaded and the server listens."""
    tmp = Path(tempfile.gettempdir())
    sweep(tmp)  # the store of a `kg serve` killed with SIGKILL
    work = temp_dir(tmp / "kg-serve")
    try:
        _load(_trig(Path(out_dir), work, base), work / "store")
        handler = type("Handler", (_Handler,), {"store": str(work / "store"), "timeout_s": timeout})
        try:
            server = http.server.ThreadingHTTPServer((bind, port), handler)
        except OSError as e:
            raise EndpointError(f"{bind}:{port}: cannot listen there ({e.strerror}); "
                                "choose another --port or stop what uses it") from None
        server.daemon_threads = True
        if ready:
            ready(f"http://{bind}:{port}/query")

        def stop(*_) -> None:
            raise KeyboardInterrupt
        previous = signal.signal(signal.SIGTERM, stop)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            signal.signal(signal.SIGTERM, previous)
            server.server_close()
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


class _Handler(http.server.BaseHTTPRequestHandler):
    """GET /query?query=… and POST /query (application/sparql-query, or a form with query=…)."""

    store = ""
    timeout_s = DEFAULT_TIMEOUT
    server_version = "gov-report-kg"

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the base class's name
        pass  # no line per request on the terminal

    def do_GET(self) -> None:  # noqa: N802 - the base class's name
        url = urllib.parse.urlsplit(self.path)
        if url.path != "/query":
            return self._reply(404, "text/plain", b"not found: the endpoint is /query\n")
        query = urllib.parse.parse_qs(url.query).get("query", [None])[0]
        self._run(query)

    def do_POST(self) -> None:  # noqa: N802
        url = urllib.parse.urlsplit(self.path)
        if url.path != "/query":
            return self._reply(405 if url.path == "/update" else 404, "text/plain",
                               b"read-only endpoint: updates are refused\n")
        length = int(self.headers.get("Content-Length") or 0)
        if length > _MAX_QUERY_BYTES:
            return self._reply(413, "text/plain", b"query too long\n")
        body = self.rfile.read(length).decode("utf-8", errors="replace")
        kind = (self.headers.get("Content-Type") or "").split(";")[0].strip()
        if kind == "application/x-www-form-urlencoded":
            form = urllib.parse.parse_qs(body)
            if "update" in form:
                return self._reply(405, "text/plain", b"read-only endpoint: updates are refused\n")
            return self._run(form.get("query", [None])[0])
        self._run(body if kind == "application/sparql-query" else None)

    def do_PUT(self) -> None:  # noqa: N802
        self._reply(405, "text/plain", b"read-only endpoint\n")

    do_DELETE = do_PATCH = do_PUT  # noqa: N815

    def _reply(self, code: int, kind: str, data: bytes) -> None:
        self.send_response(code)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _run(self, query: str | None) -> None:
        if not query:
            return self._reply(400, "text/plain", b"no query: give ?query=... or POST application/sparql-query\n")
        if has_service(query):
            return self._reply(400, "text/plain", b"SERVICE is not allowed: this endpoint makes no requests "
                                                  b"to other servers\n")
        from loaders.interrupt import die_with_parent

        accept = self.headers.get("Accept") or ""
        proc = subprocess.Popen([sys.executable, "-m", "kgapp.sparql_worker", self.store, accept],
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                preexec_fn=die_with_parent)
        assert proc.stdin and proc.stdout and proc.stderr
        proc.stdin.write(query.encode("utf-8"))
        proc.stdin.close()
        out: list[bytes] = []
        deadline = time.monotonic() + self.timeout_s
        try:
            while True:
                ready, _, _ = select.select([proc.stdout, self.connection], [], [], 0.25)
                if proc.stdout in ready:
                    chunk = os.read(proc.stdout.fileno(), 1 << 16)
                    if not chunk:
                        break
                    out.append(chunk)
                if self.connection in ready and _hung_up(self.connection):
                    return  # the client is gone: stop its query
                if time.monotonic() > deadline:
                    return self._reply(503, "text/plain", f"query stopped: over the time limit of "
                                                          f"{self.timeout_s:g} s (kg serve --timeout)\n".encode())
            proc.wait()
            err = proc.stderr.read()
            if proc.returncode != 0:
                return self._reply(400, "text/plain", err or b"query failed\n")
            kind, _, body = b"".join(out).partition(b"\n")
            self._reply(200, kind.decode(), body)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
            proc.stdout.close()
            proc.stderr.close()


def _hung_up(conn: socket.socket) -> bool:
    """Whether the client closed its side (readable with nothing to read)."""
    try:
        return conn.recv(1, socket.MSG_PEEK | socket.MSG_DONTWAIT) == b""
    except BlockingIOError:
        return False
    except OSError:
        return True
