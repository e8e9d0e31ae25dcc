"""Entity resolution across reports: two 安阳 reports a year apart make one node per thing."""
import pytest

from conftest import ROOT
from kg.graph import build_graph
from kgapp.pipeline import process_file

REPORTS = [ROOT / "data" / "reports" / "2016_安阳市.md", ROOT / "data" / "reports" / "2017_安阳市.txt"]


@pytest.fixture(scope="module")
def graph():
    return build_graph(ex for f in REPORTS for ex in process_file(str(f)).extractions)


def _mentioned_by(g, node_id):
    return {e.source for e in g.edges.values() if e.type == "MENTIONS" and e.target == node_id}


def test_one_node_per_organization_project_and_policy_across_years(graph):
    both = {"report:2016-安阳市", "report:2017-安阳市"}
    assert _mentioned_by(graph, "org:中国建筑集团") == both  # 中建 in one year, 中国建筑 in the other
    assert {"中建", "中国建筑"} & set(graph.nodes["org:中国建筑集团"].aliases)
    assert _mentioned_by(graph, "project:安阳市:安阳机场") == both  # a local project is keyed by region + name
    national = [n for n in graph.nodes.values() if n.label == "Policy" and n.properties.get("scope") == "national"
                and _mentioned_by(graph, n.id) == both]
    assert len(national) >= 3
    assert all(len([n for n in graph.nodes.values() if n.name == p.name]) == 1 for p in national)


def test_the_2016_target_is_met_by_the_actual_the_next_report_states(graph):
    meets = [e for e in graph.edges.values() if e.type in ("MEETS", "MISSES")
             and graph.nodes[e.target].properties["indicator"] == "GDP"]
    assert len(meets) == 1
    e = meets[0]
    assert graph.nodes[e.source].properties["report"] == "2017-安阳市"
    assert graph.nodes[e.target].properties["report"] == "2016-安阳市"
    assert (e.type, e.properties["measure"], e.properties["gap"]) == ("MEETS", "growth_pct", 0.5)
