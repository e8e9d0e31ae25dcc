"""Bad input through the real command: every bad file costs one line naming it and the cause, the
run goes on with the others, the summary counts the failures and the exit code is non-zero."""
import json
import os
import subprocess
import sys

import pytest

from conftest import ROOT
from snippets import SANMENXIA

GOOD = (ROOT / "data" / "reports" / "2017_鹤壁市.txt").read_text(encoding="utf-8")


def _kg(*args, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kgapp.cli", *map(str, args)], capture_output=True, text=True,
                          cwd=ROOT, timeout=600, **kw)


def _bad_files(folder) -> dict[str, str]:
    """name -> the cause its error line must give (files that fail) or "" (files that must build)."""
    utf8 = SANMENXIA.encode("utf-8")
    files = {
        "empty.txt": (b"", "empty file"),
        "spaces.txt": (b" \r\n\t\n", "empty file"),
        "scan.pdf.txt": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n\x00\x00", "binary"),
        "photo.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
        "ascii.txt": (b"Quarterly results, nothing in Chinese here.\n" * 20, "no Chinese text"),
        # readable with a warning or silently
        "truncated-utf8.txt": (utf8[:-2], ""),  # cut inside the last character
        "gbk.txt": (SANMENXIA.encode("gbk"), ""),
        "gb18030.txt": (SANMENXIA.encode("gb18030"), ""),
        "utf16-bom.txt": (SANMENXIA.encode("utf-16"), ""),
        "utf16le-nobom.txt": (SANMENXIA.encode("utf-16-le"), ""),
        "mixed-eol.txt": (SANMENXIA.replace("\n", "\r\n", 3).replace("\n", "\r", 2).encode("utf-8"), ""),
        "page.txt": (("<!DOCTYPE html><html><head><title>政府工作报告</title><script>var x = 1;</script>"
                      "<style>p{color:red}</style></head><body><div class=\"nav\">首页 | 新闻</div>"
                      + "".join(f"<p>{line}</p>\n" for line in SANMENXIA.splitlines()) + "</body></html>").encode(), ""),
        "no-structure.txt": ("我们将继续推进重点项目建设，加快产业转型升级。\n深入推进“放管服”改革，优化营商环境。\n"
                             "与中国建设银行签订战略合作协议，共同支持小微企业发展。\n".encode(), ""),
        "novel.txt": ("第一章\n侯卫东坐在办公室里，窗外下着雨。他想起了小时候的事情，心里有些难过。\n".encode() * 30, ""),
    }
    for name, (data, _) in files.items():
        (folder / name).write_bytes(data)
    return {name: cause for name, (_, cause) in files.items()}


def test_each_bad_file_is_one_line_and_the_rest_is_built(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "2017_鹤壁市.txt").write_text(GOOD, encoding="utf-8")
    expected = _bad_files(src)
    huge = src / "huge.txt"  # 200 MB, sparse: refused by its size before any byte is read
    with open(huge, "wb") as f:
        f.write("政府工作报告".encode())
        f.truncate(200 * 2**20)
    expected["huge.txt"] = "over the 64 MB limit"
    out = tmp_path / "out"
    done = _kg("build", src, tmp_path / "missing", "--out", out, "--no-progress")
    assert done.returncode == 1
    errors = [line for line in done.stderr.splitlines() if line.startswith("error: ")]
    failing = {n: c for n, c in expected.items() if c}
    for name, cause in failing.items():
        lines = [e for e in errors if name in e]
        assert len(lines) == 1 and cause in lines[0], (name, lines)
    assert any("missing" in e and "no such file" in e for e in errors)
    assert len(errors) == len(failing) + 1, errors
    assert f"files failed: {len(failing) + 1}" in done.stderr
    reports = {json.loads(p.read_text(encoding="utf-8"))["report"]["path"].rsplit("/", 1)[1]: json.loads(
        p.read_text(encoding="utf-8")) for p in (out / "reports").glob("*.json")}
    assert "2017_鹤壁市.txt" in reports
    # every decodable variant of the same report is the same report: one kept, the others counted as duplicates
    same = ["truncated-utf8.txt", "gbk.txt", "gb18030.txt", "utf16-bom.txt", "utf16le-nobom.txt", "mixed-eol.txt"]
    kept = [n for n in same if n in reports]
    assert kept, "the re-encoded copies of one report must build"
    assert all(reports[n]["report"]["region"] == "三门峡市" for n in kept)


