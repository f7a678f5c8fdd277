"""Held-out law QA: the retrieval suite's task and scorers on questions nobody tunes retrieval on.

`retrieval` (law_qa.jsonl) is the dev set people look at while tuning search; a score that only
rises there is overfitting. This suite runs the very same search calls and hit@1/hit@5/MRR scorers
(reused from `eval.suites.retrieval`, not copied) on `law_qa_holdout.jsonl`, which was written
separately and is never used for tuning. Borrowers ask too, so `asker` also accepts "borrower".
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Literal

from eval.suites.retrieval import SUITE as DEV_SUITE
from eval.suites.retrieval import LawQARow

DATASET = Path(__file__).resolve().parent.parent / "datasets" / "law_qa_holdout" / "law_qa_holdout.jsonl"


class HoldoutRow(LawQARow):
    """A dev-set row plus borrowers as askers; gold articles are still checked against the corpus."""

    asker: Literal["credit_officer", "mediator", "borrower"] = "credit_officer"


SUITE = replace(
    DEV_SUITE,
    name="retrieval_holdout",
    description="Held-out law QA (never used for tuning): colloquial questions → gold articles; "
                "hit@1, hit@5, MRR for dense, BM25, hybrid",
    version="law_qa_holdout v1",
    dataset=DATASET,
    row_model=HoldoutRow,
    metrics=[m.model_copy(update={"description": m.description + " (held-out questions)"}) for m in DEV_SUITE.metrics],
)
