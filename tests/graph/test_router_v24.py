"""Router v24 (chat_router.yaml), from reading a Shanxi 大同/长治 农商行's questions (山西话 甚 after 惹上/出, 平分 of a
borrower named by its noun, 12w8; "评几级"; "签对了没" and "抵押合同还保得住不"; a loan's rate "咋算"; a cost worked out
either way round, "算下来高不高", two rates' gap and "这年化多少"; a cost "超没超"; 材料 before a colon, an income held
against a line, a pledged 电费收益权). Each fix with questions of its own and guards that must not pick the source. None
of these questions is a data set's row. v24.1 (review 17) narrows what v24 made too broad: "评几级" bare, 平分 after a
noun's 的, a cost worked out, "保得住", 甚 as "very", and reads a traditional 甚麼."""
from __future__ import annotations

import pytest

from agent.graph.tools import choose_tools, mandarin_reading, router_rules

CODE = "91140213MA0XXXXX0X"    # any borrower in focus

FEE_CLAUSE = ("这笔贷款合同的收费条款：“贷款年利率为5.8%，按月付息；借款人应按贷款金额的1.5%一次性支付贷款服务费，"
              "另按年支付账户管理费3000元；逾期的，按借款利率加收50%计收罚息，并对未付利息按罚息利率计收复利。”")
LPR_CLAUSE = ("他那笔贷款合同的利率条款：“本合同利率以贷款发放日前一工作日公布的一年期LPR为基准加200个基点确定，"
              "每满一年按届时LPR调整一次；贷款逾期的，罚息利率为借款利率上浮50%，并对应付未付利息计收复利。”")
PLEDGE_CLAUSE = ("这户的质押合同第二条：“出质人以其养殖场沼气发电项目的电费收益权出质，电网公司支付的电费应划入出质人在"
                 "质权人处开立的监管账户，质权人有权从中扣收到期贷款本息，余款按月划归出质人指定的结算账户。”")


def test_the_router_is_version_24():
    assert router_rules()["version"] == 24


# 1. 山西话 and amounts read as Mandarin
@pytest.mark.parametrize("said, read", [
    ("是不是惹上甚官司了", "是不是惹上什么官司了"), ("他厂里出甚事了", "他厂里出什么事了"),
    ("这个醋坊的平分咋掉了", "这个醋坊的评分咋掉了"), ("合作社的平分为啥降了", "合作社的评分为啥降了"),
    ("一年还了12w8", "一年还了12万8")])
def test_shanxi_words_are_read_as_mandarin(said, read):
    assert mandarin_reading(said).startswith(read.replace("咋", "怎么"))


@pytest.mark.parametrize("plain", [
    "以上甚为重要", "欺人太甚", "合作社的平分方案", "利润的平分比例", "5w1h分析法", "3w12", "550w的板子"])
def test_real_words_are_not_rewritten(plain):
    assert mandarin_reading(plain) == plain


def test_a_score_slipped_as_pingfen_of_a_named_borrower():
    assert "score" in choose_tools("这个建材商的平分咋掉了这么多？", CODE)


@pytest.mark.parametrize("question", ["合作社的平分方案要不要登记", "这家店的平分利润怎么交税"])
def test_profit_split_is_no_score(question):
    assert "score" not in choose_tools(question, CODE)


# 2. the band asked with no particle ("评几级了")
@pytest.mark.parametrize("question", ["合作社评几级了", "这户评什么级别"])
def test_the_band_asked_bare_is_the_score(question):
    assert choose_tools(question, CODE) == ["score"]


@pytest.mark.parametrize("question", ["示范社评选一共几等奖", "他评几等奖了"])
def test_a_prize_is_no_score(question):
    assert "score" not in choose_tools(question, CODE)


# 3. a stored contract asked whether it was signed right or still holds
@pytest.mark.parametrize("question", ["那份车辆抵押合同，主体签对了没", "抵押合同还保得住不？"])
def test_a_stored_contract_signed_right_or_holding_is_its_review(question):
    assert "contract_review" in choose_tools(question, CODE)


@pytest.mark.parametrize("question", ["对账单签对方了吗", "这个客户还保得住吗"])
def test_a_counterparty_or_a_client_is_no_review(question):
    assert "contract_review" not in choose_tools(question, CODE)


# 4. the rate check: a loan's rate asked how it is worked out, a cost worked out either way round
def test_an_implied_rate_asked_how_it_is_worked_out():
    assert "rate_check" in choose_tools("他借了民间的20w，一年还了25w6，这个利率咋算", CODE)


def test_a_loan_with_no_repayment_asked_how_interest_is_taxed_is_no_rate():
    assert "rate_check" not in choose_tools("借了20万给工人发工资，利息怎么入账", CODE)


@pytest.mark.parametrize("question", [FEE_CLAUSE + "综合下来成本多少", LPR_CLAUSE + "照这条实际多少利率"])
def test_a_pasted_clauses_cost_worked_out_keeps_the_rate_check(question):
    assert "rate_check" in choose_tools(question, CODE)


@pytest.mark.parametrize("question", [FEE_CLAUSE + "保证人签字了没", "养猪综合下来成本多少一斤"])
def test_a_signature_or_a_farms_cost_is_no_rate_check(question):
    assert "rate_check" not in choose_tools(question, CODE)


