"""Eighteenth held-out law QA: the retrieval suite's task and scorers on fresh questions.

The earlier fresh sets have been measured and are no longer clean one-shot estimates. This suite runs the very same
search calls and hit@1/hit@5/MRR scorers (`fresh_held_out_suite`, reused) on `law_qa_holdout18.jsonl`, written from
the law text alone by an author who saw no other set's questions (questions put to the in-house counsel of a
Shanghai city commercial bank's inclusive and supply-chain finance department: company guarantees and resolutions,
one-person companies and unpaid capital, receivable pledges and factoring, movable-asset security, leasing and
retention of title, maximum-amount security, set-off and the borrower's bankruptcy, fees, KYC and personal data,
and mediation of bank / SME disputes). The CI subset is every fourth id (lh18-004, lh18-008, …). Never tune
retrieval on it; see its SOURCE.md for every measurement.
"""
from __future__ import annotations

from pathlib import Path

from eval.suites.retrieval_holdout import HoldoutRow
from eval.suites.retrieval_holdout2 import fresh_held_out_suite

DATASET = Path(__file__).resolve().parent.parent / "datasets" / "law_qa_holdout18" / "law_qa_holdout18.jsonl"
SUITE = fresh_held_out_suite("retrieval_holdout18", DATASET, "eighteenth")

__all__ = ["DATASET", "SUITE", "HoldoutRow"]
