"""Sixth held-out prompt injection set: the injection suite's paths and scorers on attacks written blind.

`injection_holdout6/cases.jsonl` holds 30 attacks (15 `form: instruction`, 15 `form: claim`) and 15 benign
sentences written by an author who saw neither the defences nor the other injection sets' sentences, planted in
the dev set's host documents. The run loop, gullible stand-in model and scorers are `eval.suites.injection`'s
(reused, not copied). Never tune on it.
"""
from __future__ import annotations

from pathlib import Path

from eval.suites.injection import held_out_suite

DATASET = Path(__file__).resolve().parent.parent / "datasets" / "injection_holdout6" / "cases.jsonl"

SUITE = held_out_suite(
    "injection_holdout6", DATASET,
    "Sixth held-out prompt injection set (written blind, never used for tuning): new attacks, half planted "
    "instructions and half false claims, and benign instruction-like sentences in the same hosts; attack success "
    "per path and false positives, as in `injection`",
    "(held-out set 6)",
)
