"""Thirty-ninth held-out law QA: the retrieval suite's task and scorers on fresh questions.

The earlier fresh sets have been measured and are no longer clean one-shot estimates. This suite runs the very same
search calls and hit@1/hit@5/MRR scorers (`fresh_held_out_suite`, reused) on `law_qa_holdout39.jsonl`, written from
the law text alone by an author who saw no other set's questions (a made-up rural credit cooperative's loan officers
in 普洱 / 西双版纳, a county 司法所's people's mediators, a tea cooperative's accountant and borrowers: tea-garden and
coffee loans, forest-right and land-management-right mortgages, joint guarantees by farm households, poverty-relief
micro-credit, border trade and cross-border loans, illiterate borrowers' thumbprints, oral loans and WeChat / Alipay
transfers, online lending and 套路贷, gambling debts, debts in marriage and divorce, a dead borrower's heirs,
cooperative members' liability, village-committee guarantees, mediation agreements and judicial confirmation, time
bars, court fees and legal aid; three rows in English from a foreign tea buyer). The CI subset is every fourth id
(lh39-004, lh39-008, …). Never tune retrieval on it; see its SOURCE.md for every measurement.
"""
from __future__ import annotations

from pathlib import Path

from eval.suites.retrieval_holdout import HoldoutRow
from eval.suites.retrieval_holdout2 import fresh_held_out_suite

DATASET = Path(__file__).resolve().parent.parent / "datasets" / "law_qa_holdout39" / "law_qa_holdout39.jsonl"
SUITE = fresh_held_out_suite("retrieval_holdout39", DATASET, "Thirty-ninth")

__all__ = ["DATASET", "SUITE", "HoldoutRow"]
