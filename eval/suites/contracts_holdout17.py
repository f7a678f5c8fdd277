"""Held-out contract set 17 (written blind to the extractor by a Wenzhou 小额贷款 风控 persona who also reviews files for
a 温州民间借贷登记服务中心 partner), scored by `agent.contracts.evaluate.eval_contracts` on
`eval/datasets/contracts_holdout17/`. Never tune on these rows."""
from __future__ import annotations

from pathlib import Path

from eval.suites.contracts import contract_suite

DATASET_DIR = Path(__file__).resolve().parent.parent / "datasets" / "contracts_holdout17"

SUITE = contract_suite(
    "contracts_holdout17",
    "Held-out loan/guarantee contracts 17: 30 documents from a Wenzhou 小贷 风控 desk (温州话 借条/借据 by 鞋革, 眼镜, "
    "泵阀 and 电器 bosses: '借去铜钿', 月息一分五, 月息一分二 with 担保人, '利钱每月每万元壹佰元' and 利钱加倍, 月息二分 with "
    "利钱和服务费先扣; lunar dates (正月初八, 腊月初八, 八月初一, 八月十五); a 标会 IOU and a 呈会 欠条; a 互保 担保函 and a "
    "联保协议; a 过桥 loan for bank 续贷 at 日息千分之一点五; a 民间借贷登记 备案 contract with a relative overdue rate; "
    "compound interest; 股权质押 and 房产抵押 loans; a 2015 contract at 月利率3.5 %, a 2016 借条 and a 2018 loan with "
    "payment and 催款 notes, one still expired; a 2019 debt confirmation; 还款承诺书, 以房抵债, a 民事调解书; a 小贷 loan "
    "with a withheld 服务费 and 等额本息 table; 典当, 融资租赁 售后回租, 农商行 and 村镇银行 loans at LPR+BP; a bilingual "
    "港资 loan with HKIAC arbitration; a rate exactly at 4×LPR; TXT UTF-8/GB18030 + DOCX tables) vs. hand-typed gold, "
    "per field and per finding")
