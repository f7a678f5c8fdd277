"""Forty-eighth held-out law QA: the retrieval suite's task and scorers on fresh questions.

The earlier fresh sets have been measured and are no longer clean one-shot estimates. This suite runs the very same
search calls and hit@1/hit@5/MRR scorers (`fresh_held_out_suite`, reused) on `law_qa_holdout48.jsonl`, written from
the law text alone by an author who saw no other set's questions (a made-up rural commercial bank's loan officers in
Nanyang / Xinyang, Henan, a township people's mediator, a Xinyang Maojian tea / mugwort cooperative's accountant and
borrowers: tea-garden land-management-right collateral, mugwort processing, Zhenping jade workshops, pigs and cattle
as live collateral and their insurance, migrant construction workers and unpaid wages, returnees' start-ups,
poverty-relief microcredit, oral loans and WeChat transfers, online lending and abusive collection, gambling debts,
bride price and debts at divorce, a dead borrower's heirs, joint-liability groups and guarantee periods, village
committees as guarantors, mediation agreements and judicial confirmation, limitation periods, enforcement and the
defaulter list; three questions in English from a student translating for her father). The CI subset is every
fourth id (lh48-004, lh48-008, …). Never tune retrieval on it; see its SOURCE.md for every measurement.
"""
from __future__ import annotations

from pathlib import Path

from eval.suites.retrieval_holdout import HoldoutRow
from eval.suites.retrieval_holdout2 import fresh_held_out_suite

DATASET = Path(__file__).resolve().parent.parent / "datasets" / "law_qa_holdout48" / "law_qa_holdout48.jsonl"
SUITE = fresh_held_out_suite("retrieval_holdout48", DATASET, "Forty-eighth")

__all__ = ["DATASET", "SUITE", "HoldoutRow"]
