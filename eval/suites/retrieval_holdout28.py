"""Twenty-eighth held-out law QA: the retrieval suite's task and scorers on fresh questions.

The earlier fresh sets have been measured and are no longer clean one-shot estimates. This suite runs the very same
search calls and hit@1/hit@5/MRR scorers (`fresh_held_out_suite`, reused) on `law_qa_holdout28.jsonl`, written from
the law text alone by an author who saw no other set's questions (questions put to the legal department of a made-up
西安 financing-guarantee company: paying out under a guarantee and recovering from the debtor, counter-guarantees by
mortgage, pledge and personal guarantee, guarantee fees, guarantee periods and limitation, mortgage and advance
registration, sharing between co-guarantors, joining a debt versus guaranteeing it, company resolutions for
guarantees, the debtor's bankruptcy, enforcement and seizure, settlement in kind; plus a court's mediators and the
debtors' families). The CI subset is every fourth id (lh28-004, lh28-008, …). Never tune retrieval on it; see its
SOURCE.md for every measurement.
"""
from __future__ import annotations

from pathlib import Path

from eval.suites.retrieval_holdout import HoldoutRow
from eval.suites.retrieval_holdout2 import fresh_held_out_suite

DATASET = Path(__file__).resolve().parent.parent / "datasets" / "law_qa_holdout28" / "law_qa_holdout28.jsonl"
SUITE = fresh_held_out_suite("retrieval_holdout28", DATASET, "twenty-eighth")

__all__ = ["DATASET", "SUITE", "HoldoutRow"]
