"""Held-out contract set 28 (written blind to the extractor by a 佛山/东莞 小额贷款 loan-clerk persona who also files
for a 广东 融资担保 company and helps a 镇 人民调解委员会), scored by `agent.contracts.evaluate.eval_contracts` on
`eval/datasets/contracts_holdout28/`. Never tune on these rows."""
from __future__ import annotations

from pathlib import Path

from eval.suites.contracts import contract_suite

DATASET_DIR = Path(__file__).resolve().parent.parent / "datasets" / "contracts_holdout28"

SUITE = contract_suite(
    "contracts_holdout28",
    "Held-out loan/guarantee contracts 28: 30 documents from a 佛山/东莞 小贷 loan desk (a 陶瓷厂 借条 at 月息1分8 with a "
    "见证人 and 按手印; 家具厂 设备 抵押; 电子配件 应收账款 质押 with 中登网 登记; 商业保理; a 2018 五金模具 借条 in "
    "粤语 with handwritten payment notes, expired; a 香港 company's bilingual HK$ loan in traditional characters; a "
    "信用证 保证金 loan saved by a signed demand; 挂靠 货车 抵押; a 茶楼 loan with 每日罚款 and a bare 担保人; 村 集体 "
    "股份 分红 质押; 家族 互保; 小贷 服务费/管理费/保证金; a 过桥 loan at 日千分之一; a 农商行 经营贷 at LPR+85BP "
    "with a 融资担保 guarantor; 2019 房产 抵押; 典当; CNC 融资租赁; a 还款协议 rolling interest into principal; 以物抵债 "
    "in 瓷砖; a 债务确认书 of a 2017 loan, expired; a 民事调解书; a 人民调解协议; a 微信 chat with unclear interest; a 砍头息 "
    "借条; 复利; a 保证合同 'until repaid'; 委托贷款; a 2011 借据 at 月息三分; a 还款计划 table; rent turned into a loan at "
    "4×LPR; TXT UTF-8/GB18030 + DOCX tables) vs. hand-typed gold, per field and per finding")
