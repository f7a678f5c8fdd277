"""Second held-out chat routing set: the `chat_routing` task and scorers on questions by a third author (a rural
credit cooperative's loan officer who also helps village mediation; phone-typed northern colloquial Chinese),
written blind to the router after its first change. Never tune on it; its SOURCE.md lists every measurement.
"""
from __future__ import annotations

from eval.suites.chat_routing import routing_suite

SUITE = routing_suite(
    "chat_routing_holdout2", "chat_questions_holdout2", "chat_questions_holdout2 v1",
    "Held-out chat questions by a rural credit cooperative's loan officer: the sources each needs picked, no others")
