"""Build small disputes inline: one dict per test, every amount visible in the test that uses it."""
from __future__ import annotations

import copy


def dispute_dict(**overrides) -> dict:
    base = {
        "case_id": "T-1",
        "parties": [
            {"role": "lender", "name": "张伟", "kind": "natural_person", "id_number": "110101198001011234",
             "contact": "13800001111"},
            {"role": "borrower", "name": "杭州顺达贸易有限公司", "kind": "enterprise"},
        ],
        "contract": {"contract_date": "2024-01-01", "due_date": "2024-12-31", "annual_rate": "0.0365"},
        "disbursements": [{"date": "2024-01-01", "amount": "100000"}],
        "claim_date": "2024-04-10",
    }
    out = copy.deepcopy(base)
    for k, v in overrides.items():
        if k == "contract":
            out["contract"].update(v)
        else:
            out[k] = v
    return out


def with_guarantor(d: dict, **guarantee) -> dict:
    d = copy.deepcopy(d)
    d["parties"].append({"role": "guarantor", "name": "刘强", "kind": "natural_person", "guarantee": guarantee})
    return d
