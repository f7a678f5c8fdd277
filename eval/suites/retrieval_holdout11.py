"""Eleventh held-out law QA: the retrieval suite's task and scorers on fresh questions.

The earlier fresh sets have been measured and are no longer clean one-shot estimates. This suite runs the very same
search calls and hit@1/hit@5/MRR scorers (`fresh_held_out_suite`, reused) on `law_qa_holdout11.jsonl`, written from
the law text alone by an author who saw no other set's questions (readers' letters to an evening paper's legal
column: retirees who lent savings, families pulled into a relative's debt, online-loan collection, small-loan clerks,
and the everyday core). The CI subset is every fourth id (lh11-004, lh11-008, …). Never tune retrieval on it; see its
SOURCE.md for every measurement.
"""
from __future__ import annotations

from pathlib import Path

from eval.suites.retrieval_holdout import HoldoutRow
from eval.suites.retrieval_holdout2 import fresh_held_out_suite

DATASET = Path(__file__).resolve().parent.parent / "datasets" / "law_qa_holdout11" / "law_qa_holdout11.jsonl"
SUITE = fresh_held_out_suite("retrieval_holdout11", DATASET, "eleventh")

__all__ = ["DATASET", "SUITE", "HoldoutRow"]
