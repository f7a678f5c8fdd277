"""Fourteenth held-out chat routing set: the `chat_routing` task and scorers on questions by a sixteenth author (a
Guangxi rural commercial bank's inclusive-finance deputy head and colleagues: 桂柳话/白话 Mandarin, 甘蔗/芒果/桉树林权/
边贸/螺蛳粉 borrowers, pasted clauses, IOUs, settlement lines and court SMS), written blind to the router. Never tune on
it; its SOURCE.md lists every measurement.
"""
from __future__ import annotations

from eval.suites.chat_routing import routing_suite

SUITE = routing_suite(
    "chat_routing_holdout14", "chat_questions_holdout14", "chat_questions_holdout14 v1",
    "Held-out chat questions by a Guangxi rural bank's inclusive-finance deputy head and colleagues: the sources "
    "each needs picked, no others")
