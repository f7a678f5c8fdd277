"""The shipped evaluation set meets the targets: rates 100 % exact, findings P and R ≥ 0.95."""
from __future__ import annotations

import json
from pathlib import Path

from agent.contracts.evaluate import eval_contracts

DATASET = Path(__file__).resolve().parents[2] / "eval" / "datasets" / "contracts"


def test_dataset_has_at_least_30_contracts_of_each_lender_kind():
    rows = [json.loads(x) for x in (DATASET / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 30 and all((DATASET / r["file"]).exists() for r in rows)
    kinds = {r["fields"].get("lender_kind") for r in rows}
    assert {"natural_person", "enterprise", "licensed_lender"} <= kinds
    assert any(r["file"].endswith(".docx") for r in rows)


def test_eval_meets_targets_on_the_shipped_set():
    m = eval_contracts(DATASET)
    assert m["rate_exact"] == 1.0, m["mismatches"]
    assert m["finding_precision"] >= 0.95 and m["finding_recall"] >= 0.95, m["mismatches"]
    assert m["field_f1"] >= 0.95, m["mismatches"]
    assert m["expected_errors_met"] == 1.0, m["mismatches"]


def test_an_amount_delivered_equal_to_the_principal_matches_a_report_that_states_none_apart(tmp_path):
    """A 借条 that says the whole sum was handed over: gold writes it out, the reader leaves it (the principal)."""
    (tmp_path / "a.txt").write_text("借条\n今借到张三人民币贰万元整（20000元），年利率6%，2024年5月1日前还清。\n借款人：李四\n2023年11月2日\n",
                                    encoding="utf-8")
    row = {"file": "a.txt", "fields": {"principal": "20000", "amount_delivered": "20000"}, "findings": [], "as_of": "2024-01-01"}
    (tmp_path / "gold.jsonl").write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    assert eval_contracts(tmp_path)["per_field"]["amount_delivered"] == {"tp": 1, "fp": 0, "fn": 0}
    row["fields"]["amount_delivered"] = "18000"
    (tmp_path / "gold.jsonl").write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    assert eval_contracts(tmp_path)["per_field"]["amount_delivered"] == {"tp": 0, "fp": 0, "fn": 1}   # a plain miss
