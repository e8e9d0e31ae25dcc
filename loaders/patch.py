"""Replace byte ranges of a large file in place, whole blocks at a time, undoably.

A rebuild that changes one report changes a few kilobytes of a graph.json of hundreds of megabytes.
Writing a new copy means reading and writing all of it, and on a machine whose page cache does not
keep the previous file that is seconds of disk time. Here the file's extents are shifted instead
(fallocate INSERT_RANGE / COLLAPSE_RANGE, Linux ext4 and XFS), which needs the ranges and their
replacements to be whole blocks (BLOCK bytes; the writers pad their pieces to that), and only the
new bytes are written.

The file is changed where it is, so an undo journal beside it (``.NAME.undo``: the old bytes of
every range and how far the patch got) is written first and removed at the end. A patch that fails
or is interrupted undoes itself; one cut short by a kill is undone by ``recover``, which the next
writer and the readers of the file call. A file with more than one link, a symbolic link, or a file
system without these operations is not patched (``Unsupported``): the caller then writes a new copy.
"""
from __future__ import annotations

import ctypes
import errno
import os
import stat
import struct
from pathlib import Path
from typing import Sequence

BLOCK = 4096
_COLLAPSE_RANGE = 0x08
_INSERT_RANGE = 0x20

# (offset, length now, bytes to put there); ranges in ascending order, not overlapping
Change = tuple[int, int, bytes]


class Unsupported(Exception):
    """This file cannot be patched in place (nothing was changed)."""


def _fallocate():
    try:
        f = ctypes.CDLL(None, use_errno=True).fallocate
    except (OSError, AttributeError):
        return None
    f.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int64, ctypes.c_int64]
    f.restype = ctypes.c_int
    return f


_FALLOCATE = _fallocate()


def journal_path(path: Path) -> Path:
    """The undo journal of PATH, beside it."""
    return path.with_name(f".{path.name}.undo")


def apply(path: Path, changes: Sequence[Change]) -> None:
    """Put each change's bytes in the place of its range of PATH (offsets of the file as it is now;
    every offset and length a multiple of BLOCK). All or nothing: on any error, Ctrl-C included,
    PATH is restored before the error is raised; Unsupported when PATH cannot be patched at all."""
    for at, length, data in changes:
        if at % BLOCK or length % BLOCK or len(data) % BLOCK:
            raise ValueError(f"{path}: ranges must be whole blocks of {BLOCK} bytes")
    if not changes:
        return
    if _FALLOCATE is None:
        raise Unsupported("no fallocate")
    st = os.lstat(path)
    if not stat.S_ISREG(st.st_mode) or st.st_nlink != 1:
        # another name of the same bytes (a hard-linked snapshot) would change with it
        raise Unsupported(f"{path}: not a file with one link")
    try:
        fd = os.open(path, os.O_RDWR)
    except PermissionError as e:
        raise Unsupported(str(e)) from None
    journal = journal_path(path)
    try:
        # changes are made from the end of the file back, so that the offsets of those still to do hold
        order = sorted(changes, key=lambda c: c[0], reverse=True)
        undo = [(at, os.pread(fd, length, at), len(data)) for at, length, data in order]
        head = _journal_head(st.st_size, undo)
        j = open(journal, "wb")
        try:
            j.write(len(head).to_bytes(8, "little") + head)
            j.flush()
        except BaseException:
            j.close()
            journal.unlink(missing_ok=True)
            raise
        with j:
            done = 0
            try:
                for at, length, data in order:
                    _replace(fd, at, length, data)
                    done += 1
                    j.write(b".")  # progress, for recover after a kill
                    j.flush()
            except BaseException:
                _undo(fd, st.st_size, undo, done)  # should this fail, the journal stays for recover
                journal.unlink()
                raise
        journal.unlink()
    finally:
        os.close(fd)


def recover(path: Path) -> bool:
    """Undo a patch of PATH that a kill cut short, if its journal is there; True if one was."""
    journal = journal_path(path)
    try:
        raw = journal.read_bytes()
    except FileNotFoundError:
        return False
    try:
        n = int.from_bytes(raw[:8], "little")
        if len(raw) >= 8 + n:
            head = _read_journal_head(raw[8:8 + n])
            if head is None:  # not a journal this tool wrote (planted, or from elsewhere): never acted on
                journal.unlink()
                return False
            size, undo = head
            fd = os.open(path, os.O_RDWR)
            try:
                _undo(fd, size, undo, len(raw) - 8 - n)
            finally:
                os.close(fd)
        # else the kill came while the journal was written, before the file was touched
        journal.unlink()
    except OSError as e:
        raise OSError(e.errno, f"{path}: a build killed while patching it left it half written and it cannot "
                               f"be restored here ({e.strerror}); run kg build again") from None
    return True


def _journal_head(size: int, undo: list[tuple[int, bytes, int]]) -> bytes:
    """The journal's head: the file's size, then each change as (offset, new length, old length, old
    bytes). Plain numbers and bytes, never pickle: the journal lives in the build folder, which may
    come from someone else, and reading it must not run code."""
    parts = [struct.pack("<QQ", size, len(undo))]
    for at, old, new in undo:
        parts.append(struct.pack("<QQQ", at, new, len(old)))
        parts.append(old)
    return b"".join(parts)


def _read_journal_head(head: bytes) -> tuple[int, list[tuple[int, bytes, int]]] | None:
    try:
        size, count = struct.unpack_from("<QQ", head)
        pos, undo = 16, []
        for _ in range(count):
            at, new, length = struct.unpack_from("<QQQ", head, pos)
            pos += 24
            if pos + length > len(head) or at + length > size:
                return None
            undo.append((at, head[pos:pos + length], new))
            pos += length
    except struct.error:
        return None
    return size, undo


def _undo(fd: int, size: int, undo: list[tuple[int, bytes, int]], done: int) -> None:
    """Put back the old bytes of the DONE changes made and of the one under way, if any (in reverse
    order, so that each offset holds again)."""
    if done < len(undo):
        # the change under way has its new length if the file's size moved (see _replace)
        at, old, new = undo[done]
        moved = os.fstat(fd).st_size != size + sum(n - len(o) for _, o, n in undo[:done])
        _replace(fd, at, new if moved else len(old), old)
    for at, old, new in reversed(undo[:done]):
        _replace(fd, at, new, old)


def _replace(fd: int, at: int, length: int, data: bytes) -> None:
    """Bytes [at, at+length) of fd become DATA; the file's size changes at once (one fallocate or
    truncate) before the bytes are written, which is what _undo relies on."""
    grow = len(data) - length
    size = os.fstat(fd).st_size
    end = at + length
    if grow and end >= size:
        os.ftruncate(fd, size + grow)
    elif grow > 0:
        _shift(fd, _INSERT_RANGE, end, grow)
    elif grow < 0:
        _shift(fd, _COLLAPSE_RANGE, at + len(data), -grow)
    if data:
        os.pwrite(fd, data, at)


def _shift(fd: int, mode: int, at: int, length: int) -> None:
    assert _FALLOCATE is not None
    if _FALLOCATE(fd, mode, at, length) != 0:
        err = ctypes.get_errno()
        if err in (errno.EOPNOTSUPP, errno.EINVAL, errno.ENOSYS):
            raise Unsupported(os.strerror(err))
        raise OSError(err, os.strerror(err))
