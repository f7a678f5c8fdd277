"""Router v22 (chat_router.yaml), from reading a Hubei 荆州/潜江 农商行's questions (湖北话 滴/港/么事/么样/蛮/克 and the
voice slips 小项/预期/银行流失/斩期/暗劫/低压, an account frozen told in the passive, arrears asked "哪里有", the score
asked "是不是也掉了", a contract to "check一遍", a loan's monthly interest or repayment asked whether lawful or usury,
"实际利率算下来", a stated rate asked 算不算高/偏高 or a cost 综合下来, a record asked whether it was kept, a statement's
line and a survey's household income, a contract someone may sign). Each fix with questions of its own and guards
that must not pick the source. None of these questions is a data set's row.

v22.1 (review 16): guards for what v22 misread — a score's sub-items (小项), frost and a freeze we would ask for,
a bank's lost clients, 合同法, a signed contract fetched, an expectation unmet."""
from __future__ import annotations

import pytest

from agent.graph.tools import choose_tools, mandarin_reading

CODE = "91421000MA4XXXXX0X"    # any borrower in focus


# 1. 湖北话 and voice slips read as Mandarin
@pytest.mark.parametrize("said, read", [
    ("合同上写滴期限是几年", "合同上写的期限是几年"), ("是不是真滴", "是不是真的"), ("收了2%滴服务费", "收了2%的服务费"),
    ("听港他跑路了", "听说他跑路了"), ("老板港他生意不好", "老板说他生意不好"), ("要办么事手续", "要办什么手续"),
    ("么斯原因", "什么原因"), ("这个么样办", "这个怎么办"), ("开票么样", "开票怎么样"), ("少了蛮多", "少了很多"),
    ("我下午克他厂里看看", "我下午去他厂里看看"), ("他今年小项掉了没", "他今年销项掉了没"),
    ("他是不是哪里有预期", "他是不是哪里有逾期"), ("在别家预期了", "在别家逾期了"),
    ("银行流失拿来了没", "银行流水拿来了没"), ("斩期过几回", "展期过几回"), ("暗劫合同", "按揭合同"),
    ("房子能不能低压", "房子能不能抵押"), ("最高额低压合同", "最高额抵押合同")])
def test_hubei_words_are_read_as_mandarin(said, read):
    assert mandarin_reading(said) == read


@pytest.mark.parametrize("plain", [
    "点滴积累", "一滴水", "滴灌设备", "滴滴司机", "水滴筹", "滴答", "香港客户", "港口物流", "港币结算", "他港股亏了",
    "进港出港", "军港", "什么事", "怎么样", "这么样", "蛮横", "野蛮施工", "克服困难", "千克", "克扣工资", "克隆",
    "坦克", "巧克力", "小项目", "大项小项", "几个小项", "超预期", "符合预期", "低于预期了", "预期收益", "预期年化",
    "客户流失", "水土流失", "银行流失客户", "低压电器", "高低压配电柜", "低压线路"])
def test_real_words_are_not_rewritten(plain):
    assert mandarin_reading(plain) == plain


def test_a_slip_on_output_tax_is_the_invoices():
    assert "invoice_summary" in choose_tools("这个店老板最近小项是不是掉了", CODE)


def test_a_small_project_is_no_invoice():
    assert "invoice_summary" not in choose_tools("这个小项目有没有被起诉", CODE)


# 2. the record: an account frozen told in the passive, arrears asked where
@pytest.mark.parametrize("question", ["听港他上个月叫法院冻了账户，是不是真滴", "他上个月叫税务局冻了账户，是不是真的"])
def test_an_account_frozen_in_the_passive_is_the_record(question):
    assert choose_tools(question, CODE) == ["warnings"]


@pytest.mark.parametrize("question", ["虾苗叫冰冻了，保险赔不赔", "我们叫法院冻了他账户，下一步怎么办"])
def test_a_frost_or_the_lenders_own_freeze_is_no_passive_record(question):
    assert "被" not in mandarin_reading(question)


@pytest.mark.parametrize("question", ["这户分掉了，是不是哪里有预期", "分掉了，是不是外面有逾期"])
def test_arrears_asked_where_are_the_record(question):
    assert "warnings" in choose_tools(question, CODE)


@pytest.mark.parametrize("question", ["收益是不是超预期了", "这个项目哪里有预期回报"])
def test_an_expectation_is_no_arrears(question):
    assert "warnings" not in choose_tools(question, CODE)


# 3. the score asked "是不是也掉了"
@pytest.mark.parametrize("question", ["他被人告了？分是不是也掉了", "他被起诉了，分是不是掉了"])
def test_the_score_asked_whether_it_fell(question):
    assert "score" in choose_tools(question, CODE)


@pytest.mark.parametrize("question", ["利润分是不是按股份来", "分是不是按季度结算"])
def test_divided_is_no_score(question):
    assert "score" not in choose_tools(question, CODE)


# 4. a contract to check: its review
@pytest.mark.parametrize("question", ["再把借款合同check一遍", "把他那份保证合同check下"])
def test_a_contract_to_check_is_reviewed(question):
    assert "contract_review" in choose_tools(question, CODE)


