#!/usr/bin/env python3
"""Build train_c.jsonl: TRAINING batch c of borrowers' self-statements (author C, hard-negative emphasis).

Training data only: never report a figure measured on these rows.
All names, companies, amounts, dates and case numbers are made up.
Run: /work/main/.venv/bin/python eval/datasets/self_statements_train/make_train_c.py
Deterministic: rows are held below; order is a fixed-seed interleave of statements and others.
"""
import itertools
import json
import random
from collections import Counter
from pathlib import Path

# statement rows: (text, lang, topic, scope, source)
L, R, G, M, P, C = "涉诉与执行", "关联关系", "对外担保", "抵质押与权利负担", "还款与逾期", "征信与偿债能力"
STATEMENTS = [
    # 涉诉与执行
    ("截至本合同签署之日，借款人不存在任何尚未了结的诉讼、仲裁或行政处罚案件。", "zh", L, "pending", "陈述与保证"),
    ("本公司自成立以来从未作为被告涉及任何民事诉讼，亦未被列入失信被执行人名单。", "zh", L, "none", "声明书"),
    ("本人郑重承诺：本人目前没有被法院限制高消费，名下也没有任何正在执行的案件。", "zh", L, "pending", "承诺函"),
    ("关于贵行关注的我司与某建材公司的买卖合同纠纷，该案已于2025年9月调解结案，调解款项已全部履行完毕，我司目前无其他未结案件。", "zh", L, "resolved", "情况说明"),
    ("王总您好，跟您说一下，之前那个被执行的案子上个月已经执行完毕了，法院那边也出了结案通知书，现在名下干干净净。", "zh", L, "resolved", "微信"),
    ("保证人声明：保证人及其配偶名下不存在任何未履行完毕的生效判决、裁定或仲裁裁决。", "zh", L, "pending", "担保函"),
    ("截至2025年12月31日，本公司无需要披露的重大未决诉讼或仲裁事项。", "zh", L, "pending", "财务附注"),
    ("本人從未被列為失信被執行人，亦無任何涉訴記錄，特此聲明。", "zh", L, "none", "声明书"),
    ("借款人保证，其法定代表人、实际控制人均未涉及任何刑事案件，亦无尚在执行程序中的民事案件。", "zh", L, "pending", "陈述与保证"),
    ("我们公司一直规规矩矩做生意，十几年了没跟任何人打过官司，更别说被法院执行了。", "zh", L, "none", "微信"),
    ("此前因厂房租赁合同纠纷被采取的限制消费措施，已因本公司全额履行义务，由法院于2026年3月2日决定解除。", "zh", L, "resolved", "情况说明"),
    ("本公司现不存在作为被执行人的情形，公司基本存款账户亦未因任何诉讼被司法冻结。", "zh", L, "pending", "承诺函"),
    ("出质人在此确认，截至本函出具日，其不涉及任何可能对其履约能力产生重大不利影响的诉讼、仲裁或行政程序。", "zh", L, "pending", "质押合同"),
    ("The Borrower represents and warrants that no litigation, arbitration or administrative proceedings are pending or, to its knowledge, threatened against it or any of its assets.", "en", L, "pending", "English facility agreement"),
    ("The Company has never been named as a defendant in any legal proceedings since its incorporation in 2011.", "en", L, "none", "English representation letter"),
    ("The judgment entered against the Guarantor by the Suzhou Intermediate People's Court has been fully satisfied, and the enforcement case was closed on 14 May 2025.", "en", L, "resolved", "English guarantee"),
    ("Hi Ms. Lin, just to confirm, we don't have any court cases going on right now, and none of our directors are on the dishonest debtor list.", "en", L, "pending", "邮件"),
    ("No order has been made, petition presented or resolution passed for the winding up of the Borrower, and no enforcement action is currently being taken against any of its property.", "en", L, "pending", "English facility agreement"),
    ("本公司确认 there is no pending litigation against us，也没有被列入失信名单，请知悉。", "mixed", L, "pending", "邮件"),
    ("关于执行案件(2024)沪0115执12345号，我方已经 fully paid，法院也出了结案证明，麻烦在系统里更新一下。", "mixed", L, "resolved", "微信"),
    # 关联关系
    ("借款人确认，除已在附件三中披露者外，其与贷款人的股东、董事及高级管理人员之间不存在任何关联关系。", "zh", R, "none", "陈述与保证"),
    ("本公司与担保人之间不存在股权控制关系，双方亦无任何资金拆借往来。", "zh", R, "none", "陈述与保证"),
    ("报告期内，本公司未与控股股东及其控制的其他企业发生非经营性资金往来。", "zh", R, "none", "财务附注"),
    ("本人与这次交易的卖方不是亲戚，也没有合伙做过生意，双方就是普通的买卖关系。", "zh", R, "none", "情况说明"),
    ("截至本说明出具日，本公司对深圳市鼎宏贸易有限公司的其他应收款480万元已全部收回，双方已无任何未结清往来。", "zh", R, "resolved", "情况说明"),
    ("本公司实际控制人除本公司外，未在其他任何企业持股或担任董事、监事、高级管理人员。", "zh", R, "none", "声明书"),
    ("張經理：我們公司跟鑫達物流沒有任何關係，股東、法人都不一樣，只是普通客戶而已。", "zh", R, "none", "微信"),
    ("借款人保证其提供的关联方清单真实、完整，清单以外不存在其他受同一实际控制人控制的企业。", "zh", R, "none", "陈述与保证"),
    ("此前由实际控制人代持的宏远建设15%股权已于2025年6月转让给无关联第三方，工商变更已办结，目前我司与宏远建设不存在关联关系。", "zh", R, "resolved", "情况说明"),
    ("本年度本公司与关联方之间的购销交易均按市场公允价格定价，不存在利益输送或非公允交易。", "zh", R, "positive", "财务附注"),
    ("目前我司与几家供应商之间没有任何账外资金往来，也不存在相互拆借资金的情况。", "zh", R, "pending", "邮件"),
    ("本人承诺：本人及近亲属目前未在借款人的主要客户或供应商处持股或担任任何职务。", "zh", R, "pending", "承诺函"),
    ("借款人声明其与厂房出租方之间不存在任何关联关系，租金系参照周边市场价格确定。", "zh", R, "none", "陈述与保证"),
    ("The Borrower confirms that it is not, and has never been, an Affiliate of the Lender or of any other Obligor under the Finance Documents.", "en", R, "none", "English facility agreement"),
    ("Save as disclosed in the Disclosure Letter, there are no related-party transactions between the Company and its shareholders, directors or their family members.", "en", R, "none", "English facility agreement"),
    ("The shareholder loan of RMB 3,000,000 previously advanced to our director, Mr. Zhou, was fully repaid in November 2025, and no balances remain outstanding with any related party.", "en", R, "resolved", "邮件"),
    ("All transactions with related parties during the year were conducted on an arm's length basis and on normal commercial terms.", "en", R, "positive", "English financial notes"),
    ("We are not connected in any way with Hengtai Trading: different owners, different management, no cross-shareholding.", "en", R, "none", "邮件"),
    ("我司和 Golden Bridge Holdings 没有任何 related party relationship，股东和董事都没有重叠。", "mixed", R, "none", "微信"),
    ("Re: 关联方问题——we confirm 目前没有任何未披露的关联交易，关联方往来余额为零。", "mixed", R, "pending", "邮件"),
    # 对外担保
    ("借款人声明，截至本合同签订之日，借款人从未为任何第三方提供保证、抵押、质押等任何形式的担保。", "zh", G, "none", "陈述与保证"),
    ("本公司不存在尚在保证期间内的对外担保，历史上为上下游企业提供的担保均已随主债务清偿而解除。", "zh", G, "resolved", "情况说明"),
    ("我从来没给别人做过担保，连亲戚朋友找我借钱我都没签过字。", "zh", G, "none", "微信"),
    ("截至报告期末，本公司无对外担保事项，亦无其他应披露的重大或有负债。", "zh", G, "pending", "财务附注"),
    ("我公司曾为鑫旺五金厂在农商行的200万元贷款提供连带责任保证，该笔贷款已于2025年8月20日结清，我公司的保证责任随之解除。", "zh", G, "resolved", "情况说明"),
    ("保证人确认，除本合同项下的保证外，保证人目前未为他人提供其他任何担保。", "zh", G, "pending", "担保函"),
    ("本公司對外擔保餘額為零，亦不存在任何未決的擔保代償責任。", "zh", G, "pending", "财务附注"),
    ("借款人及其控股子公司均未曾向控股股东、实际控制人及其关联方提供过担保。", "zh", G, "none", "陈述与保证"),
    ("我和爱人名下现在没有任何对外担保，以前帮朋友担保的那笔他早还完了，银行也给解除了。", "zh", G, "resolved", "微信"),
    ("本公司不存在为他人债务承担差额补足、回购或其他任何增信义务的情形。", "zh", G, "none", "陈述与保证"),
    ("经本公司自查，公司不存在任何违规对外担保，历年担保事项均已履行股东会决议程序。", "zh", G, "none", "声明书"),
    ("担保人确认其现有对外担保总额未超过其最近一期净资产的50%。", "zh", G, "positive", "担保函"),
    ("本人名下无任何为第三方提供的保证或反担保，征信报告“相关还款责任”一栏为空。", "zh", G, "none", "承诺函"),
    ("The Guarantor has not given any guarantee, indemnity or other assurance against loss in respect of the obligations of any other person.", "en", G, "none", "English guarantee"),
    ("As at the date of this Agreement, no Financial Indebtedness of any third party is guaranteed by the Borrower.", "en", G, "pending", "English facility agreement"),
    ("The Company's guarantee in favour of Xingyuan Logistics was released on 30 June 2025 following full repayment of the underlying loan, and the Company has no other contingent liabilities.", "en", G, "resolved", "English financial notes"),
    ("As of 31 December 2025, the Group had no material contingent liabilities, including guarantees provided to third parties.", "en", G, "pending", "English financial notes"),
    ("Dear Mr. Chen, for the record, neither I nor my wife has ever co-signed or guaranteed a loan for anyone else.", "en", G, "none", "邮件"),
    ("本公司 hereby confirm：截至目前没有任何为第三方提供的 outstanding guarantee。", "mixed", G, "pending", "邮件"),
    ("那笔给表弟的 guarantee 已经 released 了，银行上周给了解除通知书，现在我们没有对外担保。", "mixed", G, "resolved", "微信"),
    # 抵质押与权利负担
    ("抵押人保证，抵押物上不存在任何在先抵押、查封、扣押或其他权利限制，亦未出租给任何第三方。", "zh", M, "none", "抵押合同"),
    ("本人名下位于杭州市西湖区文三路的住房一套，目前没有任何抵押，也没有被查封。", "zh", M, "pending", "情况说明"),
    ("该厂房原抵押给城东农商行的抵押登记已于2025年10月注销，现产权清晰，无任何他项权利。", "zh", M, "resolved", "情况说明"),
    ("出质人确认，其持有的借款人30%股权从未设定任何质押，也不存在代持或被冻结的情形。", "zh", M, "none", "质押合同"),
    ("我司的基本户和一般户目前都是正常状态，没有被冻结，也没有被法院扣划过款项。", "zh", M, "pending", "微信"),
    ("截至资产负债表日，本公司不存在所有权或使用权受到限制的资产。", "zh", M, "pending", "财务附注"),
    ("本公司應收賬款從未向任何金融機構或保理公司辦理過質押或轉讓。", "zh", M, "none", "声明书"),
    ("借款人用于质押的存货为其自有财产，权属清晰，此前在他行办理的动产质押已于本年3月解除并办理了注销登记。", "zh", M, "resolved", "陈述与保证"),
    ("车子是全款买的，没做过抵压贷款，绿本一直在我自己手上。", "zh", M, "none", "微信"),
    ("本人承诺所提供的抵押房产不存在共有人异议，亦未设立居住权或租赁权。", "zh", M, "none", "承诺函"),
    ("本公司生产设备均为自有，未办理融资租赁或所有权保留，亦从未被查封、扣押。", "zh", M, "none", "陈述与保证"),
    ("前期因合同纠纷被诉讼保全查封的本公司名下土地使用权，已于2026年1月经法院裁定解除保全。", "zh", M, "resolved", "情况说明"),
    ("抵押物现由本公司自用，未对外出租，亦无任何第三方占有或主张权利。", "zh", M, "pending", "抵押合同"),
    ("No Security exists over all or any of the present or future assets of the Borrower, other than Permitted Security.", "en", M, "none", "English facility agreement"),
    ("The Mortgaged Property is free from any mortgage, charge, lien, attachment or other encumbrance and is not subject to any lease or tenancy.", "en", M, "none", "English mortgage deed"),
    ("The prior charge in favour of Bank of Ningbo over the Company's warehouse was discharged on 12 March 2026 and the release has been registered with the real estate registration centre.", "en", M, "resolved", "English letter"),
    ("None of the Pledgor's shares in the Company are currently frozen, seized or subject to any court order.", "en", M, "pending", "English share pledge"),
    ("Just to let you know, our office unit isn't mortgaged to anyone, we bought it outright back in 2019.", "en", M, "none", "邮件"),
    ("我们那套 villa 目前 no mortgage，也没有被查封，产权证在我手上。", "mixed", M, "pending", "微信"),
    ("关于 equipment pledge：原质押已于上月 release，动产融资统一登记公示系统里也已办理注销。", "mixed", M, "resolved", "邮件"),
    # 还款与逾期
    ("借款人声明，其自成立以来在各金融机构的借款均按期足额偿还本息，从未发生逾期。", "zh", P, "none", "陈述与保证"),
    ("本人在贵公司的前一笔借款已于2025年11月5日提前全部还清，不存在任何欠款。", "zh", P, "resolved", "情况说明"),
    ("我公司目前在所有银行的贷款都是正常类，没有欠息，也没有办理过展期。", "zh", P, "pending", "邮件"),
    ("本公司2024年在某农商行的一笔300万元流动资金贷款曾因扣款账户余额不足逾期一天，已于次日补足，此后未再发生任何逾期。", "zh", P, "resolved", "情况说明"),
    ("截至本函出具日，保证人不存在任何到期未偿还的债务。", "zh", P, "pending", "担保函"),
    ("李经理，跟您汇报下，上个月那期利息我们15号已经转过去了，现在一分钱都不欠。", "zh", P, "resolved", "微信"),
    ("本公司應付供應商貨款均已按合同約定支付，目前不存在拖欠情形。", "zh", P, "pending", "声明书"),
    ("借款人确认其对其他债权人的全部借款均处于正常还款状态，未收到任何债权人的催收函或提前到期通知。", "zh", P, "pending", "陈述与保证"),
    ("报告期内，本公司未发生借款本金或利息逾期偿还的情形。", "zh", P, "none", "财务附注"),
    ("本人欠原担保公司的代偿款项已全部偿还完毕，双方债权债务关系已经终结。", "zh", P, "resolved", "情况说明"),
    ("我这几年信用卡、房贷从来没晚换过一天，每个月都是工资卡自动扣的。", "zh", P, "none", "微信"),
    ("本公司员工工资、社保及各项税款均按时缴纳，截至目前不存在欠缴情形。", "zh", P, "pending", "声明书"),
    ("借款人保证其在原贷款行的借款已全部结清，本次借款不存在借新还旧的情形。", "zh", P, "resolved", "陈述与保证"),
    ("The Borrower has never failed to pay any amount of principal or interest under any financing arrangement on its due date.", "en", P, "none", "English facility agreement"),
    ("No Event of Default is continuing and no amount payable by the Borrower under any other Financial Indebtedness is overdue.", "en", P, "pending", "English facility agreement"),
    ("The bridge loan from Minsheng Capital was repaid in full on 28 February 2026, together with all accrued interest.", "en", P, "resolved", "邮件"),
    ("Hi Jason, quick update: we cleared all arrears with our suppliers last week and we're current on every loan as of today.", "en", P, "resolved", "邮件"),
    ("The Guarantor is not in arrears under any loan, lease or credit card facility.", "en", P, "pending", "English guarantee"),
    ("上个月的 installment 已经 paid in full 了，现在 no overdue，您可以查一下。", "mixed", P, "resolved", "微信"),
    ("我司 confirm 所有贷款 never overdue，历年还款记录都正常。", "mixed", P, "none", "邮件"),
    # 征信与偿债能力
    ("借款人资信状况良好，具备按期偿还本合同项下借款本息的能力。", "zh", C, "positive", "陈述与保证"),
    ("本人征信记录良好，无任何不良记录，月收入稳定在三万元以上，完全有能力按月还款。", "zh", C, "positive", "情况说明"),
    ("本公司在人民银行征信系统中不存在关注类、次级类、可疑类或损失类贷款记录。", "zh", C, "none", "声明书"),
    ("本公司经营状况正常，现金流充裕，足以覆盖未来十二个月内到期的全部债务。", "zh", C, "positive", "情况说明"),
    ("之前征信上那条呆账是银行报错了，我申请了异议，银行去年12月已经更正删除了。", "zh", C, "resolved", "微信"),
    ("保证人財務狀況良好，具有代為清償債務的能力，且不存在資不抵債的情形。", "zh", C, "positive", "担保函"),
    ("本公司目前未处于停业、歇业、解散、清算或破产状态，亦不存在资不抵债的情形。", "zh", C, "pending", "陈述与保证"),
    ("老板放心，我们现在订单都排到明年三月了，还款绝对没问题。", "zh", C, "positive", "微信"),
    ("本人及配偶从未有过任何不良信用记录，也从未被任何金融机构列入黑名单。", "zh", C, "none", "声明书"),
    ("截至2026年3月末，本公司资产负债率为42%，流动比率为1.8，短期偿债能力较强。", "zh", C, "positive", "财务附注"),
    ("本公司此前被列入经营异常名录系因未按时报送年报，现已补报并于2025年7月移出名录，信用状况已恢复正常。", "zh", C, "resolved", "情况说明"),
    ("本人目前在其他机构的负债合计不超过五十万元，且没有任何网贷。", "zh", C, "pending", "情况说明"),
    ("我公司纳税信用等级为A级，近三年无任何欠税及税务行政处罚记录。", "zh", C, "positive", "邮件"),
    ("The Borrower is able to pay its debts as they fall due and has not suspended or threatened to suspend payment of any of its debts.", "en", C, "positive", "English facility agreement"),
    ("The Company has a clean record with the Credit Reference Center of the PBOC and has never been classified as a defaulting borrower.", "en", C, "none", "English representation letter"),
    ("The Guarantor's net assets exceed RMB 50 million and it is solvent on both a cash-flow and a balance-sheet basis.", "en", C, "positive", "English guarantee"),
    ("Our cash position is strong: we have over RMB 8 million in the bank and no problem meeting the monthly instalments.", "en", C, "positive", "邮件"),
    ("The adverse entry on my credit report relating to a 2022 credit card has been removed after the issuing bank acknowledged its reporting error.", "en", C, "resolved", "邮件"),
    ("我们的 credit report 很干净，没有任何 bad record，repayment capacity 完全没问题。", "mixed", C, "positive", "微信"),
    ("公司目前 cash flow 正常，not insolvent，也没有任何 default 记录，请放心审批。", "mixed", C, "positive", "邮件"),
]

