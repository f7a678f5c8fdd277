"""Mediation: claim ledgers, option arithmetic and draft checks, scored by `agent.mediation.evaluate.evaluate_mediation`."""
from __future__ import annotations

from pathlib import Path

from eval.suite import Suite
from eval.suites._external import run_external

DATASET_DIR = Path(__file__).resolve().parent.parent / "datasets" / "mediation"
TARGET = "agent.mediation.evaluate:evaluate_mediation"

SUITE = Suite(
    name="mediation",
    description="Dispute ledgers vs hand computations, settlement options, draft checks and cited-article validity",
    version="mediation",
    metrics=[],
    requires=(TARGET,),
    run_external=lambda ctx: run_external(TARGET, "mediation", DATASET_DIR, ctx),
)
