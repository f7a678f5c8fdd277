"""Twenty-first held-out chat routing set: the `chat_routing` task and scorers on questions by author 23 (the inclusive-
finance department of a Hunan Shaoyang/Loudi rural commercial bank and her colleagues: Mandarin with 湘语 touches
(么子, 冇得, 哒, 霸蛮, 作孽) about 邵东 lighter and hardware makers (export orders, receivables), 新化 print shops across
the country (equipment finance leases), 冷水江 antimony and 涟源 steel traders (inventory pledges, bills), 隆回 金银花
and 武冈 卤菜 cooperatives, pig farmers (live-stock mortgages, pig prices), ride-hailing and truck drivers, returnee
e-commerce sellers, a county-town down-payment borrower and a 湘菜 restaurant; post-loan, risk, compliance, a branch
president and a PBOC county-branch inspector; pasted loan / guarantee / pledge / lease / vehicle-mortgage clauses, an
IOU, a court SMS, a credit-report line, a WeChat note, an invoice line, a 村委 certificate and a bank-statement line),
written blind to the router. Never tune on it; its SOURCE.md lists every measurement.
"""
from __future__ import annotations

from eval.suites.chat_routing import routing_suite

SUITE = routing_suite(
    "chat_routing_holdout21", "chat_questions_holdout21", "chat_questions_holdout21 v1",
    "Held-out chat questions by a Hunan rural bank's inclusive-finance team: the sources each needs picked, "
    "no others")