# other rows (hard negatives): (text, lang, kind, source); kind is a note for the data card only
OTHERS = [
    # A. first-person admissions of a bad fact
    ("我司目前确有一笔在建设银行的流动资金贷款逾期，金额约85万元，正在和银行协商展期。", "zh", "admission", "情况说明"),
    ("本公司名下位于城南工业园的厂房已抵押给工商银行，抵押期限至2027年12月。", "zh", "admission", "情况说明"),
    ("我承认前年给我表哥担保过一笔车贷，他现在还没还完。", "zh", "admission", "微信"),
    ("本公司涉及一起买卖合同纠纷，作为被告被索赔126万元，目前一审尚在审理中。", "zh", "admission", "情况说明"),
    ("本人于2025年5月被区法院列为失信被执行人，目前案款尚未履行完毕。", "zh", "admission", "情况说明"),
    ("说实话，我们公司账户上个月被法院冻结了，冻了大概四十多万，还在跟对方谈和解。", "zh", "admission", "微信"),
    ("本公司实际控制人同时控制恒昌贸易，两家公司之间有约600万元的资金拆借至今未归还。", "zh", "admission", "情况说明"),
    ("截至2025年末，本公司为关联企业提供的担保余额为1,200万元，其中一笔已进入代偿程序。", "zh", "admission", "财务附注"),
    ("我的正信上确实有几次信用卡逾期，最长的一次拖了两个月才还。", "zh", "admission", "微信"),
    ("本公司欠付供应商的货款约230万元已超过合同约定的付款期限，对方已发来律师函催收。", "zh", "admission", "情况说明"),
    ("本人目前正被限制高消费，坐不了飞机高铁，起因是之前公司的一笔欠款。", "zh", "admission", "情况说明"),
    ("本公司持有的子公司51%股权已质押给某信托公司，作为子公司融资的担保。", "zh", "admission", "财务附注"),
    ("我们这边跟贵司的上一笔借款还差最后两期没还，本月底之前一定补上。", "zh", "admission", "微信"),
    ("本公司2025年度净利润为负，经营活动产生的现金流量净额为-860万元，短期偿债压力较大。", "zh", "admission", "财务附注"),
    ("我老婆的弟弟就是我们最大那家供应商的老板，这个之前没跟你们讲。", "zh", "admission", "微信"),
    ("本公司確有一筆對外擔保尚未解除，被擔保人為本地一家建材商行。", "zh", "admission", "情况说明"),
    ("我方在仲裁委员会有一宗建设工程款争议仍未裁决，涉案金额约340万元。", "zh", "admission", "情况说明"),
    ("因资金周转困难，本公司已连续三个月未能按期支付贷款利息。", "zh", "admission", "情况说明"),
    ("本人名下房产目前有二次抵押，第二顺位抵押权人是一家小额贷款公司。", "zh", "admission", "情况说明"),
    ("我公司法定代表人因另一家公司的债务被列为被执行人，执行标的约九十万元。", "zh", "admission", "情况说明"),
    ("我们确实和鼎盛公司有资金往来，去年借给他们三百万，到现在还有两百万没收回来。", "zh", "admission", "微信"),
    ("本公司有一項應收賬款已轉讓給保理公司，並已在登記系統辦理了轉讓登記。", "zh", "admission", "财务附注"),
    ("I have to be upfront: we are currently two months behind on the equipment lease payments to Far East Leasing.", "en", "admission", "邮件"),
    ("The Company is a respondent in a pending arbitration brought by a former distributor claiming approximately RMB 4.2 million.", "en", "admission", "English financial notes"),
    ("Our factory building is mortgaged to China Merchants Bank to secure a term loan maturing in 2028.", "en", "admission", "邮件"),
    ("The Borrower discloses that it has guaranteed the bank borrowings of its sister company, Jinhui Packaging, up to RMB 10 million.", "en", "admission", "English facility agreement"),
    ("Yes, I co-signed my brother-in-law's business loan in 2023, and that loan is still outstanding.", "en", "admission", "邮件"),
    ("Two of our bank accounts were frozen last week under a preservation order obtained by a supplier.", "en", "admission", "邮件"),
    ("There is one overdue credit card balance on my report that I have not yet paid off.", "en", "admission", "邮件"),
    ("Our majority shareholder also owns 60% of our largest customer, and sales to that customer made up 45% of revenue last year.", "en", "admission", "邮件"),
    ("As set out in Schedule 4, the shares of the Borrower held by its parent are pledged to Huaxin Trust.", "en", "admission", "English facility agreement"),
    ("我们公司目前有一笔 overdue 的贷款，大概50万，还在跟银行 negotiate 还款计划。", "mixed", "admission", "微信"),
    ("老实说我的 credit report 上有一条逾期记录，是2024年的一笔网贷。", "mixed", "admission", "微信"),
    # B. undertakings and covenants about the future
    ("借款人承诺，在本合同项下借款本息全部清偿前，未经贷款人书面同意，不得为任何第三方提供担保。", "zh", "covenant", "借款合同"),
    ("借款人应当在贷款存续期间按时足额偿还本息，不得发生逾期。", "zh", "covenant", "借款合同"),
    ("抵押人承诺在抵押期间不将抵押物转让、出租或再次设定抵押。", "zh", "covenant", "抵押合同"),
    ("借款人如涉及标的额超过五十万元的诉讼或仲裁，应在知悉之日起三个工作日内书面通知贷款人。", "zh", "covenant", "借款合同"),
    ("保证人承诺，本合同签订后如发生为他人提供担保的情形，将及时书面告知债权人。", "zh", "covenant", "担保合同"),
    ("借款人与其关联方之间的交易应遵循公允原则，并按季度向贷款人报送关联交易明细。", "zh", "covenant", "借款合同"),
    ("本人保证以后每个月按时还款，绝不再拖欠。", "zh", "covenant", "承诺函"),
    ("借款人应在首次放款前办理完毕原抵押登记的注销手续，并将不动产权证书原件交由贷款人保管。", "zh", "covenant", "借款合同"),
    ("本公司承诺今后将规范资金管理，杜绝与关联企业之间的非经营性资金占用。", "zh", "covenant", "承诺函"),
    ("在贷款存续期内，借款人应维持资产负债率不高于65%、流动比率不低于1.2。", "zh", "covenant", "借款合同"),
    ("出质人保证在质押期间不对出质股权设定任何其他权利负担，亦不以任何方式转让。", "zh", "covenant", "质押合同"),
    ("我保证下个月15号前把欠的两期利息一起补齐。", "zh", "covenant", "微信"),
    ("借款人承诺本合同项下贷款资金不得用于偿还其在其他机构的逾期借款。", "zh", "covenant", "承诺函"),
    ("借款人同意并授权贷款人在贷款存续期内随时查询其征信信息。", "zh", "covenant", "征信授权书"),
    ("保证人应当在债权人要求时提供其最新的财务报表及对外担保清单。", "zh", "covenant", "担保合同"),
    ("借款人承諾在本合同有效期內不以其主要資產為他人債務設定抵押。", "zh", "covenant", "借款合同"),
    ("本公司将在收到法院传票之日起两日内将案件情况报告贷款人。", "zh", "covenant", "承诺函"),
    ("The Borrower shall not create or permit to subsist any Security over any of its assets, save for Permitted Security.", "en", "covenant", "English facility agreement"),
    ("The Borrower shall promptly notify the Lender of any litigation, arbitration or administrative proceedings which are commenced or threatened against it.", "en", "covenant", "English facility agreement"),
    ("The Guarantor undertakes that it will not, without the prior written consent of the Lender, give any guarantee in respect of the obligations of any other person.", "en", "covenant", "English guarantee"),
    ("The Borrower shall ensure that every transaction with its Affiliates is entered into on arm's length terms.", "en", "covenant", "English facility agreement"),
    ("The Borrower will pay each instalment on the relevant Repayment Date and shall not allow any amount to become overdue.", "en", "covenant", "English facility agreement"),
    ("The Company shall maintain a ratio of Consolidated Net Debt to EBITDA of not more than 3.0:1 at all times.", "en", "covenant", "English facility agreement"),
    ("The Pledgor covenants that it shall not sell, transfer or otherwise dispose of the Pledged Shares during the Security Period.", "en", "covenant", "English share pledge"),
    ("We will make sure the outstanding balance is cleared before the end of next month.", "en", "covenant", "邮件"),
    ("Within 120 days after each financial year end, the Borrower shall deliver its audited financial statements together with a list of all guarantees given.", "en", "covenant", "English facility agreement"),
    ("The Borrower undertakes to procure the release of the existing mortgage in favour of ICBC on or before the first Utilisation Date.", "en", "covenant", "English facility agreement"),
    ("借款人承诺 before full repayment 不再新增任何对外担保。", "mixed", "covenant", "承诺函"),
    # C. third-party findings and certificates
    ("经查询中国执行信息公开网，保证人名下有两起被执行案件，执行标的合计约73万元。", "zh", "third_party", "调查报告"),
    ("兹证明：宏泰五金制品有限公司在我行的流动资金贷款（合同编号JY2023-0417）本息已于2025年9月30日全部结清。", "zh", "third_party", "结清证明"),
    ("根据人民银行征信报告，借款人近24个月内有3次逾期记录，当前无逾期。", "zh", "third_party", "调查报告"),
    ("经不动产登记中心查询，该房产已设定抵押，抵押权人为某村镇银行，被担保债权数额150万元。", "zh", "third_party", "查询记录"),
    ("担保公司反馈：该客户在我司的担保业务已于去年解保，无代偿记录。", "zh", "third_party", "同业反馈"),
    ("客户经理实地走访时发现，借款人厂区内部分设备已贴有法院封条。", "zh", "third_party", "调查报告"),
    ("企查查显示，借款企业与担保企业的法定代表人为同一人，两者存在关联关系。", "zh", "third_party", "查询记录"),
    ("我们认为，后附财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司2025年12月31日的财务状况。", "zh", "third_party", "审计报告"),
    ("法院民事判决书认定：被告某商贸公司应于判决生效后十日内支付原告货款人民币六十五万元。", "zh", "third_party", "判决书"),
    ("根据动产融资统一登记公示系统的查询结果，借款人的应收账款已于2025年4月登记质押给某保理公司。", "zh", "third_party", "查询记录"),
    ("贷审会意见：借款人对外担保金额较大，占净资产比例超过80%，建议压降授信额度。", "zh", "third_party", "审批意见"),
    ("经核查，保证人配偶名下无房产，其个人征信报告显示有一笔未结清的消费贷款。", "zh", "third_party", "调查报告"),
    ("市场监督管理局出具的证明显示，该公司近三年未受到行政处罚。", "zh", "third_party", "证明文件"),
    ("农商行出具的《解除担保责任通知书》载明，保证人对该笔贷款的保证责任自2025年8月21日起解除。", "zh", "third_party", "解除通知书"),
    ("风控部调查结论：借款人提供的关联方清单不完整，漏报了两家由实际控制人控制的企业。", "zh", "third_party", "调查报告"),
    ("據裁判文書網查詢，擔保人曾於2023年涉及一起民間借貸糾紛，該案已調解結案。", "zh", "third_party", "查询记录"),
    ("律师出具的尽职调查报告称，未发现目标公司存在重大未决诉讼。", "zh", "third_party", "尽调报告"),
    ("信用中国网站查询结果：借款人未被列入严重失信主体名单。", "zh", "third_party", "查询记录"),
    ("银行流水显示，借款人每月固定有一笔5万元转入另一家公司账户，用途不明。", "zh", "third_party", "调查报告"),
    ("另据同业反馈，该企业在他行的贷款已于上月下调为关注类。", "zh", "third_party", "同业反馈"),
    ("Our search of the China Judgements Online database revealed three civil judgments against the Guarantor between 2022 and 2024.", "en", "third_party", "English due diligence report"),
    ("This is to certify that the loan granted to Ruixiang Textiles Co., Ltd. under agreement no. RX-2022-08 has been fully repaid and all related security has been released.", "en", "third_party", "结清证明"),
    ("According to the PBOC credit report dated 3 March 2026, the applicant has no overdue balances but has made six loan inquiries in the last three months.", "en", "third_party", "调查报告"),
    ("The auditors noted that the Company had provided guarantees totalling RMB 18 million to entities controlled by its chairman without board approval.", "en", "third_party", "审计报告"),
    ("The land registry extract shows a first-ranking mortgage over the property in favour of Agricultural Bank of China.", "en", "third_party", "查询记录"),
    ("The site visit report states that the Borrower's warehouse appeared idle and that inventory levels were well below those reported.", "en", "third_party", "调查报告"),
    ("Based on our legal due diligence, we are not aware of any pending litigation involving the Target, although our searches were limited to public databases.", "en", "third_party", "English due diligence report"),
    ("The rating agency downgraded the issuer to BB on 11 January 2026, citing weak liquidity and rising short-term debt.", "en", "third_party", "评级报告"),
    ("The guarantee company has informed us that it made a compensatory payment of RMB 2.1 million on the borrower's behalf in October.", "en", "third_party", "同业反馈"),
    ("征信报告显示借款人 has 2 overdue accounts，其中一笔为信用卡透支。", "mixed", "third_party", "调查报告"),
    ("根据 land registry 查询结果，该房产 currently 仍有一笔 mortgage 未注销。", "mixed", "third_party", "查询记录"),
    # D. conditions and definitions
    ("本合同所称“逾期”，是指借款人未按照本合同约定的还款日足额偿还到期本金或利息。", "zh", "definition", "借款合同"),
    ("抵押登记注销后，抵押人应于五个工作日内领取不动产权证书。", "zh", "condition", "抵押合同"),
    ("借款人发生逾期的，贷款人有权自逾期之日起按借款利率上浮50%计收罚息。", "zh", "condition", "借款合同"),
    ("如保证人对外担保总额超过其净资产的两倍，债权人有权要求借款人另行提供担保。", "zh", "condition", "担保合同"),
    ("“关联方”指直接或间接控制一方、受一方控制或与一方共同受第三方控制的任何主体。", "zh", "definition", "借款合同"),
    ("若借款人被列入失信被执行人名单，本合同项下全部借款视为提前到期。", "zh", "condition", "借款合同"),
    ("在原有抵押权解除之前，贷款人不予发放本合同项下贷款。", "zh", "condition", "借款合同"),
    ("本协议所称“权利负担”包括抵押、质押、留置、查封、扣押、冻结及任何形式的优先受偿安排。", "zh", "definition", "借款合同"),
    ("借款人的任何其他债务发生违约且金额超过一百万元的，构成本合同项下的交叉违约事件。", "zh", "condition", "借款合同"),
    ("贷款结清后，贷款人应在十个工作日内出具结清证明并配合办理抵押注销。", "zh", "condition", "借款合同"),
    ("如借款人在贷款期间征信出现新的不良记录，贷款人有权停止发放尚未提用的贷款。", "zh", "condition", "借款合同"),
    ("本合同項下「對外擔保」係指借款人為第三方債務提供的保證、抵押、質押及其他擔保。", "zh", "definition", "借款合同"),
    ("保证期间为主债务履行期限届满之日起三年。", "zh", "definition", "担保合同"),
    ("借款人的关联交易金额达到最近一期经审计净资产5%以上的，应事先取得贷款人书面同意。", "zh", "condition", "借款合同"),
    ("除非另有约定，任何一期还款逾期超过九十日的，该笔贷款即划入不良类。", "zh", "condition", "信贷管理制度"),
    ("\"Security\" means a mortgage, charge, pledge, lien or other security interest securing any obligation of any person, or any other arrangement having a similar effect.", "en", "definition", "English facility agreement"),
    ("If the Borrower fails to pay any amount payable by it under a Finance Document on its due date, default interest shall accrue on the overdue amount at a rate 2% higher than the applicable rate.", "en", "condition", "English facility agreement"),
    ("It is an Event of Default if any Financial Indebtedness of the Borrower is not paid when due nor within any originally applicable grace period.", "en", "condition", "English facility agreement"),
    ("\"Affiliate\" means, in relation to any person, a Subsidiary of that person or a Holding Company of that person or any other Subsidiary of that Holding Company.", "en", "definition", "English facility agreement"),
    ("Upon the discharge in full of the Secured Liabilities, the Lender shall, at the request and cost of the Mortgagor, release the Mortgaged Property from the Security.", "en", "condition", "English mortgage deed"),
    ("If any attachment, sequestration, distress or execution affects assets of the Borrower having an aggregate value of RMB 5,000,000 and is not discharged within 30 days, an Event of Default occurs.", "en", "condition", "English facility agreement"),
    ("\"Contingent Liabilities\" includes any guarantee, indemnity, bond or letter of credit issued in respect of the obligations of a third party.", "en", "definition", "English facility agreement"),
    ("The Repeating Representations are deemed to be made by the Borrower by reference to the facts then existing on the date of each Utilisation Request.", "en", "definition", "English facility agreement"),
    ("本合同所称 \"Permitted Security\" 指附件五所列之抵押及质押安排。", "mixed", "definition", "借款合同"),
    # E. questions and requests
    ("请确认贵司目前是否存在尚未了结的诉讼或仲裁案件，如有，请列明案号及涉案金额。", "zh", "question", "问询函"),
    ("您好，请问您名下的房子现在有没有抵押？有的话是押在哪家银行？", "zh", "question", "微信"),
    ("麻烦提供一下贵公司近两年的对外担保明细，以及被担保方目前的还款情况。", "zh", "question", "邮件"),
    ("借款人与供货商之间是否存在关联关系？请于三日内书面说明。", "zh", "question", "问询函"),
    ("请问之前那笔贷款结清了吗？能不能把结清证明拍照发我一份？", "zh", "question", "微信"),
    ("贵司法定代表人是否曾被列入失信被执行人名单或被限制高消费？", "zh", "question", "问询函"),
    ("请说明贵公司报告期内与关联方发生的资金往来余额及其形成原因。", "zh", "question", "问询函"),
    ("能否请贵司解释一下征信报告上那笔“关注类”贷款的来龙去脉？", "zh", "question", "邮件"),
    ("请借款人提供本人及配偶的个人征信报告原件，并在复印件上签字确认。", "zh", "question", "补件通知"),
    ("你们公司的设备有没有做过融资祖赁或者抵押啊？", "zh", "question", "微信"),
    ("請問擔保人目前是否還為其他企業提供擔保？", "zh", "question", "邮件"),
    ("针对我行查询到的被执行记录，请贵司出具书面情况说明并附结案材料。", "zh", "question", "问询函"),
    ("本次申请是否涉及借新还旧？请客户经理在调查报告中予以明确。", "zh", "question", "审批意见"),
    ("贵公司最近一年有没有出现过拖欠工资或者社保的情况？", "zh", "question", "访谈提纲"),
    ("Could you please confirm whether the Company has any outstanding guarantees in favour of third parties?", "en", "question", "邮件"),
    ("Please provide details of any litigation, arbitration or regulatory investigation involving the Borrower in the last three years.", "en", "question", "邮件"),
    ("Is the property currently subject to any mortgage or court seizure? If so, please send a copy of the registration record.", "en", "question", "邮件"),
    ("Has the Guarantor ever defaulted on a loan or been placed on the list of dishonest judgment debtors?", "en", "question", "邮件"),
    ("Kindly let us know whether the shareholder loan to Mr. Wang has been repaid, and attach the bank receipt.", "en", "question", "邮件"),
    ("Would you describe your relationship with Tianyu Logistics? Do you share any shareholders or directors?", "en", "question", "邮件"),
    ("请确认 the Borrower 目前在其他银行是否有任何 overdue amount。", "mixed", "question", "邮件"),
    # F. reported speech and officer's notes
    ("借款人称其无涉诉，需核实。", "zh", "reported", "调查报告"),
    ("客户自述名下房产无抵押，但未提供不动产登记查询结果，待补件。", "zh", "reported", "调查报告"),
    ("需核实借款人是否有对外担保，重点查询其配偶名下企业。", "zh", "officer_note", "调查报告"),
    ("据借款人介绍，其与上游供应商并无关联关系，该说法与工商登记信息不一致，建议进一步调查。", "zh", "reported", "调查报告"),
    ("客户经理备注：借款人口头表示此前逾期已全部还清，尚未取得结清证明。", "zh", "reported", "贷后检查记录"),
    ("保证人在面谈中说自己“从来没给别人担过保”，但征信报告显示有一笔对外担保记录。", "zh", "reported", "面谈记录"),
    ("调查人员意见：借款人声称资信良好，但其近半年银行流水呈持续净流出，偿债能力存疑。", "zh", "reported", "调查报告"),
    ("借款人表示冻结账户的那个案子已经和解了，我们还没拿到法院的解除冻结裁定。", "zh", "reported", "微信"),
    ("待办：1. 调取借款人征信；2. 核查抵押物查封情况；3. 走访主要客户。", "zh", "officer_note", "工作笔记"),
    ("对方财务说他们公司跟华信没有关系，这个我觉得不太可信，两家法人是亲兄弟。", "zh", "reported", "微信"),
    ("客户在电话中称上月利息已经付了，但系统显示仍有一期未入账，请财务核对。", "zh", "reported", "工作笔记"),
    ("贷后检查记录：企业负责人称近期无新增担保，检查人员未能取得对外担保台账。", "zh", "reported", "贷后检查记录"),
    ("據借款人陳述其名下車輛無抵押，尚需至車管所查詢核實。", "zh", "reported", "调查报告"),
    ("风险提示：借款人提交的《无涉诉承诺函》仅为其单方声明，应以执行信息公开网的查询结果为准。", "zh", "officer_note", "审批意见"),
    ("尽调底稿：实控人自称个人无负债，与其征信报告中两笔经营贷款余额不符。", "zh", "reported", "尽调报告"),
    ("审批意见：请客户经理补充核实借款人关于“应收账款未质押”的说法。", "zh", "officer_note", "审批意见"),
    ("The Borrower's CFO told us on the call that there is no pending litigation; we have not yet run the court database checks.", "en", "reported", "工作笔记"),
    ("Officer's note: applicant claims the mortgage on the flat was discharged last year; registry search still outstanding.", "en", "reported", "工作笔记"),
    ("To verify: whether the Guarantor has any other guarantees outstanding and whether its accounts are frozen.", "en", "officer_note", "工作笔记"),
    ("According to the Borrower, all overdue invoices have been settled, but no supporting bank statements were provided.", "en", "reported", "调查报告"),
    ("The sponsor's representative stated that the two companies are unrelated; this should be cross-checked against the shareholder registers.", "en", "reported", "调查报告"),
    ("Action item: obtain the PBOC credit report for the Guarantor and confirm the status of the 2024 enforcement case.", "en", "officer_note", "工作笔记"),
    ("客户称 \"we have never been late on any payment\"，待查询征信后确认。", "mixed", "reported", "工作笔记"),
    # G. law text
    ("为担保债务的履行，债务人或者第三人不转移财产的占有，将该财产抵押给债权人的，债务人不履行到期债务或者发生当事人约定的实现抵押权的情形，债权人有权就该财产优先受偿。", "zh", "law", "法律条文"),
    ("保证合同是为保障债权的实现，保证人和债权人约定，当债务人不履行到期债务或者发生当事人约定的情形时，保证人履行债务或者承担责任的合同。", "zh", "law", "法律条文"),
    ("被执行人未按执行通知书指定的期间履行生效法律文书确定的给付义务的，人民法院可以采取限制消费措施。", "zh", "law", "法律条文"),
    ("当事人对已经发生法律效力的判决、裁定，认为有错误的，可以向上一级人民法院申请再审。", "zh", "law", "法律条文"),
    ("一方控制、共同控制另一方或对另一方施加重大影响，以及两方或两方以上同受一方控制、共同控制的，构成关联方。", "zh", "law", "会计准则"),
    ("《民法典》第四百四十条规定，债务人或者第三人有权处分的现有的以及将有的应收账款可以出质。", "zh", "law", "法律条文"),
    ("借款人未按照约定的期限返还借款的，应当按照约定或者国家有关规定支付逾期利息。", "zh", "law", "法律条文"),
    ("征信机构对个人不良信息的保存期限，自不良行为或者事件终止之日起为5年；超过5年的，应当予以删除。", "zh", "law", "法律条文"),
    ("同一财产向两个以上债权人抵押的，抵押权已经登记的，按照登记的时间先后确定清偿顺序。", "zh", "law", "法律条文"),
    ("公司为公司股东或者实际控制人提供担保的，应当经股东会决议。", "zh", "law", "法律条文"),
    ("Under Article 388 of the Civil Code, where a security contract is held invalid and the debtor, the security provider or the creditor is at fault, each shall bear civil liability according to its fault.", "en", "law", "English legal summary"),
    ("Article 681 of the PRC Civil Code defines a guarantee contract as one under which the guarantor agrees to perform the debt or bear liability when the debtor fails to perform a debt that has fallen due.", "en", "law", "English legal summary"),
    # H. misc hard negatives
    ("借款人之妻为某村镇银行信贷部员工，该行亦是借款人的主要贷款行之一。", "zh", "third_party", "调查报告"),
    ("我们这个月确实还不上了，下游有一笔三百多万的货款被拖着，能不能先只还利息？", "zh", "admission", "微信"),
    ("本公司在某农商行的贷款已于2025年12月被列为次级类，目前正在协商重组方案。", "zh", "admission", "情况说明"),
    ("截至本报告日，被担保企业恒源纸业已停产，我司可能需就其贷款承担连带清偿责任。", "zh", "admission", "财务附注"),
    ("借款人曾于2024年10月签署《无涉诉承诺函》，但三个月后即被其供应商起诉至法院。", "zh", "third_party", "调查报告"),
    ("本函仅供贵行审批参考之用，不构成任何形式的担保或承诺。", "zh", "boilerplate", "承诺函"),
    ("贷款人陈述并保证其为依法设立并有效存续的金融机构，有权签署并履行本合同。", "zh", "boilerplate", "借款合同"),
    ("某建设公司诉我司工程款纠纷一案，一审判决我司支付款项82万元，我司已提起上诉。", "zh", "admission", "情况说明"),
]

