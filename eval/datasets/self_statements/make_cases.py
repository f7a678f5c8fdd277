"""Build eval/datasets/self_statements/cases.jsonl (held out: never tune on these rows).

A blind evaluation set of borrowers' / guarantors' self-statements: sentences in which a party asserts a risk fact
about ITSELF (or its own assets / people) as fact, unverified ("statement"), and hard negatives that use the same
words in another role ("other"). All names, companies, places, case numbers, plates and amounts are made up.

Rows are held below grouped by topic; the builder shuffles them with a fixed seed and numbers them ss-001 … ss-160,
so the output is deterministic. Editing a row changes the order; bump the version in SOURCE.md if you do.

    HF_HUB_OFFLINE=1 /work/main/.venv/bin/python eval/datasets/self_statements/make_cases.py          # write + check
    HF_HUB_OFFLINE=1 /work/main/.venv/bin/python eval/datasets/self_statements/make_cases.py --table  # + md table
"""

from __future__ import annotations

import itertools
import json
import random
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "cases.jsonl"
SEED = 20261205

LANGS = {"zh", "en", "mixed"}
LABELS = {"statement", "other"}
TOPICS = {"涉诉与执行", "关联关系", "对外担保", "抵质押与权利负担", "还款与逾期", "征信与偿债能力"}
SCOPES = {"none", "pending", "resolved", "positive"}
KEYS = ["id", "text", "lang", "label", "topic", "scope", "source"]

