"""Thirteenth held-out law QA: the retrieval suite's task and scorers on fresh questions.

The earlier fresh sets have been measured and are no longer clean one-shot estimates. This suite runs the very same
search calls and hit@1/hit@5/MRR scorers (`fresh_held_out_suite`, reused) on `law_qa_holdout13.jsonl`, written from
the law text alone by an author who saw no other set's questions (many voices of a Yiwu wholesale-market merchants'
WeChat group: 货款 vs 借款, IOUs and receipts, partnerships and 个体户, bills, receivables and stock as security,
liens, set-off, assignment, limitation, jurisdiction, enforcement, the group's mediator and a rural-bank loan
officer). The CI subset is every fourth id (lh13-004, lh13-008, …). Never tune retrieval on it; see its SOURCE.md
for every measurement.
"""
from __future__ import annotations

from pathlib import Path

from eval.suites.retrieval_holdout import HoldoutRow
from eval.suites.retrieval_holdout2 import fresh_held_out_suite

DATASET = Path(__file__).resolve().parent.parent / "datasets" / "law_qa_holdout13" / "law_qa_holdout13.jsonl"
SUITE = fresh_held_out_suite("retrieval_holdout13", DATASET, "thirteenth")

__all__ = ["DATASET", "SUITE", "HoldoutRow"]
