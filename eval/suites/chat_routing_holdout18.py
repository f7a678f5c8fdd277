"""Eighteenth held-out chat routing set: the `chat_routing` task and scorers on questions by author 20 (the 普惠金融部
of a made-up 保定/邢台 农村信用联社 and its colleagues: 白沟 箱包 stall and online traders, 清河 羊绒 mills, 安国 中药材 dealers
with 药市 仓单 pledges, 蠡县 毛纺, 清苑 草莓/食用菌 大棚, 望都 肉鸡 and 奶牛 活体抵押, 京津 commuting 个体户 and 挂靠 truck
drivers, a 村镇 超市; 冀中话, voice-input slips, pasted clauses, an IOU, a court SMS, 统一社会信用代码), written blind to the
router. Never tune on it; its SOURCE.md lists every measurement.
"""
from __future__ import annotations

from eval.suites.chat_routing import routing_suite

SUITE = routing_suite(
    "chat_routing_holdout18", "chat_questions_holdout18", "chat_questions_holdout18 v1",
    "Held-out chat questions by a Hebei rural credit union's inclusive-finance team: the sources each needs "
    "picked, no others")
