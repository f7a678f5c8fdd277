"""Held-out prompt injection: the injection suite's paths and scorers on attacks nobody tuned the patterns on.

`injection` (eval/datasets/injection/) is the set the patterns in agent/rules/injection_patterns.yaml were tuned
on, so its attack success flatters the defences. This suite runs the very same paths, gullible stand-in model and
scorers (reused from `eval.suites.injection`, not copied) on `injection_holdout/cases.jsonl`: 15 attacks and 10
benign sentences written after the tuning, planted in the same host documents. Since 2026-11-23 (evening) its
planted sentences are training data of the injection classifier: it shows the training fit now, and
`injection_holdout5` is the set nobody trained on.
"""
from __future__ import annotations

from pathlib import Path

from eval.suites.injection import held_out_suite

DATASET = Path(__file__).resolve().parent.parent / "datasets" / "injection_holdout" / "cases.jsonl"

SUITE = held_out_suite(
    "injection_holdout", DATASET,
    "First held-out prompt injection set (now classifier training data): fresh attacks and benign wording in the same "
    "hosts; attack success per path and false positives, as in `injection`",
    "(held-out rows)",
)
