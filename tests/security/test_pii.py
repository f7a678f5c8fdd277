"""PII masking: valid identifiers become placeholders that restore exactly; look-alikes are left alone."""
from __future__ import annotations

import logging

from agent.identifiers import credit_code_check_char
from agent.security.pii import PiiLogFilter, find_pii, id_number_valid, luhn_valid, mask_pii, restore_pii

# The demo dispute's identifiers are fictitious and fail their check digits, so valid ones are built here
# the way the standards define them (GB 11643 for IDs, GB 32100 for credit codes, Luhn for cards).
CARD = "6222 0212 3456 7890 128"
USCC = "91330106MA2H3KX58" + credit_code_check_char("91330106MA2H3KX58")


def _valid_id(first17: str) -> str:
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    return first17 + "10X98765432"[sum(int(c) * w for c, w in zip(first17, weights)) % 11]


def test_id_number_check_digit_and_birth_date_are_verified():
    good = _valid_id("11010519491231002")
    assert good == "11010519491231002X" and id_number_valid(good)
    assert not id_number_valid(good[:-1] + "1")
    assert not id_number_valid(_valid_id("11010519491331002"))  # month 13


def test_contract_text_round_trips_through_masking():
    borrower_id = _valid_id("33010619790315432")
    assert luhn_valid(CARD.replace(" ", ""))
    text = (f"出借人王建国（身份证号{borrower_id}，手机13805712345）于2023年8月20日向借款人转账490000元，"
            f"收款账户{CARD}；借款人杭州宏达商贸有限公司（统一社会信用代码{USCC}）。"
            f"王建国再次确认手机号 138-0571-2345 与 13805712345。")
    masked = mask_pii(text, names=["王建国"])
    for value in (borrower_id, CARD, USCC, "13805712345", "王建国"):
        assert value not in masked.text
    assert "[身份证_1]" in masked.text and "[银行卡_1]" in masked.text and "[信用代码_1]" in masked.text
    assert masked.text.count("[姓名_1]") == 2 and masked.text.count("[手机_1]") == 2   # same value, same placeholder
    assert "[手机_2]" in masked.text                                                  # the hyphenated spelling
    assert "490000元" in masked.text and "2023年8月20日" in masked.text              # amounts and dates stay
    assert masked.restore(masked.text) == text


def test_answer_written_with_placeholders_is_restored_for_the_officer():
    id_no = _valid_id("33010219680512123")
    masked = mask_pii(f"借款人身份证号{id_no}，电话13905719876")
    assert masked.text == "借款人身份证号[身份证_1]，电话[手机_1]"
    answer = "建议联系 [手机_1] 核实，并核对 [身份证_1] 与 [身份证_9] 是否一致。"
    restored = restore_pii(answer, masked.mapping)
    assert restored == f"建议联系 13905719876 核实，并核对 {id_no} 与 [身份证_9] 是否一致。"  # invented one stays visible


def test_numbers_failing_their_check_digit_are_not_masked():
    text = "合同编号 6222021234567890127，发票号码 24332000000012345678，金额 500000.00 元，座机 0571-88001234"
    assert mask_pii(text).text == text


def test_id_number_is_not_mistaken_for_a_bank_card():
    id_no = _valid_id("11010519491231002")
    assert [k for _, _, k in find_pii(f"证件{id_no}")] == ["id_number"]


def test_numbering_continues_across_turns_of_one_conversation():
    first = mask_pii("联系人手机13805712345")
    second = mask_pii("另一手机13905719876，原手机13805712345", mapping=first.mapping)
    assert second.text == "另一手机[手机_2]，原手机[手机_1]"
    assert second.restore(second.text) == "另一手机13905719876，原手机13805712345"


def test_log_filter_masks_pii_in_formatted_records(caplog):
    logger = logging.getLogger("fengtiao.test.pii")
    handler_filter = PiiLogFilter(names=["李明"])
    logger.addFilter(handler_filter)
    try:
        with caplog.at_level(logging.INFO, logger="fengtiao.test.pii"):
            logger.info("保证人%s 手机 %s 卡号 %s", "李明", "13905719876", CARD)
    finally:
        logger.removeFilter(handler_filter)
    message = caplog.records[-1].getMessage()
    assert message == "保证人[姓名_1] 手机 [手机_1] 卡号 [银行卡_1]"
