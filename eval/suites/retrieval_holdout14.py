"""Fourteenth held-out law QA: the retrieval suite's task and scorers on fresh questions.

The earlier fresh sets have been measured and are no longer clean one-shot estimates. This suite runs the very same
search calls and hit@1/hit@5/MRR scorers (`fresh_held_out_suite`, reused) on `law_qa_holdout14.jsonl`, written from
the law text alone by an author who saw no other set's questions (questions reaching a township 司法所 in Linyi,
Shandong: village mediators, a rural commercial bank's loan officer and a small-loan clerk, and villagers with family
loans, funeral and bride-price debts, guarantees, homestead and farmland security, gambling debts and enforcement).
The CI subset is every fourth id (lh14-004, lh14-008, …). Never tune retrieval on it; see its SOURCE.md for every
measurement.
"""
from __future__ import annotations

from pathlib import Path

from eval.suites.retrieval_holdout import HoldoutRow
from eval.suites.retrieval_holdout2 import fresh_held_out_suite

DATASET = Path(__file__).resolve().parent.parent / "datasets" / "law_qa_holdout14" / "law_qa_holdout14.jsonl"
SUITE = fresh_held_out_suite("retrieval_holdout14", DATASET, "fourteenth")

__all__ = ["DATASET", "SUITE", "HoldoutRow"]
