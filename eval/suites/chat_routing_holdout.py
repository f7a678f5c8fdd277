"""Held-out chat routing: the `chat_routing` task and scorers on questions by a second author (small-loan,
guarantee and mediation staff), written blind to the router at the same time as the first set. Never tune on it;
its SOURCE.md lists every measurement.
"""
from __future__ import annotations

from eval.suites.chat_routing import routing_suite

SUITE = routing_suite(
    "chat_routing_holdout", "chat_questions_holdout", "chat_questions_holdout v1",
    "Held-out chat questions by small-loan, guarantee and mediation staff: the sources each needs picked, no others")
