"""Thirty-third held-out law QA: the retrieval suite's task and scorers on fresh questions.

The earlier fresh sets have been measured and are no longer clean one-shot estimates. This suite runs the very same
search calls and hit@1/hit@5/MRR scorers (`fresh_held_out_suite`, reused) on `law_qa_holdout33.jsonl`, written from
the law text alone by an author who saw no other set's questions (questions put to a made-up 甘肃 / 宁夏 县 农村信用社
and 乡镇 司法所 / 人民调解 staff by credit officers, mediators and borrowers: 脱贫户 小额信贷 and 贴息, 土地经营权
mortgage and 流转, 宅基地 and 农房, livestock mortgages, 合作社 debts and members' liability, 联保 among villagers,
heirs and debts, 赡养 and 分家, signatures of the elderly, disabled and minors, migrant workers out of contact, 彩礼
loans, 枸杞 / 马铃薯 purchase arrears, agricultural insurance claims, legal aid). The CI subset is every fourth id
(lh33-004, lh33-008, …). Never tune retrieval on it; see its SOURCE.md for every measurement.
"""
from __future__ import annotations

from pathlib import Path

from eval.suites.retrieval_holdout import HoldoutRow
from eval.suites.retrieval_holdout2 import fresh_held_out_suite

DATASET = Path(__file__).resolve().parent.parent / "datasets" / "law_qa_holdout33" / "law_qa_holdout33.jsonl"
SUITE = fresh_held_out_suite("retrieval_holdout33", DATASET, "thirty-third")

__all__ = ["DATASET", "SUITE", "HoldoutRow"]