@pytest.mark.parametrize("question", ["check一下他的评分", "check下他开票", "合同上写月利率6.5‰，帮我check下折年化多少"])
def test_a_check_of_no_contract_is_no_review(question):
    assert "contract_review" not in choose_tools(question, CODE)


# 5. the rate check: a loan with its periodic interest or repayment, the real rate worked out
@pytest.mark.parametrize("question", [
    "他在外面借了10w，一个月光利息就3k，这个利息合法不？", "借了个8w，一年利息要2w，这算高利贷不",
    "纺织厂老板港民间借了个20w，一年还26w，这算高利贷不？", "他跟朋友借了30个，两年还40个，是不是高利贷",
    "这笔融资租赁实际利率算下来好多"])
def test_implied_and_real_rates_are_the_rate_check(question):
    assert "rate_check" in choose_tools(question, CODE)


@pytest.mark.parametrize("question", [
    "借款利息怎么算高利贷", "高利贷的认定标准是什么", "实际利率是什么意思", "实际利率和名义利率有什么区别",
    "借了10个多月，还了5万，是不是高利贷"])
def test_no_rate_implied_or_worked_out(question):
    assert "rate_check" not in choose_tools(question, CODE)


# 6. a stated rate asked its level, or a cost added up, needs no law; a legal word keeps it
@pytest.mark.parametrize("question", [
    "这户贷款执行利率4.35%，担保公司另收1.5%担保费，综合下来算高不高？", "合同上写的月利率6厘，折成年化多少，放到现在算不算高",
    "合同上写的年利率5.8%，现在LPR降了，是不是偏高？"])
def test_a_stated_rates_level_needs_no_law(question):
    assert choose_tools(question, CODE) == ["rate_check"]


@pytest.mark.parametrize("question", [
    "合同利率5%，LPR降了，能不能要求降息", "月息3分，算不算高利贷", "年利率18%，是不是偏高，法院支持吗"])
def test_a_stated_rate_with_a_legal_question_keeps_the_law(question):
    assert "regulations" in choose_tools(question, CODE)


# 7. files: a record asked whether it was kept; a contract someone may sign is the law's subject
@pytest.mark.parametrize("question", ["放款时候的面签录像存了冇？", "贷前调查的录音存了没有？", "签约视频留存了没"])
def test_a_record_asked_whether_kept_is_a_file(question):
    assert "documents" in choose_tools(question, CODE)


@pytest.mark.parametrize("question", ["他的钱存了没", "存款存了吗"])
def test_money_saved_is_no_file(question):
    assert "documents" not in choose_tools(question, CODE)


@pytest.mark.parametrize("question", ["实际车主能不能自己当抵押人签车辆抵押合同？", "他老婆能不能作为共同借款人签借款合同"])
def test_a_contract_someone_may_sign_is_the_laws(question):
    assert choose_tools(question, CODE) == ["regulations"]


@pytest.mark.parametrize("question", ["能不能把他签的合同发我", "他老婆有没有签抵押合同"])
def test_a_signed_contract_is_still_a_file(question):
    assert "documents" in choose_tools(question, CODE)


# 8. no invoices: a statement's single entry, a household income a survey states
@pytest.mark.parametrize("question", [
    "流水里有一笔“2025-03-02 转入 微信支付 52,000.00”，他其他月份的对账单档案里有没有？",
    "入户调查表里写的家庭年收入是多少"])
def test_a_statement_line_or_a_surveys_income_is_no_invoice(question):
    assert "invoice_summary" not in choose_tools(question, CODE)


@pytest.mark.parametrize("question", ["流水里有一笔大额转入，他营收怎么样", "他家庭年收入多少"])
def test_turnover_or_income_asked_is_the_invoices(question):
    assert "invoice_summary" in choose_tools(question, CODE)


# v22.1 (review 16): what v22 misread
@pytest.mark.parametrize("question", ["这个评分有哪些小项", "评分表里的小项是怎么打的", "他那个评分卡细分成小项"])
def test_a_scores_sub_items_are_no_output_tax(question):
    assert "invoice_summary" not in choose_tools(question, CODE)


@pytest.mark.parametrize("question", ["大棚蔬菜被霜冻了怎么办", "最好叫法院冻了他账户", "干脆叫法院冻了他的账户"])
def test_frost_or_a_freeze_we_would_ask_is_no_record(question):
    assert "warnings" not in choose_tools(question, CODE)


@pytest.mark.parametrize("said", ["我们银行流失的客户多不多", "银行流失严重怎么办", "结果不符预期。", "他收入预期过高"])
def test_lost_clients_and_unmet_expectations_are_not_rewritten(said):
    assert mandarin_reading(said) == said


@pytest.mark.parametrize("question", ["check下合同法规定", "check一下合同法第几条"])
def test_the_contract_law_is_no_contract_to_review(question):
    assert "contract_review" not in choose_tools(question, CODE)


@pytest.mark.parametrize("question", ["能不能调一下他签约合同", "能不能发我一下他签借款合同时的录音"])
def test_a_signed_contract_fetched_is_a_file(question):
    assert "documents" in choose_tools(question, CODE)


@pytest.mark.parametrize("question", ["叫法院冻了账户，是不是真的", "他的卡被银行冻了吗"])
def test_an_authoritys_freeze_is_still_the_record(question):
    assert "warnings" in choose_tools(question, CODE)
