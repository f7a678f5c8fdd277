"""Third held-out prompt injection set: the injection suite's paths and scorers on attacks written blind.

`injection_holdout3/cases.jsonl` holds 30 attacks and 15 benign sentences written by an author who saw neither
the defences nor the other injection sets' sentences, planted in the dev set's host documents. The run loop,
gullible stand-in model and scorers are `eval.suites.injection`'s (reused, not copied). Since 2026-11-23
(evening) its planted sentences are training data of the injection classifier; `injection_holdout5` is held out.
"""
from __future__ import annotations

from pathlib import Path

from eval.suites.injection import held_out_suite

DATASET = Path(__file__).resolve().parent.parent / "datasets" / "injection_holdout3" / "cases.jsonl"

SUITE = held_out_suite(
    "injection_holdout3", DATASET,
    "Third held-out prompt injection set (written blind, now classifier training data): new attacks and benign "
    "instructions in the same hosts; attack success per path and false positives, as in `injection`",
    "(held-out set 3)",
)
