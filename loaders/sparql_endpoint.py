"""A read-only SPARQL 1.1 Protocol endpoint over a build: Oxigraph's server on the export's TriG.

The TriG (one named graph per report) is loaded into an Oxigraph store in a temporary folder
and served with `oxigraph serve-read-only --union-default-graph`, so queries without GRAPH see
everything, `GRAPH ?report { … }` asks which report says what, and updates are refused.
"""
from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

from kg.errors import UserError
from kg.graph import Graph

from .rdf import DEFAULT_BASE, write_rdf


class EndpointError(UserError):
    """A one-line reason the endpoint could not start."""


def oxigraph_binary() -> str:
    """The `oxigraph` command of the PyPI package `oxigraph`, beside this Python or on PATH."""
    local = Path(sys.executable).parent / "oxigraph"
    found = str(local) if local.is_file() else shutil.which("oxigraph")
    if not found:
        raise EndpointError("the `oxigraph` command was not found (pip install oxigraph)")
    return found


def _trig(out_dir: Path, work: Path, base: str) -> Path:
    """OUT_DIR/graph.trig when it is newer than graph.json (and was written with the default base), else a
    fresh export in the work folder."""
    trig, source = out_dir / "graph.trig", out_dir / "graph.json"
    if not source.is_file():
        raise EndpointError(f"{source}: no graph here; run `kg build … --out {out_dir}` first")
    if base == DEFAULT_BASE and trig.is_file() and trig.stat().st_mtime >= source.stat().st_mtime:
        return trig
    path, _ = write_rdf(Graph.load(out_dir), work, "trig", base)
    return path


def serve(out_dir: str | Path, port: int = 7878, bind: str = "127.0.0.1", base: str = DEFAULT_BASE,
          ready=None) -> int:
    """Load the build and serve it until interrupted; returns the server's exit code.
    `ready(url)` is called once the store is loaded and the server is starting."""
    oxigraph = oxigraph_binary()
    with tempfile.TemporaryDirectory(prefix="kg-sparql-") as tmp:
        work = Path(tmp)
        trig = _trig(Path(out_dir), work, base)
        store = work / "store"
        done = subprocess.run([oxigraph, "load", "--location", str(store), "--file", str(trig)],
                              capture_output=True, text=True)
        if done.returncode != 0:
            raise EndpointError(f"{trig}: oxigraph could not load it: {done.stderr.strip().splitlines()[-1:]}")
        proc = subprocess.Popen([oxigraph, "serve-read-only", "--location", str(store), "--bind", f"{bind}:{port}",
                                 "--union-default-graph"])
        if ready:
            ready(f"http://{bind}:{port}/query")

        def stop(*_) -> None:
            raise KeyboardInterrupt
        # a `kill` of kg serve must stop the server too, not leave it serving a deleted store
        previous = signal.signal(signal.SIGTERM, stop)
        try:
            return proc.wait()
        except KeyboardInterrupt:
            proc.terminate()
            proc.wait()
            return 0
        finally:
            signal.signal(signal.SIGTERM, previous)
