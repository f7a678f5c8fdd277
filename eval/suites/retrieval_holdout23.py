"""Twenty-third held-out law QA: the retrieval suite's task and scorers on fresh questions.

The earlier fresh sets have been measured and are no longer clean one-shot estimates. This suite runs the very same
search calls and hit@1/hit@5/MRR scorers (`fresh_held_out_suite`, reused) on `law_qa_holdout23.jsonl`, written from
the law text alone by an author who saw no other set's questions (questions put to the 追偿部 manager of a made-up
融资担保公司 in Xi'an: 代偿 and 追偿, 反担保 mortgages, pledges and personal counter-guarantees, co-guarantors,
借新还旧, guarantee periods, a borrower's bankruptcy, 执行和解, 撤销权, 限制高消费, and the mediation of such
disputes; askers are project managers, bank staff, mediators, borrowers and counter-guarantors). The CI subset is
every fourth id (lh23-004, lh23-008, …). Never tune retrieval on it; see its SOURCE.md for every measurement.
"""
from __future__ import annotations

from pathlib import Path

from eval.suites.retrieval_holdout import HoldoutRow
from eval.suites.retrieval_holdout2 import fresh_held_out_suite

DATASET = Path(__file__).resolve().parent.parent / "datasets" / "law_qa_holdout23" / "law_qa_holdout23.jsonl"
SUITE = fresh_held_out_suite("retrieval_holdout23", DATASET, "twenty-third")

__all__ = ["DATASET", "SUITE", "HoldoutRow"]
