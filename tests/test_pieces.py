"""Files written piece by piece: a rebuild's file, its unchanged pieces copied, has the bytes a full render gives."""
import json
import os
from pathlib import Path

import pytest

from loaders.pieces import index_path, write_pieces


def _items(pieces: dict[str, bytes], renders: list[str], sep: bytes = b",\n"):
    """A JSON list with one piece per part."""
    out: list = [b"[\n"]
    for i, (name, data) in enumerate(pieces.items()):
        if i:
            out.append(sep)
        out.append((("rows", name), lambda name=name, data=data: renders.append(name) or data))
    out.append(b"\n]\n")
    return out


def _full(tmp_path: Path, pieces: dict[str, bytes], sep: bytes = b",\n") -> bytes:
    clean = tmp_path / "clean" / "f.json"
    clean.parent.mkdir(exist_ok=True)
    write_pieces(clean, _items(pieces, [], sep), index_path(clean.parent, clean.name))
    return clean.read_bytes()


BEFORE = {"a": b'"alpha"', "b": b'"beta"', "c": b'"gamma"', "d": b'"delta"'}
BIG = '"' + "x" * 10000 + '"'


@pytest.mark.parametrize("after, rendered", [
    (dict(BEFORE, c=BIG.encode()), ["c"]),  # a piece grows
    ({k: v for k, v in BEFORE.items() if k != "b"}, []),  # a part is gone
    (dict(BEFORE, e=b'"epsilon"'), ["e"]),  # a new part at the end
    ({"z": b'"zeta"', **BEFORE}, ["z", "a"]),  # a new first part: the old first one gets a separator
])
def test_a_rebuild_renders_only_what_changed_and_equals_a_full_render(tmp_path: Path, after, rendered):
    path = tmp_path / "f.json"
    index = index_path(tmp_path, path.name)
    write_pieces(path, _items(BEFORE, []), index)
    renders: list[str] = []
    changed = {"c"} if rendered == ["c"] else set()
    assert write_pieces(path, _items(after, renders), index, changed=changed) == len(rendered)
    assert renders == rendered
    assert path.read_bytes() == _full(tmp_path, after)
    assert json.loads(path.read_bytes()) == [json.loads(v) for v in after.values()]
    # the index of the rebuilt file serves the next build too
    assert write_pieces(path, _items(after, renders), index, changed=set()) == 0
    assert path.read_bytes() == _full(tmp_path, after)


def test_the_file_is_its_literals_and_pieces_and_nothing_else(tmp_path: Path):
    path = tmp_path / "f.json"
    write_pieces(path, _items(BEFORE, []), index_path(tmp_path, path.name))
    assert path.read_bytes() == b"[\n" + b",\n".join(BEFORE.values()) + b"\n]\n"


def test_a_reader_of_the_old_file_keeps_reading_it_whole_while_a_rebuild_replaces_it(tmp_path: Path):
    path = tmp_path / "f.json"
    index = index_path(tmp_path, path.name)
    write_pieces(path, _items(BEFORE, []), index)
    old = path.read_bytes()
    with open(path, "rb") as reader:
        write_pieces(path, _items(dict(BEFORE, c=BIG.encode()), []), index, changed={"c"})
        assert reader.read() == old  # the new file was renamed into place: the old one is untouched
    assert path.read_bytes() == _full(tmp_path, dict(BEFORE, c=BIG.encode()))


def test_a_hard_linked_snapshot_keeps_the_old_bytes(tmp_path: Path):
    path = tmp_path / "f.json"
    index = index_path(tmp_path, path.name)
    write_pieces(path, _items(BEFORE, []), index)
    os.link(path, tmp_path / "snapshot.json")
    old = path.read_bytes()
    renders: list[str] = []
    assert write_pieces(path, _items(dict(BEFORE, c=b'"GAMMA"'), renders), index, changed={"c"}) == 1
    assert renders == ["c"]
    assert (tmp_path / "snapshot.json").read_bytes() == old
    assert path.read_bytes() == _full(tmp_path, dict(BEFORE, c=b'"GAMMA"'))


def test_a_literal_that_differs_from_the_previous_file_is_written_not_kept(tmp_path: Path):
    path = tmp_path / "f.json"
    index = index_path(tmp_path, path.name)
    write_pieces(path, _items(BEFORE, [], sep=b" ,\n"), index)
    write_pieces(path, _items(BEFORE, []), index, changed=set())
    assert path.read_bytes() == _full(tmp_path, BEFORE)
