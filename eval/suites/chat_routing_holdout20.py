"""Twentieth held-out chat routing set: the `chat_routing` task and scorers on questions by author 22 (the 普惠金融部
of a made-up 阜阳/六安 农村商业银行 and its colleagues: 太和 假发 workshops with export orders and 压货, 界首 再生塑料 plants,
亳州 中药材 商户 with 仓单质押 and 囤货, 六安 羽绒 mills and 瓜片茶 合作社, 临泉 肉牛/黄牛 活体抵押, 阜南 挂靠 货车 车队,
电商 直播 sellers, a 乡镇 超市 and a 农机 合作社; 贷后, 风险, 合规, a 支行 行长 and a 金融监管 inspector; 皖北话, voice-input
slips, pasted clauses, an IOU, a court SMS, 统一社会信用代码), written blind to the router. Never tune on it; its
SOURCE.md lists every measurement.
"""
from __future__ import annotations

from eval.suites.chat_routing import routing_suite

SUITE = routing_suite(
    "chat_routing_holdout20", "chat_questions_holdout20", "chat_questions_holdout20 v1",
    "Held-out chat questions by an Anhui rural commercial bank's inclusive-finance team: the sources each needs "
    "picked, no others")
