"""The extraction cache's keys: a file's stat vouches for its hash only while nothing wrote to it."""
import os
import time
from pathlib import Path

import pytest

from kgapp.cache import ExtractionCache
from kgapp.pipeline import FileResult


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The files read whole (Path.read_bytes, what hashing a file does) from here on."""
    seen: list[Path] = []
    read_bytes = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: seen.append(self) or read_bytes(self))
    return seen


def test_an_unchanged_file_is_not_read_again_and_an_edited_one_is(tmp_path: Path, reads: list[Path]):
    report = tmp_path / "2020_某市.txt"
    report.write_text("政府工作报告\n地区生产总值增长6%。\n", encoding="utf-8")
    then = report.stat()
    time.sleep(2.2)  # a hash is remembered only for files last written two seconds before it was taken
    cache = ExtractionCache(tmp_path / "cache", FileResult)
    first = cache.key(str(report))
    cache.prune()
    reads.clear()
    assert ExtractionCache(tmp_path / "cache", FileResult).key(str(report)) == first
    assert reads == []

    # the same size and the old mtime put back: the ctime still tells the file was written
    report.write_text("政府工作报告\n地区生产总值增长7%。\n", encoding="utf-8")
    os.utime(report, ns=(then.st_atime_ns, then.st_mtime_ns))
    assert report.stat().st_size == then.st_size and report.stat().st_mtime_ns == then.st_mtime_ns
    assert ExtractionCache(tmp_path / "cache", FileResult).key(str(report)) != first
    assert reads == [report]


def test_a_file_written_just_before_the_build_is_hashed_every_time(tmp_path: Path, reads: list[Path]):
    report = tmp_path / "2020_某市.txt"
    report.write_text("政府工作报告\n", encoding="utf-8")
    cache = ExtractionCache(tmp_path / "cache", FileResult)
    key = cache.key(str(report))
    cache.prune()
    reads.clear()
    assert ExtractionCache(tmp_path / "cache", FileResult).key(str(report)) == key
    assert reads == [report]


def test_the_junk_of_a_file_is_remembered_with_its_stat_and_is_part_of_every_key(tmp_path: Path,
                                                                                 monkeypatch: pytest.MonkeyPatch):
    import kg.prepare

    report = tmp_path / "2017_某市.txt"
    report.write_text("2017年某市政府工作报告\n一、2016年工作回顾二号首长\n地区生产总值增长6%。\n", encoding="utf-8")
    time.sleep(2.2)
    cache = ExtractionCache(tmp_path / "cache", FileResult)
    assert cache.junk(str(report)) == {"二号首长"}
    assert cache.key(str(report), {"二号首长"}) != cache.key(str(report))
    cache.prune()
    scanned: list[str] = []
    real = kg.prepare.file_junk
    monkeypatch.setattr(kg.prepare, "file_junk", lambda path: scanned.append(path) or real(path))
    assert ExtractionCache(tmp_path / "cache", FileResult).junk(str(report)) == {"二号首长"} and scanned == []


def test_junk_found_by_other_code_is_found_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    import kg.prepare
    import kgapp.cache

    report = tmp_path / "2017_某市.txt"
    report.write_text("2017年某市政府工作报告\n一、2016年工作回顾二号首长\n地区生产总值增长6%。\n", encoding="utf-8")
    time.sleep(2.2)
    monkeypatch.setattr(kgapp.cache, "code_fingerprint", lambda: "older code")
    monkeypatch.setattr(kg.prepare, "file_junk", lambda path: frozenset())  # the older code found none
    cache = ExtractionCache(tmp_path / "cache", FileResult)
    assert cache.junk(str(report)) == frozenset()
    cache.key(str(report))
    cache.prune()
    monkeypatch.undo()
    assert ExtractionCache(tmp_path / "cache", FileResult).junk(str(report)) == {"二号首长"}
