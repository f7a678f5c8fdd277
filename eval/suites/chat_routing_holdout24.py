"""Twenty-fourth held-out chat routing set: the `chat_routing` task and scorers on questions by author 26 (the inclusive-
finance department of a Hubei Jingzhou/Qianjiang rural commercial bank and its colleagues: 湖北话 chat (么事 / 么斯,
冇得, 蛮, 克, 伢, 港, 滴, 哈数, 不过细) about 潜江 小龙虾 虾稻共作 farmers and processors (冷库, 订单融资, 季节性资金),
监利/洪湖 水产 and 莲藕 cooperatives (土地经营权 mortgages), 荆州 纺织服装 small factories (外贸订单, 应收账款质押),
沙市 wholesale-market stalls and 个体餐馆, 农机合作社 收割机按揭, 装修包工头, 挂靠 物流车队, 农家乐 (宅基地), 返乡创业
电商 / 直播 (平台回款), 助学 and 脱贫人口小额信贷; 贷后, 风险管理部, 合规, a 支行行长 and a 金融监管 inspector; pasted
订单融资 / 农机按揭 / loan / guarantee / mortgage / third-party lease, 挂靠, 融资租赁 and platform clauses, an English
anti-assignment clause, an IOU, a court SMS, a credit-report line, a WeChat note, an invoice line, a 村委 certificate,
a bank-statement line and a 平台回款 line), written blind to the router. Never tune on it; its SOURCE.md lists every
measurement.
"""
from __future__ import annotations

from eval.suites.chat_routing import routing_suite

SUITE = routing_suite(
    "chat_routing_holdout24", "chat_questions_holdout24", "chat_questions_holdout24 v1",
    "Held-out chat questions by a Hubei rural bank's inclusive-finance team: the sources each needs picked, "
    "no others")
