"""Sixteenth held-out chat routing set: the `chat_routing` task and scorers on questions by author 18 (a Shandong
village bank's small-business lending head and her colleagues: 大棚贷, 苹果冷库仓单, 省农担, 风筝跨境电商, 园区环保停产; 山东话,
voice-input slips, pasted clauses, 统一社会信用代码), written blind to the router. Never tune on it; its SOURCE.md lists
every measurement.
"""
from __future__ import annotations

from eval.suites.chat_routing import routing_suite

SUITE = routing_suite(
    "chat_routing_holdout16", "chat_questions_holdout16", "chat_questions_holdout16 v1",
    "Held-out chat questions by a Shandong village bank's small-business lending team: the sources each needs "
    "picked, no others")
