"""Thirty-second held-out law QA: the retrieval suite's task and scorers on fresh questions.

The earlier fresh sets have been measured and are no longer clean one-shot estimates. This suite runs the very same
search calls and hit@1/hit@5/MRR scorers (`fresh_held_out_suite`, reused) on `law_qa_holdout32.jsonl`, written from
the law text alone by an author who saw no other set's questions (questions put by a made-up 深圳 前海 商业保理
company's 客户经理, 风控 and 法务, its 供应链金融 partners, a 前海 court-annexed 调解员 and lawyers, and small
suppliers / a 核心企业's finance staff: 有追索权 / 无追索权 保理, 应收账款 转让 and 质押 登记, 确权, 虚假贸易背景,
商业汇票, 保兑仓, 动产质押 监管, 电子仓单, 拖欠中小企业账款, 信用证, 公司 and 上市公司 担保, 破产). The CI subset is
every fourth id (lh32-004, lh32-008, …). Never tune retrieval on it; see its SOURCE.md for every measurement.
"""
from __future__ import annotations

from pathlib import Path

from eval.suites.retrieval_holdout import HoldoutRow
from eval.suites.retrieval_holdout2 import fresh_held_out_suite

DATASET = Path(__file__).resolve().parent.parent / "datasets" / "law_qa_holdout32" / "law_qa_holdout32.jsonl"
SUITE = fresh_held_out_suite("retrieval_holdout32", DATASET, "thirty-second")

__all__ = ["DATASET", "SUITE", "HoldoutRow"]
