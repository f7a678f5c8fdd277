"""Sixteenth held-out law QA: the retrieval suite's task and scorers on fresh questions.

The earlier fresh sets have been measured and are no longer clean one-shot estimates. This suite runs the very same
search calls and hit@1/hit@5/MRR scorers (`fresh_held_out_suite`, reused) on `law_qa_holdout16.jsonl`, written from
the law text alone by an author who saw no other set's questions (questions put to a judge's assistant in a Henan
basic-level court's fast-track / pre-filing mediation team: mediators, small-loan firms' lawyers filing in bulk, and
borrowers, lenders, guarantors, spouses and heirs on limitation, guarantees, proof of lending, interest, small
claims, payment orders, preservation, enforcement and mediation). The CI subset is every fourth id (lh16-004,
lh16-008, …). Never tune retrieval on it; see its SOURCE.md for every measurement.
"""
from __future__ import annotations

from pathlib import Path

from eval.suites.retrieval_holdout import HoldoutRow
from eval.suites.retrieval_holdout2 import fresh_held_out_suite

DATASET = Path(__file__).resolve().parent.parent / "datasets" / "law_qa_holdout16" / "law_qa_holdout16.jsonl"
SUITE = fresh_held_out_suite("retrieval_holdout16", DATASET, "sixteenth")

__all__ = ["DATASET", "SUITE", "HoldoutRow"]
