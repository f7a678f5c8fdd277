"""Ninth held-out chat routing set: the `chat_routing` task and scorers on questions by an eleventh author (the head
of a Guangxi county 农商行's 普惠金融部 and her field 客户经理: voice-dictated, unpunctuated Cantonese / 桂柳话 and
Mandarin with homophone slips, 农户 and 圩 lending, pasted 借条 / 联保协议 / 放水 WeChat texts), written blind to the
router. Never tune on it; its SOURCE.md lists every measurement.
"""
from __future__ import annotations

from eval.suites.chat_routing import routing_suite

SUITE = routing_suite(
    "chat_routing_holdout9", "chat_questions_holdout9", "chat_questions_holdout9 v1",
    "Held-out chat questions by a county rural bank's inclusive-finance head and her field staff (voice-dictated, "
    "Cantonese / 桂柳话): the sources each needs picked, no others")