@pytest.mark.parametrize("question", ["他拿商票贴现，年化5.5%，再加个手续费千分之二，算下来高不高？",
                                      "别的信用社给他月利率5厘，我们是年化4.5，到底差多少",
                                      "有人给他推了个贷款，借3w，每月还2900，还12个月，这年化多少",
                                      "他的贷款年利率4.35%，再加上担保费2%，综合成本超没超"])
def test_a_sum_worked_out_is_the_rate_check_alone(question):
    assert choose_tools(question, CODE) == ["rate_check"]


@pytest.mark.parametrize("question", ["年利率4.35%，加上担保费2%，超没超法定上限", "年化15%的利息，法院支持不"])
def test_a_legal_question_about_a_rate_keeps_the_law(question):
    assert "regulations" in choose_tools(question, CODE)


# 5. 材料 before a colon, an income held against a line, a pledged 电费收益权 pick nothing more
def test_materials_before_a_list_are_no_file():
    assert "documents" not in choose_tools("贷后会要材料：评分、开票、涉诉，帮我拉一下", CODE)


@pytest.mark.parametrize("question", ["要材料：营业执照和章程", "他的授信材料交齐了没"])
def test_materials_named_are_still_files(question):
    assert "documents" in choose_tools(question, CODE)


def test_an_income_held_against_a_line_is_no_invoice():
    assert "invoice_summary" not in choose_tools("收入超过标准了还能按脱贫户贴息不", CODE)


@pytest.mark.parametrize("question", ["他今年收入多少", "他开票收入超过去年了没"])
def test_income_asked_is_still_the_invoices(question):
    assert "invoice_summary" in choose_tools(question, CODE)


def test_a_pledged_power_fee_is_no_arrears():
    assert "warnings" not in choose_tools(PLEDGE_CLAUSE + "电费收益权这样质押行不，要去哪登记", CODE)


@pytest.mark.parametrize("question", ["他家电费欠了没", "这户电费交得正常不"])
def test_power_fees_asked_are_still_the_record(question):
    assert "warnings" in choose_tools(question, CODE)


# 6. v24.1 (review 17): v24's rules kept to the question they were made for
@pytest.mark.parametrize("question", ["他评几级职称了", "他职称评几级了", "这个理财产品风险评几级了"])
def test_a_title_or_a_products_grade_is_no_score(question):
    assert "score" not in choose_tools(question, CODE)


@pytest.mark.parametrize("question", ["这户现在评几级？", "这户评什么级别"])
def test_the_band_asked_bare_of_a_borrower_stays_the_score(question):
    assert "score" in choose_tools(question, CODE)


@pytest.mark.parametrize("question", ["合作社的平分够不够公平", "合作社的平分，按人头还是按股", "合作社的平分高不高"])
def test_a_coops_split_judged_is_no_score(question):
    assert "score" not in choose_tools(question, CODE)


@pytest.mark.parametrize("question", ["这个合作社的平分咋掉了", "建材商的平分多少分", "合作社的平分掉了"])
def test_a_named_borrowers_pingfen_moved_or_banded_is_the_score(question):
    assert "score" in choose_tools(question, CODE)


@pytest.mark.parametrize("question", ["养殖场一年综合下来成本多少", "这批货运输算下来成本多少", "这批羊实际多少成本",
                                      "养猪综合下来成本多少", "他贷款养了200头猪，养殖综合下来成本多少"])
def test_a_business_cost_is_no_rate_check(question):
    assert "rate_check" not in choose_tools(question, CODE)


@pytest.mark.parametrize("question", ["这笔贷款加上担保费，算下来成本多少", "他贷款利率4%，再加服务费，实际多少成本"])
def test_a_loans_cost_worked_out_keeps_the_rate_check(question):
    assert "rate_check" in choose_tools(question, CODE)


@pytest.mark.parametrize("question", ["他这份工作还保得住不", "他的厂子还保得住不"])
def test_a_job_or_a_plant_kept_is_no_review(question):
    assert "contract_review" not in choose_tools(question, CODE)


def test_a_guarantee_contract_kept_is_its_review():
    assert "contract_review" in choose_tools("他的担保合同还保得住不", CODE)


@pytest.mark.parametrize("plain", ["意图甚明", "支出甚巨", "他对领导上甚是恭敬", "人才辈出甚众"])
def test_shen_as_very_is_not_rewritten(plain):
    assert mandarin_reading(plain) == plain


@pytest.mark.parametrize("said, read", [("出甚麼事了", "出什么事了"), ("他惹上甚麼官司", "他惹上什么官司"),
                                        ("甚麼", "什么")])
def test_a_traditional_shenme_reads_as_shenme(said, read):
    assert mandarin_reading(said) == read


@pytest.mark.parametrize("plain", ["晚上甚冷", "演出甚精彩"])
def test_shen_after_an_evening_or_a_show_is_not_rewritten(plain):
    assert mandarin_reading(plain) == plain


def test_shen_after_meeting_trouble_is_shenme():
    assert mandarin_reading("碰上甚麻烦了") == "碰上什么麻烦了"
