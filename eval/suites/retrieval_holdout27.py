"""Twenty-seventh held-out law QA: the retrieval suite's task and scorers on fresh questions.

The earlier fresh sets have been measured and are no longer clean one-shot estimates. This suite runs the very same
search calls and hit@1/hit@5/MRR scorers (`fresh_held_out_suite`, reused) on `law_qa_holdout27.jsonl`, written from
the law text alone by an author who saw no other set's questions (the people who come to a township people's
mediator in Guizhou: villagers lending and borrowing among relatives and neighbours, oral loans, lost IOUs, dead
debtors and their heirs, relatives as guarantors, partnerships, settlements and judicial confirmation, a rural credit
co-op's loan officer). The CI subset is every fourth id (lh27-004, lh27-008, …). Never tune retrieval on it; see its
SOURCE.md for every measurement.
"""
from __future__ import annotations

from pathlib import Path

from eval.suites.retrieval_holdout import HoldoutRow
from eval.suites.retrieval_holdout2 import fresh_held_out_suite

DATASET = Path(__file__).resolve().parent.parent / "datasets" / "law_qa_holdout27" / "law_qa_holdout27.jsonl"
SUITE = fresh_held_out_suite("retrieval_holdout27", DATASET, "twenty-seventh")

__all__ = ["DATASET", "SUITE", "HoldoutRow"]
