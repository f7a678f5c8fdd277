"""Fifteenth held-out law QA: the retrieval suite's task and scorers on fresh questions.

The earlier fresh sets have been measured and are no longer clean one-shot estimates. This suite runs the very same
search calls and hit@1/hit@5/MRR scorers (`fresh_held_out_suite`, reused) on `law_qa_holdout15.jsonl`, written from
the law text alone by an author who saw no other set's questions (questions reaching the collections-compliance head
of a foreign-invested consumer-finance company in Shenzhen: collectors and agencies, product managers, the
bulk-litigation team, the Hong Kong parent's risk and audit staff in English, complaining customers and harassed
relatives, and mediators of the court-annexed online mediation platform). The CI subset is every fourth id
(lh15-004, lh15-008, …). Never tune retrieval on it; see its SOURCE.md for every measurement.
"""
from __future__ import annotations

from pathlib import Path

from eval.suites.retrieval_holdout import HoldoutRow
from eval.suites.retrieval_holdout2 import fresh_held_out_suite

DATASET = Path(__file__).resolve().parent.parent / "datasets" / "law_qa_holdout15" / "law_qa_holdout15.jsonl"
SUITE = fresh_held_out_suite("retrieval_holdout15", DATASET, "fifteenth")

__all__ = ["DATASET", "SUITE", "HoldoutRow"]
