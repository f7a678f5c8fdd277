"""Bad dispute files get an IntakeError naming the field and the fix; personal data never shows in repr."""
from __future__ import annotations

import json

import pytest

from agent.mediation.claim import assess_claim
from agent.mediation.intake import IntakeError, load_dispute, parse_dispute
from tests.mediation.helpers import dispute_dict


def test_negative_amount_is_rejected_with_the_field_named():
    with pytest.raises(IntakeError) as e:
        parse_dispute(dispute_dict(repayments=[{"date": "2024-02-01", "amount": "-500"}]))
    assert e.value.field == "repayments.0.amount" and "positive" in e.value.reason


def test_repayment_after_claim_date_is_rejected():
    with pytest.raises(IntakeError, match="after the claim date 2024-04-10"):
        parse_dispute(dispute_dict(repayments=[{"date": "2024-05-01", "amount": "500"}]))


def test_unknown_lender_kind_lists_the_allowed_kinds():
    d = dispute_dict()
    d["parties"][0]["kind"] = "loan_shark"
    with pytest.raises(IntakeError) as e:
        parse_dispute(d)
    assert e.value.field == "parties.0.kind" and "licensed_lender" in e.value.reason


def test_pre_lpr_private_contract_names_the_rule_that_applies_instead():
    d = parse_dispute(dispute_dict(contract={"contract_date": "2019-05-01", "due_date": "2020-04-30"},
                                   disbursements=[{"date": "2019-05-01", "amount": "100000"}], claim_date="2020-06-01"))
    with pytest.raises(IntakeError) as e:
        assess_claim(d)
    assert e.value.field == "contract.contract_date"
    assert "2015" in e.value.reason and "24 %/36 %" in e.value.reason and "第25条" in e.value.reason


def test_pre_lpr_contract_of_a_licensed_lender_needs_no_lpr():
    d = dispute_dict(contract={"contract_date": "2019-05-01", "due_date": "2020-04-30"},
                     disbursements=[{"date": "2019-05-01", "amount": "100000"}], claim_date="2020-06-01")
    d["parties"][0] = {"role": "lender", "name": "某小额贷款有限公司", "kind": "licensed_lender"}
    assert assess_claim(parse_dispute(d)).supportable.rates["cap_rate"] is None


def test_missing_due_date_without_contract_file_says_what_to_add():
    d = dispute_dict()
    del d["contract"]["due_date"]
    with pytest.raises(IntakeError, match="add contract.due_date"):
        assess_claim(parse_dispute(d))


def test_two_lenders_are_rejected():
    d = dispute_dict()
    d["parties"].append(dict(d["parties"][0], name="李四"))
    with pytest.raises(IntakeError, match="exactly one lender"):
        parse_dispute(d)


def test_contacts_and_ids_are_masked_in_repr():
    d = parse_dispute(dispute_dict())
    text = repr(d) + str(d.lender)
    assert "13800001111" not in text and "110101198001011234" not in text
    assert "138****1111" in repr(d.lender) and "110101********1234" in repr(d.lender)


def test_json_file_and_broken_yaml(tmp_path):
    good = tmp_path / "d.json"
    good.write_text(json.dumps(dispute_dict()), encoding="utf-8")
    assert load_dispute(good).borrower.name == "杭州顺达贸易有限公司"
    bad = tmp_path / "d.yaml"
    bad.write_text("parties: [unclosed", encoding="utf-8")
    with pytest.raises(IntakeError, match="not valid YAML/JSON"):
        load_dispute(bad)
    with pytest.raises(IntakeError, match="file not found"):
        load_dispute(tmp_path / "missing.yaml")
