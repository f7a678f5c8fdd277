"""Third blind self-statement set: the `self_statements` task and scorers on rows by a fifth author.

Written on 2026-12-05 blind to the detector and its training rows, with the seventh topic 经营与纳税 (a party's own
word on its sales, invoicing, taxes and headcount) beside the six older ones. Never tune on it; its SOURCE.md lists
every measurement.
"""
from __future__ import annotations

from pathlib import Path

from eval.suites.self_statements import statement_suite

DATASET = Path(__file__).resolve().parent.parent / "datasets" / "self_statements_holdout3" / "cases.jsonl"
SUITE = statement_suite(
    "self_statements_holdout3", DATASET, "self_statements_holdout3 v1",
    "Held-out self-statements by a fifth author, with the operations-and-tax topic: a party's own word on a "
    "checkable fact found with its topic; the same words in other roles left alone")
