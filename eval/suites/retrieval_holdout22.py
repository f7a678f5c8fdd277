"""Twenty-second held-out law QA: the retrieval suite's task and scorers on fresh questions.

The earlier fresh sets have been measured and are no longer clean one-shot estimates. This suite runs the very same
search calls and hit@1/hit@5/MRR scorers (`fresh_held_out_suite`, reused) on `law_qa_holdout22.jsonl`, written from
the law text alone by an author (the 23rd) who saw no other set's questions (a Heilongjiang rural commercial bank's
法务 and the people who ask him: 客户经理 lending to grain farmers, co-operatives, farm-machinery dealers and grain
traders, 乡镇 mediators, and farmers; 流转 land as collateral, co-operative and family debts, a borrower who died,
village or township guarantees, machinery bought on retention of title or leased, grain in someone else's depot,
flood insurance money, loans used for gambling or re-lending, limitation for migrant borrowers, violent collection,
enforcement against a farmhouse, loans taken on someone else's ID card). The CI subset is every fourth id (lh22-004,
lh22-008, …). Never tune retrieval on it; see its SOURCE.md for every measurement.
"""
from __future__ import annotations

from pathlib import Path

from eval.suites.retrieval_holdout import HoldoutRow
from eval.suites.retrieval_holdout2 import fresh_held_out_suite

DATASET = Path(__file__).resolve().parent.parent / "datasets" / "law_qa_holdout22" / "law_qa_holdout22.jsonl"
SUITE = fresh_held_out_suite("retrieval_holdout22", DATASET, "twenty-second")

__all__ = ["DATASET", "SUITE", "HoldoutRow"]
