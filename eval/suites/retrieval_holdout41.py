"""Forty-first held-out law QA: the retrieval suite's task and scorers on fresh questions.

The earlier fresh sets have been measured and are no longer clean one-shot estimates. This suite runs the very same
search calls and hit@1/hit@5/MRR scorers (`fresh_held_out_suite`, reused) on `law_qa_holdout41.jsonl`, written from
the law text alone by an author who saw no other set's questions (a made-up rural commercial bank's inclusive-finance
team in Yinchuan / Wuzhong / Guyuan, Ningxia: goji and wine-estate loans, Tan sheep and beef cattle as live collateral,
halal food workshops, relocation villages' joint-liability groups, poverty-relief microcredit, land-management-right
collateral for greenhouses and solar, noodle shops and shop leases, high-interest loans among relatives, online lending
and collection, gambling debts, bride price and debts at divorce, a dead borrower's heirs, partnerships, guarantees and
counter-guarantees, limitation periods, mediation agreements and judicial confirmation, enforcement and the defaulter
list; askers are the bank's loan officers, a microcredit company's collector, a street people's mediator, borrowers
and their families, and a wine importer writing in English). The CI subset is every fourth id (lh41-004, lh41-008, …).
Never tune retrieval on it; see its SOURCE.md for every measurement.
"""
from __future__ import annotations

from pathlib import Path

from eval.suites.retrieval_holdout import HoldoutRow
from eval.suites.retrieval_holdout2 import fresh_held_out_suite

DATASET = Path(__file__).resolve().parent.parent / "datasets" / "law_qa_holdout41" / "law_qa_holdout41.jsonl"
SUITE = fresh_held_out_suite("retrieval_holdout41", DATASET, "Forty-first")

__all__ = ["DATASET", "SUITE", "HoldoutRow"]
