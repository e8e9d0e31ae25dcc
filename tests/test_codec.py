"""The build folder's JSON codec: typed objects of kg.model back as they were, anything else refused."""
import pytest

from kg.model import Entity, Evidence, Extraction, Observation, Relation, ReportMeta
from kgapp import codec
from kgapp.pipeline import FileResult


def _result() -> FileResult:
    ev = Evidence("2017-焦作市", "全市生产总值增长8.3%。", 10, 22, rule="indicator.surface")
    meta = ReportMeta("2017-焦作市", "政府工作报告", "焦作市", "河南省", "prefecture", 2017, 2016)
    obs = Observation("GDP", "生产总值", 2016, "actual", 2000, "亿元", 8.3, None, None, ev, value_base=2e11)
    ent = Entity("project:焦作市:x", "Project", "x", ["y"], {"investment_value": 12}, [ev])
    rel = Relation("HAS_PROJECT", "region:焦作市", "project:焦作市:x", {"status": None}, [ev])
    return FileResult("a.txt", [Extraction(meta, [ent], [obs], [rel])], dropped=2)


def test_a_result_comes_back_equal_and_a_whole_number_stays_a_float_where_the_field_is_one():
    back = codec.loads(FileResult, codec.dumps(_result()))
    assert back == _result()
    value = back.extractions[0].observations[0].value
    assert value == 2000 and isinstance(value, float)  # Observation.value is a float field
    assert codec.dumps(codec.loads(FileResult, codec.dumps(back))) == codec.dumps(back)


@pytest.mark.parametrize("data", [b"", b"not json", b"[1, 2]", b'{"path": "a.txt", "extractions": [{"meta": 3}]}'])
def test_what_is_not_a_result_is_refused(data):
    with pytest.raises(ValueError):
        codec.loads(FileResult, data)
