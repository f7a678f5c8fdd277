"""Eleventh held-out chat routing set: the `chat_routing` task and scorers on questions by a thirteenth author (a 95后
客户经理 at a Hangzhou city commercial bank's 科技支行 lending to e-commerce sellers, and her 风控/合规/贷后/数据 colleagues:
internet slang, pinyin initials, pasted screenshots and clauses), written blind to the router. Never tune on it; its
SOURCE.md lists every measurement.
"""
from __future__ import annotations

from eval.suites.chat_routing import routing_suite

SUITE = routing_suite(
    "chat_routing_holdout11", "chat_questions_holdout11", "chat_questions_holdout11 v1",
    "Held-out chat questions by a Hangzhou tech-branch account manager for e-commerce sellers: the sources each needs "
    "picked, no others")
