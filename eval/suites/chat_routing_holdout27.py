"""Twenty-seventh held-out chat routing set: the `chat_routing` task and scorers on questions by author 29 (the inclusive-
finance department of a Liaoning Dalian/Dandong rural commercial bank and its colleagues: 东北 / 胶辽 chat (嘎哈, 啥玩意儿,
整, 咋整, 唠嗑, 贼, 老鼻子了, 得劲, 埋汰, 嘚瑟, 磨叽, 忽悠, 杠杠的, 那旮旯) about 海参 / 扇贝 养殖户 (海域使用权 抵押),
渔船 船东 (船舶 抵押, 燃油补贴), 丹东 草莓大棚 and 板栗 合作社, 边贸 小商户, 海鲜冷库 and 冷链物流 (存货质押), 港口配套
firms (应收, 商票, 保理), 县城 装修 / 建材商, 个体饭店 and 直播电商 (平台回款), 返乡创业 and 脱贫户 小额信贷; 贷后,
风险管理部, 合规, a 支行行长 and a 金融监管 inspector; pasted loan / guarantee / ship- and sea-area-mortgage clauses,
an English set-off clause, an IOU, a court SMS, a credit-report line, a WeChat note, an invoice line, a 村委
certificate, a bank-statement line and a platform payout line), written blind to the router. Never tune on it; its
SOURCE.md lists every measurement.
"""
from __future__ import annotations

from eval.suites.chat_routing import routing_suite

SUITE = routing_suite(
    "chat_routing_holdout27", "chat_questions_holdout27", "chat_questions_holdout27 v1",
    "Held-out chat questions by a Liaoning rural bank's inclusive-finance team: the sources each needs picked, "
    "no others")