@pytest.mark.parametrize("name", ["truncated-utf8.txt", "gbk.txt", "utf16le-nobom.txt", "mixed-eol.txt", "page.txt"])
def test_readable_variants_give_the_report_and_its_facts(tmp_path, name):
    _bad_files(tmp_path)
    done = _kg("extract", tmp_path / name)
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    assert doc["report"]["region"] == "三门峡市" and doc["report"]["year"] == 2017
    gdp = [o for o in doc["observations"] if o["indicator"] == "GDP" and o["kind"] == "actual"]
    assert gdp and gdp[0]["value"] == 1348.6
    if name == "page.txt":
        assert not any("<" in e["name"] or "首页" in e["name"] for e in doc["entities"])
        assert "var x" not in json.dumps(doc, ensure_ascii=False)
    if name == "truncated-utf8.txt":
        assert any("truncated" in w for w in doc["report"]["warnings"])


def test_not_a_report_is_warned_and_gets_no_invented_region(tmp_path):
    _bad_files(tmp_path)
    done = _kg("build", tmp_path / "novel.txt", tmp_path / "no-structure.txt", "--out", tmp_path / "out", "--no-progress")
    warnings = [line for line in done.stderr.splitlines() if line.startswith("warning: ")]
    assert any("novel.txt" in w and "not a government work report" in w for w in warnings), done.stderr
    assert any("no-structure.txt" in w and "no section headings" in w for w in warnings), done.stderr
    novel = [json.loads(p.read_text(encoding="utf-8")) for p in (tmp_path / "out" / "reports").glob("*.json")
             if "novel" in json.loads(p.read_text(encoding="utf-8"))["report"]["path"]]
    assert novel and novel[0]["report"]["region"] is None
    structureless = [json.loads(p.read_text(encoding="utf-8")) for p in (tmp_path / "out" / "reports").glob("*.json")
                     if "no-structure" in json.loads(p.read_text(encoding="utf-8"))["report"]["path"]]
    names = {e["name"] for e in structureless[0]["entities"]} if structureless else set()
    assert {"放管服改革", "中国建设银行"} <= names, f"what can be extracted is extracted: {names}"


def test_unreadable_folder_is_one_line_and_the_rest_is_built(tmp_path):
    """A folder the user may not list. Root reads everything, so as root the command runs without
    the capabilities that bypass file permissions (setpriv, util-linux)."""
    import shutil

    base = tmp_path / "shared"
    (base / "ok").mkdir(parents=True)
    (base / "locked").mkdir()
    (base / "ok" / "2017_鹤壁市.txt").write_text(GOOD, encoding="utf-8")
    (base / "locked" / "r.txt").write_text(GOOD, encoding="utf-8")
    (base / "locked").chmod(0o000)
    prefix = []
    if os.geteuid() == 0:
        if not shutil.which("setpriv"):
            pytest.skip("running as root without setpriv: permissions cannot be tested")
        prefix = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search"]
    try:
        done = subprocess.run(prefix + [sys.executable, "-m", "kgapp.cli", "build", str(base), "--out",
                                        str(tmp_path / "out"), "--no-progress"],
                              capture_output=True, text=True, cwd=ROOT, timeout=600)
    finally:
        (base / "locked").chmod(0o755)
    assert done.returncode == 1, done.stderr
    errors = [line for line in done.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1 and "locked" in errors[0] and "permission denied" in errors[0], done.stderr
    assert (tmp_path / "out" / "reports" / "2017-鹤壁市.json").exists()


def test_control_characters_in_a_report_leave_graphml_and_n_triples_readable(tmp_path):
    """A NUL or another byte XML forbids, and a line separator (U+2028) inside a name, in one report."""
    import networkx as nx
    import rdflib

    text = GOOD.replace("政府工作报告", "政府工作报告\x00\x07", 1).replace("战略合作协议", "战略合作\u2028协议")
    src = tmp_path / "2017_鹤壁市.txt"
    src.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    done = _kg("build", src, "--out", out, "--no-progress")
    assert done.returncode == 0, done.stderr
    g = nx.read_graphml(out / "graph.graphml")
    assert g.number_of_nodes() > 100
    done = _kg("export", "rdf", out, "--format", "nt")
    assert done.returncode == 0, done.stderr
    assert len(rdflib.Graph().parse(out / "graph.nt", format="nt")) > 1000