# (text, lang, topic, scope, source)
STATEMENTS: list[tuple[str, str, str, str, str]] = [
    # ---------------- 涉诉与执行 ----------------
    ("4.3 截至本合同签署之日，借款人不存在尚未了结的或可预见的重大诉讼、仲裁及行政处罚案件，亦不存在可能对其履约能力产生重大不利影响的其他争议。",
     "zh", "涉诉与执行", "pending", "陈述与保证"),
    ("本人张德顺郑重承诺：本人自成年以来从未作为被告参与任何民事诉讼，也从未被人民法院列为被执行人。",
     "zh", "涉诉与执行", "none", "承诺函"),
    ("本公司声明，本公司及现任董事、监事、高级管理人员从未被列入失信被执行人名单，亦从未被人民法院采取限制高消费措施。",
     "zh", "涉诉与执行", "none", "声明书"),
    ("关于我司与江州市鑫达物流有限公司运输合同纠纷一案，双方已于2025年11月18日在法院主持下达成调解，我司已按调解书足额支付款项，该案已全部执行完毕。",
     "zh", "涉诉与执行", "resolved", "情况说明"),
    ("本人名下原有一起民间借贷纠纷的执行案件（案号（2024）临0321执1187号），已于今年3月履行完毕并结案，现在执行信息公开网上已经查不到了。",
     "zh", "涉诉与执行", "resolved", "情况说明"),
    ("王经理，跟您说下，我们公司眼下一个官司都没有，法院那边也没有任何没结的案子，您放心报上去。",
     "zh", "涉诉与执行", "pending", "微信"),
    ("十四、或有事项 截至资产负债表日，本公司不存在应披露的未决诉讼或未决仲裁事项。",
     "zh", "涉诉与执行", "pending", "财务附注"),
    ("本公司成立以來從未涉及任何訴訟或仲裁，亦無被強制執行之記錄，特此聲明。",
     "zh", "涉诉与执行", "none", "声明书"),
    ("问：公司目前有没有被起诉或者被申请仲裁的案件？答（财务总监李秀梅）：目前没有任何还在审理或者执行中的案子。",
     "zh", "涉诉与执行", "pending", "尽调访谈记录"),
    ("经自查，本公司在中国执行信息公开网、中国裁判文书网均查无不良记录，企业涉诉情况良好。",
     "zh", "涉诉与执行", "positive", "自查报告"),
    ("保证人声明：本人目前没有未了解的诉讼、仲裁案件，也不是任何案件的被执行人。",
     "zh", "涉诉与执行", "pending", "保证人声明"),
    ("抵押人确认，其签署并履行本合同已取得必要的内部授权，抵押物权属清晰，且抵押人自取得该房产之日起从未因该房产涉及任何诉讼、仲裁或被司法机关处理，本合同项下的抵押不违反其已签署的任何其他协议。",
     "zh", "涉诉与执行", "none", "陈述与保证"),
    ("No litigation, arbitration or administrative proceedings of or before any court, arbitral body or agency which, if adversely determined, might reasonably be expected to have a Material Adverse Effect have (to the best of its knowledge and belief) been started or threatened against it or any of its Subsidiaries.",
     "en", "涉诉与执行", "pending", "English facility agreement"),
    ("Neither the Company nor any of its directors has ever been named as a judgment debtor by any court in the PRC or elsewhere.",
     "en", "涉诉与执行", "none", "English officer's certificate"),
    ("Regarding the court case you asked about last week: the claim brought by Harbourline Packaging against us was withdrawn on 14 May 2026 after we settled the invoice in full, so there is nothing open any more.",
     "en", "涉诉与执行", "resolved", "English email"),
    ("The Guarantor confirms that it is not currently subject to any enforcement order, asset preservation order or consumption restriction issued by a People's Court.",
     "en", "涉诉与执行", "pending", "English guarantee"),
    ("Hi Linda，关于 litigation 这块我确认一下：我们公司 currently 没有任何 pending 的诉讼或仲裁，法务那边也查过了。",
     "mixed", "涉诉与执行", "pending", "邮件"),
    # ---------------- 关联关系 ----------------
    ("借款人确认，其与本合同项下的交易对手方湖西县金穗粮油贸易有限公司之间不存在任何股权、亲属、任职或其他关联关系。",
     "zh", "关联关系", "none", "陈述与保证"),
    ("本人承诺，本人及配偶、子女均未在申请人以外的任何企业持股或担任董事、监事、高管职务，与申请人的上下游客户之间没有任何关联。",
     "zh", "关联关系", "none", "承诺函"),
    ("截至2025年12月31日，本公司不存在控股股东及其关联方非经营性占用公司资金的情况。",
     "zh", "关联关系", "pending", "财务附注"),
    ("2024年度关联方深蓝贸易借用我司资金人民币380万元，已于2025年6月30日前全部归还，截至目前双方之间无任何往来余额。",
     "zh", "关联关系", "resolved", "情况说明"),
    ("报告期内，本公司未与关联方发生任何关联交易。",
     "zh", "关联关系", "none", "财务附注"),
    ("我司与关联企业之间的购销业务均参照同期市场价格定价，并已履行股东会审议程序，定价公允、程序合规。",
     "zh", "关联关系", "positive", "情况说明"),
    ("张行长，您说的那家鼎盛建材跟我们一点关系都没有，他们老板我都没见过面，更谈不上股份上的牵扯。",
     "zh", "关联关系", "none", "微信"),
    ("答：实际控制人陈国栋目前没有在其他公司持股，也没有让别人代持的情况。",
     "zh", "关联关系", "pending", "尽调访谈记录"),
    ("原股东刘海涛系本公司供应商闽兴包装的法定代表人，其所持本公司15%股权已于2025年9月转让给无关联第三方并完成工商变更，自此双方不再构成关联关系。",
     "zh", "关联关系", "resolved", "情况说明"),
    ("本公司郑重声明，本公司股东、实际控治人与贷款资金的受托支付对象之间不存在任何关联关系或利益输送，也从未发生过资金回流。",
     "zh", "关联关系", "none", "声明书"),
    ("借款人保证，本合同项下贷款将用于向非关联供应商采购原材料，截至提款日借款人与该等供应商之间不存在任何尚未披露的关联关系，且贷款资金不会直接或间接流入借款人的股东。",
     "zh", "关联关系", "pending", "陈述与保证"),
    ("The Borrower represents that it has no Affiliates other than those listed in Schedule 4 and that none of its shareholders holds, directly or indirectly, any interest in the Seller.",
     "en", "关联关系", "none", "English facility agreement"),
    ("As at the date of this letter, there are no amounts owing between the Company and any Related Party, whether on trade account or otherwise.",
     "en", "关联关系", "pending", "English comfort letter"),
    ("The shareholder loan of CNY 2,400,000 advanced by Mr. Zhou Weimin to the Company in 2023 was repaid in full on 30 September 2025 and no balance remains outstanding.",
     "en", "关联关系", "resolved", "English financial statement notes"),
    ("All transactions between the Group and its related parties during the year were conducted on normal commercial terms and at arm's length.",
     "en", "关联关系", "positive", "English financial statement notes"),
    ("Just to confirm, none of our directors are related to anyone at Qingfeng Trading, by blood, marriage or shareholding.",
     "en", "关联关系", "none", "English email"),
    ("Re: KYC follow-up —— 我司与 Lanford Components Ltd 没有任何 related-party relationship，双方仅为普通买卖关系。",
     "mixed", "关联关系", "none", "邮件"),
    # ---------------- 对外担保 ----------------
    ("借款人未为任何第三方的债务提供保证、抵押、质押或其他形式的担保，亦不存在任何其他或有负债。",
     "zh", "对外担保", "none", "陈述与保证"),
    ("截至2025年12月31日，本公司无对外提供担保事项。",
     "zh", "对外担保", "pending", "财务附注"),
    ("我司2023年为湖东县顺安养殖场在农商行的200万元借款提供的连带责任保证，因该笔借款已于2025年8月12日结清，保证责任随之解除。",
     "zh", "对外担保", "resolved", "情况说明"),
    ("本人及配偶从未给任何亲戚朋友做过借款担保人，名下不存在任何担保责任。",
     "zh", "对外担保", "none", "承诺函"),
    ("李经理我跟您讲实话，目前我名下一笔对外担保都没有，征信报告上您也能看到。",
     "zh", "对外担保", "pending", "微信"),
    ("本公司对外担保总额控制在最近一期净资产的10%以内，各被担保企业经营正常，均按期履约。",
     "zh", "对外担保", "positive", "情况说明"),
    ("本公司從未為股東、實際控制人或其他關聯方提供任何形式之擔保。",
     "zh", "对外担保", "none", "声明书"),
    ("担保人在此确认，除本担保函项下的担保及已向贷款人书面披露的为子公司江源机械提供的一笔担保外，担保人目前不存在其他未解除的对外担保，担保人承担本担保函项下责任不违反其章程。",
     "zh", "对外担保", "pending", "担保函"),
    ("答：去年给朋友的砂石厂担保过50万，那笔贷款今年1月份人家自己还掉了，担保合同银行也退回来了。",
     "zh", "对外担保", "resolved", "尽调访谈记录"),
    ("本合作社承诺，本社从未以社员集体资产为其他单位或个人的借款提供过担保，也未签署过任何回购、差额不足等增信文件。",
     "zh", "对外担保", "none", "承诺函"),
    ("申请人或有负债情况：无。申请人当前未对外提供担保，未签订任何反担保协议。",
     "zh", "对外担保", "pending", "借款申请书"),
    ("The Borrower has not given any guarantee, indemnity or security in respect of the obligations of any other person.",
     "en", "对外担保", "none", "English facility agreement"),
    ("Save as disclosed in the Disclosure Letter, no Obligor is at the date hereof a party to any guarantee or other contingent liability in favour of a third party.",
     "en", "对外担保", "pending", "English facility agreement"),
    ("The corporate guarantee we issued for Ridgeway Farming's working-capital line was released by the bank on 3 March 2026 following full repayment, and the release letter is attached.",
     "en", "对外担保", "resolved", "English email"),
    ("I confirm that I have never acted as guarantor or surety for any loan taken out by another individual or company.",
     "en", "对外担保", "none", "English personal declaration"),
    ("The aggregate amount of guarantees provided by the Company to third parties is within the limit approved by its shareholders, and every guaranteed party is performing its obligations.",
     "en", "对外担保", "positive", "English financial statement notes"),
    ("关于 contingent liabilities：截至 2026-06-30，本公司 off-balance-sheet 对外担保余额为零。",
     "mixed", "对外担保", "pending", "邮件"),
    # ---------------- 抵质押与权利负担 ----------------
    ("抵押人保证，抵押财产不存在任何共有或权属争议，未设定任何在先的抵押权、租赁权或其他权利负担，也从未被查封、扣押或监管。",
     "zh", "抵质押与权利负担", "none", "陈述与保证"),
    ("本人名下位于江州市滨湖区翠湖路88号2幢1502室的住房无任何抵押，也没有出租给他人。",
     "zh", "抵质押与权利负担", "none", "承诺函"),
    ("此前因供货款纠纷被临川县人民法院冻结的基本户，已于2026年4月2日随案件执行完毕而解除冻结，目前账户可正常收付。",
     "zh", "抵质押与权利负担", "resolved", "情况说明"),
    ("出质人确认，用于出质的应收账款目前未向任何其他机构转让或质押，在中登网亦无有效的登记记录。",
     "zh", "抵质押与权利负担", "pending", "陈述与保证"),
    ("刘经理，厂房在工行那笔抵押上周已经注销了，不动产登记中心出了新证，现在是干净的。",
     "zh", "抵质押与权利负担", "resolved", "微信"),
    ("截至2025年12月31日，本公司不存在所有权或使用权受到限制的资产。",
     "zh", "抵质押与权利负担", "pending", "财务附注"),
    ("本人所有的车牌号为江F·7K352的重型自卸货车系全款购买，自购置之日起从未办理过抵押登记，亦未做过融资租赁。",
     "zh", "抵质押与权利负担", "none", "声明书"),
    ("本公司持有的工业用地土地使用权及地上厂房权属清晰完整，本公司可依法自由处分。",
     "zh", "抵质押与权利负担", "positive", "陈述与保证"),
    ("答：仓库里那批钢材现在没有押在任何人手上，随时可以来盘点。",
     "zh", "抵质押与权利负担", "pending", "尽调访谈记录"),
    ("出质人持有的江州恒岳五金制品有限公司30%股权系其合法取得，出资已足额缴纳，该等股权此前从未被质押、冻结或设立任何形式的担保，出质人有权将其出质给质权人。",
     "zh", "抵质押与权利负担", "none", "股权质押合同"),
    ("我公司承诺，目前名下的机器设备没有被法院查封，也没有被抵压给其他银行。",
     "zh", "抵质押与权利负担", "pending", "承诺函"),
    ("The Chargor has never created or permitted to subsist any mortgage, charge or lien over the Property.",
     "en", "抵质押与权利负担", "none", "English mortgage deed"),
    ("No Security exists over all or any of the present or future assets of the Borrower, other than Permitted Security.",
     "en", "抵质押与权利负担", "pending", "English facility agreement"),
    ("The prior mortgage in favour of Westlake Rural Credit Cooperative over Unit 6, Building 3 was discharged on 21 January 2026 and the deregistration certificate has been issued.",
     "en", "抵质押与权利负担", "resolved", "English letter"),
    ("The Pledgor has good and marketable title to the Pledged Shares and full power to pledge them.",
     "en", "抵质押与权利负担", "positive", "English share pledge"),
    ("As of today none of our bank accounts or equipment is frozen or seized by any court.",
     "en", "抵质押与权利负担", "pending", "English email"),
    ("The mortgage on 厂房 A 栋 已经 released 了，他行的抵押注销证明我明天 send 给你。",
     "mixed", "抵质押与权利负担", "resolved", "微信"),
    # ---------------- 还款与逾期 ----------------
    ("本公司自成立以来在各金融机构的借款均按期还本付息，从未发生过任何逾期或欠息。",
     "zh", "还款与逾期", "none", "承诺函"),
    ("我司在宁川银行的300万元流动资金贷款已于2026年5月20日全额结清，不存在任何剩余欠款。",
     "zh", "还款与逾期", "resolved", "情况说明"),
    ("王姐，上个月那笔5万的网贷我已经全部还清了，结清证明截图发你。",
     "zh", "还款与逾期", "resolved", "微信"),
    ("截至本声明出具之日，本人在任何银行、小额贷款公司及其他机构均无逾期未还的借款。",
     "zh", "还款与逾期", "pending", "声明书"),
    ("本人承诺，本人信用卡和各类贷款一直按时还款，从来没有过愈期记录。",
     "zh", "还款与逾期", "none", "个人承诺书"),
    ("截至报告期末，本公司无已到期未偿还的短期借款。",
     "zh", "还款与逾期", "pending", "财务附注"),
    ("关于征信报告中显示的2024年7月一次逾期记录，系因我司财务人员变动导致扣款账户余额不足所致，逾期金额人民币12,460.38元已于次日全额补还，所涉贷款目前也已正常结清。",
     "zh", "还款与逾期", "resolved", "情况说明"),
    ("答：我们合作社跟信用社打了十来年交道，贷了还、还了贷，一天都没拖过。",
     "zh", "还款与逾期", "none", "尽调访谈记录"),
    ("目前本人名下仅有一笔房贷，每月按时扣款，没有欠着没还的。",
     "zh", "还款与逾期", "pending", "借款申请书"),
    ("本公司近三年在各合作银行的贷款还款情况良好，每期均足额按时归还。",
     "zh", "还款与逾期", "positive", "情况说明"),
    ("保证人声明：本人2022年、2023年在贵公司办理的两笔经营性贷款均已提前还清，目前与贵公司之间无任何未了债务。",
     "zh", "还款与逾期", "resolved", "保证人声明"),
    ("借款人在此陈述，其对其他债权人所负的任何债务从未发生违约，亦从未触发任何交叉违约条款。",
     "zh", "还款与逾期", "none", "陈述与保证"),
    ("No Event of Default is continuing, and the Borrower is not in default under any agreement to which it is a party in respect of Financial Indebtedness.",
     "en", "还款与逾期", "pending", "English facility agreement"),
    ("The Company has never missed a scheduled payment of principal or interest on any of its borrowings.",
     "en", "还款与逾期", "none", "English officer's certificate"),
    ("The overdue amount of CNY 86,300 flagged in your reminder of 2 June was paid in full on 5 June, together with the default interest, so the account is now up to date.",
     "en", "还款与逾期", "resolved", "English email"),
    ("陈经理放心，我这边所有 loan 都是 on time 的，现在一分钱 overdue 都没有。",
     "mixed", "还款与逾期", "pending", "微信"),
    # ---------------- 征信与偿债能力 ----------------
    ("本人信用记录良好，具备按期足额偿还本笔借款本息的能力。",
     "zh", "征信与偿债能力", "positive", "承诺函"),
    ("本公司在中国人民银行征信系统中无任何不良信用记录，未被列入任何金融机构的黑名单。",
     "zh", "征信与偿债能力", "none", "声明书"),
    ("我公司经营稳定，年销售收入约2,600万元，经营性现金流充足，完全有能力按期归还本次申请的500万元贷款。",
     "zh", "征信与偿债能力", "positive", "借款申请书"),
    ("本公司目前资产负债率为46.3%，流动比率1.52，短期偿债能力良好，足以覆盖本次借款。",
     "zh", "征信与偿债能力", "positive", "情况说明"),
    ("赵经理，我征信绝对没问题，从来没上过黑名单，您尽管查。",
     "zh", "征信与偿债能力", "none", "微信"),
    ("本人当前无任何不良征信记录，亦无正在被催收的债务。",
     "zh", "征信与偿债能力", "pending", "声明书"),
    ("征信报告中2023年的不良记录系信用卡年费未缴产生，本人已于2025年补缴并经发卡行出具非恶意逾期证明，相关不良记录现已更正删除。",
     "zh", "征信与偿债能力", "resolved", "情况说明"),
    ("本人收入穩定，名下資產足以覆蓋全部負債，信用狀況一向良好。",
     "zh", "征信与偿债能力", "positive", "个人承诺书"),
    ("答：今年订单排到明年二季度了，回款也及时，这点贷款的月供对我们来说压力不大。",
     "zh", "征信与偿债能力", "positive", "尽调访谈记录"),
    ("借款人陈述并保证，其向贷款人提供的财务报表真实、准确、完整地反映了其财务状况，借款人不存在资不抵债或者明显缺乏清偿能力的情形，且未进入任何破产、清算或重整程序。",
     "zh", "征信与偿债能力", "pending", "陈述与保证"),
    ("本人承诺从未有过恶意拖欠、逃废债务等失信行为，个人征性无任何污点。",
     "zh", "征信与偿债能力", "none", "个人承诺书"),
    ("The Borrower is able to pay its debts as they fall due and has not suspended or threatened to suspend payment of any of its debts.",
     "en", "征信与偿债能力", "positive", "English facility agreement"),
    ("I have never been declared bankrupt or made any arrangement with my creditors, and my credit file contains no adverse entries.",
     "en", "征信与偿债能力", "none", "English personal declaration"),
    ("No Obligor is currently insolvent within the meaning of any applicable law, nor has any moratorium been declared in respect of its indebtedness.",
     "en", "征信与偿债能力", "pending", "English facility agreement"),
    ("Our cash position is healthy: we have around CNY 4.8 million in the bank and another 3 million of receivables due this quarter, which comfortably covers the repayment schedule.",
     "en", "征信与偿债能力", "positive", "English email"),
    ("我们公司的 credit rating 一直是 AA，cash flow 很稳，还款完全没压力。",
     "mixed", "征信与偿债能力", "positive", "微信"),
]

