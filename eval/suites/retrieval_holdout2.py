"""Second held-out law QA: the retrieval suite's task and scorers on fresh questions, measured once.

`retrieval_holdout` (law_qa_holdout.jsonl) has been measured after many changes and is no longer a
clean estimate. This suite runs the very same search calls and hit@1/hit@5/MRR scorers (reused from
`eval.suites.retrieval`, not copied) on `law_qa_holdout2.jsonl`, written on 2026-12-05 from the law
text alone and measured once by the lead. Never tune retrieval on it. Borrowers ask too, so `asker`
also accepts "borrower".
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from eval.suite import Suite
from eval.suites.retrieval import SUITE as DEV_SUITE
from eval.suites.retrieval_holdout import HoldoutRow

DATASET = Path(__file__).resolve().parent.parent / "datasets" / "law_qa_holdout2" / "law_qa_holdout2.jsonl"


def every_fourth(raw: dict) -> bool:
    """The CI subset, chosen by id alone (lh2-004, lh2-008, ...) so nobody picks rows by reading them."""
    return int(str(raw.get("id", "0")).rsplit("-", 1)[-1] or 0) % 4 == 0


def fresh_held_out_suite(name: str, dataset: Path, ordinal: str) -> Suite:
    """The dev suite's task and scorers on a fresh held-out file (`ordinal`: "second", "third", …)."""
    return replace(
        DEV_SUITE,
        name=name,
        description=f"{ordinal.capitalize()} held-out law QA (never used for tuning): fresh colloquial questions → "
                    "gold articles; hit@1, hit@5, MRR for dense, BM25, hybrid",
        version=f"{dataset.stem} v1",
        dataset=dataset,
        row_model=HoldoutRow,
        in_fast_subset=every_fourth,
        metrics=[m.model_copy(update={"description": m.description + f" ({ordinal} held-out questions)"})
                 for m in DEV_SUITE.metrics],
    )


SUITE = fresh_held_out_suite("retrieval_holdout2", DATASET, "second")
