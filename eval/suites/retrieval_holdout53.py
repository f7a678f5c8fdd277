"""Fifty-third held-out law QA: the retrieval suite's task and scorers on fresh questions.

The earlier fresh sets have been measured and are no longer clean one-shot estimates. This suite runs the very same
search calls and hit@1/hit@5/MRR scorers (`fresh_held_out_suite`, reused) on `law_qa_holdout53.jsonl`, written from
the law text alone by an author who saw no other set's questions (a made-up rural credit cooperative's inclusive-finance
team in Jiujiang / Shangrao, Jiangxi: Poyang Lake fish and crab farming on contracted water surfaces, navel oranges and
tea, Wuyuan guesthouses, Jingdezhen ceramics workshops with stock and kilns as collateral, solar and electronics
suppliers with receivables and commercial bills, lorries registered under transport firms, self-built village houses
and homesteads, private lending rates, rotating savings clubs, online loans and loan-sharking, credit-card arrears,
guarantees and cross-guarantees, shareholder promises at deregistration, debts at divorce and on inheritance, migrant
workers' unpaid wages and injuries, harassing collection, leaked personal data, mediation agreements and judicial
confirmation, limitation periods, enforcement and the defaulter list; askers are the cooperative's account managers,
a township justice office's people's mediator, a small firm's accountant, borrowers and their families, and an Italian
ceramics buyer writing in English). The CI subset is every fourth id (lh53-004, lh53-008, …).
Never tune retrieval on it; see its SOURCE.md for every measurement.
"""
from __future__ import annotations

from pathlib import Path

from eval.suites.retrieval_holdout import HoldoutRow
from eval.suites.retrieval_holdout2 import fresh_held_out_suite

DATASET = Path(__file__).resolve().parent.parent / "datasets" / "law_qa_holdout53" / "law_qa_holdout53.jsonl"
SUITE = fresh_held_out_suite("retrieval_holdout53", DATASET, "Fifty-third")

__all__ = ["DATASET", "SUITE", "HoldoutRow"]
