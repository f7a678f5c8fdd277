"""WOE + logistic-regression scorecard on the shipped German credit data (held-out `_is_test` rows)."""
from __future__ import annotations

import numpy as np

from agent.risk.scorecard import evaluate_scorecard, fit_scorecard, ks_statistic, load_german


def test_scorecard_ranks_held_out_borrowers_better_than_chance() -> None:
    result = evaluate_scorecard()
    assert result["test_rows"] == 257
    assert result["auc"] >= 0.72 and result["ks"] >= 0.3, result


def test_protected_attributes_never_enter_the_scorecard() -> None:
    features = evaluate_scorecard()["features"]
    assert "status_and_sex" not in features and "is_foreign_worker" not in features


def test_overdrawn_account_scores_lower_than_no_account() -> None:
    rows = load_german()
    card = fit_scorecard([r for r in rows if r["_is_test"] != "True"])
    base = next(r for r in rows if r["_is_test"] == "True")
    risky, safe = {**base, "status_account": "< 0 DM"}, {**base, "status_account": "no checking account"}
    s_risky, s_safe = card.score([risky, safe])
    assert s_safe > s_risky


def test_ks_is_one_for_perfect_separation_and_zero_for_identical_groups() -> None:
    y = np.array([1, 1, 0, 0])
    assert ks_statistic(y, np.array([0.9, 0.8, 0.2, 0.1])) == 1.0
    assert ks_statistic(np.array([1, 0]), np.array([0.5, 0.5])) == 0.0
