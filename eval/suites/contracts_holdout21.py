"""Held-out contract set 21 (written blind to the extractor by a 乌鲁木齐/喀什 小额贷款 loan-officer persona who also
files for a 新疆 融资担保 company), scored by `agent.contracts.evaluate.eval_contracts` on
`eval/datasets/contracts_holdout21/`. Never tune on these rows."""
from __future__ import annotations

from pathlib import Path

from eval.suites.contracts import contract_suite

DATASET_DIR = Path(__file__).resolve().parent.parent / "datasets" / "contracts_holdout21"

SUITE = contract_suite(
    "contracts_holdout21",
    "Held-out loan/guarantee contracts 21: 30 documents from a 乌鲁木齐/喀什 小贷 loan desk (棉花 收购 借条 at 月息2分 "
    "with a second-language writer's typos; a 轧花厂 loan; 红枣 存货 and 核桃 仓单 质押; a Chinese–English 霍尔果斯 边贸 "
    "loan for a 哈萨克斯坦 supplier paid in 坚戈, repaid in US$; 牧民 牛羊 活体 抵押, expired despite a payment; a 兵团 "
    "连队 职工 借条 with a bare 担保人; 采棉机 融资租赁; a 包工头 欠条 saved by a WeChat demand; a 过桥 loan for a bank "
    "续贷 at 日千分之一点五; a 小贷 loan with 服务费/管理费; a 农商行 流贷 at LPR+120BP guaranteed by a 融资担保 company; "
    "车辆 抵押 2018; 典当 of gold; a 还款协议; 以物抵债 in 葡萄干; a 债务确认书 of a 2019 loan; a 民事调解书; a 砍头息 "
    "借条; 委托贷款; an 对账单 rolling interest into principal; a 保证合同 'until repaid'; 2015/2016 pre-LPR loans; an "
    "interest-free loan with an 18 % overdue rate; rates exactly at 4×LPR; TXT UTF-8/GB18030 + DOCX tables) vs. "
    "hand-typed gold, per field and per finding")
