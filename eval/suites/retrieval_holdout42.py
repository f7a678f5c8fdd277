"""Forty-second held-out law QA: the retrieval suite's task and scorers on fresh questions.

The earlier fresh sets have been measured and are no longer clean one-shot estimates. This suite runs the very same
search calls and hit@1/hit@5/MRR scorers (`fresh_held_out_suite`, reused) on `law_qa_holdout42.jsonl`, written from
the law text alone by an author who saw no other set's questions (a made-up 农村商业银行's 客户经理 in 绥化 / 佳木斯,
a township people's mediator, a farm-machinery cooperative's accountant and borrowers: land-management-right
mortgages and land transfer, state-farm contracting, live-cattle and pig mortgages, farm-machinery instalments and
finance leases, soybean / rice purchase and grain-depot credit sales, a rice mill's reorganisation, joint
guarantees and guarantee periods, online lending, 套路贷 and debt-collection harassment, gambling debts, debts in
marriage, divorce and bride price, a dead borrower's heirs, mediation agreements and judicial confirmation, unpaid
wages of winter migrant workers, time bars, enforcement and credit records; three rows in English from a Russian
soybean buyer). The CI subset is every fourth id (lh42-004, lh42-008, …). Never tune retrieval on it; see its
SOURCE.md for every measurement.
"""
from __future__ import annotations

from pathlib import Path

from eval.suites.retrieval_holdout import HoldoutRow
from eval.suites.retrieval_holdout2 import fresh_held_out_suite

DATASET = Path(__file__).resolve().parent.parent / "datasets" / "law_qa_holdout42" / "law_qa_holdout42.jsonl"
SUITE = fresh_held_out_suite("retrieval_holdout42", DATASET, "Forty-second")

__all__ = ["DATASET", "SUITE", "HoldoutRow"]
