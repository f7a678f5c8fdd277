"""Nineteenth held-out chat routing set: the `chat_routing` task and scorers on questions by author 21 (the inclusive-
finance department of a Guangxi Nanning/Yulin rural commercial bank and her colleagues: 桂柳话 / 白话 chat about 甘蔗
growers and 糖厂 收购款, 沙糖桔 / 百香果 orchards, 玉林 中药材 market traders, 东兴 / 凭祥 border trade (红木, imported
fruit), 柳州 螺蛳粉 workshops, 钦州 港 挂靠 truck fleets, 横州 茉莉花 tea factories, pig and duck farmers and a village
shop; pasted loan / guarantee / pledge / vehicle-mortgage clauses, an IOU, a court SMS, a credit-report line, a WeChat
note, an invoice line and a 村委 certificate), written blind to the router. Never tune on it; its SOURCE.md lists every
measurement.
"""
from __future__ import annotations

from eval.suites.chat_routing import routing_suite

SUITE = routing_suite(
    "chat_routing_holdout19", "chat_questions_holdout19", "chat_questions_holdout19 v1",
    "Held-out chat questions by a Guangxi rural bank's inclusive-finance team: the sources each needs picked, "
    "no others")
