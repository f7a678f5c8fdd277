"""Thirtieth held-out law QA: the retrieval suite's task and scorers on fresh questions.

The earlier fresh sets have been measured and are no longer clean one-shot estimates. This suite runs the very same
search calls and hit@1/hit@5/MRR scorers (`fresh_held_out_suite`, reused) on `law_qa_holdout30.jsonl`, written from
the law text alone by an author who saw no other set's questions (a made-up Hangzhou online micro-lending company's
compliance and legal team and its partner bank in joint lending: e-contracts and e-signatures, personal information
and credit-reporting consent, collection limits, annualised cost and service fees, debt assignment notices by SMS,
internet-court litigation and online mediation, students and minors, identity theft, telecom-fraud victims, insurance
and platform guarantees, cross-border data; borrowers such as delivery riders and online-shop owners; an internet
court's invited mediator; four questions in English from a Singapore investor). The CI subset is every fourth id
(lh30-004, lh30-008, …). Never tune retrieval on it; see its SOURCE.md for every measurement.
"""
from __future__ import annotations

from pathlib import Path

from eval.suites.retrieval_holdout import HoldoutRow
from eval.suites.retrieval_holdout2 import fresh_held_out_suite

DATASET = Path(__file__).resolve().parent.parent / "datasets" / "law_qa_holdout30" / "law_qa_holdout30.jsonl"
SUITE = fresh_held_out_suite("retrieval_holdout30", DATASET, "thirtieth")

__all__ = ["DATASET", "SUITE", "HoldoutRow"]
