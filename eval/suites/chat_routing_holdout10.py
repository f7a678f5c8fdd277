"""Tenth held-out chat routing set: the `chat_routing` task and scorers on questions by a twelfth author (the risk
director of a Chengdu government-backed financing-guarantee company and his team: 四川话-flavoured typed Mandarin,
pasted 尽调/评审会/代偿/反担保 fragments, 银担分险 and 追偿), written blind to the router. Never tune on it; its
SOURCE.md lists every measurement.
"""
from __future__ import annotations

from eval.suites.chat_routing import routing_suite

SUITE = routing_suite(
    "chat_routing_holdout10", "chat_questions_holdout10", "chat_questions_holdout10 v1",
    "Held-out chat questions by a Chengdu financing-guarantee company's risk team: the sources each needs picked, "
    "no others")
