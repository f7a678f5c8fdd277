"""Twenty-eighth held-out chat routing set: the `chat_routing` task and scorers on questions by author 30 (the inclusive-
finance department of a Fujian Putian/Ningde rural commercial bank and its colleagues: Mandarin with 闽东/莆仙 touches
(伓, 侬, 厝, 汝, 我侪, 有无, 是无, 讲, 食, 拍, 水, 箍) about 大黄鱼 / 海带 养殖户 (海域使用权 and 渔排 抵押), 福鼎 白茶
茶农 (茶园承包经营权), 仙游 木雕 / 工艺品 作坊, 鞋服 外贸 小厂 (出口退税, 信用证, 应收), 民营医院 配套 and 药材商,
食用菌 合作社, 县城 建材商 and 个体超市, 直播电商 (平台回款) and 侨乡汇款, 脱贫户 小额信贷; 贷后, 风险管理部, 合规,
a 支行行长 and a 金融监管 inspector; pasted loan / guarantee / 渔排 and 海域使用权 mortgage / 信用证 clauses (one in
English), an IOU, a court SMS, a credit-report line, a WeChat note, an invoice line, a 村委 certificate, a 银行流水
line and a 平台回款 statement line), written blind to the router. Never tune on it; its SOURCE.md lists every
measurement.
"""
from __future__ import annotations

from eval.suites.chat_routing import routing_suite

SUITE = routing_suite(
    "chat_routing_holdout28", "chat_questions_holdout28", "chat_questions_holdout28 v1",
    "Held-out chat questions by a Fujian rural bank's inclusive-finance team: the sources each needs picked, "
    "no others")
