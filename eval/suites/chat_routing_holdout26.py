"""Twenty-sixth held-out chat routing set: the `chat_routing` task and scorers on questions by author 28 (郝建国 of the
inclusive-finance department of a Shanxi Datong/Changzhi rural commercial bank and his colleagues: Mandarin with 山西话
touches (甚, 做甚, 圪蹴, 圪节, 不咋地, 咋了, 俺, 额, 亲圪蛋, 忽悠) about 煤矿配套 运输车队 with 挂靠重卡 (车辆抵押, 挂靠协议),
焦化 / 煤炭贸易 firms (应收账款质押, 商票, 承兑汇票, 贴现), 大同 黄花 合作社 (土地流转, 社员名册), 长治 小米 / 杂粮 加工,
陈醋作坊, 古城 民宿 / 农家乐 (最高额抵押), 县城 建材商 and 个体超市 (IOU, online-loan clause), 直播带货 电商 (平台回款),
光伏扶贫 and 脱贫户小额信贷 (电费收益权质押, 村委 certificate); 贷后, 风险管理部, 合规, a 支行行长 and a 金融监管 inspector;
pasted loan / guarantee / pledge / vehicle-mortgage clauses, an English receivables clause, an IOU, a court SMS,
a credit-report line, a WeChat note, an invoice line, a 银行流水 line, a 平台回款 statement line), written blind to
the router. Never tune on it; its SOURCE.md lists every measurement.
"""
from __future__ import annotations

from eval.suites.chat_routing import routing_suite

SUITE = routing_suite(
    "chat_routing_holdout26", "chat_questions_holdout26", "chat_questions_holdout26 v1",
    "Held-out chat questions by a Shanxi rural bank's inclusive-finance team: the sources each needs picked, "
    "no others")
