"""Writes cases.jsonl: mediation disputes with expected totals worked out by closed-form hand arithmetic.

Independent of agent/mediation/calculator.py on purpose: each case has one delivery, at most one repayment
before the due date and no fees, so the ledger has at most four segments and the totals follow from
  interest = round(P × rate × days / 365, 0.01) per segment (ROUND_HALF_UP),
with rate = min(agreed, 4 × LPR on the contract date) in term and min(overdue + penalty, 4 × LPR) after the
due date for private lending, and the agreed rates for licensed lenders. The LPR values are copied by hand
from the PBOC announcements (not read from the code's table). Run: python make_cases.py
"""
from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal as D
from pathlib import Path

LPR = {"2020-09-01": "3.85", "2021-06-01": "3.85", "2022-09-01": "3.65", "2023-08-18": "3.55", "2024-01-01": "3.45"}


def r2(x: D) -> D:
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


def seg(p: D, rate: D, a: date, b: date) -> D:
    return r2(p * rate * (b - a).days / 365) if b > a else D("0.00")


def add_years(d: date, n: int) -> date:
    return d.replace(year=d.year + n)


def add_months(d: date, n: int) -> date:
    import calendar
    y, m = divmod(d.month - 1 + n, 12)
    return date(d.year + y, m + 1, min(d.day, calendar.monthrange(d.year + y, m + 1)[1]))


def case(cid, *, kind="natural_person", cdate, p, stated=None, rate, due, claim, overdue=None, penalty="0",
         repay=None, demand=None, guarantee=None):
    C, Due, Z, P = date.fromisoformat(cdate), date.fromisoformat(due), date.fromisoformat(claim), D(p)
    r, ro, rp = D(rate), D(overdue if overdue is not None else rate), D(penalty)
    cap = D(4) * D(LPR[cdate]) / 100 if kind != "licensed_lender" else None
    i = min(r, cap) if cap is not None else r
    o = min(ro + rp, cap) if cap is not None else ro + rp
    ostart = Due + timedelta(days=1)
    in_term = over = D("0.00")
    prin, owed = P, D("0.00")
    start = C
    if repay:
        Dr, R = date.fromisoformat(repay[0]), D(repay[1])
        acc = seg(prin, i, start, Dr)
        in_term += acc
        owed += acc
        to_int = min(R, owed)
        owed -= to_int
        prin -= (R - to_int)
        start = Dr
    acc = seg(prin, i, start, min(ostart, Z))
    in_term += acc
    if Z > ostart:
        over = seg(prin, o, ostart, Z)
    owed += acc + over
    lim_start = Due
    if demand and Due < date.fromisoformat(demand) <= min(add_years(Due, 3), Z):
        lim_start = date.fromisoformat(demand)
    lim_expired = Z > add_years(lim_start, 3)
    total = r2(prin) + owed
    parties = [{"role": "lender", "name": f"出借人{cid}", "kind": kind},
               {"role": "borrower", "name": f"借款人{cid}有限公司", "kind": "enterprise"}]
    expect = {"total_outstanding": str(total), "outstanding_principal": str(r2(prin)),
              "interest_in_term": str(in_term), "overdue_charges": str(over), "limitation_expired": lim_expired}
    if guarantee:
        months = guarantee.get("period_months") or 6
        end = add_months(Due, months)
        dem = guarantee.get("demanded_on")
        expired = not (dem and date.fromisoformat(dem) <= end) and Z > end
        parties.append({"role": "guarantor", "name": f"保证人{cid}", "kind": "natural_person", "guarantee": guarantee})
        expect["guarantor_expired"] = expired
        expect["guarantor_exposure"] = "0.00" if expired else str(total)
    dispute = {"case_id": cid, "parties": parties,
               "contract": {"contract_date": cdate, "due_date": due, "annual_rate": rate,
                            **({"overdue_rate": overdue} if overdue is not None else {}),
                            **({"penalty_rate": penalty} if penalty != "0" else {}),
                            **({"stated_principal": stated} if stated else {})},
               "disbursements": [{"date": cdate, "amount": p}], "claim_date": claim,
               "repayments": [{"date": repay[0], "amount": repay[1]}] if repay else [],
               "demands": [demand] if demand else [],
               "claims": {"lender": {"reservation": str(r2(total * D("0.9")))}, "borrower": {"reservation": str(r2(total * D("0.95")))}},
               "borrower_capacity_per_month": str(r2(total / 10))}
    return {"id": cid, "dispute": dispute, "expected": expect}


