"""Forty-ninth held-out law QA: the retrieval suite's task and scorers on fresh questions.

The earlier fresh sets have been measured and are no longer clean one-shot estimates. This suite runs the very same
search calls and hit@1/hit@5/MRR scorers (`fresh_held_out_suite`, reused) on `law_qa_holdout49.jsonl`, written from
the law text alone by an author who saw no other set's questions (a made-up 村镇银行's inclusive-finance team in
Tianjin's Binhai / Wuqing districts: port logistics and freight forwarders with receivables pledges, factoring and
warehouse-receipt pledges, bicycle and e-bike parts factories, seafood wholesalers, taxi and ride-hailing drivers'
car mortgages, renovation and building materials, old-estate home mortgages and "elderly housing pension" scams,
credit-card instalments and consumer loans, online lending, private-lending interest, shareholders withdrawing capital,
debts after deregistration, divorce and inheritance debts, guarantee periods, harassing collection, leaked personal
data, mediation agreements and judicial confirmation, limitation periods, enforcement and spending restrictions;
askers are the bank's loan officers, a street people's mediator, a small firm's accountant, borrowers and their
families, and a foreign engineer at a port company writing in English). The CI subset is every fourth id
(lh49-004, lh49-008, …). Never tune retrieval on it; see its SOURCE.md for every measurement.
"""
from __future__ import annotations

from pathlib import Path

from eval.suites.retrieval_holdout import HoldoutRow
from eval.suites.retrieval_holdout2 import fresh_held_out_suite

DATASET = Path(__file__).resolve().parent.parent / "datasets" / "law_qa_holdout49" / "law_qa_holdout49.jsonl"
SUITE = fresh_held_out_suite("retrieval_holdout49", DATASET, "Forty-ninth")

__all__ = ["DATASET", "SUITE", "HoldoutRow"]
