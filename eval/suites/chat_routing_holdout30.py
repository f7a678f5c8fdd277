"""Thirtieth held-out chat routing set: the `chat_routing` task and scorers on questions by author 32 (the inclusive-
finance department of a Qinghai Xining/Haidong rural commercial bank and its colleagues: Mandarin with 青海 touches
(阿门, 阿里, 尕, 胡, 家, 没麻达, 傢什) about 牦牛 / 藏羊 牧户 (活体抵押, 草原承包经营权 抵押), 青稞 / 枸杞 合作社, 虫草
收购商 and their seasonal funding, 化隆 拉面户 running leased shops elsewhere, 牛羊肉 加工 and 冷链, 乡村 民宿 and
旅游车队, 光伏扶贫 (电费收益权质押), 县城 建材商 (最高额抵押), 直播带货 电商 (平台回款), 脱贫户 小额信贷 and 贴息; 贷后,
风险管理部, 合规, a 支行行长 and a 金融监管 inspector; pasted loan / guarantee / livestock / grassland / pledge clauses,
an English equipment-lease clause, an IOU, a court SMS, a credit-report line, a WeChat note, an invoice line, a 村委
certificate, a bank-statement line and a platform settlement line), written blind to the router. Never tune on it; its
SOURCE.md lists every measurement.
"""
from __future__ import annotations

from eval.suites.chat_routing import routing_suite

SUITE = routing_suite(
    "chat_routing_holdout30", "chat_questions_holdout30", "chat_questions_holdout30 v1",
    "Held-out chat questions by a Qinghai rural bank's inclusive-finance team: the sources each needs picked, "
    "no others")
