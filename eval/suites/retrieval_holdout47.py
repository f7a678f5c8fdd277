"""Forty-seventh held-out law QA: the retrieval suite's task and scorers on fresh questions.

The earlier fresh sets have been measured and are no longer clean one-shot estimates. This suite runs the very same
search calls and hit@1/hit@5/MRR scorers (`fresh_held_out_suite`, reused) on `law_qa_holdout47.jsonl`, written from
the law text alone by an author who saw no other set's questions (a made-up village bank's inclusive-finance team in
Shanghai Pudong / Songjiang, a street people's mediation committee, a small firm's accountant and borrowers: export
workshops pledging receivables and using factoring, cafés and restaurants with fit-out loans and shop leases,
ride-hailing and van drivers with mortgaged, leased or affiliated vehicles, live-stream sellers, small landlords and
sublets, elderly people caught in "house-for-pension" scams, credit-card instalments and consumer loans in arrears,
online lending and predatory loans, private-lending interest, shareholder loans and commingled company assets, debts
at divorce and inheritance, guarantee periods, collection harassment and leaked personal data, judicial confirmation
of mediation agreements, limitation periods, enforcement and consumption restrictions; some Shanghainese touches, and
an expatriate café owner writing in English). The CI subset is every fourth id (lh47-004, lh47-008, …).
Never tune retrieval on it; see its SOURCE.md for every measurement.
"""
from __future__ import annotations

from pathlib import Path

from eval.suites.retrieval_holdout import HoldoutRow
from eval.suites.retrieval_holdout2 import fresh_held_out_suite

DATASET = Path(__file__).resolve().parent.parent / "datasets" / "law_qa_holdout47" / "law_qa_holdout47.jsonl"
SUITE = fresh_held_out_suite("retrieval_holdout47", DATASET, "Forty-seventh")

__all__ = ["DATASET", "SUITE", "HoldoutRow"]
