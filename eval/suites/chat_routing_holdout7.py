"""Seventh held-out chat routing set: the `chat_routing` task and scorers on questions by a ninth author (the head of a
Harbin city commercial bank's 小微企业 post-loan team: Northeastern dialect, voice-to-text, forwarded questions from
客户经理, 风险经理, 法律合规部, 资产保全部 and a foreign co-lender's analyst, seasonal grain and ice-tourism borrowers),
written blind to the router. Never tune on it; its SOURCE.md lists every measurement.
"""
from __future__ import annotations

from eval.suites.chat_routing import routing_suite

SUITE = routing_suite(
    "chat_routing_holdout7", "chat_questions_holdout7", "chat_questions_holdout7 v1",
    "Held-out chat questions by a Harbin bank's post-loan team head: the sources each needs picked, no others")
