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


# --- persistence, single-record scoring, tenants -------------------------------------------------------------

import json  # noqa: E402
import time  # noqa: E402

import pytest  # noqa: E402

from agent.errors import DocumentError, NotFound, TenantAccessError  # noqa: E402
from agent.risk.drift import drift_report, psi  # noqa: E402
from agent.risk.scorecard import load_scorecard, score_record, train_tenant_scorecard  # noqa: E402


@pytest.fixture()
def data_dir(tmp_path, monkeypatch):
    from agent.config import reset_settings

    monkeypatch.setenv("FENGTIAO_DATA_DIR", str(tmp_path))
    reset_settings()
    yield tmp_path
    monkeypatch.undo()
    reset_settings()


def _split() -> tuple[list[dict], list[dict]]:
    rows = load_german()
    return [r for r in rows if r["_is_test"] != "True"], [r for r in rows if r["_is_test"] == "True"]


def test_single_record_score_equals_batch_score_on_every_test_row() -> None:
    train, test = _split()
    card = fit_scorecard(train)
    batch = card.score(test)
    for row, expected in zip(test, batch):
        points, codes = score_record(card, row)
        assert isinstance(points, float) and abs(points - expected) < 1e-9
        assert len(codes) <= 4 and all(c.startswith("SCORE_") for c in codes)


def test_overdrawn_account_becomes_a_reason_code_only_when_it_costs_points() -> None:
    train, test = _split()
    card = fit_scorecard(train)
    base = next(r for r in test if r["status_account"] == "no checking account")
    _, safe_codes = score_record(card, base)
    _, risky_codes = score_record(card, {**base, "status_account": "< 0 DM"})
    assert "SCORE_STATUS_ACCOUNT" not in safe_codes and "SCORE_STATUS_ACCOUNT" in risky_codes


def test_saved_then_loaded_scorecard_scores_identically_and_records_its_provenance(data_dir) -> None:
    train, test = _split()
    meta = train_tenant_scorecard("xd-xiaodai", train, test)
    card, loaded = load_scorecard("xd-xiaodai")
    fresh = fit_scorecard(train)
    assert loaded.version == 1 and loaded.train_rows == len(train) and loaded.test_rows == len(test)
    assert meta.auc == evaluate_scorecard()["auc"] and meta.ks == evaluate_scorecard()["ks"]
    assert len(loaded.data_hash) == 64 and loaded.rules_version
    saved = json.loads((data_dir / "scorecards" / "xd-xiaodai" / "v0001.json").read_text(encoding="utf-8"))
    assert saved["coef"] == fresh.coef and saved["trained_at"]
    assert np.array_equal(card.score(test), fresh.score(test))
    assert [score_record(card, r) for r in test] == [score_record(fresh, r) for r in test]


def test_training_one_tenant_never_touches_another_tenants_model(data_dir) -> None:
    train, test = _split()
    train_tenant_scorecard("tenant-a", train, test)
    a_file = data_dir / "scorecards" / "tenant-a" / "v0001.json"
    before = a_file.read_bytes()
    meta_b = train_tenant_scorecard("tenant-b", train[:400], test)
    meta_b2 = train_tenant_scorecard("tenant-b", train, test)
    assert a_file.read_bytes() == before
    assert sorted(p.name for p in a_file.parent.iterdir()) == ["baseline-v0001.json", "v0001.json"]
    assert (meta_b.version, meta_b2.version) == (1, 2) and meta_b.data_hash != meta_b2.data_hash
    assert load_scorecard("tenant-b")[1].version == 2 and load_scorecard("tenant-b", 1)[1].train_rows == 400
    assert load_scorecard("tenant-a")[1].version == 1
    with pytest.raises(NotFound, match="tenant-c"):
        load_scorecard("tenant-c")
    with pytest.raises(TenantAccessError):
        load_scorecard("../tenant-a")


def test_bad_record_gets_a_typed_error_naming_the_feature() -> None:
    train, test = _split()
    card = fit_scorecard(train)
    with pytest.raises(DocumentError, match="credit_amount"):
        score_record(card, {**test[0], "credit_amount": "一万"})
    with pytest.raises(DocumentError, match="missing feature"):
        score_record(card, {k: v for k, v in test[0].items() if k != "status_account"})


def test_single_record_scoring_is_fast() -> None:
    train, test = _split()
    card = fit_scorecard(train)
    start = time.perf_counter()
    for r in test:
        score_record(card, r)
    assert (time.perf_counter() - start) / len(test) < 0.005


# --- drift -----------------------------------------------------------------------------------------------------

def test_psi_is_zero_for_identical_samples_and_alerts_on_a_shifted_sample() -> None:
    train, test = _split()
    card = fit_scorecard(train)
    same = drift_report(card, train, train)
    assert same.score.psi == 0 and same.status == "stable" and not same.moved_features
    # the applicant mix moves: everyone borrows 3× as much for the longest terms, and accounts are overdrawn
    shifted = [{**r, "credit_amount": str(float(r["credit_amount"]) * 3), "month_duration": "60",
                "status_account": "< 0 DM"} for r in test]
    report = drift_report(card, train, shifted)
    assert report.status == "alert" and report.score.status == "alert"
    for name in ("credit_amount", "month_duration", "status_account"):
        if name in report.features:
            assert report.features[name].status == "alert", (name, report.features[name])
    assert set(report.moved_features) >= {"status_account"} and report.features["purpose"].status == "stable"


def test_held_out_rows_drift_less_than_the_shifted_sample() -> None:
    train, test = _split()
    card = fit_scorecard(train)
    assert drift_report(card, train, test).score.psi < 0.1


def test_psi_matches_the_textbook_formula() -> None:
    result = psi(["a"] * 50 + ["b"] * 50, ["a"] * 80 + ["b"] * 20)
    expected = (0.8 - 0.5) * np.log(0.8 / 0.5) + (0.2 - 0.5) * np.log(0.2 / 0.5)
    assert abs(result.psi - expected) < 1e-6 and result.status == "alert"
    with pytest.raises(DocumentError):
        psi([], ["a"])
