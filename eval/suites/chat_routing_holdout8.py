"""Eighth held-out chat routing set: the `chat_routing` task and scorers on questions by a tenth author (an SME-lending
team head at a foreign-invested bank's Shanghai branch: RMs, analysts, legal, compliance and the Singapore head office,
Chinese/English/mixed, facility agreements, 应收账款/知识产权质押, 保函), written blind to the router. Never tune on it;
its SOURCE.md lists every measurement.
"""
from __future__ import annotations

from eval.suites.chat_routing import routing_suite

SUITE = routing_suite(
    "chat_routing_holdout8", "chat_questions_holdout8", "chat_questions_holdout8 v1",
    "Held-out chat questions by a foreign bank's SME-lending team head: the sources each needs picked, no others")
