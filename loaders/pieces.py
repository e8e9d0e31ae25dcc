"""Output files composed of pieces, each rendered again only when it changed.

A writer describes its file as literal bytes (headers, separators: always written) and pieces
``(key, render)``, a piece being what the writer makes of one part of the graph (kg.graph.pieces).
An incremental build names the graph parts that changed; every other piece is copied, byte for
byte, from the previous file, found through that file's index (OUT/.cache/outputs/<file>.idx: the
pieces' byte ranges and the file's size and mtime). An index that does not match the file on disk
is not trusted: the file is then rendered whole, as in a clean build, which gives the same bytes.
The embedded database and the HTML folder keep such an index too, for the same check.
"""
from __future__ import annotations

import mmap
import os
import pickle
from pathlib import Path
from typing import Any, BinaryIO, Callable, Collection, Iterable, Union

from kg.staging import atomic_write

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
    """What an index recorded about PATH, or None when there is none or PATH was edited or replaced
    since (another size or mtime)."""
    try:
        with open(index, "rb") as f:
            stamp, data = pickle.load(f)
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError, ImportError):
        return None
    return data if stamp is not None and stamp == _stamp(path) else None


def save_index(path: Path, index: Path, data: Any) -> None:
    """Record PATH's size and mtime with DATA (not None) in its index."""
    index.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(index, lambda f: pickle.dump((_stamp(path), data), f, protocol=pickle.HIGHEST_PROTOCOL), "wb")


def write_pieces(path: Path, items: Iterable[Item], index: Path, changed: Collection[str] | None = None) -> int:
    """Write PATH atomically from ITEMS and record its index. With ``changed`` (names of graph parts),
    a piece of any other part is copied from the previous PATH when its index is valid; with None,
    every piece is rendered. Returns the number of pieces rendered."""
    previous = (load_index(path, index) or {}) if changed is not None else {}
    index.unlink(missing_ok=True)  # from here on the old index describes no file
    ranges: dict[PieceKey, tuple[int, int]] = {}
    rendered = 0

    def write(f: BinaryIO) -> None:
        nonlocal rendered
        pos = 0
        src = open(path, "rb") if previous else None
        # Copies of adjacent ranges of the previous file are made as one, and so are the literal
        # bytes between them when the previous file has the same there: a few large copies instead
        # of one per piece (the kernel makes them without the GIL, so another writer thread runs;
        # the literals are compared through a memory map, as a system call would wait for the GIL).
        old_bytes: mmap.mmap | None = None
        run: list[int] = []  # [start, end) of the previous file still to copy
        try:
            if src is not None and os.fstat(src.fileno()).st_size:
                old_bytes = mmap.mmap(src.fileno(), 0, access=mmap.ACCESS_READ)
            for item in items:
                if isinstance(item, bytes):
                    if run and old_bytes is not None and old_bytes[run[1]:run[1] + len(item)] == item:
                        run[1] += len(item)
                    else:
                        _flush(src, f, run)
                        f.write(item)
                    pos += len(item)
                    continue
                key, render = item
                old = previous.get(key) if previous and key[1] not in changed else None  # type: ignore[operator]
                if old is not None and src is not None:
                    if run and run[1] == old[0]:
                        run[1] = old[1]
                    else:
                        _flush(src, f, run)
                        run[:] = old
                    size = old[1] - old[0]
                else:
                    _flush(src, f, run)
                    data = render()
                    f.write(data)
                    size = len(data)
                    rendered += 1
                ranges[key] = (pos, pos + size)
                pos += size
            _flush(src, f, run)
        finally:
            if old_bytes is not None:
                old_bytes.close()
            if src is not None:
                src.close()

    atomic_write(path, write, mode="wb")
    save_index(path, index, ranges)
    return rendered


def _flush(src: BinaryIO | None, dst: BinaryIO, run: list[int]) -> None:
    """The pending range of the previous file appended to dst, and none pending after."""
    if run and src is not None:
        dst.flush()
        _copy(src, dst, *run)
    run.clear()


def _copy(src: BinaryIO, dst: BinaryIO, start: int, end: int) -> None:
    """Bytes [start, end) of src appended to dst (flushed), in the kernel where it can."""
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
