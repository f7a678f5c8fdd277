"""Held-out contract set 13 (written blind to the extractor by a Shenyang 贷后管理 persona at a group owning a 典当行 and
a 小额贷款公司, who also reviews papers borrowers and 担保人 bring in from other lenders), scored by
`agent.contracts.evaluate.eval_contracts` on `eval/datasets/contracts_holdout13/`. Never tune on these rows."""
from __future__ import annotations

from pathlib import Path

from eval.suites.contracts import contract_suite

DATASET_DIR = Path(__file__).resolve().parent.parent / "datasets" / "contracts_holdout13"

SUITE = contract_suite(
    "contracts_holdout13",
    "Held-out loan/guarantee contracts 13: 30 documents from a Shenyang 典当 + 小贷 post-loan desk (房产典当合同 and a "
    "车辆当票 with 续当凭证 and 首期息费 taken up front, 小贷 contracts with 月综合息费 split into 利息 + 咨询服务费 and a "
    "服务费 deducted at disbursement, 日息万分之X, a 网络小贷 助贷 e-contract printout with 担保费, 农商行 LPR+BP loan and "
    "a 委托贷款, 车辆抵押 loans with GPS fees, 东北话 借条/欠条 ('每月利息两千' on 十万, '啥时候有啥时候还', '利息按银行的给', "
    "月息一分五 / 八厘 / 年息一分), a 货款 欠条 turned into a loan with interest, a year-end 对账单 restating interest as "
    "principal, 以房抵债协议, 还款计划书, a 和解协议 with an LPR-linked overdue rate, 企业间借贷 at the 4×LPR boundary, "
    "lunar dates (2019年腊月廿三, 八月十五), bare '担保人' signatures before and after 2021, 一般保证 担保书, limitation "
    "restarted by noted payments and 催款/律师函 vs one expired; TXT UTF-8/GB18030 + DOCX tables) vs. hand-typed gold, per "
    "field and per finding")
