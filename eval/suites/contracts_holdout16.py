"""Held-out contract set 16 (written blind to the extractor by a Chengdu 武侯区 小额贷款公司 风控·法务 persona who
reviews the papers borrowers bring before the company lends, takes over a debt, or sues), scored by
`agent.contracts.evaluate.eval_contracts` on `eval/datasets/contracts_holdout16/`. Never tune on these rows."""
from __future__ import annotations

from pathlib import Path

from eval.suites.contracts import contract_suite

DATASET_DIR = Path(__file__).resolve().parent.parent / "datasets" / "contracts_holdout16"

SUITE = contract_suite(
    "contracts_holdout16",
    "Held-out loan/guarantee contracts 16: 30 documents from a Chengdu 小贷 风控·法务 desk (四川话 借条/欠条 from 茶馆 "
    "and 麻将馆: 月息一分五 due 农历腊月二十, 莫得利息 with a daily overdue rate, '利息每个月给' with no figure, 8厘 due "
    "正月二十九 with a too-late phone demand, '每天每万块八块' with a bare 担保人 in 2020 and a payment note; a 火锅店 "
    "合伙人 借款协议; 猕猴桃/柑橘 土地经营权 抵押 loans with 流转合同 annexes (bank and private); a 民宿 loan on a 宅基地 "
    "house from a 投资咨询 company; 小贷 loans with 账户管理费 withheld and an 等额本息 table, and 利息+服务费+管理费 with "
    "或裁或诉; a bank 循环额度 drawdown at LPR+95BP; a 委托贷款 via a 村镇银行; 企业间借贷 between 建材 companies; a 过桥 at "
    "日息千分之二 '直至本息还清'; a 夫妻 保证合同 with no type; 最高额抵押; a 展期协议 rolling interest into principal; a "
    "债权转让 with notice; a 还款承诺书 on a 2019 loan; 以房抵债; an expired 对账单; a 调解书; a 典当 with 首月费 taken "
    "out; a 寄售行 and a 投资公司 at 2 %/1.8 % a month; TXT UTF-8/GB18030 + DOCX tables) vs. hand-typed gold, per "
    "field and per finding")
