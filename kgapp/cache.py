"""A content-addressed cache of per-file extraction results (OUT/.cache/extract/).

Extraction is a pure function of a file's path (which may name its region and year), its bytes
and the extractor's code and lexicons, so that triple is the key: a second build re-extracts only
what changed, and any change to the code or lexicons invalidates every entry at once.

Hashing means reading every input file, 150 MB for the corpus, from the disk when the page cache no
longer holds them. So, as git does, each file's hash is remembered with its stat (device, inode,
size, mtime, ctime; OUT/.cache/extract/.stats) and a file whose stat is the same is not read again.
Any write to a file sets its ctime to the time of the write, which no tool can set back; a hash is
remembered only for files last changed well before it was taken, so a write during a build never
hides behind an unchanged stat.
"""
from __future__ import annotations

import hashlib
import json
import os
import time
from functools import lru_cache
from pathlib import Path
from typing import Generic, Iterable, TypeVar

import kg

from . import codec
from kg.read import MAX_BYTES
from loaders.staging import atomic_write, sweep


T = TypeVar("T")
STATS = ".stats"  # path -> (stat, hash of path and bytes, heading junk, the code that found it) of the files the last build read
_SETTLED_NS = 2_000_000_000  # how long before a build a file must have been last written for its stat to vouch for it


def extractor_files() -> list[Path]:
    """The files an extraction depends on besides the report: the kg package's sources and lexicons
    (the stages and the model). The command line, the build and the writers are not among them, so
    editing those re-extracts nothing."""
    root = Path(kg.__file__).parent
    return sorted(p for p in root.rglob("*") if p.suffix in (".py", ".tsv", ".txt") and "__pycache__" not in p.parts)


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """Hash of the extractor's sources and lexicons (extractor_files)."""
    h = hashlib.sha1()
    root = Path(kg.__file__).parent
    for p in extractor_files():
        h.update(p.relative_to(root).as_posix().encode())
        h.update(p.read_bytes())
    return h.hexdigest()


class ExtractionCache(Generic[T]):
    """get/put of per-file results (objects of the dataclass ``kind``, kept as JSON: kgapp.codec) by key;
    prune() drops the entries this run did not use."""

    def __init__(self, folder: Path, kind: type[T]):
        self.folder = folder
        self.kind = kind
        self.used: set[str] = set()
        folder.mkdir(parents=True, exist_ok=True)
        sweep(folder)
        self._started = time.time_ns()
        self._known: dict[str, tuple[tuple[int, ...], bytes, frozenset[str] | None]] = {}
        try:
            with open(folder / STATS, "rb") as f:
                # junk found by other code is found again: the stages may have learnt to tell it better
                self._known = {p: (tuple(stat), bytes.fromhex(digest),
                                   None if junk is None or code != code_fingerprint() else frozenset(junk))
                               for p, (stat, digest, junk, code) in json.load(f).items()}
        except (OSError, ValueError, TypeError, AttributeError):
            pass
        self._stats: dict[str, tuple[tuple[int, ...], bytes]] = {}
        self._junk: dict[str, frozenset[str]] = {}
        self._digests: dict[str, str] = {}

    def junk(self, path: str) -> frozenset[str]:
        """The junk glued to the headings of the file (kg.prepare.file_junk), read again only when its stat
        changed."""
        known = self._known.get(path)
        try:
            st = os.stat(path)
        except OSError:
            return frozenset()
        if known is not None and known[2] is not None \
                and known[0] == (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns):
            self._junk[path] = known[2]
        else:
            from kg.prepare import file_junk  # here: a build whose files are all known never imports the stages

            self._junk[path] = file_junk(path)
        return self._junk[path]

    def key(self, path: str, junk: Iterable[str] = ()) -> str | None:
        """The file's key, or None when it cannot be read (the extractor then reports why). ``junk``, the junk
        the run's files carry glued to their headings, is cut from every file, so it is part of the key."""
        try:
            st = os.stat(path)
            stat = (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)
            known = self._known.get(path)
            if known is not None and known[0] == stat:
                digest = known[1]
            else:
                data = Path(path).read_bytes() if st.st_size <= MAX_BYTES else b"\0too big"
                digest = hashlib.sha1(b"\0".join([path.encode(), data])).digest()
        except OSError:
            return None
        if max(st.st_mtime_ns, st.st_ctime_ns) < self._started - _SETTLED_NS:
            self._stats[path] = (stat, digest)
        salt = "\0".join(sorted(junk)).encode()
        return hashlib.sha1(code_fingerprint().encode() + b"\0" + digest + (b"\0" + salt if salt else b"")).hexdigest()

    def stored(self, keys: Iterable[str | None]) -> set[str]:
        """The keys among KEYS that have an entry (get() may still find one unreadable)."""
        return {key for key in keys if key is not None and (self.folder / key).is_file()}

    def get(self, key: str | None, use: bool = True) -> T | None:
        """The entry of ``key``; with use=False it is only looked at, and prune() may still remove it."""
        if key is None:
            return None
        try:
            data = (self.folder / key).read_bytes()
            value = codec.loads(self.kind, data)
        except (OSError, ValueError):
            return None
        self._digests[key] = hashlib.sha1(data).hexdigest()
        if use:
            self.used.add(key)
        return value

    def put(self, key: str | None, value: T) -> None:
        if key is not None:
            data = codec.dumps(value)
            atomic_write(self.folder / key, lambda f: f.write(data), "wb")
            self._digests[key] = hashlib.sha1(data).hexdigest()
            self.used.add(key)

    def digest(self, key: str) -> str:
        """Hash of the entry of ``key`` as this run last read or wrote it: equal digests, equal
        results, whatever code made them (an extractor edit that leaves a report's extraction as it
        was leaves its digest too)."""
        return self._digests[key]

    def prune(self) -> int:
        """Remove entries of files no longer in the input (or of older code), and remember the stat and
        hash of the files this run hashed; returns how many entries were removed."""
        stale = [p for p in self.folder.iterdir() if p.is_file() and p.name not in self.used
                 and not p.name.startswith(".")]
        for p in stale:
            p.unlink(missing_ok=True)
        stats = {p: [list(stat), digest.hex(), sorted(self._junk[p]) if p in self._junk else None, code_fingerprint()]
                 for p, (stat, digest) in self._stats.items()}
        atomic_write(self.folder / STATS, lambda f: json.dump(stats, f))
        return len(stale)
