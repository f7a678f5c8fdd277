"""Tenth held-out law QA: the retrieval suite's task and scorers on fresh questions.

`retrieval_holdout9` has been measured and is no longer a clean one-shot estimate. This suite runs the very same
search calls and hit@1/hit@5/MRR scorers (`fresh_held_out_suite`, reused) on `law_qa_holdout10.jsonl`, written from
the law text alone by an author who saw no other set's questions. The CI subset is every fourth id (lh10-004,
lh10-008, …). Never tune retrieval on it; see its SOURCE.md for every measurement.
"""
from __future__ import annotations

from pathlib import Path

from eval.suites.retrieval_holdout import HoldoutRow
from eval.suites.retrieval_holdout2 import fresh_held_out_suite

DATASET = Path(__file__).resolve().parent.parent / "datasets" / "law_qa_holdout10" / "law_qa_holdout10.jsonl"
SUITE = fresh_held_out_suite("retrieval_holdout10", DATASET, "tenth")

__all__ = ["DATASET", "SUITE", "HoldoutRow"]
