"""In-place patches of a file: the result, and the file restored after an error or a kill."""
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from loaders import patch

B = patch.BLOCK


def _blocks(*letters: str) -> bytes:
    return b"".join(c.encode() * B for c in letters)


def _supported(tmp_path: Path) -> None:
    probe = tmp_path / "probe"
    probe.write_bytes(_blocks("a", "b"))
    try:
        patch.apply(probe, [(0, B, _blocks("x", "y"))])
    except patch.Unsupported as e:
        pytest.skip(f"this file system cannot shift a file's blocks ({e})")


# grow a middle range, shrink the first, replace the last in place and extend the end
CHANGES = [(0, 2 * B, _blocks("P")), (3 * B, B, _blocks("Q", "R", "S")), (5 * B, B, _blocks("T")),
           (6 * B, 0, _blocks("U", "V"))]
BEFORE = _blocks("a", "b", "c", "d", "e", "f")
AFTER = _blocks("P", "c", "Q", "R", "S", "e", "T", "U", "V")


def test_changes_replace_their_ranges_and_leave_the_rest(tmp_path: Path):
    _supported(tmp_path)
    f = tmp_path / "f"
    f.write_bytes(BEFORE)
    inode = f.stat().st_ino
    patch.apply(f, CHANGES)
    assert f.read_bytes() == AFTER
    assert f.stat().st_ino == inode  # patched where it is, not a new copy
    assert not patch.journal_path(f).exists()


def test_an_error_half_way_restores_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    _supported(tmp_path)
    f = tmp_path / "f"
    f.write_bytes(BEFORE)
    real, calls = os.pwrite, []

    def failing(fd, data, at):
        calls.append(at)
        if len(calls) == 3:
            raise OSError(28, "No space left on device")
        return real(fd, data, at)
    monkeypatch.setattr(os, "pwrite", failing)
    with pytest.raises(OSError, match="No space"):
        patch.apply(f, CHANGES)
    monkeypatch.undo()
    assert f.read_bytes() == BEFORE
    assert not patch.journal_path(f).exists()


def _killed_patch(path: Path, changes: str, kill_at: int) -> None:
    """patch.apply(path, CHANGES) in a process killed (SIGKILL) before its Nth write of new bytes."""
    child = f"""
import os, signal, sys
from pathlib import Path
sys.path.insert(0, {str(Path(__file__).parents[1])!r})
from loaders import patch
from tests.test_patch import B, _blocks, CHANGES
n = 0
real = os.pwrite
def pwrite(fd, data, at):
    global n
    n += 1
    if n == {kill_at}:
        os.kill(os.getpid(), signal.SIGKILL)
    return real(fd, data, at)
os.pwrite = pwrite
patch.apply(Path({str(path)!r}), {changes})
"""
    proc = subprocess.run([sys.executable, "-c", child])
    assert proc.returncode == -signal.SIGKILL
    assert patch.journal_path(path).exists()


@pytest.mark.parametrize("kill_at", [1, 2, 3, 4])
def test_recover_undoes_a_patch_cut_short_by_a_kill(tmp_path: Path, kill_at: int):
    """Killed before the Nth write of new bytes: the shifts up to there are made."""
    _supported(tmp_path)
    f = tmp_path / "f"
    f.write_bytes(BEFORE)
    _killed_patch(f, "CHANGES", kill_at)
    assert f.read_bytes() != BEFORE or kill_at == 1
    assert patch.recover(f)
    assert f.read_bytes() == BEFORE
    assert not patch.journal_path(f).exists() and not patch.recover(f)


def test_reading_a_build_puts_back_a_graph_json_a_kill_left_half_patched(tmp_path: Path, sample_build: Path):
    from kg.graph import node_dict
    from loaders.files import read_graph

    _supported(tmp_path)
    shutil.copy(sample_build / "graph.json", tmp_path / "graph.json")
    _killed_patch(tmp_path / "graph.json", "[(0, B, _blocks('x', 'y'))]", 1)  # the blocks inserted, not filled
    assert (tmp_path / "graph.json").read_bytes() != (sample_build / "graph.json").read_bytes()
    got, want = read_graph(tmp_path), read_graph(sample_build)
    assert [node_dict(n) for n in got.nodes.values()] == [node_dict(n) for n in want.nodes.values()]
    assert (tmp_path / "graph.json").read_bytes() == (sample_build / "graph.json").read_bytes()


def test_a_file_with_another_link_is_not_patched(tmp_path: Path):
    f = tmp_path / "f"
    f.write_bytes(BEFORE)
    os.link(f, tmp_path / "snapshot")
    with pytest.raises(patch.Unsupported):
        patch.apply(f, CHANGES)
    assert f.read_bytes() == BEFORE == (tmp_path / "snapshot").read_bytes()


def test_ranges_must_be_whole_blocks(tmp_path: Path):
    f = tmp_path / "f"
    f.write_bytes(BEFORE)
    with pytest.raises(ValueError, match="whole blocks"):
        patch.apply(f, [(0, B, b"short")])
    assert f.read_bytes() == BEFORE
