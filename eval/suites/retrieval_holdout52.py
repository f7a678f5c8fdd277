"""Fifty-second held-out law QA: the retrieval suite's task and scorers on fresh questions.

The earlier fresh sets have been measured and are no longer clean one-shot estimates. This suite runs the very same
search calls and hit@1/hit@5/MRR scorers (`fresh_held_out_suite`, reused) on `law_qa_holdout52.jsonl`, written from
the law text alone by an author who saw no other set's questions (a made-up rural commercial bank's inclusive-finance
team in Chifeng / Tongliao, Inner Mongolia: maize growers and grain buyers on credit, beef cattle and sheep as live
collateral and their insurance, grassland contracting and transfer, farm machinery on finance lease, coal-haulage
trucks run under another firm's name, a milk station, Mongolian restaurants and guesthouses, border trade, online
lending and predatory loans, private-loan interest, joint-liability groups, guarantees and guarantee periods, debts at
divorce and on inheritance, bride price, migrant workers' unpaid wages, harassing collection, mediation agreements
and judicial confirmation, limitation periods, enforcement and the defaulter list; askers are the bank's loan
officers, a sumu / township people's mediator, a small firm's bookkeeper, borrowers and their families, and a
Mongolian cattle trader writing in English). The CI subset is every fourth id (lh52-004, lh52-008, …).
Never tune retrieval on it; see its SOURCE.md for every measurement.
"""
from __future__ import annotations

from pathlib import Path

from eval.suites.retrieval_holdout import HoldoutRow
from eval.suites.retrieval_holdout2 import fresh_held_out_suite

DATASET = Path(__file__).resolve().parent.parent / "datasets" / "law_qa_holdout52" / "law_qa_holdout52.jsonl"
SUITE = fresh_held_out_suite("retrieval_holdout52", DATASET, "Fifty-second")

__all__ = ["DATASET", "SUITE", "HoldoutRow"]
