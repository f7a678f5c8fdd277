"""Held-out contract set 26 (written blind to the extractor by a 昆明/大理 小额贷款 loan-clerk persona who also files
for a 云南 融资担保 company and helps a 区 人民法院's 诉前 调解 room), scored by
`agent.contracts.evaluate.eval_contracts` on `eval/datasets/contracts_holdout26/`. Never tune on these rows."""
from __future__ import annotations

from pathlib import Path

from eval.suites.contracts import contract_suite

DATASET_DIR = Path(__file__).resolve().parent.parent / "datasets" / "contracts_holdout26"

SUITE = contract_suite(
    "contracts_holdout26",
    "Held-out loan/guarantee contracts 26: 30 documents from a 昆明/大理 小贷 loan desk (a 斗南 花农 借条 at 月息1.5分 "
    "with a 见证人; a 花卉 拍卖 商户 loan repaid from 平台 回款; a Chinese–English loan for a Thai buyer paying in US$; "
    "普洱 初制所 土地经营权 and 咖啡 合作社 林权 抵押; a 大理 客栈 装修 loan with a bare 保证, expired; a 菌子 收购 借条 "
    "at 1,500/month with a 担保人; a 冷链 挂靠 car loan 等额本息; a 瑞丽 边贸 loan for 缅甸 货款; 工程款 债权 转让; "
    "家族 企业 互保 'until repaid'; a 过桥 loan for a bank 续贷 at 日千分之二; a 小贷 loan with 服务费/管理费/保证金; a "
    "农商行 流贷 at LPR+85BP; 车辆 抵押 2017; 典当 of 翡翠; 挖掘机 融资租赁; a 还款协议 with a 还款计划 table; "
    "以物抵债 of a truck; a 2018 债务确认书 expired after its new date; a 民事调解书; a 微信 chat loan at zero interest; "
    "a 2020 借条 with 按手印 expired three days before review; a 砍头息 contract; 复利/罚息; 委托贷款; a 保证合同 "
    "without a period; a 2016 借条 at 月息三分; a 磨憨 边贸 loan at exactly 4×LPR; 利息'按行情算'; TXT UTF-8/GB18030 + "
    "DOCX tables) vs. hand-typed gold, per field and per finding")
