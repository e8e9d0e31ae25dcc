import pytest

from kg.read import InputError, iter_paths, read_file
from snippets import FUZHOU_FRONT, SANMENXIA


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "utf-16", "utf-16-le", "utf-16-be"])
def test_decodes_common_encodings(write, encoding):
    src = read_file(write("r.txt", SANMENXIA, encoding=encoding))
    assert src.text.lstrip("\ufeff").startswith("2017年三门峡市政府工作报告")


def test_front_matter_title_kept_and_body_offset(write):
    src = read_file(write("r.md", FUZHOU_FRONT))
    assert src.front_title == "福州市政府工作报告（2018年1月5日 尤猛军）"
    assert src.text[src.body_start:].lstrip().startswith("——2018年1月5日")


@pytest.mark.parametrize("content,cause", [
    (b"", "empty file"), (b"  \n\n", "empty file"),
    (b"%PDF-1.7\n\x00\x01binary", "binary"), (b"\x89PNG\r\n\x1a\n\x00\x00", "binary"),
    (b"just ascii text, no report here", "no Chinese text"),
])
def test_refuses_bad_files_with_one_line_naming_the_file(write, content, cause):
    p = write("bad.txt", content)
    with pytest.raises(InputError) as e:
        read_file(p)
    msg = str(e.value)
    assert str(p) in msg and cause in msg and "\n" not in msg


def test_iter_paths_recurses_and_reports_missing(tmp_path, write):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.md").write_text(SANMENXIA, encoding="utf-8")
    write("b.txt", SANMENXIA)
    write("c.csv", "x")
    found = list(iter_paths([tmp_path, tmp_path / "nope"]))
    names = sorted(p.name for p in found if not isinstance(p, InputError))
    assert names == ["a.md", "b.txt"]
    assert any(isinstance(p, InputError) and "no such file" in str(p) for p in found)
