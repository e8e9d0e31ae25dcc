"""The panel of targets and outcomes (`kg export panel`): loads in pandas and pyarrow with the
codebook's types, and a row read end to end against the report texts."""
import subprocess
import sys

import pytest

from conftest import ROOT
from loaders.panel import COLUMNS


@pytest.fixture(scope="module")
def panel(sample_build):
    for fmt in ("csv", "parquet"):
        done = subprocess.run([sys.executable, "-m", "kgapp.cli", "export", "panel", str(sample_build), "--format", fmt],
                              capture_output=True, text=True, cwd=ROOT)
        assert done.returncode == 0, done.stderr
    return sample_build


def test_the_panel_loads_with_the_codebooks_types(panel):
    import pandas as pd
    import pyarrow.parquet as pq

    table = pq.read_table(panel / "panel.parquet")
    assert [(f.name, str(f.type)) for f in table.schema] == [
        (c.name, {"string": "string", "int64": "int64", "float64": "double", "bool": "bool"}[c.type]) for c in COLUMNS]
    dtypes = {c.name: {"string": "string", "int64": "Int64", "float64": "Float64", "bool": "boolean"}[c.type]
              for c in COLUMNS}
    frame = pd.read_csv(panel / "panel.csv", dtype=dtypes, true_values=["true"], false_values=["false"])
    assert list(frame.columns) == [c.name for c in COLUMNS] and len(frame) == table.num_rows > 100
    codebook = (panel / "panel.codebook.md").read_text(encoding="utf-8")
    assert all(f"| `{c.name}` | {c.type} |" in codebook for c in COLUMNS)


def test_a_row_end_to_end_jiaozuo_2016_gdp(panel):
    """焦作市 set 生产总值增长8.5%左右 for 2016 in its 2016 report; its 2017 report states 增长8.3%."""
    import pandas as pd

    frame = pd.read_parquet(panel / "panel.parquet")
    row = frame[(frame.region == "焦作市") & (frame.year == 2016) & (frame.indicator == "GDP")].iloc[0]
    assert (row.target_low, row.target_high, row.target_comparator) == (8.5, 8.5, "左右")
    assert (row.actual_growth, row.actual_value, row.actual_unit) == (8.3, 2082.6, "亿元")
    assert (bool(row.met), row.gap, row.gap_measure) == (False, -0.2, "growth_pct")
    assert (row.target_report, row.actual_report) == ("2016-焦作市", "2017-焦作市")
    assert "8.5%左右" in row.target_sentence and "增长8.3%" in row.actual_sentence
    assert (row.region_level, row.province, row.parent_region) == ("prefecture", "河南省", "河南省")


@pytest.mark.corpus
def test_targets_across_levels_in_the_panel_cypher_and_sparql(tmp_path):
    """焦作市 and 安阳市 2016/2017, 河南省 2016/2017 and the State Council's 2016 report: each 2016 actual
    against its own target and its parent's (the national range 6.5%—7% for the province)."""
    from conftest import SHARED, needs
    from kgapp.cypher import library_file, run_embedded
    from kgapp.pipeline import build
    from kgapp.sparql import open_store, run
    from loaders.panel import panel_rows
    from loaders.files import read_graph

    needs(SHARED / "corpus", "the corpus")
    corpus = SHARED / "corpus"
    reports = ROOT / "data" / "reports"
    out = tmp_path / "out"
    build([reports / "2016_焦作市.md", reports / "2017_焦作市.txt", reports / "2016_安阳市.md",
           reports / "2017_安阳市.txt", corpus / "政府工作报告-省自治区/河南省/2016.md",
           corpus / "政府工作报告-省自治区/河南省/2017.md", corpus / "政府工作报告-国务院/2016.md"], out)
    expected = [("河南省", 8.1, 8, 0.1, "中华人民共和国", 6.5, 7, 1.6), ("安阳市", 8, 7.5, 0.5, "河南省", 8, None, 0),
                ("焦作市", 8.3, 8.5, -0.2, "河南省", 8, None, 0.3)]
    cypher = library_file(ROOT / "queries/cypher/targets_across_levels.cypher", "embedded").read_text(encoding="utf-8")
    _, rows = run_embedded(out, cypher, {"indicator": "GDP", "year": 2016})
    assert [tuple(r[:8]) for r in rows] == expected and {r[8] for r in rows} == {"MEETS_PARENT_TARGET"}
    _, rows = run(open_store(out), (ROOT / "queries/sparql/targets_across_levels.rq").read_text(encoding="utf-8"))
    assert [tuple(r[:8]) for r in rows] == expected
    panel = {(r["region"], r["indicator"], r["year"]): r for r in panel_rows(read_graph(out))}
    jiaozuo = panel[("焦作市", "GDP", 2016)]
    assert (jiaozuo["parent_region"], jiaozuo["parent_target_low"], jiaozuo["parent_met"], jiaozuo["parent_gap"]) == (
        "河南省", 8, True, 0.3)
    henan = panel[("河南省", "GDP", 2016)]
    assert (henan["parent_target_low"], henan["parent_target_high"], henan["parent_gap"]) == (6.5, 7, 1.6)
