"""The build folder (OUT) and what a build may do to it.

Researchers keep one OUT for months and add reports to it, so a build:
- refuses a folder that is neither empty nor a previous build (its files are the user's own);
- holds an exclusive lock on OUT while it runs: a second build into it stops with one line;
- records the input files it read (``OUT/.kg-build.json``); a later build that does not name some
  of them reads them again, so naming a subset never drops reports (``prune`` drops them), and a
  recorded file that is gone stops the build before anything is written.
"""
from __future__ import annotations

import fcntl
import json
import os
import shutil
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from kg.errors import UserError
from loaders.staging import atomic_write, sweep

RECORD = ".kg-build.json"
LOCK = ".kg-build.lock"
# a folder written by a build of an earlier version, before the record existed
_EARLIER_BUILD = "graph.json"


@dataclass
class BuildFolder:
    path: Path
    previous_inputs: list[str] | None  # absolute paths the previous build read; None: no previous build
    created: bool = False  # the folder did not exist before this build
    dropped: list[str] = field(default_factory=list)  # previous inputs this build leaves out (prune)

    def save_inputs(self, files: list[str]) -> None:
        """Record the input files of this build (absolute paths), after its outputs are written."""
        atomic_write(self.path / RECORD, lambda f: json.dump({"inputs": sorted(files)}, f, ensure_ascii=False,
                                                             indent=0))


@contextmanager
def claim(out: Path) -> Iterator[BuildFolder]:
    """OUT, locked for this build. Raises UserError for a folder that is not empty and not a build, or
    that another build holds."""
    created = not out.exists()
    if out.exists() and not out.is_dir():
        raise UserError(f"{out}: exists and is not a folder; give --out a folder")
    try:
        entries = {e.name for e in os.scandir(out)} - {LOCK} if not created else set()
    except OSError as e:
        raise UserError(f"{out}: cannot list the output folder ({e.strerror})") from None
    if entries and RECORD not in entries and _EARLIER_BUILD not in entries:
        raise UserError(f"{out}: not empty and not a kg build folder (no {RECORD}); give --out a new or empty "
                        "folder, so that no file of yours is replaced")
    try:
        out.mkdir(parents=True, exist_ok=True)
        fd = os.open(out / LOCK, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError as e:
        raise UserError(f"{out}: cannot write the output folder ({e.strerror})") from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise UserError(f"{out}: another kg build is writing this folder; wait for it to end") from None
        folder = BuildFolder(out, _previous_inputs(out, entries), created)
        try:
            yield folder
        except BaseException:
            if created:  # a failed first build leaves nothing behind (a typo in --out stays no folder)
                shutil.rmtree(out, ignore_errors=True)
            else:
                # an interrupt can land between a temporary's creation and the code that would remove
                # it (inside mkstemp): whatever this process still has staged in the folder goes
                for place in (out, out / "reports", out / ".cache" / "extract", out / ".cache" / "outputs"):
                    sweep(place, own=True)
            raise
    finally:
        os.close(fd)


def _previous_inputs(out: Path, entries: set[str]) -> list[str] | None:
    if RECORD not in entries:
        return [] if _EARLIER_BUILD in entries else None
    try:
        with open(out / RECORD, encoding="utf-8") as f:
            inputs = json.load(f)["inputs"]
        return [str(p) for p in inputs]
    except (OSError, ValueError, KeyError, TypeError) as e:
        raise UserError(f"{out / RECORD}: unreadable ({e}); it lists the reports of the previous build. "
                        "Remove it to build this folder anew from the inputs you name") from None


def add_previous(folder: BuildFolder, files: list[str], prune: bool) -> list[str]:
    """The files of this build: ``files`` (as given) and, unless ``prune``, the previous build's inputs
    not among them. A previous input that no longer exists stops the build (UserError) unless pruned."""
    named = {os.path.abspath(f) for f in files}
    left_out = [p for p in folder.previous_inputs or () if p not in named]
    if prune:
        folder.dropped = left_out
        return files
    gone = [p for p in left_out if not os.path.isfile(p)]
    if gone:
        raise UserError(f"{folder.path}: {len(gone)} report file(s) of the previous build are gone ({gone[0]}"
                        f"{' …' if len(gone) > 1 else ''}); nothing written. Restore them, or build with --prune "
                        "to drop their reports")
    return files + left_out
