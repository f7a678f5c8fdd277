"""Contract feature extraction, scored by `agent.contracts.evaluate.eval_contracts` on the contracts dataset."""
from __future__ import annotations

from pathlib import Path

from eval.suite import Suite
from eval.suites._external import run_external

DATASET_DIR = Path(__file__).resolve().parent.parent / "datasets" / "contracts"
TARGET = "agent.contracts.evaluate:eval_contracts"

def contract_suite(name: str, description: str) -> Suite:
    """A contract-extraction suite on `eval/datasets/<name>/` (the held-out sets reuse it)."""
    folder = DATASET_DIR.parent / name
    return Suite(name=name, description=description, version=name, metrics=[], requires=(TARGET,),
                 run_external=lambda ctx: run_external(TARGET, name, folder, ctx))


SUITE = contract_suite(
    "contracts", "Loan/guarantee contract extraction (parties, amounts, rates, guarantees) vs. gold, per field")