TOPICS = {L, R, G, M, P, C}
SCOPES = {"none", "pending", "resolved", "positive"}
LANGS = {"zh", "en", "mixed"}
KEYS = ["id", "text", "lang", "label", "topic", "scope", "source"]
OUT = Path(__file__).resolve().parent / "train_c.jsonl"


def bigrams(text):
    t = "".join(text.lower().split())
    return {t[i:i + 2] for i in range(len(t) - 1)}


def build():
    items = [dict(text=t, lang=lg, label="statement", topic=tp, scope=sc, source=src, kind="statement")
             for t, lg, tp, sc, src in STATEMENTS]
    items += [dict(text=t, lang=lg, label="other", topic=None, scope=None, source=src, kind=k)
              for t, lg, k, src in OTHERS]
    random.Random(20260105).shuffle(items)
    rows = []
    for i, it in enumerate(items, 1):
        rows.append({"id": f"stc-{i:03d}", "text": it["text"], "lang": it["lang"], "label": it["label"],
                     "topic": it["topic"], "scope": it["scope"], "source": it["source"]})
    return rows, items


def check(rows):
    assert len(rows) == 300, len(rows)
    for i, r in enumerate(rows, 1):
        assert list(r) == KEYS, r
        assert r["id"] == f"stc-{i:03d}", r["id"]
        assert r["text"].strip() == r["text"] and r["text"], r["id"]
        assert r["lang"] in LANGS, r["id"]
        assert r["label"] in {"statement", "other"}, r["id"]
        assert isinstance(r["source"], str) and r["source"], r["id"]
        if r["label"] == "other":
            assert r["topic"] is None and r["scope"] is None, r["id"]
        else:
            assert r["topic"] in TOPICS and r["scope"] in SCOPES, r["id"]
    texts = [r["text"] for r in rows]
    assert len(set(texts)) == len(texts), "duplicate text"
    bg = [bigrams(t) for t in texts]
    worst = (0.0, None, None)
    for a, b in itertools.combinations(range(len(rows)), 2):
        j = len(bg[a] & bg[b]) / len(bg[a] | bg[b])
        assert j < 0.7, (rows[a]["id"], rows[b]["id"], round(j, 3))
        if j > worst[0]:
            worst = (j, rows[a]["id"], rows[b]["id"])
    tc = Counter(r["topic"] for r in rows if r["label"] == "statement")
    assert all(tc[t] >= 15 for t in TOPICS), tc
    assert Counter(r["label"] for r in rows) == {"statement": 120, "other": 180}
    return worst


def main():
    rows, items = build()
    worst = check(rows)
    with OUT.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows -> {OUT}")
    print("label:", dict(Counter(r["label"] for r in rows)))
    print("topic:", dict(Counter(r["topic"] for r in rows if r["topic"])))
    print("scope:", dict(Counter(r["scope"] for r in rows if r["scope"])))
    print("lang:", dict(Counter(r["lang"] for r in rows)))
    print("lang x label:", dict(Counter((r["lang"], r["label"]) for r in rows)))
    print("other kinds (card only):", dict(Counter(it["kind"] for it in items if it["label"] == "other")))
    print(f"max char-bigram Jaccard: {worst[0]:.3f} ({worst[1]} vs {worst[2]})")


if __name__ == "__main__":
    main()
