"""Limitation period (民法典 第188/195条) and each guarantor's exposure (第686/688/692条).

Dates only; amounts come from the ledger. A guarantee whose period ended before the creditor demanded
performance is released (保证期间 does not pause or restart, 第692条), so its exposure is zero.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from decimal import Decimal

from agent.contracts.numerals import add_months
from agent.mediation.rules import MediationRules, load_mediation_rules
from agent.mediation.terms import LoanTerms


@dataclass
class LimitationCheck:
    starts: date             # the due date, or the last interruption (payment / demand) after it
    expires: date
    expired: bool
    interrupted_by: str      # "" | repayment | demand
    cites: tuple[str, ...]

    def to_dict(self) -> dict:
        d = asdict(self)
        return {k: (v.isoformat() if isinstance(v, date) else list(v) if isinstance(v, tuple) else v) for k, v in d.items()}


@dataclass
class GuarantorExposure:
    name: str
    type: str                # 一般保证 / 连带责任保证 (unspecified → 一般保证, 第686条)
    type_defaulted: bool
    period_months: int
    period_defaulted: bool
    period_end: date
    demanded_on: date | None
    expired: bool
    exposure: Decimal
    cites: tuple[str, ...]
    note: str

    def to_dict(self) -> dict:
        d = asdict(self)
        return {k: (v.isoformat() if isinstance(v, date) else str(v) if isinstance(v, Decimal) else
                    list(v) if isinstance(v, tuple) else v) for k, v in d.items()}


def check_limitation(terms: LoanTerms, rules: MediationRules | None = None) -> LimitationCheck:
    """Three years from the due date; a repayment or a demand within the running period restarts it."""
    rules = rules or load_mediation_rules()
    years = int(rules.threshold("limitation_years"))
    start, why = terms.due_date, ""
    triggers = sorted([(r.date, "repayment") for r in terms.repayments] + [(d, "demand") for d in terms.demands])
    for when, kind in triggers:
        if start < when <= min(add_months(start, 12 * years), terms.claim_date):
            start, why = when, kind
    expires = add_months(start, 12 * years)
    return LimitationCheck(start, expires, terms.claim_date > expires, why, rules.cite_labels("limitation"))


def guarantor_exposure(terms: LoanTerms, supportable: Decimal,
                       rules: MediationRules | None = None) -> list[GuarantorExposure]:
    rules = rules or load_mediation_rules()
    default_months = int(rules.threshold("guarantee_default_months"))
    out = []
    for g in terms.guarantors:
        gtype = g.type if g.type in ("一般保证", "连带责任保证") else "一般保证"
        months, defaulted = g.period_months, False
        end = g.period_end or (add_months(terms.due_date, months) if months else None)
        if end is None or end <= terms.due_date:   # 第692条: none, or ends with/before the debt → six months
            months, defaulted = default_months, True
            end = add_months(terms.due_date, default_months)
        elif months is None:
            months = 0
        demanded_in_time = g.demanded_on is not None and g.demanded_on <= end
        expired = not demanded_in_time and terms.claim_date > end
        exposure = Decimal("0.00") if expired else min(supportable, g.maximum_amount or supportable)
        if expired:
            note = f"保证期间于{end.isoformat()}届满，债权人未在期间内主张，保证人不再承担保证责任"
        elif gtype == "一般保证":
            note = "一般保证：保证人在债务人财产依法强制执行仍不能履行前可拒绝承担责任（先诉抗辩权）"
        else:
            note = "连带责任保证：债权人可径行请求保证人在保证范围内承担责任"
        cites = rules.cite_labels("guarantee_type") + rules.cite_labels("guarantee_period")
        out.append(GuarantorExposure(g.name, gtype, g.type not in ("一般保证", "连带责任保证"), months, defaulted, end,
                                     g.demanded_on, expired, exposure, cites, note))
    return out
