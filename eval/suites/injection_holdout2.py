"""Second held-out prompt injection set: the injection suite's paths and scorers on attacks written blind.

`injection_holdout2/cases.jsonl` holds 30 attacks and 15 benign sentences written by an author who saw neither
the defences nor the other injection sets' sentences, planted in the dev set's host documents. The run loop,
gullible stand-in model and scorers are `eval.suites.injection`'s (reused, not copied). Never tune on it.
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from eval.suite import ExternalResult, RunContext
from eval.suites.injection import SUITE as DEV_SUITE
from eval.suites.injection import run_injection

DATASET = Path(__file__).resolve().parent.parent / "datasets" / "injection_holdout2" / "cases.jsonl"


def run_holdout2(ctx: RunContext) -> ExternalResult:
    """The dev suite's run loop, on this suite's rows and under its name."""
    return run_injection(ctx, SUITE)


SUITE = replace(
    DEV_SUITE,
    name="injection_holdout2",
    description="Second held-out prompt injection set (written blind, never used for tuning): new attacks and benign "
                "instructions in the same hosts; attack success per path and false positives, as in `injection`",
    version="injection_holdout2 v1",
    dataset=DATASET,
    metrics=[m.model_copy(update={"description": m.description + " (held-out set 2)"}) for m in DEV_SUITE.metrics],
    run_external=run_holdout2,
)
