"""Fifty-first held-out law QA: the retrieval suite's task and scorers on fresh questions.

The earlier fresh sets have been measured and are no longer clean one-shot estimates. This suite runs the very same
search calls and hit@1/hit@5/MRR scorers (`fresh_held_out_suite`, reused) on `law_qa_holdout51.jsonl`, written from
the law text alone by an author who saw no other set's questions (a made-up rural credit union's inclusive-finance
team in Liangshan / Panzhihua, Sichuan: pomegranate and mango growers pledging land-management rights, Sichuan-pepper
and tartary-buckwheat cooperatives, cattle and sheep as live collateral, trucks hauling vanadium-titanium ore under
affiliation, hydropower resettlement compensation, guesthouses, bride price, poverty-relief microcredit, migrant
workers' unpaid wages, online lending and collection, private interest rates, credit cards, mutual guarantees and
guarantee periods, debts at divorce and of the dead, mediation agreements and judicial confirmation, limitation,
enforcement and the defaulter list; askers are the union's loan officers, a township people's mediator, a small
firm's accountant, borrowers and their families, and an NGO microfinance volunteer writing in English).
The CI subset is every fourth id (lh51-004, lh51-008, …). Never tune retrieval on it; see its SOURCE.md for every
measurement.
"""
from __future__ import annotations

from pathlib import Path

from eval.suites.retrieval_holdout import HoldoutRow
from eval.suites.retrieval_holdout2 import fresh_held_out_suite

DATASET = Path(__file__).resolve().parent.parent / "datasets" / "law_qa_holdout51" / "law_qa_holdout51.jsonl"
SUITE = fresh_held_out_suite("retrieval_holdout51", DATASET, "Fifty-first")

__all__ = ["DATASET", "SUITE", "HoldoutRow"]
