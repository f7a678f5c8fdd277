"""Twenty-fifth held-out law QA: the retrieval suite's task and scorers on fresh questions.

The earlier fresh sets have been measured and are no longer clean one-shot estimates. This suite runs the very same
search calls and hit@1/hit@5/MRR scorers (`fresh_held_out_suite`, reused) on `law_qa_holdout25.jsonl`, written from
the law text alone by an author who saw no other set's questions (questions put to a 前海 lawyer advising
supply-chain-finance platforms, commercial factoring firms and exporters: assignment of receivables and notice,
double factoring, recourse factoring, electronic payables passed down the chain, bill and warehouse-receipt pledges,
monitored stock, retention of title, sale-and-leaseback, company guarantees, Hong Kong parties, arbitration clauses,
limitation, the debtor's bankruptcy and set-off; plus a 前海 commercial-mediation centre). The CI subset is every
fourth id (lh25-004, lh25-008, …). Never tune retrieval on it; see its SOURCE.md for every measurement.
"""
from __future__ import annotations

from pathlib import Path

from eval.suites.retrieval_holdout import HoldoutRow
from eval.suites.retrieval_holdout2 import fresh_held_out_suite

DATASET = Path(__file__).resolve().parent.parent / "datasets" / "law_qa_holdout25" / "law_qa_holdout25.jsonl"
SUITE = fresh_held_out_suite("retrieval_holdout25", DATASET, "twenty-fifth")

__all__ = ["DATASET", "SUITE", "HoldoutRow"]
