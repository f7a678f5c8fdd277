"""Twelfth held-out law QA: the retrieval suite's task and scorers on fresh questions.

The earlier fresh sets have been measured and are no longer clean one-shot estimates. This suite runs the very same
search calls and hit@1/hit@5/MRR scorers (`fresh_held_out_suite`, reused) on `law_qa_holdout12.jsonl`, written from
the law text alone by an author who saw no other set's questions (questions reaching the compliance officer of a
Chengdu financing guarantee company: 代偿 and 追偿, counter-guarantees, guarantee periods, the debtor's bankruptcy,
court-annexed and people's mediation, clients and counter-guarantors). The CI subset is every fourth id (lh12-004,
lh12-008, …). Never tune retrieval on it; see its SOURCE.md for every measurement.
"""
from __future__ import annotations

from pathlib import Path

from eval.suites.retrieval_holdout import HoldoutRow
from eval.suites.retrieval_holdout2 import fresh_held_out_suite

DATASET = Path(__file__).resolve().parent.parent / "datasets" / "law_qa_holdout12" / "law_qa_holdout12.jsonl"
SUITE = fresh_held_out_suite("retrieval_holdout12", DATASET, "twelfth")

__all__ = ["DATASET", "SUITE", "HoldoutRow"]
