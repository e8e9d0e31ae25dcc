"""`kg eval`: precision, recall and F1 against gold annotations (the same rules as ../shared/eval/score.py).

Names match when one equals, or contains with at least 60% of the length, a name or
alias of the other (one-to-one, greedy by similarity); an observation is right when
indicator, year and kind agree and every non-null gold value (up to unit scale),
growth_pct and change_pp agrees.  The indicator code OTHER is reported on its own line.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from .text import norm_name

SECTIONS = ("projects", "organizations", "policies", "cooperations", "indicators", "indicators_other")
HEADLINE = SECTIONS[:5]
_ENTITY = {"projects": "Project", "organizations": "Organization", "policies": "Policy"}
# unit -> (base unit, factor), as UNIT_SCALE of ../shared/eval/score.py, which `kg eval` reproduces: not the
# extractor's UNIT_BASE (kg/extract/indicators.py), which also takes 名 for 人 and 斤 for 吨 and would score
# as equal what the reference scorer does not
_SCALE = {"元": ("元", 1), "万元": ("元", 1e4), "亿元": ("元", 1e8), "千元": ("元", 1e3), "万亿元": ("元", 1e12),
          "美元": ("美元", 1), "万美元": ("美元", 1e4), "亿美元": ("美元", 1e8), "人": ("人", 1), "万人": ("人", 1e4),
          "人次": ("人次", 1), "万人次": ("人次", 1e4), "亿人次": ("人次", 1e8), "吨": ("吨", 1), "万吨": ("吨", 1e4),
          "亿吨": ("吨", 1e8), "亩": ("亩", 1), "万亩": ("亩", 1e4), "平方米": ("平方米", 1), "万平方米": ("平方米", 1e4),
          "%": ("%", 1), "个百分点": ("个百分点", 1)}


def _names(item: dict, key: str = "name") -> set[str]:
    out = {norm_name(str(item.get(key) or ""))} | {norm_name(a) for a in item.get("aliases") or []}
    out.discard("")
    return out


def name_score(a: set[str], b: set[str]) -> float:
    best = 0.0
    for x in a:
        for y in b:
            if x == y:
                return 1.0
            short, long_ = sorted((x, y), key=len)
            if short and short in long_ and len(short) / len(long_) >= 0.6:
                best = max(best, len(short) / len(long_))
    return best


def _base(value: Any, unit: Any) -> tuple[float, str]:
    """A stated value (not None) in the base unit of its unit, and that base unit."""
    u = norm_name(str(unit or ""))
    b, f = _SCALE.get(u, (u, 1))
    return float(value) * f, b


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def observation_score(g: dict, p: dict) -> float:
    if (g.get("indicator"), g.get("kind"), int(g.get("year") or 0)) != (p.get("indicator"), p.get("kind"), int(p.get("year") or 0)):
        return 0.0
    if g.get("indicator") == "OTHER" and name_score({norm_name(str(g.get("surface") or ""))}, {norm_name(str(p.get("surface") or ""))}) == 0:
        return 0.0
    ok = True
    if g.get("value") is not None:
        gv, gu = _base(g["value"], g.get("unit"))
        ok = False
        if p.get("value") is not None:
            pv, pu = _base(p["value"], p.get("unit"))
            ok = gu == pu and _close(gv, pv)
    for f in ("growth_pct", "change_pp"):
        if g.get(f) is not None:
            ok = ok and p.get(f) is not None and _close(float(g[f]), float(p[f]))
    return 1.0 if ok else 0.25


def _match(gold: list, pred: list, score: Callable[[Any, Any], float]) -> list[tuple[int, int, float]]:
    pairs = sorted(((score(g, p), i, j) for i, g in enumerate(gold) for j, p in enumerate(pred)), key=lambda t: -t[0])
    used_g, used_p, out = set(), set(), []
    for s, i, j in pairs:
        if s > 0 and i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            out.append((i, j, s))
    return out


# the guideline's closed list of codes; a code beyond it (GNP, M2 … in kg/lexicons/indicators.tsv) is a
# finer-grained OTHER, scored as OTHER on its surface, as ../shared/eval/score.py does
GUIDELINE_CODES = {"GDP", "GENERAL_BUDGET_REVENUE", "GENERAL_BUDGET_EXPENDITURE", "INDUSTRIAL_VALUE_ADDED",
                   "FIXED_ASSET_INVESTMENT", "RETAIL_SALES", "FOREIGN_TRADE", "URBAN_DISPOSABLE_INCOME",
                   "RURAL_DISPOSABLE_INCOME", "DISPOSABLE_INCOME", "CPI", "NEW_URBAN_JOBS", "UNEMPLOYMENT_RATE",
                   "URBANIZATION_RATE", "FDI", "OUT_OF_PROVINCE_FUNDS", "TOURIST_ARRIVALS", "TOURISM_REVENUE",
                   "PRIMARY_INDUSTRY_VA", "SECONDARY_INDUSTRY_VA", "TERTIARY_INDUSTRY_VA", "POVERTY_ALLEVIATION",
                   "OTHER"}


def _pred_section(doc: dict, section: str) -> list[dict]:
    if section in _ENTITY:
        return [e for e in doc.get("entities") or [] if e.get("type") == _ENTITY[section]]
    if section.startswith("indicators"):
        other = section == "indicators_other"
        obs = [o if o.get("indicator") in GUIDELINE_CODES else {**o, "indicator": "OTHER"}
               for o in doc.get("observations") or []]
        return [o for o in obs if (o.get("indicator") == "OTHER") == other]
    ents = {e.get("id"): e for e in doc.get("entities") or []}
    return [{"name": ents.get(r["target"], {}).get("name") or str(r["target"]).split(":", 1)[-1],
             "aliases": ents.get(r["target"], {}).get("aliases") or [], "rule": "relation.cooperation"}
            for r in doc.get("relations") or [] if r.get("type") == "COOPERATES_WITH"]


def _rule(item: dict) -> str:
    """The rule that read a predicted item (an entity's first mention's, an observation's)."""
    if "rule" in item:
        return item["rule"] or ""
    return next((m.get("rule") for m in item.get("mentions") or [] if m.get("rule")), "")


def _gold_section(gold: dict, section: str) -> list[dict]:
    if section.startswith("indicators"):
        other = section == "indicators_other"
        return [o for o in gold.get("indicators") or [] if (o.get("indicator") == "OTHER") == other]
    return list(gold.get(section) or [])


def _same_report(g: dict, p: dict) -> bool:
    gr, pr = norm_name(str(g.get("region") or "")), norm_name(str(p.get("region") or ""))
    ok = bool(gr and pr) and (gr == pr or gr.rstrip("市省区县") == pr.rstrip("市省区县"))
    return ok and int(g.get("year") or 0) == int(p.get("year") or 0)


@dataclass
class Score:
    totals: dict[str, list[int]] = field(default_factory=lambda: {s: [0, 0, 0] for s in SECTIONS})
    errors: list[str] = field(default_factory=list)
    # (section, rule that read the item) -> [right, wrong] predicted items: which rule to mend first
    by_rule: dict[tuple[str, str], list[int]] = field(default_factory=dict)

    @staticmethod
    def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def overall(self) -> tuple[float, float, float]:
        tp, fp, fn = (sum(self.totals[s][k] for s in HEADLINE) for k in range(3))
        return self.prf(tp, fp, fn)

    def table(self) -> str:
        lines = [f"{'section':18} {'tp':>5} {'fp':>5} {'fn':>5} {'P':>6} {'R':>6} {'F1':>6}"]
        for s, (tp, fp, fn) in self.totals.items():
            p, r, f = self.prf(tp, fp, fn)
            lines.append(f"{s:18} {tp:5} {fp:5} {fn:5} {p:6.3f} {r:6.3f} {f:6.3f}")
        p, r, f = self.overall()
        lines.append(f"overall: P={p:.3f} R={r:.3f} F1={f:.3f}")
        return "\n".join(lines)

    def rule_table(self) -> str:
        """Predicted items per section and rule, right and wrong, the rules with most wrong first."""
        lines = [f"{'section':18} {'rule':32} {'right':>6} {'wrong':>6} {'P':>6}"]
        for (s, rule), (right, wrong) in sorted(self.by_rule.items(), key=lambda kv: -kv[1][1]):
            lines.append(f"{s:18} {rule or '(none)':32} {right:6} {wrong:6} {right / (right + wrong):6.3f}")
        return "\n".join(lines)


def score(gold_dir: str | Path, preds: list[dict], show_errors: int = 0) -> Score:
    """Score predicted report objects (the contract's JSON) against every *.gold.json in ``gold_dir``."""
    result = Score()
    for gf in sorted(Path(gold_dir).glob("*.gold.json")):
        gold = json.loads(gf.read_text(encoding="utf-8"))
        doc = next((d for d in preds if _same_report(gold["report"], d.get("report") or {})), None)
        if doc is None:
            result.errors.append(f"{gf.name}: no predicted report for {gold['report'].get('region')} {gold['report'].get('year')}")
        for s in SECTIONS:
            g_items, p_items = _gold_section(gold, s), (_pred_section(doc, s) if doc else [])
            if s.startswith("indicators"):
                pairs = _match(g_items, p_items, observation_score)
                tp = sum(1 for _, _, sc in pairs if sc == 1.0)
            else:
                key = "party" if s == "cooperations" else "name"
                pairs = _match(g_items, p_items, lambda g, p: name_score(_names(g, key), _names(p)))
                tp = len(pairs)
            right = {j for _, j, sc in pairs if not s.startswith("indicators") or sc == 1.0}
            for j, item in enumerate(p_items):
                counts = result.by_rule.setdefault((s, _rule(item)), [0, 0])
                counts[0 if j in right else 1] += 1
            t = result.totals[s]
            t[0] += tp
            t[1] += len(p_items) - tp
            t[2] += len(g_items) - tp
            if show_errors:
                mg, mp = {i for i, _, _ in pairs}, {j for _, j, _ in pairs}
                key = "party" if s == "cooperations" else "name"
                label = (lambda x: f"{x.get('indicator')}/{x.get('kind')}/{x.get('year')} {x.get('value')} {x.get('unit')} "
                         f"growth={x.get('growth_pct')} [{x.get('surface')}]") if s.startswith("indicators") else (lambda x: str(x.get(key) or x.get("name")))
                result.errors += [f"{gf.name} {s} missed: {label(g)}" for i, g in enumerate(g_items) if i not in mg][:show_errors]
                result.errors += [f"{gf.name} {s} spurious: {label(p)}" for j, p in enumerate(p_items) if j not in mp][:show_errors]
    return result
