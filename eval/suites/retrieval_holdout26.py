"""Twenty-sixth held-out law QA: the retrieval suite's task and scorers on fresh questions.

The earlier fresh sets have been measured and are no longer clean one-shot estimates. This suite runs the very same
search calls and hit@1/hit@5/MRR scorers (`fresh_held_out_suite`, reused) on `law_qa_holdout26.jsonl`, written from
the law text alone by an author who saw no other set's questions (questions put to a made-up 破产管理人 / 执行 lawyer
in Suzhou and Kunshan: claim filing, secured creditors, claw-back and set-off in bankruptcy, guarantors of a bankrupt
debtor, reorganisation, shareholders' capital, enforcement, 以物抵债, execution objections and time limits). The CI
subset is every fourth id (lh26-004, lh26-008, …). Never tune retrieval on it; see its SOURCE.md for every measurement.
"""
from __future__ import annotations

from pathlib import Path

from eval.suites.retrieval_holdout import HoldoutRow
from eval.suites.retrieval_holdout2 import fresh_held_out_suite

DATASET = Path(__file__).resolve().parent.parent / "datasets" / "law_qa_holdout26" / "law_qa_holdout26.jsonl"
SUITE = fresh_held_out_suite("retrieval_holdout26", DATASET, "twenty-sixth")

__all__ = ["DATASET", "SUITE", "HoldoutRow"]
