"""Each scorer on hand-made cases whose answers are known."""
from __future__ import annotations

import pytest

from eval.schema import CaseRecord
from eval.scorers import (
    FieldCounts, field_counts, hit_at_k, mean, normalize_ws, percentile, precision_recall_f1, reciprocal_rank,
)
from eval.suites.receipts import ReceiptRow, _score, micro_prf


def test_whitespace_is_normalised_but_case_and_punctuation_are_not():
    assert normalize_ws("  BEYOND   BROTHERS\tHARDWARE \n") == "BEYOND BROTHERS HARDWARE"
    assert normalize_ws(None) == ""
    assert field_counts("LOT 1-0-2,  JLN 1/50", "LOT 1-0-2, JLN 1/50") == FieldCounts(tp=1)
    assert field_counts("lot 1-0-2", "LOT 1-0-2") == FieldCounts(fp=1, fn=1)
    assert field_counts("12.30", "12.30.") == FieldCounts(fp=1, fn=1)


def test_empty_prediction_is_a_miss_not_a_false_positive():
    assert field_counts("", "9.00") == FieldCounts(fn=1)
    assert field_counts(None, "9.00") == FieldCounts(fn=1)
    assert field_counts("9.00", "") == FieldCounts(fp=1)
    assert field_counts("", "") == FieldCounts()


def test_precision_recall_f1_on_partial_matches():
    # 3 right, 1 wrong value (fp+fn), 1 missed: P = 3/4, R = 3/5, F1 = 2PR/(P+R)
    counts = FieldCounts(tp=3, fp=1, fn=2)
    p, r, f1 = precision_recall_f1(counts)
    assert p == pytest.approx(0.75)
    assert r == pytest.approx(0.6)
    assert f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)


def test_all_empty_predictions_score_zero_without_dividing_by_zero():
    assert precision_recall_f1(FieldCounts(fn=4)) == (0.0, 0.0, 0.0)
    assert precision_recall_f1(FieldCounts()) == (0.0, 0.0, 0.0)


def test_hit_at_k_and_reciprocal_rank_use_the_first_gold_result():
    ranked = [["合同编.md#667"], ["合同编.md#680", "合同编.md#681"], [], ["民间借贷.md#24"]]
    gold = {"民间借贷.md#24", "合同编.md#680"}
    assert hit_at_k(ranked, gold, 1) == 0.0
    assert hit_at_k(ranked, gold, 2) == 1.0
    assert reciprocal_rank(ranked, gold) == pytest.approx(0.5)
    assert reciprocal_rank(ranked, {"nowhere#1"}) == 0.0
    assert hit_at_k([], gold, 5) == 0.0


def test_mean_and_percentile_of_small_samples():
    assert mean([]) == 0.0
    assert mean([1.0, 0.0, 0.5]) == pytest.approx(0.5)
    values = [0.1, 0.2, 0.3, 0.4, 10.0]
    assert percentile(values, 50) == 0.3
    assert percentile(values, 100) == 10.0
    assert percentile([], 95) == 0.0


def _receipt(gold: dict) -> ReceiptRow:
    return ReceiptRow(id="r", lines=[{"text": "X", "box": [0, 0, 1, 0, 1, 1, 0, 1]}], gold=gold)


def test_receipt_scorer_and_micro_f1_over_two_receipts():
    gold_a = {"company": "ABC SDN BHD", "date": "01/02/2018", "address": "NO 1, JALAN 2", "total": "9.00"}
    gold_b = {"company": "XYZ ENTERPRISE", "date": "03/04/2018", "address": "LOT 5", "total": "12.30"}
    a = _score(_receipt(gold_a), {"fields": {"company": "ABC  SDN BHD", "date": "01/02/2018",
                                               "address": "NO 1, JALAN 2.", "total": None}})
    b = _score(_receipt(gold_b), {"fields": dict(gold_b)})
    assert a.scores == {"company": 1.0, "date": 1.0, "address": 0.0, "total": 0.0, "all": 0.0}
    assert b.scores["all"] == 1.0
    assert any("address" in e and "NO 1, JALAN 2." in e for e in a.evidence)
    cases = [CaseRecord(suite="receipts", case_id=i, scores=s.scores, counts=s.counts) for i, s in (("a", a), ("b", b))]
    m = micro_prf(cases)
    # address: 1 tp, 1 fp, 1 fn; total: 1 tp, 0 fp, 1 fn; overall: 6 tp, 1 fp, 2 fn
    assert m["address.precision"] == pytest.approx(0.5) and m["address.recall"] == pytest.approx(0.5)
    assert m["total.precision"] == 1.0 and m["total.recall"] == pytest.approx(0.5)
    assert m["overall.precision"] == pytest.approx(6 / 7)
    assert m["overall.recall"] == pytest.approx(6 / 8)
    assert m["company.f1"] == 1.0
