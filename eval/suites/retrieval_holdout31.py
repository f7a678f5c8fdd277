"""Thirty-first held-out law QA: the retrieval suite's task and scorers on fresh questions.

The earlier fresh sets have been measured and are no longer clean one-shot estimates. This suite runs the very same
search calls and hit@1/hit@5/MRR scorers (`fresh_held_out_suite`, reused) on `law_qa_holdout31.jsonl`, written from
the law text alone by an author who saw no other set's questions (the aftermath of a private-lending bubble in
Ordos, Inner Mongolia: illegal deposit-taking vs private loans, criminal/civil overlap, interest caps, houses and
trucks given in payment, spouses' debts, guarantee chains between coal and transport firms, piercing the corporate
veil, unpaid capital, enforcement objections and sanctions, a coal-trading firm's bankruptcy and reorganisation,
grassland contracting rights, herders' loans and gambling debts; askers are a made-up law firm's lawyers, a banner
court's enforcement judges and mediators, and debtors). The CI subset is every fourth id (lh31-004, lh31-008, …).
Never tune retrieval on it; see its SOURCE.md for every measurement.
"""
from __future__ import annotations

from pathlib import Path

from eval.suites.retrieval_holdout import HoldoutRow
from eval.suites.retrieval_holdout2 import fresh_held_out_suite

DATASET = Path(__file__).resolve().parent.parent / "datasets" / "law_qa_holdout31" / "law_qa_holdout31.jsonl"
SUITE = fresh_held_out_suite("retrieval_holdout31", DATASET, "thirty-first")

__all__ = ["DATASET", "SUITE", "HoldoutRow"]