# (text, lang, source) — hard negatives: same words, another role.
OTHERS: list[tuple[str, str, str]] = [
    # future events / covenants
    ("借款人发生逾期的，贷款人有权自逾期之日起按本合同约定利率上浮50%计收罚息，并有权宣布全部借款提前到期。", "zh", "借款合同条款"),
    ("如借款人或其控股股东涉及可能影响其偿债能力的重大诉讼、仲裁，借款人应在知悉之日起三个工作日内书面通知贷款人。", "zh", "借款合同条款"),
    ("借款人承诺，在本合同项下借款本息全部清偿前，未经贷款人书面同意，不得为任何第三方提供担保。", "zh", "借款合同条款"),
    ("贷款存续期间，抵押人不得将抵押物再次抵押、出租或转让；抵押物被查封、扣押的，抵押人应立即告知抵押权人。", "zh", "抵押合同条款"),
    ("借款人应当如实向贷款人披露其关联方及关联交易情况，并于每季度结束后十五日内报送关联交易清单。", "zh", "借款合同条款"),
    # conditions
    ("抵押解除后，抵押人应在五个工作日内向登记机构申请办理注销登记，相关费用由抵押人承担。", "zh", "抵押合同条款"),
    ("本合同项下贷款全部结清后，贷款人应于十个工作日内向借款人出具结清证明。", "zh", "借款合同条款"),
    ("若保证人被列入失信被执行人名单，债权人有权要求债务人另行提供经其认可的担保。", "zh", "保证合同条款"),
    # lender's / third party's statement about someone else
    ("经查询中国执行信息公开网，保证人周福林名下有两起被执行案件，执行标的合计约37万元。", "zh", "贷前调查报告"),
    ("据借款人介绍，其主要客户湖西盛达商贸有限公司近期因合同纠纷被起诉，账户已被冻结。", "zh", "尽调访谈记录"),
    ("贷前调查发现，借款人实际控制人王建华之妻弟为该供应商的法定代表人，二者存在关联关系。", "zh", "贷前调查报告"),
    ("经查询不动产登记信息，抵押物已于2024年10月设定第一顺位抵押，抵押权人为临川农商银行。", "zh", "审查意见"),
    ("根据征信报告，借款人近24个月内有3次逾期记录，最长逾期天数为62天。", "zh", "审查意见"),
    ("本行确认，贵公司在我行的贷款已于2026年3月15日全部结清，特此证明。", "zh", "银行结清证明"),
    ("经审查，申请人经营正常，近三年销售收入稳步增长，具备一定的还款能力。", "zh", "审查意见"),
    ("担保公司反馈：被担保企业湖东顺安养殖场已于上月出现连续两期欠息，我司已启动代偿预案。", "zh", "业务通报"),
    # law text / judgments
    ("《民法典》第六百八十六条 保证的方式包括一般保证和连带责任保证。当事人在保证合同中对保证方式没有约定或者约定不明确的，按照一般保证承担保证责任。", "zh", "法律条文"),
    ("《民法典》第三百九十五条 债务人或者第三人有权处分的下列财产可以抵押：（一）建筑物和其他土地附着物；……", "zh", "法律条文"),
    ("根据公司法的规定，公司为公司股东或者实际控制人提供担保的，应当经股东会决议。", "zh", "法律条文"),
    ("被执行人有履行能力而拒不履行生效法律文书确定义务的，人民法院应当将其纳入失信被执行人名单。", "zh", "司法解释"),
    ("本院认为，被告未按约定期限归还借款，构成违约，应当承担偿还借款本金及逾期利息的责任。", "zh", "判决书"),
    # questions
    ("请问贵公司目前是否存在未决诉讼或仲裁？如有，请列明案号、标的金额及进展。", "zh", "尽调问卷"),
    ("你们公司以前有没有给别的企业做过担保？有的话把合同拍给我看看。", "zh", "微信"),
    ("借款人名下的房产是否已经抵押？抵押给了谁？还剩多少没还？", "zh", "尽调问卷"),
    # officer's notes
    ("需核实借款人是否有对外担保，调取其企业征信报告中的相关还款责任信息。", "zh", "审查要点"),
    ("备注：借款人是否存在他行逾期尚待核实，已要求其补充近一年银行流水。", "zh", "信贷员备注"),
    ("风险提示：抵押物所在区域近期有拆迁传闻，需实地走访确认抵押物现状及是否存在查封。", "zh", "信贷员备注"),
    ("下一步：登录法院网站，排查保证人及其配偶的涉诉情况，结果附后。", "zh", "信贷员备注"),
    ("信贷员在调查时，应重点关注借款人是否存在隐性对外担保、民间借贷及关联企业间资金拆借。", "zh", "操作规程"),
    # admissions of a bad fact
    ("借款人目前有一笔在宁川农商行的经营贷逾期未还，逾期金额8.6万元，已逾期45天。", "zh", "情况说明"),
    ("本公司涉及一起买卖合同纠纷，原告为江城钢材经销部，标的额约63万元，目前尚在一审审理中。", "zh", "情况说明"),
    ("我承认去年给表哥的养殖场担保过一笔80万的贷款，现在他那边还没还完。", "zh", "微信"),
    ("本公司名下位于开发区的厂房已抵押给宁川银行，担保债权最高额为1,200万元。", "zh", "财务附注"),
    ("实际控制人持有供应商鸿图贸易60%股份，该公司与本公司2025年发生采购交易合计1,870万元。", "zh", "财务附注"),
    ("由于订单下滑，本公司目前现金流紧张，短期内确实无法按原计划偿还贷款本金，恳请贵司给予展期。", "zh", "展期申请"),
    # definitions / forms / notices / settlements
    ("本合同所称“逾期”，是指借款人未按本合同约定的还款日足额偿还任何一期应还本金或利息的情形。", "zh", "定义条款"),
    ("“关联方”指直接或间接控制借款人、受借款人控制或与借款人受同一主体控制的任何法人、其他组织或自然人。", "zh", "定义条款"),
    ("“权利负担”包括但不限于抵押、质押、留置、查封、冻结、优先购买权及其他任何担保权益或第三方权利。", "zh", "定义条款"),
    ("十、诉讼、仲裁及行政处罚情况（如无请填写“无”）：________________", "zh", "借款申请表"),
    ("贵公司于2026年6月20日到期的贷款本息尚未归还，请于收到本通知后三日内足额还款，否则我司将依法追索。", "zh", "催收通知"),
    ("调解方案：被申请人同意于2026年9月30日前分三期偿还剩余借款本金42万元，申请人同意免除部分逾期利息。", "zh", "调解方案"),
    ("借款人如發生逾期，應自逾期之日起按日萬分之五支付違約金。", "zh", "借款合同条款"),
    # English
    ("If any litigation, arbitration or administrative proceeding is commenced against the Borrower which could reasonably be expected to have a Material Adverse Effect, the Borrower shall promptly notify the Agent.", "en", "English facility agreement"),
    ("The Borrower shall not create or permit to subsist any Security over any of its assets.", "en", "English facility agreement"),
    ("\"Financial Indebtedness\" means any indebtedness for or in respect of moneys borrowed or raised, including any guarantee or indemnity in respect of any of the foregoing.", "en", "English facility agreement"),
    ("Our search of the enforcement information disclosure website shows that the Guarantor, Mr. Li Jun, is listed as a dishonest judgment debtor in two cases.", "en", "English credit memo"),
    ("Please confirm whether the Company has provided any guarantee for the debts of its shareholders or their affiliates.", "en", "English due diligence questionnaire"),
    ("Credit memo: verify the existence of any intercompany loans between the Borrower and Talbot Holdings before drawdown.", "en", "English credit memo"),
    ("The Company is currently 47 days behind on its instalments under the equipment lease with Pinecrest Leasing and is negotiating a revised schedule.", "en", "English email"),
    ("We are a defendant in a contract dispute brought by a former distributor; the claim is for roughly CNY 1.2 million and the hearing is set for October.", "en", "English email"),
    ("Upon the discharge of the Mortgage, the Lender shall, at the cost of the Mortgagor, execute such documents as may be necessary to release the Property.", "en", "English mortgage deed"),
    ("An Event of Default occurs if any Financial Indebtedness of any Obligor is not paid when due nor within any originally applicable grace period.", "en", "English facility agreement"),
    ("According to the credit bureau report dated 12 August 2026, the applicant's spouse has an overdue credit card balance of CNY 23,580.", "en", "English credit memo"),
    ("The Borrower undertakes that it will repay each Loan on its Repayment Date and will maintain a debt service coverage ratio of not less than 1.25x.", "en", "English facility agreement"),
    ("Note 18 - Pledged assets: property, plant and equipment with a carrying amount of CNY 9.4 million has been pledged as security for bank borrowings.", "en", "English financial statement notes"),
    ("Did your company have any late payments on bank loans in the past two years? If yes, please give details.", "en", "English due diligence questionnaire"),
    # mixed
    ("TODO: 核实一下 borrower 名下有没有其他 pending lawsuits，周五前 update 到系统。", "mixed", "信贷员备注"),
    ("Per 征信报告，担保人 Mr. Huang 有一笔 overdue 的信用卡欠款至今未结清。", "mixed", "审查意见"),
    ("“Security” 在本协议中指任何 mortgage、pledge、lien 或其他担保权益。", "mixed", "定义条款"),
    ("说实话我们现在 cash flow 很紧，下个月的 installment 可能要晚几天。", "mixed", "微信"),
]


