"""Third held-out chat routing set: the `chat_routing` task and scorers on questions by a fourth author (a Chongqing
small-loan company's post-loan manager who forwards WeChat messages and asks lists of questions), written blind to
the router after its second change. Never tune on it; its SOURCE.md lists every measurement.
"""
from __future__ import annotations

from eval.suites.chat_routing import routing_suite

SUITE = routing_suite(
    "chat_routing_holdout3", "chat_questions_holdout3", "chat_questions_holdout3 v1",
    "Held-out chat questions by a small-loan company's post-loan manager: the sources each needs picked, no others")
