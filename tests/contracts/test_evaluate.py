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
