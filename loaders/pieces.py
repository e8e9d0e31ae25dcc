"""Output files composed of pieces, each rendered again only when it changed.

A writer describes its file as literal bytes (headers, separators: always written) and pieces
``(key, render)``, a piece being what the writer makes of one part of the graph (kg.graph.pieces).
The file is laid out in spans, one per piece (the literals before it, then the piece); the
literals after the last piece end the file.

An incremental build names the graph parts that changed; only the spans of those parts, and of
pieces new or gone or whose literals differ, are rendered; the other spans are copied from the
previous file (in the kernel, copy_file_range), found through the file's index
(OUT/.cache/outputs/<file>.idx: each span's byte range and literals, the file's size and mtime).
The new file is written beside the old one and renamed into place, so a reader sees the old file or
the new one, never a mix. An index that does not match the file on disk is not trusted: the file is
then rendered whole, as in a clean build, which gives the same bytes. The embedded database and the
HTML folder keep such an index too, for the same check.
"""
from __future__ import annotations

import json
import os
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Callable, Collection, Iterable, Iterator, Union

from loaders.staging import atomic_write

PieceKey = tuple[str, str]  # (kind of piece in this file, graph part name)
Item = Union[bytes, tuple[PieceKey, Callable[[], bytes]]]


def index_path(out_dir: Path, file_name: str) -> Path:
    """Where the index of OUT_DIR/FILE_NAME is kept."""
    return out_dir / ".cache" / "outputs" / f"{file_name}.idx"


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


def load_index(path: Path, index: Path) -> Any | None:
    """What an index recorded about PATH (JSON data), or None when there is none or PATH was edited or
    replaced since (another size or mtime)."""
    try:
        with open(index, "rb") as f:
            stamp, data = json.load(f)
    except (OSError, ValueError, TypeError):
        return None
    stamp = tuple(stamp) if isinstance(stamp, list) else None
    return data if stamp is not None and stamp == _stamp(path) else None


def save_index(path: Path, index: Path, data: Any) -> None:
    """Record PATH's size and mtime with DATA (JSON data, not None) in its index. JSON, not pickle:
    the index lives in the build folder, which may come from someone else."""
    index.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(index, lambda f: json.dump([_stamp(path), data], f, ensure_ascii=False))


@dataclass
class _Span:
    key: PieceKey
    lead: bytes  # the literals before the piece
    render: Callable[[], bytes]


def _spans(items: Iterable[Item]) -> Iterator[_Span]:
    lead: list[bytes] = []
    for item in items:
        if isinstance(item, bytes):
            lead.append(item)
        else:
            yield _Span(item[0], b"".join(lead), item[1])
            lead = []
    yield _Span(("", ""), b"".join(lead), lambda: b"")


def write_pieces(path: Path, items: Iterable[Item], index: Path, changed: Collection[str] | None = None,
                 keep_index: bool = True) -> int:
    """Write PATH from ITEMS and record its index (unless not ``keep_index``: a file whose pieces are
    not a build's report parts, whose keys would mean other contents at the next build). With
    ``changed`` (names of graph parts), a piece of any other part is kept from the previous PATH when
    its index is valid (copied from the previous PATH); with None, every piece is rendered and PATH
    written anew. Either way PATH is never seen half written (loaders.staging). Returns the number of
    pieces rendered."""
    previous = _ranges(load_index(path, index)) if changed is not None else {}
    index.unlink(missing_ok=True)  # from here on the old index describes no file
    spans = list(_spans(items))
    # a span is kept when its part did not change and its literals are the same
    kept: list[tuple[int, int, bytes] | None] = [
        previous.get(r.key) if r.key[1] not in (changed or ()) and previous.get(r.key, (0, 0, None))[2] == r.lead
        else None for r in spans]
    rendered = sum(1 for r, old in zip(spans, kept) if old is None and r.key != ("", ""))
    sizes: list[int] = []
    atomic_write(path, lambda f: sizes.extend(_write(f, spans, kept, path if any(kept) else None)), mode="wb")
    ranges, pos = {}, 0
    for r, size in zip(spans, sizes):
        ranges[r.key] = (pos, pos + size, r.lead)
        pos += size
    if keep_index:
        save_index(path, index, [[*key, start, end, lead.decode("latin-1")] for key, (start, end, lead) in ranges.items()])
    return rendered


def _ranges(rows: Any) -> dict[PieceKey, tuple[int, int, bytes]]:
    """The index as write_pieces saved it: piece key -> (start, end, literals before it)."""
    try:
        return {(kind, part): (int(start), int(end), lead.encode("latin-1")) for kind, part, start, end, lead in rows}
    except (TypeError, ValueError, AttributeError, UnicodeEncodeError):
        return {}


def _write(f: BinaryIO, spans: list[_Span], kept: list[tuple[int, int, bytes] | None],
           previous: Path | None) -> list[int]:
    """Write the spans to f, each kept one copied from the PREVIOUS file and each other one rendered
    now; returns their sizes."""
    sizes = []
    with open(previous, "rb") if previous else nullcontext() as src:
        for r, old in zip(spans, kept):
            if old is not None:
                f.flush()
                _copy(src, f, old[0], old[1])  # type: ignore[arg-type]
                sizes.append(old[1] - old[0])
            else:
                data = r.lead + r.render()
                f.write(data)
                sizes.append(len(data))
    return sizes


def _copy(src: BinaryIO, dst: BinaryIO, start: int, end: int) -> None:
    """Bytes [start, end) of src appended to dst, in the kernel where it can."""
    while start < end:
        try:
            n = os.copy_file_range(src.fileno(), dst.fileno(), end - start, start)
        except OSError:
            src.seek(start)
            dst.write(src.read(end - start))
            dst.flush()
            return
        if n == 0:
            raise OSError(f"{src.name}: shorter than its index says")
        start += n
