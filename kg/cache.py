"""A content-addressed cache of per-file extraction results (OUT/.cache/extract/).

Extraction is a pure function of a file's path (which may name its region and year), its bytes
and the extractor's code and lexicons, so that triple is the key: a second build re-extracts only
what changed, and any change to the code or lexicons invalidates every entry at once.
"""
from __future__ import annotations

import hashlib
import os
import pickle
from functools import lru_cache
from pathlib import Path
from typing import Any

from .read import MAX_BYTES
from .staging import atomic_write, sweep


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """Hash of the extractor's sources and lexicons (the kg package)."""
    h = hashlib.sha1()
    root = Path(__file__).parent
    for p in sorted(root.rglob("*")):
        if p.suffix in (".py", ".tsv", ".txt") and "__pycache__" not in p.parts:
            h.update(p.relative_to(root).as_posix().encode())
            h.update(p.read_bytes())
    return h.hexdigest()


class ExtractionCache:
    """get/put of per-file results by key; prune() drops the entries this run did not use."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.used: set[str] = set()
        folder.mkdir(parents=True, exist_ok=True)
        sweep(folder)

    def key(self, path: str) -> str | None:
        """The file's key, or None when it cannot be read (the extractor then reports why)."""
        try:
            data = Path(path).read_bytes() if os.path.getsize(path) <= MAX_BYTES else b"\0too big"
        except OSError:
            return None
        return hashlib.sha1(b"\0".join([code_fingerprint().encode(), path.encode(), data])).hexdigest()

    def has(self, key: str | None) -> bool:
        """Whether an entry of ``key`` is stored (get() may still find it unreadable)."""
        return key is not None and (self.folder / key).is_file()

    def get(self, key: str | None, use: bool = True) -> Any | None:
        """The entry of ``key``; with use=False it is only looked at, and prune() may still remove it."""
        if key is None:
            return None
        try:
            with open(self.folder / key, "rb") as f:
                value = pickle.load(f)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            return None
        if use:
            self.used.add(key)
        return value

    def put(self, key: str | None, value: Any) -> None:
        if key is not None:
            atomic_write(self.folder / key, lambda f: pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL), "wb")
            self.used.add(key)

    def prune(self) -> int:
        """Remove entries of files no longer in the input (or of older code); returns how many."""
        stale = [p for p in self.folder.iterdir() if p.is_file() and p.name not in self.used
                 and not p.name.startswith(".")]
        for p in stale:
            p.unlink(missing_ok=True)
        return len(stale)
