"""Thirty-sixth held-out law QA: the retrieval suite's task and scorers on fresh questions.

The earlier fresh sets have been measured and are no longer clean one-shot estimates. This suite runs the very same
search calls and hit@1/hit@5/MRR scorers (`fresh_held_out_suite`, reused) on `law_qa_holdout36.jsonl`, written from
the law text alone by an author who saw no other set's questions (non-performing-loan recovery at a made-up rural
commercial bank in Weifang / Linyi, Shandong: payment orders and pre-suit attachment, enforcement, the defaulter
list and exit bans, sale of collateral and property given in payment, NPL assignment to an asset management company
and notice, limitation and guarantee periods, guarantors' recourse, a borrower's bankruptcy, shareholders' withdrawn
or unpaid capital and veil piercing, spouses' debts, a dead borrower's heirs, unregistered mortgages, leases against
mortgages, builders' priority, mediation and judicial confirmation, settlement in enforcement; askers are the bank's
recovery staff and outside lawyers, people's / court-invited mediators, and borrowers, guarantors and their
families). The CI subset is every fourth id (lh36-004, lh36-008, …). Never tune retrieval on it; see its SOURCE.md
for every measurement.
"""
from __future__ import annotations

from pathlib import Path

from eval.suites.retrieval_holdout import HoldoutRow
from eval.suites.retrieval_holdout2 import fresh_held_out_suite

DATASET = Path(__file__).resolve().parent.parent / "datasets" / "law_qa_holdout36" / "law_qa_holdout36.jsonl"
SUITE = fresh_held_out_suite("retrieval_holdout36", DATASET, "Thirty-sixth")

__all__ = ["DATASET", "SUITE", "HoldoutRow"]
