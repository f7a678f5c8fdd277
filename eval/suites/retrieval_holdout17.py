"""Seventeenth held-out law QA: the retrieval suite's task and scorers on fresh questions.

The earlier fresh sets have been measured and are no longer clean one-shot estimates. This suite runs the very same
search calls and hit@1/hit@5/MRR scorers (`fresh_held_out_suite`, reused) on `law_qa_holdout17.jsonl`, written from
the law text alone by an author who saw no other set's questions (a credit officer of a rural credit cooperative in
a Yunnan county and the people around him: land-management rights, forest rights, farm houses, tractors and cattle
as collateral, cooperatives and family farms, village committees and joint-guarantee groups, village mediation).
The CI subset is every fourth id (lh17-004, lh17-008, …). Never tune retrieval on it; see its SOURCE.md for every
measurement.
"""
from __future__ import annotations

from pathlib import Path

from eval.suites.retrieval_holdout import HoldoutRow
from eval.suites.retrieval_holdout2 import fresh_held_out_suite

DATASET = Path(__file__).resolve().parent.parent / "datasets" / "law_qa_holdout17" / "law_qa_holdout17.jsonl"
SUITE = fresh_held_out_suite("retrieval_holdout17", DATASET, "seventeenth")

__all__ = ["DATASET", "SUITE", "HoldoutRow"]
