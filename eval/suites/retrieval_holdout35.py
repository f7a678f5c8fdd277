"""Thirty-fifth held-out law QA: the retrieval suite's task and scorers on fresh questions.

The earlier fresh sets have been measured and are no longer clean one-shot estimates. This suite runs the very same
search calls and hit@1/hit@5/MRR scorers (`fresh_held_out_suite`, reused) on `law_qa_holdout35.jsonl`, written from
the law text alone by an author who saw no other set's questions (a made-up Shanghai city commercial bank's consumer
protection department and a made-up Shanghai financial-dispute mediation centre: complaints, credit-card instalment
fees and standard terms, credit-report objections and wrong reporting, abusive debt collection and leaked personal
data, elderly customers and signatures by relatives, guarantee insurance and lending platforms, card fraud, consumer
loans diverted to house purchases, a dead borrower's heirs, debts after divorce, small-business owners' personal
guarantees, court-linked mediation and judicial confirmation; askers are the bank's consumer-protection staff, the
centre's mediators, and customers and their families, three of them in English). The CI subset is every fourth id
(lh35-004, lh35-008, …). Never tune retrieval on it; see its SOURCE.md for every measurement.
"""
from __future__ import annotations

from pathlib import Path

from eval.suites.retrieval_holdout import HoldoutRow
from eval.suites.retrieval_holdout2 import fresh_held_out_suite

DATASET = Path(__file__).resolve().parent.parent / "datasets" / "law_qa_holdout35" / "law_qa_holdout35.jsonl"
SUITE = fresh_held_out_suite("retrieval_holdout35", DATASET, "thirty-fifth")

__all__ = ["DATASET", "SUITE", "HoldoutRow"]
