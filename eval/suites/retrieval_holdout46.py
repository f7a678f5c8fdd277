"""Forty-sixth held-out law QA: the retrieval suite's task and scorers on fresh questions.

The earlier fresh sets have been measured and are no longer clean one-shot estimates. This suite runs the very same
search calls and hit@1/hit@5/MRR scorers (`fresh_held_out_suite`, reused) on `law_qa_holdout46.jsonl`, written from
the law text alone by an author who saw no other set's questions (a made-up rural commercial bank's loan officers in
Tianshui / Longnan, Gansu, a township people's mediator, an apple / Sichuan-pepper cooperative's accountant and
borrowers: land-management-right transfer and collateral for orchards, live cattle and sheep as collateral and their
insurance, angelica / codonopsis buyers, farm-stay guesthouses, poverty-relief relocation and microcredit, migrant
workers' unpaid wages and injuries, oral loans and WeChat transfers as evidence, online lending and abusive
collection, gambling debts, bride price and debts at divorce, a dead borrower's heirs, joint-liability groups and
guarantee periods, a village committee as guarantor, mediation agreements and judicial confirmation, limitation
periods, enforcement and the defaulter list; three rows in English from a returning student translating for her
father). The CI subset is every fourth id (lh46-004, lh46-008, …). Never tune retrieval on it; see its SOURCE.md.
"""
from __future__ import annotations

from pathlib import Path

from eval.suites.retrieval_holdout import HoldoutRow
from eval.suites.retrieval_holdout2 import fresh_held_out_suite

DATASET = Path(__file__).resolve().parent.parent / "datasets" / "law_qa_holdout46" / "law_qa_holdout46.jsonl"
SUITE = fresh_held_out_suite("retrieval_holdout46", DATASET, "Forty-sixth")

__all__ = ["DATASET", "SUITE", "HoldoutRow"]
