"""Twenty-fourth held-out law QA: the retrieval suite's task and scorers on fresh questions.

The earlier fresh sets have been measured and are no longer clean one-shot estimates. This suite runs the very same
search calls and hit@1/hit@5/MRR scorers (`fresh_held_out_suite`, reused) on `law_qa_holdout24.jsonl`, written from
the law text alone by an author who saw no other set's questions (a Chongqing consumer-finance company's complaints
and compliance desk: loans taken in someone's name, e-signatures and face scans, collection calls to relatives,
fees and early repayment, dead or disabled borrowers, credit-report disputes, payment orders and small claims,
mediation and judicial confirmation, asked by staff, mediators and customers). The CI subset is every fourth id
(lh24-004, lh24-008, …). Never tune retrieval on it; see its SOURCE.md for every measurement.
"""
from __future__ import annotations

from pathlib import Path

from eval.suites.retrieval_holdout import HoldoutRow
from eval.suites.retrieval_holdout2 import fresh_held_out_suite

DATASET = Path(__file__).resolve().parent.parent / "datasets" / "law_qa_holdout24" / "law_qa_holdout24.jsonl"
SUITE = fresh_held_out_suite("retrieval_holdout24", DATASET, "twenty-fourth")

__all__ = ["DATASET", "SUITE", "HoldoutRow"]
