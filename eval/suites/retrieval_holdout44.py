"""Forty-fourth held-out law QA: the retrieval suite's task and scorers on fresh questions.

The earlier fresh sets have been measured and are no longer clean one-shot estimates. This suite runs the very same
search calls and hit@1/hit@5/MRR scorers (`fresh_held_out_suite`, reused) on `law_qa_holdout44.jsonl`, written from
the law text alone by an author who saw no other set's questions (a made-up rural commercial bank's small-business
team in Shantou / Chaozhou / Jieyang, Guangdong, a people's mediation committee under a toy / underwear / ceramics
chamber of commerce, and borrowers: Chenghai toy factories and export orders, receivables and factoring, export tax
refunds, Chaozhou ceramics and stainless-steel workshops, Jieyang underwear e-commerce sellers and platform deposits,
livestreaming, lending among clansmen and fellow villagers (rotating credit associations, high interest, rolling
loans), overseas Chinese remittances, factory leases, partnerships breaking up, guarantees and mutual guarantees,
online lending and collection, gambling debts, debts at divorce, a dead borrower's heirs and the ancestral house,
guarantee periods, mediation agreements and judicial confirmation, limitation periods, enforcement and the defaulter
list, bankruptcy; three rows in English from a Thai toy buyer). The CI subset is every fourth id (lh44-004,
lh44-008, …). Never tune retrieval on it; see its SOURCE.md for every measurement.
"""
from __future__ import annotations

from pathlib import Path

from eval.suites.retrieval_holdout import HoldoutRow
from eval.suites.retrieval_holdout2 import fresh_held_out_suite

DATASET = Path(__file__).resolve().parent.parent / "datasets" / "law_qa_holdout44" / "law_qa_holdout44.jsonl"
SUITE = fresh_held_out_suite("retrieval_holdout44", DATASET, "Forty-fourth")

__all__ = ["DATASET", "SUITE", "HoldoutRow"]
