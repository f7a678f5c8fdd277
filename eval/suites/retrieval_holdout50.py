"""Fiftieth held-out law QA: the retrieval suite's task and scorers on fresh questions.

The earlier fresh sets have been measured and are no longer clean one-shot estimates. This suite runs the very same
search calls and hit@1/hit@5/MRR scorers (`fresh_held_out_suite`, reused) on `law_qa_holdout50.jsonl`, written from
the law text alone by an author who saw no other set's questions (a made-up rural commercial bank's inclusive-finance
team in Suzhou / Wuxi, Jiangsu: textile and silk workshops, electronics suppliers with receivables pledges, factoring,
bill discounting and dishonoured commercial acceptance drafts, Yangcheng Lake crab ponds on contracted water surface,
Taihu homestays, self-employed truck drivers with mortgaged and affiliated trucks, second-hand house mortgages and
business loans diverted to housing, credit-card instalments, online loans and usurious traps, private lending rates,
shareholders' withdrawals and one-person companies, debts after deregistration, divorce and inheritance, guarantee
periods, abusive collection and leaked personal data, mediation agreements and judicial confirmation, limitation
periods, enforcement and consumption bans, bankruptcy reorganisation; askers are the bank's loan officers, a town
people's mediator, a small firm's accountant, borrowers and their families, and a Japanese plant manager writing in
English). The CI subset is every fourth id (lh50-004, lh50-008, …). Never tune retrieval on it; see its SOURCE.md.
"""
from __future__ import annotations

from pathlib import Path

from eval.suites.retrieval_holdout import HoldoutRow
from eval.suites.retrieval_holdout2 import fresh_held_out_suite

DATASET = Path(__file__).resolve().parent.parent / "datasets" / "law_qa_holdout50" / "law_qa_holdout50.jsonl"
SUITE = fresh_held_out_suite("retrieval_holdout50", DATASET, "Fiftieth")

__all__ = ["DATASET", "SUITE", "HoldoutRow"]
