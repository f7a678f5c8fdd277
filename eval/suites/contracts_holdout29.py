"""Held-out contract set 29 (written blind to the extractor by a 临沂/潍坊 小额贷款 loan-clerk persona who also files
for a 山东 融资担保 company and helps a 区人民法院's 诉前调解 room), scored by
`agent.contracts.evaluate.eval_contracts` on `eval/datasets/contracts_holdout29/`. Never tune on these rows."""
from __future__ import annotations

from pathlib import Path

from eval.suites.contracts import contract_suite

DATASET_DIR = Path(__file__).resolve().parent.parent / "datasets" / "contracts_holdout29"

SUITE = contract_suite(
    "contracts_holdout29",
    "Held-out loan/guarantee contracts 29: 30 documents from a 临沂/潍坊 小贷 loan desk (临沂商城 摊主 借条 at 月息一分五 "
    "with 按手印 and a 见证人; 五金 存货 动产抵押 with 登记; a 物流专线 driver's 挂靠 truck loan; 寿光 大棚 土地经营权 "
    "抵押 with a 一般保证 and no period; a 2019 风筝厂 设备抵押 loan acknowledged in 2022, expired; 应收账款 质押 at a "
    "小贷; 生猪 活体 抵押 at 日千分之一 saved by a 2024 payment note; 肉鸡 三户联保 at a 信用社; a 家族企业 互保 保证合同 "
    "'until repaid'; a 过桥 loan for a bank 续贷; 小贷 咨询费/服务费/保证金; a 农商行 流贷 at LPR+150BP with a 融资担保 "
    "guarantor; 房产 最高额抵押; 房产 典当; 拖拉机/收割机 融资租赁; a 还款协议; 以物抵债 in 大蒜; a 2018 债务确认书 "
    "expired after its new date; a 民事调解书; a typed-out 微信 借款 chat in 山东话; a 2017 借条 with handwritten payments; "
    "a 砍头息 借条; 复利 and 罚息 between firms; a 还款计划 table; 委托贷款; a Chinese–English loan repaid from a Korean "
    "buyer's USD; a 2025-08 借条 past the LPR table (stale-data warning); a 2012 借条 at 月息3分; a 2020 bare 担保人; a "
    "rate exactly at 4×LPR; TXT UTF-8/GB18030 + DOCX tables) vs. hand-typed gold, per field and per finding")
