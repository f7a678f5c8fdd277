"""Loan outcomes for the synthetic market: which loans default, when, and why — recorded as ground truth.

Why planted this way: a per-institution scorecard needs bad outcomes that earlier data could have foreseen.
Loans running when the outcome window opens default during it with a probability from a logistic model in
the firm's condition (deterioration dominates; multi-lending, youth, thin capital and recent lawsuits add
less). The draws use their own random stream, so planting outcomes never moves any other pattern of a seed.
"""
from __future__ import annotations

import math
import random
from collections import Counter
from datetime import date, timedelta

# Loan outcomes: defaults happen in the last DEFAULT_WINDOW_MONTHS calendar months up to as_of, on loans running
# when that window opened (the end of the month before it).
# Log-odds terms: base ≈ 2.4% for a healthy firm; deterioration ≈ ×13 odds; young (<3 years), thin capital
# (≤ 1,000,000 yuan) and recent lawsuits add less. Overall ≈ 7–12% of eligible loans: a stressed small-loan book,
# enough defaults per institution to train on.
DEFAULT_WINDOW_MONTHS = 3
DEFAULT_LOGIT = {"base": -3.7, "deteriorating": 2.6, "multi_lender": 1.1, "young": 0.6, "thin_capital": 0.4,
                 "per_case": 0.3}


def _default_probability(role: str, age_years: float, capital: float, recent_cases: int) -> float:
    """Chance that a loan running at the start of the outcome window defaults within it (coefficients in the
    module constants); deterioration dominates, the rest shifts it the way credit officers expect."""
    logit = (DEFAULT_LOGIT["base"] + DEFAULT_LOGIT.get(role, 0.0) + DEFAULT_LOGIT["young"] * (age_years < 3)
             + DEFAULT_LOGIT["thin_capital"] * (capital <= 1e6) + DEFAULT_LOGIT["per_case"] * min(recent_cases, 2))
    return 1 / (1 + math.exp(-logit))


def plant_defaults(seed: int, firms: list, capital: dict[str, float], tables: dict[str, list[dict]],
                   as_of: date) -> dict:
    """Mark loans as defaulted (status `default`, instalments from the default date on unpaid); return the truth.

    `firms` are the generator's firms (code, role, founded); `capital` their registered capital in yuan.
    """
    rng = random.Random(f"defaults:{seed}")
    window_start = date(as_of.year, as_of.month, 1)
    for _ in range(DEFAULT_WINDOW_MONTHS - 1):
        window_start = (window_start - timedelta(days=1)).replace(day=1)
    window_start -= timedelta(days=1)  # the end of the month before the window
    firm = {f.code: f for f in firms}
    cases = Counter(j["credit_code"] for j in tables["judicial_records"]
                    if 0 <= (as_of - date.fromisoformat(j["filed_on"])).days <= 365)
    eligible, defaults = 0, []
    for loan in tables["loans"]:
        start, maturity = date.fromisoformat(loan["start_on"]), date.fromisoformat(loan["maturity_on"])
        if not start <= window_start < maturity:
            continue  # not running when the outcome window opened
        eligible += 1
        f = firm[loan["credit_code"]]
        p = _default_probability(f.role, (window_start - f.founded).days / 365.25, capital[f.code], cases[f.code])
        if rng.random() >= p:
            continue
        earliest = max(window_start + timedelta(days=1), start + timedelta(days=60))
        last = min(maturity, as_of)
        if earliest > last:
            continue
        on = earliest + timedelta(days=rng.randrange(0, (last - earliest).days + 1))
        loan["status"] = "default"
        defaults.append({"loan_id": loan["loan_id"], "tenant_id": loan["tenant_id"], "credit_code": f.code,
                         "role": f.role, "defaulted_on": str(on), "probability": round(p, 4)})
    missed = {(d["tenant_id"], d["loan_id"]): date.fromisoformat(d["defaulted_on"]) for d in defaults}
    for rep in tables["repayments"]:
        on = missed.get((rep["tenant_id"], rep["loan_id"]))
        if on is not None and date.fromisoformat(rep["due_on"]) >= on:
            rep["paid_on"], rep["amount_paid"] = "", "0"
    by_role = Counter(d["role"] for d in defaults)
    return {"window_months": DEFAULT_WINDOW_MONTHS, "observed_on": str(window_start), "eligible_loans": eligible,
            "defaulted_loans": len(defaults), "rate": round(len(defaults) / max(1, eligible), 4),
            "by_role": dict(sorted(by_role.items())), "loans": defaults}
