"""Twenty-first held-out law QA: the retrieval suite's task and scorers on fresh questions.

The earlier fresh sets have been measured and are no longer clean one-shot estimates. This suite runs the very same
search calls and hit@1/hit@5/MRR scorers (`fresh_held_out_suite`, reused) on `law_qa_holdout21.jsonl`, written from
the law text alone by an author who saw no other set's questions (the questions reaching a case secretary of an
arbitration commission in Nanchang: click-through arbitration clauses, e-signatures, default awards, setting aside
and non-enforcement, bank-card fraud, online-loan fees, personal data and credit records, mediation next door). The
CI subset is every fourth id (lh21-004, lh21-008, …). Never tune retrieval on it; see its SOURCE.md for every
measurement.
"""
from __future__ import annotations

from pathlib import Path

from eval.suites.retrieval_holdout import HoldoutRow
from eval.suites.retrieval_holdout2 import fresh_held_out_suite

DATASET = Path(__file__).resolve().parent.parent / "datasets" / "law_qa_holdout21" / "law_qa_holdout21.jsonl"
SUITE = fresh_held_out_suite("retrieval_holdout21", DATASET, "twenty-first")

__all__ = ["DATASET", "SUITE", "HoldoutRow"]
