"""Contract feature extraction, scored by `agent.contracts.evaluate.eval_contracts` on the contracts dataset."""
from __future__ import annotations

from pathlib import Path

from eval.suite import Suite
from eval.suites._external import run_external

DATASET_DIR = Path(__file__).resolve().parent.parent / "datasets" / "contracts"
TARGET = "agent.contracts.evaluate:eval_contracts"

SUITE = Suite(
    name="contracts",
    description="Loan/guarantee contract extraction (parties, amounts, rates, guarantees) vs. gold, per field",
    version="contracts",
    metrics=[],
    requires=(TARGET,),
    run_external=lambda ctx: run_external(TARGET, "contracts", DATASET_DIR, ctx),
)
