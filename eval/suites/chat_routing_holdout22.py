"""Twenty-second held-out chat routing set: the `chat_routing` task and scorers on questions by author 24 (the inclusive-
finance department of a Shaanxi Yulin/Yan'an rural commercial bank and its colleagues: 陕北话 chat (甚, 咋, 解下,
日怪, 谝, 婆姨, 额) about 煤炭 运输 车队 with 挂靠 货车 and 运费 应收, 洛川 苹果 合作社 and 冷库 (存货质押, 最高额抵押),
横山 羊肉 and 养羊户 (活体抵押), 红枣 / 小米 加工, 神木 能源化工 配套 firms (工程款, 商票), 民宿 / 农家乐, 个体超市 and
返乡电商; 贷后, 风险管理部, 合规, a 支行行长 and a 金融监管 inspector; pasted loan / guarantee / pledge / vehicle- and
livestock-mortgage clauses, an English anti-assignment clause, an IOU, a court SMS, a credit-report line, a WeChat note,
an invoice line, a bank-statement line and a 村委 certificate), written blind to the router. Never tune on it; its
SOURCE.md lists every measurement.
"""
from __future__ import annotations

from eval.suites.chat_routing import routing_suite

SUITE = routing_suite(
    "chat_routing_holdout22", "chat_questions_holdout22", "chat_questions_holdout22 v1",
    "Held-out chat questions by a Shaanxi rural bank's inclusive-finance team: the sources each needs picked, "
    "no others")
