"""Fifth held-out chat routing set: the `chat_routing` task and scorers on questions by a sixth author (a Xi'an city
commercial bank's inclusive-finance team lead: forwarded colleagues' questions, bank jargon, 贷审会 and 贷后检查),
written blind to the router after its third change. Never tune on it; its SOURCE.md lists every measurement.
"""
from __future__ import annotations

from eval.suites.chat_routing import routing_suite

SUITE = routing_suite(
    "chat_routing_holdout5", "chat_questions_holdout5", "chat_questions_holdout5 v1",
    "Held-out chat questions by a bank's inclusive-finance team lead: the sources each needs picked, no others")
