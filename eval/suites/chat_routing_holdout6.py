"""Sixth held-out chat routing set: the `chat_routing` task and scorers on questions by an eighth author (the 风控部
manager of a Changsha financing-guarantee company with a small 委托贷款/过桥 line: forwarded questions from 项目经理,
法务, 代偿组, a partner bank and a foreign shareholder's auditors; guarantee jargon, Hunan dialect, pasted clauses),
written blind to the router. Never tune on it; its SOURCE.md lists every measurement.
"""
from __future__ import annotations

from eval.suites.chat_routing import routing_suite

SUITE = routing_suite(
    "chat_routing_holdout6", "chat_questions_holdout6", "chat_questions_holdout6 v1",
    "Held-out chat questions by a Changsha guarantee company's risk manager: the sources each needs picked, no others")
