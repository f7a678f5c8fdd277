"""Held-out contract set 24 (written blind to the extractor by a 鄂尔多斯/呼和浩特 小额贷款 loan-clerk persona who also
files for a 内蒙古 融资担保 company and helps a 旗 人民法院 诉前调解室), scored by
`agent.contracts.evaluate.eval_contracts` on `eval/datasets/contracts_holdout24/`. Never tune on these rows."""
from __future__ import annotations

from pathlib import Path

from eval.suites.contracts import contract_suite

DATASET_DIR = Path(__file__).resolve().parent.parent / "datasets" / "contracts_holdout24"

SUITE = contract_suite(
    "contracts_holdout24",
    "Held-out loan/guarantee contracts 24: 30 documents from a 鄂尔多斯/呼和浩特 小贷 loan desk (煤矿 运输 and 煤炭 "
    "贸易 loans with 应收账款/商票 质押; 羊绒厂 设备 抵押 and 存货 质押; 牧民 草场 承包经营权 and 牛羊 活体 抵押; 奶站 / "
    "奶牛合作社 and 土豆 / 燕麦 种植户 loans; 老板 借新还旧 at 月息3分 with 利滚利; a family 凑钱 借条 silent on interest; "
    "a 家族企业 互保 保证合同; a 过桥 loan for a bank 续贷 at 日千分之一; a 小贷 loan with 服务费/管理费/保证金; a 农商行 "
    "流贷 at LPR+95BP with a 融资担保 guarantor; 重卡 抵押 2019; 挖掘机 融资租赁; 还款协议; 以物抵债 in 房产+车辆; a "
    "2018 债务确认书; a 旗法院 民事调解书; a typed-out 微信 loan; a 砍头息 loan; 委托贷款; a 对账单 rolling interest into "
    "principal; a Chinese–English 二连浩特 loan repaid from a Mongolian buyer's US$; 2014/2016 pre-LPR notes; a guarantee "
    "'until repaid'; a rate exactly at 4×LPR; TXT UTF-8/GB18030 + DOCX tables) vs. hand-typed gold, per field and per "
    "finding")
