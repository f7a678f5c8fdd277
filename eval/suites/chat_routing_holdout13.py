"""Thirteenth held-out chat routing set: the `chat_routing` task and scorers on questions by a fifteenth author (the
风控部 head of a Quanzhou 小额贷款公司 and her colleagues: 闽南话-flavoured Mandarin, 万/个 amounts, 会仔 and 垫资 talk,
pasted 借条 / 商票 / 传票 lines, some 繁体 from 台商 and English from a Singapore shareholder), written blind to the
router. Never tune on it; its SOURCE.md lists every measurement.
"""
from __future__ import annotations

from eval.suites.chat_routing import routing_suite

SUITE = routing_suite(
    "chat_routing_holdout13", "chat_questions_holdout13", "chat_questions_holdout13 v1",
    "Held-out chat questions by a Quanzhou microlender's risk head and colleagues: the sources each needs picked, "
    "no others")
