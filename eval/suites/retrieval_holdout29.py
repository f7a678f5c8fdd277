"""Twenty-ninth held-out law QA: the retrieval suite's task and scorers on fresh questions.

The earlier fresh sets have been measured and are no longer clean one-shot estimates. This suite runs the very same
search calls and hit@1/hit@5/MRR scorers (`fresh_held_out_suite`, reused) on `law_qa_holdout29.jsonl`, written from
the law text alone by an author who saw no other set's questions (questions put to a made-up 吉林 县 court's 诉前调解
centre and a rural legal-aid lawyer by 农信社 credit officers, mediators and borrowers: 土地经营权 transfer and
mortgage, 农机 loans and accidents, 合作社 debts, household debts in marriage, divorce and inheritance, 赡养,
彩礼, relatives' IOUs, village-committee guarantees, agricultural insurance claims, gambling debts, court-annexed and
online mediation). The CI subset is every fourth id (lh29-004, lh29-008, …). Never tune retrieval on it; see its
SOURCE.md for every measurement.
"""
from __future__ import annotations

from pathlib import Path

from eval.suites.retrieval_holdout import HoldoutRow
from eval.suites.retrieval_holdout2 import fresh_held_out_suite

DATASET = Path(__file__).resolve().parent.parent / "datasets" / "law_qa_holdout29" / "law_qa_holdout29.jsonl"
SUITE = fresh_held_out_suite("retrieval_holdout29", DATASET, "twenty-ninth")

__all__ = ["DATASET", "SUITE", "HoldoutRow"]
