from __future__ import annotations

import json
from pathlib import Path

from agent.mediation.evaluate import evaluate_mediation

DATASET = Path(__file__).resolve().parents[2] / "eval" / "datasets" / "mediation"


def test_shipped_eval_set_matches_hand_computed_totals():
    rep = evaluate_mediation(DATASET)
    assert rep["cases"] >= 25
    assert rep["exact_totals_rate"] == 1.0, rep["failures"]
    assert rep["limitation_guarantee_rate"] == 1.0 and rep["option_arithmetic_rate"] == 1.0
    assert rep["draft_checks_pass_rate"] == rep["cited_article_validity"] == rep["section_completeness"] == 1.0


def test_a_wrong_expected_total_is_reported_as_a_failure(tmp_path):
    rows = [json.loads(x) for x in (DATASET / "cases.jsonl").read_text(encoding="utf-8").splitlines()[:2]]
    rows[0]["expected"]["total_outstanding"] = "1.00"
    (tmp_path / "cases.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    rep = evaluate_mediation(tmp_path)
    assert rep["exact_totals_rate"] == 0.5 and rep["failures"][0]["id"] == rows[0]["id"]
