"""Forty-fifth held-out law QA: the retrieval suite's task and scorers on fresh questions.

The earlier fresh sets have been measured and are no longer clean one-shot estimates. This suite runs the very same
search calls and hit@1/hit@5/MRR scorers (`fresh_held_out_suite`, reused) on `law_qa_holdout45.jsonl`, written from
the law text alone by an author who saw no other set's questions (a made-up rural credit cooperative's loan officers
in Kaili / Rongjiang, Qiandongnan, Guizhou, a Miao / Dong village people's mediator working with village elders, and
borrowers: village tourism and homestays on homestead and collective construction land, blueberry / tea /
rice-fish-duck farming, embroidery and silverware workshops, poverty-relief microcredit and relocation, migrant wage
arrears, thumbprints by villagers who cannot read Chinese, WeChat-transfer evidence, online lending and collection,
gambling debts, bride price and unregistered marriages, a dead borrower's heirs, joint-liability groups, guarantee
periods, a village committee's guarantee, mediation agreements and judicial confirmation, limitation periods, legal aid;
three questions in English from a foreign NGO volunteer). The CI subset is every fourth id (lh45-004, lh45-008, …).
Never tune retrieval on it; see its SOURCE.md for every measurement.
"""
from __future__ import annotations

from pathlib import Path

from eval.suites.retrieval_holdout import HoldoutRow
from eval.suites.retrieval_holdout2 import fresh_held_out_suite

DATASET = Path(__file__).resolve().parent.parent / "datasets" / "law_qa_holdout45" / "law_qa_holdout45.jsonl"
SUITE = fresh_held_out_suite("retrieval_holdout45", DATASET, "Forty-fifth")

__all__ = ["DATASET", "SUITE", "HoldoutRow"]
