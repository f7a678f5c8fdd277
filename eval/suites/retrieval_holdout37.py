"""Thirty-seventh held-out law QA: the retrieval suite's task and scorers on fresh questions.

The earlier fresh sets have been measured and are no longer clean one-shot estimates. This suite runs the very same
search calls and hit@1/hit@5/MRR scorers (`fresh_held_out_suite`, reused) on `law_qa_holdout37.jsonl`, written from
the law text alone by an author who saw no other set's questions (a made-up county in Liangshan / Ganzi, Sichuan:
private loans between villagers and relatives, poverty-relief microcredit, migrant workers' unpaid wages and injuries,
bride price and debts at divorce, land contracting and transfer, gambling debts and usury, guarantees and joint-liability
groups, a dead borrower's heirs, minors' and illiterate elders' thumbprints, oral loans and WeChat evidence, mediation
agreements and judicial confirmation, court fees and legal aid; askers are a people's mediation committee's mediators,
a legal-aid centre's lawyer's clients, a rural credit cooperative's loan officers, borrowers and their families, and
an NGO field worker writing in English). The CI subset is every fourth id (lh37-004, lh37-008, …).
Never tune retrieval on it; see its SOURCE.md for every measurement.
"""
from __future__ import annotations

from pathlib import Path

from eval.suites.retrieval_holdout import HoldoutRow
from eval.suites.retrieval_holdout2 import fresh_held_out_suite

DATASET = Path(__file__).resolve().parent.parent / "datasets" / "law_qa_holdout37" / "law_qa_holdout37.jsonl"
SUITE = fresh_held_out_suite("retrieval_holdout37", DATASET, "thirty-seventh")

__all__ = ["DATASET", "SUITE", "HoldoutRow"]
