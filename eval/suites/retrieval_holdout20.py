"""Twentieth held-out law QA: the retrieval suite's task and scorers on fresh questions.

The earlier fresh sets have been measured and are no longer clean one-shot estimates. This suite runs the very same
search calls and hit@1/hit@5/MRR scorers (`fresh_held_out_suite`, reused) on `law_qa_holdout20.jsonl`, written from
the law text alone by an author who saw no other set's questions (questions reaching the in-house counsel of a
Tianjin 融资租赁 company with a 商业保理 subsidiary: sale-and-leaseback, ownership and registration of leased trucks
and machines, rent acceleration and taking back, a lessee's bankruptcy, factoring with and without recourse,
guarantors of rent, shareholders who emptied the lessee, e-signing, arbitration clauses, limitation for rent; credit
staff, mediators, lessees and suppliers, four rows in English). The CI subset is every fourth id (lh20-004,
lh20-008, …). Never tune retrieval on it; see its SOURCE.md for every measurement.
"""
from __future__ import annotations

from pathlib import Path

from eval.suites.retrieval_holdout import HoldoutRow
from eval.suites.retrieval_holdout2 import fresh_held_out_suite

DATASET = Path(__file__).resolve().parent.parent / "datasets" / "law_qa_holdout20" / "law_qa_holdout20.jsonl"
SUITE = fresh_held_out_suite("retrieval_holdout20", DATASET, "twentieth")

__all__ = ["DATASET", "SUITE", "HoldoutRow"]
