"""Fourth held-out chat routing set: the `chat_routing` task and scorers on questions by a fifth author (a Fujian
financing-guarantee company's project manager: phone-typed, 闽南-flavoured, counter-guarantees and 代偿), written blind
to the router after its third change. Never tune on it; its SOURCE.md lists every measurement.
"""
from __future__ import annotations

from eval.suites.chat_routing import routing_suite

SUITE = routing_suite(
    "chat_routing_holdout4", "chat_questions_holdout4", "chat_questions_holdout4 v1",
    "Held-out chat questions by a guarantee company's project manager: the sources each needs picked, no others")
