"""The lexicon's bridges from how 河南 (南阳 / 信阳) 农商行 officers, 乡镇 mediators and villagers (俺来还, 包工头, 打十几个电话)
and 天津 (滨海 / 武清) lenders, mediators and borrowers speak to the law's words (added after reading law sets 48 and 49),
and, for every new key or rule, ordinary questions on which it must stay silent. Questions written for these tests, not
taken from any law set; positives come from other regions' wording too."""
from __future__ import annotations

import pytest

from retrieval.query import legal_terms

JOINING = "第三人向债权人表示愿意加入债务"
GUARANTEE = "一般保证"
OPEN_PROMISE = "难以确定是保证还是债务加入的，人民法院应当将其认定为保证"
HELPER_HURT = "提供劳务一方因劳务受到损害"
PEACE = "滋扰、纠缠、跟踪等方法，干扰他人正常生活"
EARLY_REPAY = "按照实际借款的期间计算利息"
VOID_PAYMENT = "人民法院受理破产申请后，债务人对个别债权人的债务清偿无效"
FORCE_MAJEURE = "部分或者全部免除责任"
PURCHASE_MONEY = "动产抵押担保的主债权是抵押物的价款"


@pytest.mark.parametrize("question, term", [
    # a relative who said he would pay someone's debt, in 河南 / 山东 speech (俺 for 我)
    ("俺兄弟借了人家5万块钱，俺当时跟债主说这钱俺来还，现在人家天天找俺，俺得还不？", JOINING),
    ("俺爹欠信用社的贷款，俺去信用社说过俺替他还，这算不算俺也欠了？", JOINING),
    # a promise to pay only if the debtor cannot: guarantee or joining, left open
    ("朋友借了20万，我在借条下面写了一句如果他还不上我来还，现在出借人直接找我要，我算啥身份", OPEN_PROMISE),
    ("小舅子找人借了3万，我在微信里说万一还不上我兜底，债主现在让我先还，他能直接找我吗", OPEN_PROMISE),
    # a worker of a private gangmaster hurt on the job
    ("跟着工头在县城搞装修，从梯子上摔下来骨折了，工头只给了两千块，还能要多少", HELPER_HURT),
    ("我爸给一个包工头砌墙，被掉下来的砖砸伤了头，包工头是个人不是公司，该他赔吗", HELPER_HURT),
    # a collector who waits at the door, follows the debtor or rings without end
    ("网贷逾期了，催收的人天天到我单位门口等着，还跟踪我回家，这合法吗", PEACE),
    ("欠了人家两万，债主一天给我打几十个电话，我都不敢开机了，能报警不", PEACE),
    # a borrower paying off early, asked for the interest of the whole term
    ("房东借我的钱说好两年，我一年就想全还了，他要我把两年的利息都给上，有这个道理吗", EARLY_REPAY),
    ("车贷还了一年想结清，金融公司说剩下的利息要一次交齐才给解押，合理不", EARLY_REPAY),
    # a bankrupt firm that paid one creditor after the court took the case
    ("供应商公司破产受理后，老板私下把欠我的货款先给我结了，现在管理人要追回，我得退吗", VOID_PAYMENT),
    ("厂子已经进入破产程序了，我单独拿到了它还的3万块，管理人说无效要收回，凭什么", VOID_PAYMENT),
    ("客户公司法院已经受理破产了，财务偷偷给我转了5万运费，管理人让我退回", VOID_PAYMENT),
    # weather that ruined a crop, a farm loan or a delivery
    ("A hailstorm flattened my corn, so I can't make this month's repayment on the farm loan. Is that force majeure?",
     FORCE_MAJEURE),
    ("The drought ruined our harvest and we could not deliver the rice we contracted to sell to the mill.", FORCE_MAJEURE),
    # a seller on credit who takes a mortgage on the machine he sold and claims to rank first
    ("厂里先给农商行做了浮动抵押，后来分期买了台数控车床，卖家要在车床上押一下，说它排在银行前面，对吗", PURCHASE_MONEY),
    ("合作社赊了一台烘干机，供货商要做抵押，它能比信用社先受偿吗", PURCHASE_MONEY),
])
def test_new_bridges_fire(question: str, term: str) -> None:
    assert term in legal_terms(question)


