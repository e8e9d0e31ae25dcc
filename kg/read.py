"""Read stage: find report files, decode them, split off a Markdown front matter."""
from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Iterable, Iterator

from .model import SourceText

SUFFIXES = (".txt", ".md")
MAX_BYTES = 64 * 1024 * 1024  # a report is < 1 MB; anything this big is not one


class InputError(Exception):
    """A file that cannot be read as a report. str() is the one-line message for users."""

    def __init__(self, path: str | os.PathLike, cause: str):
        super().__init__(f"{path}: {cause}")
        self.path = str(path)
        self.cause = cause


def iter_paths(paths: Iterable[str | os.PathLike]) -> Iterator[Path | InputError]:
    """Report files under ``paths`` (files, or folders searched recursively), sorted per folder.

    A path that does not exist or cannot be listed is yielded as an InputError so the
    caller can count it and go on.
    """
    for p in map(Path, paths):
        if p.is_file():
            yield p
        elif p.is_dir():
            errors: list[OSError] = []
            found = [f for f in _walk(p, errors) if f.suffix.lower() in SUFFIXES]
            for e in errors:
                yield InputError(e.filename or p, "permission denied" if isinstance(e, PermissionError)
                                 else f"cannot list folder ({e.strerror or e})")
            yield from (f for f in sorted(found) if f.name.upper() not in ("README.MD", "SOURCE.MD") and f.is_file())
        elif p.exists():
            yield InputError(p, "not a regular file")
        else:
            yield InputError(p, "no such file or folder")


def _walk(root: Path, errors: list[OSError]) -> Iterator[Path]:
    """Every file under ``root`` (symbolic links to folders not followed), with a stack rather than
    recursion: os.walk recurses, and folders nested 1,000 deep would abort the whole run. A folder that
    cannot be listed goes to ``errors`` (Path.rglob would skip it without a word)."""
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as entries:
                for e in entries:
                    if e.is_dir(follow_symlinks=False):
                        stack.append(Path(e.path))
                    else:
                        yield Path(e.path)
        except OSError as e:
            errors.append(e)


def _decode(data: bytes) -> tuple[str, str, list[str]]:
    if data.startswith(b"\xef\xbb\xbf"):
        return _utf8(data[3:], "utf-8-sig")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16", []
    # UTF-16 without a BOM: Chinese text has NUL in every other byte of its ASCII parts.
    head = data[:4096]
    if len(head) >= 4 and head.count(b"\x00") > len(head) // 8:
        even, odd = head[0::2].count(0), head[1::2].count(0)
        enc = "utf-16-le" if odd > even else "utf-16-be"
        try:
            return data.decode(enc), enc, []
        except UnicodeDecodeError:
            pass
    try:
        return _utf8(data, "utf-8")
    except UnicodeDecodeError as e:
        utf8_error = e
    try:
        return data.decode("gb18030"), "gb18030", []
    except UnicodeDecodeError:
        pass
    raise ValueError(f"not valid UTF-8 ({utf8_error.reason} at byte {utf8_error.start}), UTF-16 or GB18030")


def _utf8(data: bytes, enc: str) -> tuple[str, str, list[str]]:
    """UTF-8, tolerating a file cut inside its last character (an interrupted download or copy)."""
    try:
        return data.decode("utf-8"), enc, []
    except UnicodeDecodeError as e:
        if e.reason != "unexpected end of data" or e.start < len(data) - 3:
            raise
        return data[:e.start].decode("utf-8"), enc, [f"truncated file: its last {len(data) - e.start} byte(s) are "
                                                      f"half a character, dropped"]


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_TITLE = re.compile(r"^title:\s*(.+?)\s*$", re.M)


def read_file(path: str | os.PathLike, max_bytes: int = MAX_BYTES) -> SourceText:
    """Decode one report file; raise InputError with a one-line cause when it is not a text report."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > max_bytes:
            raise InputError(p, f"file is {size / 2**20:.0f} MB, over the {max_bytes / 2**20:.0f} MB limit for one report")
        data = p.read_bytes()
    except PermissionError:
        raise InputError(p, "permission denied") from None
    except FileNotFoundError:
        raise InputError(p, "no such file") from None
    except IsADirectoryError:
        raise InputError(p, "is a folder") from None
    except OSError as e:
        raise InputError(p, f"cannot read ({e.strerror or e})") from None
    if not data.strip():
        raise InputError(p, "empty file")
    if data[:5] == b"%PDF-" or data[:4] in (b"\x89PNG", b"PK\x03\x04") or data[:3] == b"\xff\xd8\xff":
        raise InputError(p, "binary file (PDF, image or archive), not a text report")
    try:
        text, enc, warnings = _decode(data)
    except ValueError as e:
        raise InputError(p, f"binary or undecodable file: {e}") from None
    if len(_CONTROL.findall(text[:20000])) > 20:
        raise InputError(p, "binary file (control characters), not a text report")
    if not _HAN.search(text):
        raise InputError(p, "no Chinese text in file")
    title, body_start = None, 0
    m = FRONT_MATTER.match(text)
    if m:
        body_start = m.end()
        t = _TITLE.search(m.group(1))
        if t:
            title = t.group(1).strip().strip("'\"")
    return SourceText(path=str(p), text=text, encoding=enc, front_title=title, body_start=body_start,
                      warnings=warnings)
