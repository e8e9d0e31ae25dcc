"""Temporary files and folders beside an output, named `.NAME.PID.RANDOM`.

Outputs are written to such a temporary and renamed into place, so a reader never sees half a
file. A run killed with SIGKILL cannot remove its temporaries; the PID in the name lets the next
run tell a dead run's leftovers from the work of a run still going, and remove only those.
"""
from __future__ import annotations

import os
import re
import shutil
import tempfile
from pathlib import Path
from typing import Any, Callable

_NAME = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)\.[A-Za-z0-9_]+$")


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


# mkstemp and mkdtemp make private files and folders; an output renamed into place keeps that mode,
# and colleagues on a shared server could not read a build. Outputs get the mode the user's umask
# gives any new file (read once: os.umask can only be read by setting it).
_UMASK = _umask()


def temp_file(path: Path) -> tuple[int, str]:
    """An open temporary file beside `path` (fd, name), as tempfile.mkstemp, with the mode the umask
    gives a new file."""
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", dir=path.parent)
    try:
        os.fchmod(fd, 0o666 & ~_UMASK)
    except BaseException:  # Ctrl-C or SIGTERM right here: the caller has no name to clean up yet
        os.close(fd)
        os.unlink(name)
        raise
    return fd, name


def temp_dir(path: Path) -> Path:
    """A new temporary folder beside `path`, with the mode the umask gives a new folder."""
    folder = Path(tempfile.mkdtemp(prefix=f".{path.name}.{os.getpid()}.", dir=path.parent))
    try:
        folder.chmod(0o777 & ~_UMASK)
    except BaseException:
        folder.rmdir()
        raise
    return folder


def atomic_write(path: Path, write: Callable[[Any], None], mode: str = "w") -> None:
    """Write through a temporary file in the same folder, then rename: readers never see half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = temp_file(path)
    try:
        with os.fdopen(fd, mode, **({"encoding": "utf-8"} if "b" not in mode else {})) as f:
            write(f)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def replace_dir(new: Path, target: Path) -> None:
    """Put the finished folder `new` (a temp_dir beside `target`) in the place of `target`: the old one
    is renamed away first (under a staging name, swept if a kill comes in between), then removed."""
    old = new.with_name(new.name + "_old")
    if target.exists():
        target.rename(old)
    new.rename(target)
    shutil.rmtree(old, ignore_errors=True)


def is_temporary(name: str) -> bool:
    """Whether a file name is one of these temporaries."""
    return _NAME.match(name) is not None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's live process
        return True
    return True


def sweep(folder: Path, own: bool = False) -> list[Path]:
    """Remove the temporaries that runs no longer alive left in `folder` (with own=True: this process's,
    after it was interrupted); returns what was removed."""
    removed = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    for p in entries:
        m = _NAME.match(p.name)
        pid = int(m.group("pid")) if m else None
        if pid is not None and (pid == os.getpid() if own else pid != os.getpid() and not _alive(pid)):
            if p.is_dir() and not p.is_symlink():
                shutil.rmtree(p, ignore_errors=True)
            else:
                p.unlink(missing_ok=True)
            removed.append(p)
    return removed
