"""Output files composed of pieces, each rendered again only when it changed.

A writer describes its file as literal bytes (headers, separators: always written) and pieces
``(key, render)``, a piece being what the writer makes of one part of the graph (kg.graph.pieces).
The file is laid out in regions, one per piece (the literals before it, then the piece), each padded
with spaces to whole blocks of loaders.patch.BLOCK bytes (whitespace in JSON, XML and Turtle alike; the
literals after the last piece end the file, padded before them).

An incremental build names the graph parts that changed; only the regions of those parts, and of
pieces new or gone or whose literals differ, are rendered; the previous file is patched in place
(loaders.patch: the regions' blocks inserted or removed, the other bytes never read or written), found
through the file's index (OUT/.cache/outputs/<file>.idx: each region's byte range and literals,
the file's size and mtime). Where a file cannot be patched (another file system, a hard-linked
file) the unchanged regions are copied into a new file instead. An index that does not match the
file on disk is not trusted: the file is then rendered whole, as in a clean build, which gives the
same bytes. The embedded database and the HTML folder keep such an index too, for the same check.
"""
from __future__ import annotations

import json
import os
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Callable, Collection, Iterable, Iterator, Union

from loaders import patch
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
class _Region:
    key: PieceKey
    lead: bytes  # the literals before the piece
    render: Callable[[], bytes]
    tail: bool = False  # the literals after the last piece, padded before them


def _regions(items: Iterable[Item]) -> Iterator[_Region]:
    lead: list[bytes] = []
    for item in items:
        if isinstance(item, bytes):
            lead.append(item)
        else:
            yield _Region(item[0], b"".join(lead), item[1])
            lead = []
    yield _Region(("", ""), b"".join(lead), lambda: b"", tail=True)


def _bytes(region: _Region) -> bytes:
    data = region.lead + region.render()
    pad = b" " * (-len(data) % patch.BLOCK)
    return pad + data if region.tail else data + pad


def write_pieces(path: Path, items: Iterable[Item], index: Path, changed: Collection[str] | None = None,
                 keep_index: bool = True) -> int:
    """Write PATH from ITEMS and record its index (unless not ``keep_index``: a file whose pieces are
    not a build's report parts, whose keys would mean other contents at the next build). With
    ``changed`` (names of graph parts), a piece of any other part is kept from the previous PATH when
    its index is valid (PATH patched in place, or copied); with None, every piece is rendered and PATH
    written anew. Either way PATH is never seen half written (loaders.patch, loaders.staging). Returns the number
    of pieces rendered."""
    patch.recover(path)
    previous = _ranges(load_index(path, index)) if changed is not None else {}
    index.unlink(missing_ok=True)  # from here on the old index describes no file
    regions = list(_regions(items))
    # a region is kept when its part did not change and its literals are the same
    kept: list[tuple[int, int, bytes] | None] = [
        previous.get(r.key) if r.key[1] not in (changed or ()) and previous.get(r.key, (0, 0, None))[2] == r.lead
        else None for r in regions]
    rendered = sum(1 for r, old in zip(regions, kept) if old is None and not r.tail)
    if any(kept):
        # a rebuild renders what changed first; then the file is patched, or else copied
        fresh = [_bytes(r) if old is None else None for r, old in zip(regions, kept)]
        sizes = [old[1] - old[0] if old else len(data or b"") for old, data in zip(kept, fresh)]
        starts = [old[0] for old in kept if old]
        try:
            if starts != sorted(starts):
                raise patch.Unsupported("pieces in another order")
            patch.apply(path, _changes(kept, fresh, max(v[1] for v in previous.values())))
        except patch.Unsupported:
            atomic_write(path, lambda f: _write(f, regions, kept, fresh, path), mode="wb")
    else:
        sizes = []
        atomic_write(path, lambda f: sizes.extend(_write(f, regions)), mode="wb")
    ranges, pos = {}, 0
    for r, size in zip(regions, sizes):
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


def _write(f: BinaryIO, regions: list[_Region], kept: list[tuple[int, int, bytes] | None] | None = None,
           fresh: list[bytes | None] | None = None, previous: Path | None = None) -> list[int]:
    """Write the regions to f, each kept one copied from the PREVIOUS file and each other one from
    FRESH (or rendered now); returns their sizes."""
    sizes = []
    with open(previous, "rb") if previous else nullcontext() as src:
        for i, r in enumerate(regions):
            old = kept[i] if kept else None
            if old is not None:
                f.flush()
                _copy(src, f, old[0], old[1])  # type: ignore[arg-type]
                sizes.append(old[1] - old[0])
            else:
                data = fresh[i] if fresh else None
                if data is None:
                    data = _bytes(r)
                f.write(data)
                sizes.append(len(data))
    return sizes


def _changes(kept: list[tuple[int, int, bytes] | None], fresh: list[bytes | None], old_size: int) -> list[patch.Change]:
    """The changes that turn the previous file into the new one: between two kept regions (and before
    the first and after the last), the previous file's bytes give way to the regions rendered there."""
    changes: list[patch.Change] = []
    old_pos = 0  # end of the last kept region in the previous file
    new: list[bytes] = []
    for old, data in zip(kept + [(old_size, old_size, b"")], fresh + [None]):
        if old is None:
            new.append(data or b"")
            continue
        if new or old[0] > old_pos:
            changes.append((old_pos, old[0] - old_pos, b"".join(new)))
        new.clear()
        old_pos = old[1]
    return changes


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
