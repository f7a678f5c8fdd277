"""Seventeenth held-out chat routing set: the `chat_routing` task and scorers on questions by author 19 (the inclusive-
finance department of a Jiangxi Ganzhou rural commercial bank and her colleagues: 赣南客家话 chat about 南康 furniture
makers, 脐橙 orchards and 合作社 (果园/林权 抵押, 冷库, 黄龙病), 稀土/钨 processors under 环保整改, 创业担保贷款 for
returnees, 挂靠 buses and trucks, pasted clauses, an IOU, a court SMS and a credit-report line), written blind to the
router. Never tune on it; its SOURCE.md lists every measurement.
"""
from __future__ import annotations

from eval.suites.chat_routing import routing_suite

SUITE = routing_suite(
    "chat_routing_holdout17", "chat_questions_holdout17", "chat_questions_holdout17 v1",
    "Held-out chat questions by a Ganzhou rural bank's inclusive-finance team: the sources each needs picked, "
    "no others")