CASES = [
    case("M01", cdate="2023-08-18", p="100000", rate="0.12", due="2024-08-17", claim="2024-08-18"),
    case("M02", cdate="2023-08-18", p="100000", rate="0.24", due="2024-08-17", claim="2024-08-18"),
    case("M03", cdate="2023-08-18", p="95000", stated="100000", rate="0.12", due="2024-08-17", claim="2024-08-18"),
    case("M04", cdate="2023-08-18", p="490000", stated="500000", rate="0.24", due="2024-08-19", claim="2025-03-31", penalty="0.1825"),
    case("M05", cdate="2024-01-01", p="100000", rate="0.0365", due="2024-12-31", claim="2024-07-19", repay=("2024-04-10", "10000")),
    case("M06", cdate="2024-01-01", p="200000", rate="0.10", due="2024-06-30", claim="2025-01-15", overdue="0.15"),
    case("M07", cdate="2024-01-01", p="200000", rate="0.10", due="2024-06-30", claim="2025-01-15", overdue="0.10", penalty="0.0365"),
    case("M08", cdate="2024-01-01", p="50000", rate="0.18", due="2024-06-30", claim="2024-12-31", penalty="0.0730"),
    case("M09", kind="licensed_lender", cdate="2024-01-01", p="100000", rate="0.30", due="2024-12-31", claim="2024-04-10"),
    case("M10", kind="licensed_lender", cdate="2024-01-01", p="80000", rate="0.24", due="2024-06-30", claim="2025-01-01", overdue="0.36"),
    case("M11", kind="licensed_lender", cdate="2023-08-18", p="300000", rate="0.18", due="2024-02-17", claim="2024-10-01",
         repay=("2023-12-01", "50000"), penalty="0.0365"),
    case("M12", cdate="2020-09-01", p="100000", rate="0.12", due="2021-08-31", claim="2024-09-02"),
    case("M13", cdate="2020-09-01", p="100000", rate="0.12", due="2021-08-31", claim="2024-09-02", demand="2023-05-01"),
    case("M14", cdate="2021-06-01", p="150000", rate="0.154", due="2022-05-31", claim="2025-06-30", demand="2025-01-10"),
    case("M15", cdate="2021-06-01", p="60000", rate="0.06", due="2021-12-31", claim="2022-12-31",
         guarantee={"type": "连带责任保证"}),
    case("M16", cdate="2021-06-01", p="60000", rate="0.06", due="2021-12-31", claim="2022-12-31",
         guarantee={"type": "连带责任保证", "demanded_on": "2022-03-01"}),
    case("M17", cdate="2022-09-01", p="120000", rate="0.146", due="2023-08-31", claim="2024-03-01",
         guarantee={"type": "一般保证", "period_months": 24}),
    case("M18", cdate="2022-09-01", p="120000", rate="0.20", due="2023-08-31", claim="2024-12-01",
         guarantee={"period_months": 3}),
    case("M19", cdate="2022-09-01", p="88000", stated="90000", rate="0.15", due="2023-02-28", claim="2023-09-30",
         repay=("2022-12-01", "3000")),
    case("M20", cdate="2023-08-18", p="1000000", rate="0.08", due="2024-02-17", claim="2024-05-20",
         repay=("2023-11-18", "20000"), overdue="0.12"),
    case("M21", cdate="2024-01-01", p="30000", rate="0", due="2024-03-31", claim="2024-06-30", overdue="0.0345"),
    case("M22", cdate="2024-01-01", p="100000", rate="0.0365", due="2024-12-31", claim="2024-04-10",
         repay=("2024-04-10", "101000")),
    case("M23", cdate="2023-08-18", p="250000", rate="0.36", due="2023-12-31", claim="2024-06-30", penalty="0.18",
         repay=("2023-10-01", "500")),
    case("M24", kind="enterprise", cdate="2022-09-01", p="400000", rate="0.12", due="2023-08-31", claim="2023-12-31",
         overdue="0.0730", penalty="0.0730"),
    case("M25", kind="licensed_lender", cdate="2022-09-01", p="500000", rate="0.0876", due="2023-08-31", claim="2026-09-01",
         guarantee={"type": "连带责任保证", "period_months": 12, "demanded_on": "2024-06-01"}),
    case("M26", cdate="2023-08-18", p="70000", stated="80000", rate="0.3", due="2024-08-17", claim="2025-02-17",
         repay=("2024-02-17", "12000"), penalty="0.0365", guarantee={"type": "连带责任保证", "period_months": 6}),
]

if __name__ == "__main__":
    out = Path(__file__).with_name("cases.jsonl")
    out.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in CASES), encoding="utf-8")
    print(f"wrote {len(CASES)} cases to {out}")
