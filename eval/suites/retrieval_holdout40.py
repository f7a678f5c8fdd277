"""Fortieth held-out law QA: the retrieval suite's task and scorers on fresh questions.

The earlier fresh sets have been measured and are no longer clean one-shot estimates. This suite runs the very same
search calls and hit@1/hit@5/MRR scorers (`fresh_held_out_suite`, reused) on `law_qa_holdout40.jsonl`, written from
the law text alone by an author who saw no other set's questions (made-up askers in Haikou / Danzhou / Sanya, Hainan:
a rural credit cooperative's loan officers and a microcredit company, a township people's mediator, a fishery
cooperative's accountant, and borrowers — fishing-boat mortgages and typhoon fishing bans, areca and rubber growers,
mango / lychee buyers, homestay and hotel leases, free-trade-port cross-border deals, mortgages in arrears, migratory
elderly lenders and pension-investment scams, online lending and loan-sharking, gambling debts, debts at divorce, a
dead borrower's heirs, partnerships breaking up, mediation agreements and judicial confirmation, limitation periods,
enforcement; three questions in English from a foreign fruit buyer and a yacht owner). The CI subset is every fourth
id (lh40-004, lh40-008, …). Never tune retrieval on it; see its SOURCE.md for every measurement.
"""
from __future__ import annotations

from pathlib import Path

from eval.suites.retrieval_holdout import HoldoutRow
from eval.suites.retrieval_holdout2 import fresh_held_out_suite

DATASET = Path(__file__).resolve().parent.parent / "datasets" / "law_qa_holdout40" / "law_qa_holdout40.jsonl"
SUITE = fresh_held_out_suite("retrieval_holdout40", DATASET, "Fortieth")

__all__ = ["DATASET", "SUITE", "HoldoutRow"]