@pytest.mark.parametrize("question, term", [
    # the borrower himself promising to repay is no joining
    ("这5万是俺借的，俺来还，就是得晚几天，中不中", JOINING),
    ("俺自己欠的账俺来还钱，不用找俺爹吧", JOINING),
    ("俺借的钱俺来还，俺爹不用管吧", GUARANTEE),
    # a borrower afraid of his own default, and a borrower's own debt
    ("要是还不上贷款，银行会不会去法院起诉我", OPEN_PROMISE),
    ("这是我借的钱，要是还不上我来还分期，行不行", OPEN_PROMISE),
    ("我网贷逾期了，如果还不上，催收会不会找我要到家里来", OPEN_PROMISE),
    # a gangmaster's road accident, or one who ran off owing wages (the firm's joint liability, another ask)
    ("包工头开车拉我们去工地，路上出了车祸，好几个人受伤了，找谁赔", HELPER_HURT),
    ("包工头欠了我们三个月工钱跑了，有个兄弟还受伤了，能找总包的建筑公司吗", HELPER_HURT),
    # a firm's employee asking about 工伤; 施工头一天 is "the first day of the works"
    ("我是建筑公司签了劳动合同的员工，工头安排我上脚手架摔伤了，能认定工伤吗", HELPER_HURT),
    ("施工头一天我就从架子上摔下来骨折了，找谁", HELPER_HURT),
    # a bank's one reminder call; a creditor whose calls go unanswered; a debt note signed under pressure
    ("银行客服给我打了一个电话提醒贷款快到期了，要紧吗", PEACE),
    ("对方欠钱不还，我给他打了十几个电话都不接，能直接去法院起诉吗", PEACE),
    ("催收的堵在门口逼我签了个新欠条，这欠条能撤销不", PEACE),
    # how often a bank may call; one call about penalty interest; 跟到期 ("and the due one")
    ("银行催收一天最多能打几个电话？逾期以后每天都打合规吗", PEACE),
    ("债主打了个电话说我逾期了，每天的罚息怎么算", PEACE),
    ("逾期的欠款跟到期的欠款利息算法一样吗，催收说每天都在涨", PEACE),
    # interest taken off the principal at the start; interest asked when none was agreed
    ("借条写的借10万，一年的利息2万提前从本金里扣了，实际到手8万", EARLY_REPAY),
    ("借钱的时候没约定利息，现在本金还清了，他又要一年的利息", EARLY_REPAY),
    # interest owed after repaying on time: a rate question, not an early repayment
    ("本金已经还完了，剩下的利息他按年利率36%算，合法吗", EARLY_REPAY),
    ("借款到期我全部还清了本金，全部利息还欠着，利息最高能算多少", EARLY_REPAY),
    # payments made before the court took the case, and staff wages in bankruptcy
    ("法院受理破产前半年，公司还了我一笔货款，管理人说要撤销，要我退回", VOID_PAYMENT),
    ("公司已经进入破产程序，财务私下给我转了欠我的工资，管理人要收回吗", VOID_PAYMENT),
    # a customer who paid the bankrupt firm and wants his money back
    ("装修公司进入破产程序了，我之前付了5万定金，能退还吗", VOID_PAYMENT),
    ("商家已经破产了，我充的卡里钱转了给他们，能要回去吗", VOID_PAYMENT),
    # weather words in other senses
    ("A drought-relief loan was approved for our village; when do I have to repay it?", FORCE_MAJEURE),
    ("The frosted glass supplier failed to deliver the order on time, can we cancel the contract?", FORCE_MAJEURE),
    ("The freezer would not defrost and all the food spoiled; can I get a refund under the contract?", FORCE_MAJEURE),
    # a home or a car, not a machine bought on credit
    ("房子先抵押给银行，装修公司的尾款没付，装修公司能排在银行前面吗", PURCHASE_MONEY),
    ("车贷还没付清，又把车押给了小贷公司，谁先拿钱", PURCHASE_MONEY),
    # a buyer of a machine the seller had mortgaged before
    ("网上买的二手挖掘机，卖家说之前抵押给了银行，排在前面的抵押权对我有影响吗", PURCHASE_MONEY),
])
def test_new_bridges_stay_silent(question: str, term: str) -> None:
    assert term not in legal_terms(question)
