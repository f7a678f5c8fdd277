"""Twenty-fifth held-out chat routing set: the `chat_routing` task and scorers on questions by author 27 (the inclusive-
finance department of a Guizhou Zunyi/Bijie rural commercial bank and its colleagues: 贵州话 chat (哪样, 咋个, 莫得,
要得, 晓得, 板扎, 克, 噻, 哦豁, 整, 好多, 拢) about 赤水/仁怀 酱香白酒 小作坊 and 酒经销商 (窖藏基酒质押, 应收账款质押),
遵义 辣椒 加工 and 辣椒市场 商户, 湄潭 茶叶合作社 (联保, an English export-contract clause), 毕节/威宁 马铃薯 and 肉牛
养殖 (活体抵押, 土地经营权), 易地扶贫搬迁 安置点 个体户 and 脱贫户 小额信贷, 大方 建材 and 砂石运输 with 挂靠货车 (车辆抵押,
最高额抵押), 赤水 乡村民宿, 个体超市 and 直播带货 电商 (平台回款, 网贷); 贷后, 风险管理部, 合规, a 支行行长 and a 金融监管
inspector; pasted loan / guarantee / 酒质押 / vehicle- and livestock-mortgage clauses, an IOU, a court SMS, a
credit-report line, a WeChat note, an invoice line, a 村委 certificate, a bank-statement line and a platform
settlement line), written blind to the router. Never tune on it; its SOURCE.md lists every measurement.
"""
from __future__ import annotations

from eval.suites.chat_routing import routing_suite

SUITE = routing_suite(
    "chat_routing_holdout25", "chat_questions_holdout25", "chat_questions_holdout25 v1",
    "Held-out chat questions by a Guizhou rural bank's inclusive-finance team: the sources each needs picked, "
    "no others")
