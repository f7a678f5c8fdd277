"""Twenty-ninth held-out chat routing set: the `chat_routing` task and scorers on questions by author 31 (the inclusive-
finance department of a made-up Xinjiang Ili/Aksu rural commercial bank and its colleagues: Mandarin with 新疆 touches
(亚克西, 皮牙子, 丫头子, 羊缸子, 麻达, 歹, 胡达, 一满, 囊个) and a few Russian loanwords (坚戈, 哈拉少, 卡玛斯, 列巴) about
棉花 种植大户 (土地经营权 流转 and 抵押, 棉花收购款 and its pledge), 苹果 / 红枣 果园, 薰衣草 / 蜂蜜 合作社, 牛羊 养殖
(活体抵押, 养殖险), 霍尔果斯 口岸 边贸 (哈萨克斯坦 货款, 信用证, an English payment clause), 农机合作社 (融资租赁),
民宿 and 旅游车队, 馕坑 / 清真餐饮 个体户, 县城 建材商, 直播带货 电商 (平台回款) and 脱贫户 小额信贷 with 贴息; 贷后,
风险管理部, 合规, a 支行行长 and a 金融监管分局 inspector; pasted loan / guarantee / livestock-mortgage / L/C clauses,
an IOU, a court SMS, a credit-report line, a WeChat note, an invoice line, a 村委 certificate, a bank-statement line
and a platform settlement line), written blind to the router. Never tune on it; its SOURCE.md lists every
measurement.
"""
from __future__ import annotations

from eval.suites.chat_routing import routing_suite

SUITE = routing_suite(
    "chat_routing_holdout29", "chat_questions_holdout29", "chat_questions_holdout29 v1",
    "Held-out chat questions by a Xinjiang rural bank's inclusive-finance team: the sources each needs picked, "
    "no others")
