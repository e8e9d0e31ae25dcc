"""Leftovers of a killed run are removed; the temporaries of a run still going are not."""
import subprocess
import sys

from loaders.staging import sweep, temp_dir, temp_file


def test_sweep_removes_only_what_dead_runs_left(tmp_path):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    live = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        (tmp_path / f".graph.json.{dead.pid}.x1y2").write_text("half")
        (tmp_path / f".html.{dead.pid}.abc_old").mkdir()
        (tmp_path / f".graph.ttl.{live.pid}.k9").write_text("being written")
        fd, mine = temp_file(tmp_path / "graph.json")
        ours = temp_dir(tmp_path / "html")
        (tmp_path / ".hidden-user-file").write_text("not ours")
        removed = sorted(p.name for p in sweep(tmp_path))
        assert removed == sorted([f".graph.json.{dead.pid}.x1y2", f".html.{dead.pid}.abc_old"])
        left = {p.name for p in tmp_path.iterdir()}
        assert {f".graph.ttl.{live.pid}.k9", ".hidden-user-file", ours.name} <= left and mine.rsplit("/", 1)[1] in left
    finally:
        live.kill()
        live.wait()
