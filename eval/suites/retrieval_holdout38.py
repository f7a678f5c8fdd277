"""Thirty-eighth held-out law QA: the retrieval suite's task and scorers on fresh questions.

The earlier fresh sets have been measured and are no longer clean one-shot estimates. This suite runs the very same
search calls and hit@1/hit@5/MRR scorers (`fresh_held_out_suite`, reused) on `law_qa_holdout38.jsonl`, written from
the law text alone by an author who saw no other set's questions (a made-up Suzhou/Wuxi city commercial bank's
inclusive-finance post-loan and collection team, its compliance officer, a law firm doing court-referred pre-filing
mediation for the bank, and defaulted borrowers and their families: outsourced collection and its limits, credit-report
objections and overdue records, extensions and restructuring, guarantors' recourse, mortgaged homes and enforcement,
time bars, payment orders, notarised loan deeds, small-business owners' personal guarantees, spouses' and heirs' debts,
e-contracts and e-signatures, diverted loan funds, fee disclosure and standard terms; three rows in English from a
foreign-invested firm's finance side). The CI subset is every fourth id (lh38-004, lh38-008, …). Never tune retrieval
on it; see its SOURCE.md for every measurement.
"""
from __future__ import annotations

from pathlib import Path

from eval.suites.retrieval_holdout import HoldoutRow
from eval.suites.retrieval_holdout2 import fresh_held_out_suite

DATASET = Path(__file__).resolve().parent.parent / "datasets" / "law_qa_holdout38" / "law_qa_holdout38.jsonl"
SUITE = fresh_held_out_suite("retrieval_holdout38", DATASET, "Thirty-eighth")

__all__ = ["DATASET", "SUITE", "HoldoutRow"]
