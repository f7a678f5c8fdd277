"""VAT invoice extraction and validation, scored by `agent.invoices.evaluate.eval_invoices` on the invoices dataset."""
from __future__ import annotations

from pathlib import Path

from eval.suite import Suite
from eval.suites._external import run_external

DATASET_DIR = Path(__file__).resolve().parent.parent / "datasets" / "invoices"
TARGET = "agent.invoices.evaluate:evaluate_invoices"

SUITE = Suite(
    name="invoices",
    description="VAT invoice (增值税发票/数电票) field extraction and checks vs. gold, per field",
    version="invoices",
    metrics=[],
    requires=(TARGET,),
    run_external=lambda ctx: run_external(TARGET, "invoices", DATASET_DIR, ctx),
)
