"""Nineteenth held-out law QA: the retrieval suite's task and scorers on fresh questions.

The earlier fresh sets have been measured and are no longer clean one-shot estimates. This suite runs the very same
search calls and hit@1/hit@5/MRR scorers (`fresh_held_out_suite`, reused) on `law_qa_holdout19.jsonl`, written from
the law text alone by an author who saw no other set's questions (a Wuhan law-firm assistant's family money
disputes: loans between relatives, gifts vs loans, spouses and divorce agreements, relatives as guarantors, evidence,
small claims, enforcement and 失信; a 社区 people's mediator; a bank's 客户经理 on personal loans). The CI subset is
every fourth id (lh19-004, lh19-008, …). Never tune retrieval on it; see its SOURCE.md for every measurement.
"""
from __future__ import annotations

from pathlib import Path

from eval.suites.retrieval_holdout import HoldoutRow
from eval.suites.retrieval_holdout2 import fresh_held_out_suite

DATASET = Path(__file__).resolve().parent.parent / "datasets" / "law_qa_holdout19" / "law_qa_holdout19.jsonl"
SUITE = fresh_held_out_suite("retrieval_holdout19", DATASET, "nineteenth")

__all__ = ["DATASET", "SUITE", "HoldoutRow"]