def bigrams(text: str) -> set[str]:
    t = "".join(text.lower().split())
    return {t[i:i + 2] for i in range(len(t) - 1)}


def jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def build() -> list[dict]:
    rows = [dict(text=t, lang=l, label="statement", topic=tp, scope=sc, source=src)
            for t, l, tp, sc, src in STATEMENTS]
    rows += [dict(text=t, lang=l, label="other", topic=None, scope=None, source=src) for t, l, src in OTHERS]
    random.Random(SEED).shuffle(rows)
    return [{"id": f"ss-{i:03d}", **r} for i, r in enumerate(rows, 1)]


def check(rows: list[dict]) -> float:
    assert len(rows) == 160, len(rows)
    for i, r in enumerate(rows, 1):
        assert list(r) == KEYS, r
        assert r["id"] == f"ss-{i:03d}", r["id"]
        assert isinstance(r["text"], str) and r["text"].strip() == r["text"] and r["text"], r["id"]
        assert r["lang"] in LANGS and r["label"] in LABELS, r["id"]
        assert isinstance(r["source"], str) and r["source"], r["id"]
        if r["label"] == "other":
            assert r["topic"] is None and r["scope"] is None, r["id"]
        else:
            assert r["topic"] in TOPICS and r["scope"] in SCOPES, r["id"]
    texts = [r["text"] for r in rows]
    assert len(set(texts)) == len(texts), "duplicate text"
    grams = [bigrams(t) for t in texts]
    worst = (0.0, "", "")
    for (i, a), (j, b) in itertools.combinations(enumerate(grams), 2):
        s = jaccard(a, b)
        assert s < 0.7, (rows[i]["id"], rows[j]["id"], s)
        if s > worst[0]:
            worst = (s, rows[i]["id"], rows[j]["id"])
    topics = Counter(r["topic"] for r in rows if r["label"] == "statement")
    for t in TOPICS:
        assert topics[t] >= 12, (t, topics[t])
    return worst


def main() -> None:
    rows = build()
    worst = check(rows)
    with OUT.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {OUT} ({len(rows)} rows); max char-bigram Jaccard {worst[0]:.3f} ({worst[1]} vs {worst[2]})")
    st = [r for r in rows if r["label"] == "statement"]
    print("label:", dict(Counter(r["label"] for r in rows)))
    print("lang:", dict(Counter(r["lang"] for r in rows)))
    print("lang x label:", dict(Counter((r["label"], r["lang"]) for r in rows)))
    print("topic:", dict(Counter(r["topic"] for r in st)))
    print("scope:", dict(Counter(r["scope"] for r in st)))
    print("topic x scope:")
    for t in sorted(TOPICS):
        print("  ", t, dict(Counter(r["scope"] for r in st if r["topic"] == t)))
    if "--table" in sys.argv:
        print("\n| id | label | topic | scope | lang | source | first 40 characters |")
        print("|---|---|---|---|---|---|---|")
        for r in rows:
            head = r["text"][:40].replace("|", "\\|")
            print(f"| {r['id']} | {r['label']} | {r['topic'] or '—'} | {r['scope'] or '—'} | {r['lang']} "
                  f"| {r['source']} | {head} |")


if __name__ == "__main__":
    main()
