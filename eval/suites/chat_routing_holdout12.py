"""Twelfth held-out chat routing set: the `chat_routing` task and scorers on questions by a fourteenth author (a Gansu
村镇银行 credit-department manager in 天水/定西 and his staff: 西北话 Mandarin, orchards, 洋芋, 牛羊活体抵押, 贴息 loans,
a 省联社 auditor), written blind to the router. Never tune on it; its SOURCE.md lists every measurement.
"""
from __future__ import annotations

from eval.suites.chat_routing import routing_suite

SUITE = routing_suite(
    "chat_routing_holdout12", "chat_questions_holdout12", "chat_questions_holdout12 v1",
    "Held-out chat questions by a Gansu village bank's credit manager and staff: the sources each needs picked, "
    "no others")
