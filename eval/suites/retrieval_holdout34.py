"""Thirty-fourth held-out law QA: the retrieval suite's task and scorers on fresh questions.

The earlier fresh sets have been measured and are no longer clean one-shot estimates. This suite runs the very same
search calls and hit@1/hit@5/MRR scorers (`fresh_held_out_suite`, reused) on `law_qa_holdout34.jsonl`, written from
the law text alone by an author who saw no other set's questions (a made-up Chongqing car finance-leasing / auto
finance company's legal and post-loan staff, a district court's pre-filing mediators, and car owners and their
families: lease-to-own vs loans, GPS tracking and repossession, trucks registered under transport firms, used-car
transfers and vehicle mortgages, guarantee insurance, outsourced collection and personal data, credit reporting and
disputes, prepayment penalties and fees, a dead or missing owner, spouses' debts, ride-hailing income, accidents and
insurance, a 4S dealer's bankruptcy and reorganisation, seizure of vehicles in enforcement; three questions in
English from a foreign-invested lessor's auditor). The CI subset is every fourth id (lh34-004, lh34-008, …).
Never tune retrieval on it; see its SOURCE.md for every measurement.
"""
from __future__ import annotations

from pathlib import Path

from eval.suites.retrieval_holdout import HoldoutRow
from eval.suites.retrieval_holdout2 import fresh_held_out_suite

DATASET = Path(__file__).resolve().parent.parent / "datasets" / "law_qa_holdout34" / "law_qa_holdout34.jsonl"
SUITE = fresh_held_out_suite("retrieval_holdout34", DATASET, "Thirty-fourth")

__all__ = ["DATASET", "SUITE", "HoldoutRow"]
