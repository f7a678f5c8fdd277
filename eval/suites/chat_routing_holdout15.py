"""Fifteenth held-out chat routing set: the `chat_routing` task and scorers on questions by author 17 (the inclusive-
finance general manager of a Henan rural commercial bank and his colleagues: 河南话 chat about 养猪/肉牛 活体抵押, 假发
exporters, 挂靠 trucks, 贴息 loans, pasted clauses and court SMS), written blind to the router. Never tune on it; its
SOURCE.md lists every measurement.
"""
from __future__ import annotations

from eval.suites.chat_routing import routing_suite

SUITE = routing_suite(
    "chat_routing_holdout15", "chat_questions_holdout15", "chat_questions_holdout15 v1",
    "Held-out chat questions by a Henan rural bank's inclusive-finance team: the sources each needs picked, no others")
