"""Forty-third held-out law QA: the retrieval suite's task and scorers on fresh questions.

The earlier fresh sets have been measured and are no longer clean one-shot estimates. This suite runs the very same
search calls and hit@1/hit@5/MRR scorers (`fresh_held_out_suite`, reused) on `law_qa_holdout43.jsonl`, written from
the law text alone by an author who saw no other set's questions (a made-up 城市商业银行's 小微 team in 台州 / 温岭 and
a 民间融资服务中心 clerk, a 商会 人民调解委员会's mediators, and borrowers: pump, shoe and auto-parts workshops,
receivables pledges, commercial-bill discounting and endorsement, high-interest loans between bosses, loans to repay
loans and bridge money, fund brokers, mutual-guarantee chains, shareholders and one-person companies, factory leases
and subleases, fishing boats, e-commerce sellers' deposits, online lending and 套路贷, gambling debts, debts in
divorce, a dead borrower's heirs, partnerships breaking up, guarantee periods, bankruptcy and reorganisation,
mediation agreements and judicial confirmation, time bars, enforcement; three rows in English from a foreign buyer
of pumps). The CI subset is every fourth id (lh43-004, lh43-008, …). Never tune retrieval on it; see its SOURCE.md.
"""
from __future__ import annotations

from pathlib import Path

from eval.suites.retrieval_holdout import HoldoutRow
from eval.suites.retrieval_holdout2 import fresh_held_out_suite

DATASET = Path(__file__).resolve().parent.parent / "datasets" / "law_qa_holdout43" / "law_qa_holdout43.jsonl"
SUITE = fresh_held_out_suite("retrieval_holdout43", DATASET, "Forty-third")

__all__ = ["DATASET", "SUITE", "HoldoutRow"]
