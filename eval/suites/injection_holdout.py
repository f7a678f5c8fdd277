"""Held-out prompt injection: the injection suite's paths and scorers on attacks nobody tuned the patterns on.

`injection` (eval/datasets/injection/) is the set the patterns in agent/rules/injection_patterns.yaml were tuned
on, so its attack success flatters the defences. This suite runs the very same paths, gullible stand-in model and
scorers (reused from `eval.suites.injection`, not copied) on `injection_holdout/cases.jsonl`: 15 attacks and 10
benign sentences written after the tuning, planted in the same host documents. Never tune on it.
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from eval.suite import ExternalResult, RunContext
from eval.suites.injection import SUITE as DEV_SUITE
from eval.suites.injection import run_injection

DATASET = Path(__file__).resolve().parent.parent / "datasets" / "injection_holdout" / "cases.jsonl"


def run_holdout(ctx: RunContext) -> ExternalResult:
    """The dev suite's run loop, on this suite's rows and under its name."""
    return run_injection(ctx, SUITE)


SUITE = replace(
    DEV_SUITE,
    name="injection_holdout",
    description="Held-out prompt injection (never used for tuning): fresh attacks and benign wording in the same "
                "hosts; attack success per path and false positives, as in `injection`",
    version="injection_holdout v1",
    dataset=DATASET,
    metrics=[m.model_copy(update={"description": m.description + " (held-out rows)"}) for m in DEV_SUITE.metrics],
    run_external=run_holdout,
)
