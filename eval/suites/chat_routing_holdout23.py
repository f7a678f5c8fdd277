"""Twenty-third held-out chat routing set: the `chat_routing` task and scorers on questions by author 25 (the inclusive-
finance department of a Jiangxi Ganzhou/Ji'an rural commercial bank and her colleagues: Mandarin with 赣南客家话 / 赣语
touches (么子, 冇, 佢, 系, 嗯 = 你, 晓得, 恰, 咯, 啵, 嘞, 好多 = 多少, 落 = 在) about 南康 furniture workshops and board
traders (receivables, commercial acceptance bills), 赣南 navel-orange orchards and cooperatives (orchard and cold-store
mortgages, order financing), camellia-oil growers and pressers, 泰和/永丰 vegetable greenhouses, a quarry-haulage truck
fleet (affiliated 挂靠 trucks, vehicle mortgages), 瑞金/井冈山 red-tourism homestays and farm restaurants, a 于都 village
supermarket and returnee live-stream sellers (platform settlements), and poverty-alleviation microloans; post-loan,
risk, compliance, a branch president and a financial-regulation inspector; pasted loan / guarantee / order-financing /
vehicle-mortgage / pledge clauses, third-party lease, 挂靠 and supply clauses, an English buyer clause, an IOU, a court
SMS, a credit-report line, a WeChat note, an invoice line, a 村委 certificate, a bank-statement line and a platform
settlement line), written blind to the router. Never tune on it; its SOURCE.md lists every measurement.
"""
from __future__ import annotations

from eval.suites.chat_routing import routing_suite

SUITE = routing_suite(
    "chat_routing_holdout23", "chat_questions_holdout23", "chat_questions_holdout23 v1",
    "Held-out chat questions by a Jiangxi rural bank's inclusive-finance team: the sources each needs picked, "
    "no others")
