"""Held-out contract set 20 (written blind to the extractor by a 泉州/晋江 民间借贷登记服务中心 clerk persona who also
checks files for a 小额贷款 company), scored by `agent.contracts.evaluate.eval_contracts` on
`eval/datasets/contracts_holdout20/`. Never tune on these rows."""
from __future__ import annotations

from pathlib import Path

from eval.suites.contracts import contract_suite

DATASET_DIR = Path(__file__).resolve().parent.parent / "datasets" / "contracts_holdout20"

SUITE = contract_suite(
    "contracts_holdout20",
    "Held-out loan/guarantee contracts 20: 30 documents from a 泉州/晋江 借贷登记 desk (鞋服/陶瓷/石材 factory owners' "
    "借条 and 借据 with 闽南话 touches: 月息1.5分 with no overdue term, a 标会/会仔 debt with interest 'to be discussed' "
    "due on a lunar date, a 包工头 欠条 due 'when the project pays', 砍头息 on 月息贰分, a 香港 僑親 借據 in traditional "
    "characters dated only in the lunar calendar with 利息加倍, a 菲律宾 华侨 loan with an English clause and a payment "
    "note, 每万元每月 rates, a bare 担保人, '直至本息全部还清' with a demand before expiry, a 2016 年息叁分 借条 kept "
    "alive by payments and a signed 催款函, a 2017 借条 now time-barred, an interest-free 亲戚 借据 time-barred after one "
    "payment; 渔船 抵押, 安溪 铁观音 存货 质押, 厂房 抵押 with 企业 互保, a 过桥 for bank 续贷 at 日千分之二, 小贷 with "
    "服务费/咨询费, a 农商行 流动资金贷款 at LPR+80BP with 罚息/复利, 车辆 抵押 with a daily 违约金, 典当 with the first "
    "period withheld, 窑炉 融资租赁, a 委托贷款, a 还款协议 rolling interest into principal, 瓷砖 以物抵债, 债务确认书, "
    "a 对账确认函 with a 对账单 table, a 民事调解书 exactly at the cap; TXT UTF-8/GB18030 + DOCX tables) vs. "
    "hand-typed gold, per field and per finding")
