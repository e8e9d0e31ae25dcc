"""Files written piece by piece: copied pieces and literals give the bytes a full render gives."""
from pathlib import Path

from loaders.pieces import index_path, write_pieces


def _items(pieces: dict[str, bytes], sep: bytes, renders: list[str]):
    out: list = [b"HEAD\n"]
    for i, (name, data) in enumerate(pieces.items()):
        if i:
            out.append(sep)
        out.append((("rows", name), lambda name=name, data=data: renders.append(name) or data))
    out.append(b"TAIL\n")
    return out


def test_unchanged_pieces_are_copied_and_the_file_equals_a_full_render(tmp_path: Path):
    path = tmp_path / "f.txt"
    index = index_path(tmp_path, path.name)
    before = {"a": b"alpha", "b": b"beta", "c": b"gamma", "d": b"delta"}
    write_pieces(path, _items(before, b",\n", []), index)
    after = dict(before, c=b"GAMMA!")
    renders: list[str] = []
    assert write_pieces(path, _items(after, b",\n", renders), index, changed={"c"}) == 1
    assert renders == ["c"]
    assert path.read_bytes() == b"HEAD\nalpha,\nbeta,\nGAMMA!,\ndelta" + b"TAIL\n"
    # the index of the patched file serves the next build too
    assert write_pieces(path, _items(after, b",\n", []), index, changed=set()) == 0
    assert path.read_bytes() == b"HEAD\nalpha,\nbeta,\nGAMMA!,\ndelta" + b"TAIL\n"


def test_a_literal_that_differs_from_the_previous_file_is_written_not_copied(tmp_path: Path):
    path = tmp_path / "f.txt"
    index = index_path(tmp_path, path.name)
    pieces = {"a": b"alpha", "b": b"beta", "c": b"gamma"}
    write_pieces(path, _items(pieces, b";;", []), index)
    write_pieces(path, _items(pieces, b",\n", []), index, changed=set())
    assert path.read_bytes() == b"HEAD\nalpha,\nbeta,\ngamma" + b"TAIL\n"
