"""Second blind self-statement set: the `self_statements` task and scorers on rows by another author.

`self_statements` became a dev set after its third run (its failure list was read). This suite runs the same task
and scorers (`statement_suite`, reused) on `eval/datasets/self_statements_holdout2/cases.jsonl`, written on
2026-12-05 blind to the detector, its training rows and the first set. Never tune on it; its SOURCE.md lists every
measurement.
"""
from __future__ import annotations

from pathlib import Path

from eval.suites.self_statements import statement_suite

DATASET = Path(__file__).resolve().parent.parent / "datasets" / "self_statements_holdout2" / "cases.jsonl"
SUITE = statement_suite(
    "self_statements_holdout2", DATASET, "self_statements_holdout2 v1",
    "Held-out self-statements by another author: a party's own word on a risk fact found with its topic; the same "
    "words in other roles left alone")
