"""The legal checks on an extracted contract. Thresholds and wording live in agent/rules/contract_rules.yaml;
this module holds one small function per rule id and computes every number a finding states.

A rule id in the YAML with no check here (or the reverse) is a configuration error raised at start-up.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from agent.contracts.lpr import LprLookup, LprPoint, load_lpr_table, lpr_on
from agent.contracts.normalize import add_months, clean_decimal
from agent.contracts.parties import licensed_scope
from agent.contracts.schemas import CitedArticle, Evidence, Finding, LoanContract
from agent.rules.loader import RuleFileError, RuleSet, RuleSpec

_CENT = Decimal("0.01")
# YAML folds long lines with a space; Chinese text has none between characters.
_CJK_SPACE = re.compile(r"(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])\s+(?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])")


@dataclass
class RuleContext:
    contract: LoanContract
    rules: RuleSet
    as_of: date | None = None
    last_activity: date | None = None       # last demand or payment (民法典 第195条), if known
    lpr_table: list[LprPoint] = field(default_factory=load_lpr_table)
    errors: list[dict] = field(default_factory=list)

    @property
    def contract_date(self) -> date | None:
        c = self.contract
        if c.loan_date:
            return c.loan_date.value
        return c.contract_date.value if c.contract_date else (c.start_date.value if c.start_date else None)

    @property
    def licensed(self) -> bool:
        return bool(self.contract.lender and self.contract.lender.value.kind == "licensed_lender")

    @property
    def rate(self) -> Decimal | None:
        i = self.contract.interest
        return i.value.annual_rate if i and i.value.status in ("ok",) else None

    def t(self, name: str) -> Decimal:
        return Decimal(self.rules.threshold(name))

    def cannot_check(self, rule_id: str, why: str) -> None:
        self.errors.append({"type": "rule_not_evaluated", "rule_id": rule_id, "message": why})


def pct(x: Decimal) -> str:
    """0.146 → "14.6" (percent, no float noise)."""
    return str(clean_decimal(x * 100))


def money(x: Decimal) -> str:
    return str(x.quantize(_CENT))


def _finding(spec: RuleSpec, values: dict, *, amounts: dict | None = None, evidence: list[Evidence] | None = None,
             warnings: list[str] | None = None) -> Finding:
    cites = [CitedArticle(**c.model_dump()) for c in spec.resolved]
    return Finding(
        rule_id=spec.id, rule_version=spec.version, severity=spec.severity,
        title_zh=spec.title_zh, title_en=spec.title_en,
        explanation_zh=_CJK_SPACE.sub("", spec.explanation_zh.format(**values)),
        explanation_en=spec.explanation_en.format(**values).replace("\n", " "),
        amounts={k: str(v) for k, v in (amounts or {}).items()}, evidence=evidence or [],
        citations=cites, warnings=[w for w in (warnings or []) if w],
    )


def _cap(ctx: RuleContext, rule_id: str) -> tuple[Decimal, Decimal, list[str]] | None:
    """(LPR %, cap fraction, warnings) for the contract date, or None when the LPR cap cannot be applied."""
    cdate = ctx.contract_date
    if cdate is None:
        ctx.cannot_check(rule_id, "no contract or loan date found, so the LPR in force cannot be looked up")
        return None
    look, cap = lpr_cap(cdate, ctx.rules, ctx.lpr_table)
    if cap is None:
        return None  # before the LPR: pre_lpr_rate_rules says what applies
    return look.rate_pct, cap, [look.warning]


def lpr_cap(on: date, rules: RuleSet, table: list[LprPoint] | None = None) -> tuple[LprLookup, Decimal | None]:
    """The one-year LPR in force on `on` and the cap it sets (`lpr_multiple` × LPR, a fraction per year);
    no cap before the first LPR (2019-08-20)."""
    look = lpr_on(on, table)
    if look.rate_pct is None:
        return look, None
    return look, Decimal(rules.threshold("lpr_multiple")) * look.rate_pct / 100


def _principal_recognised(c: LoanContract) -> Decimal | None:
    if c.amount_delivered:
        return c.amount_delivered.value
    return c.principal.value if c.principal else None


# --- checks ------------------------------------------------------------------------------------------

def rate_above_4x_lpr(ctx: RuleContext, spec: RuleSpec) -> list[Finding]:
    rate = ctx.rate
    # a court's settlement or judgment has fixed the sums: the recited rate is no longer what is owed
    if rate is None or rate == 0 or ctx.contract.court_paper:
        return []
    cap = _cap(ctx, spec.id)
    if cap is None:
        return []
    lpr, limit, warns = cap
    if rate <= limit:  # exactly 4 × LPR is allowed
        return []
    amounts = {"annual_rate": rate, "lpr_1y_pct": lpr, "cap_rate": clean_decimal(limit), "excess_rate": clean_decimal(rate - limit),
               "contract_date": ctx.contract_date}
    base = _principal_recognised(ctx.contract)
    if base:
        amounts["excess_interest_per_year"] = money(base * (rate - limit))
    values = {"rate_pct": pct(rate), "lpr_pct": lpr, "cap_pct": pct(limit), "excess_pct": pct(rate - limit),
              "contract_date": ctx.contract_date}
    ev = ctx.contract.interest.evidence + (ctx.contract.contract_date.evidence if ctx.contract.contract_date else [])
    return [_finding(spec, values, amounts=amounts, evidence=ev, warnings=warns)]


def pre_lpr_band(rate: Decimal, rules: RuleSet) -> tuple[str, str]:
    """Where an annual rate falls under the 2015 rules' 24 % / 36 % lines (contracts made before the LPR), zh/en."""
    low, high = Decimal(rules.threshold("pre_lpr_supported_line")), Decimal(rules.threshold("pre_lpr_void_line"))
    if rate <= low:
        return f"不超过{pct(low)}%，予以支持", f"within {pct(low)}%, supported"
    if rate <= high:
        return (f"介于{pct(low)}%与{pct(high)}%之间，超过{pct(low)}%部分未支付的不予支持",
                f"between {pct(low)}% and {pct(high)}%: the part above {pct(low)}% is not enforceable if unpaid")
    return f"超过{pct(high)}%，超过部分无效", f"above {pct(high)}%: the excess is void"


def pre_lpr_rate_rules(ctx: RuleContext, spec: RuleSpec) -> list[Finding]:
    cdate, rate = ctx.contract_date, ctx.rate
    first = date.fromisoformat(ctx.rules.threshold("lpr_first_date"))
    if cdate is None or cdate >= first or rate is None or ctx.contract.court_paper:
        return []
    low, high = ctx.t("pre_lpr_supported_line"), ctx.t("pre_lpr_void_line")
    band_zh, band_en = pre_lpr_band(rate, ctx.rules)
    values = {"contract_date": cdate, "lpr_first_date": first, "supported_pct": pct(low), "void_pct": pct(high),
              "rate_pct": pct(rate), "band_zh": band_zh, "band_en": band_en}
    amounts = {"annual_rate": rate, "supported_line": low, "void_line": high, "contract_date": cdate}
    return [_finding(spec, values, amounts=amounts, evidence=ctx.contract.interest.evidence)]


def cap_not_applicable_licensed_lender(ctx: RuleContext, spec: RuleSpec) -> list[Finding]:
    if not ctx.licensed:
        return []
    lender = ctx.contract.lender.value
    scope = licensed_scope(lender.license_type, ctx.rules)
    if scope == "local":
        scope_zh = "小额贷款公司等七类地方金融组织属于经金融监管部门批准设立的金融机构，"
        scope_en = "The seven kinds of local financial organisations (small-loan, financing-guarantee companies …) are licensed financial institutions."
    else:
        scope_zh = "经金融监管部门批准设立的从事贷款业务的金融机构，"
        scope_en = "Lending institutions licensed by the financial regulators are outside the private-lending rules."
    values = {"lender": lender.name, "license_type": lender.license_type, "license_type_en": f"licensed {lender.license_type}",
              "scope_zh": scope_zh, "scope_en": scope_en, "effective": ctx.rules.threshold("licensed_rule_effective")}
    return [_finding(spec, values, amounts={"license_type": lender.license_type}, evidence=ctx.contract.lender.evidence)]


def interest_deducted_upfront(ctx: RuleContext, spec: RuleSpec) -> list[Finding]:
    c = ctx.contract
    if not (c.deducted_upfront and c.deducted_upfront.value > 0 and c.principal):
        return []
    delivered = c.amount_delivered.value if c.amount_delivered else c.principal.value - c.deducted_upfront.value
    values = {"principal": money(c.principal.value), "delivered": money(delivered), "deducted": money(c.deducted_upfront.value)}
    amounts = {"stated_principal": money(c.principal.value), "amount_delivered": money(delivered),
               "deducted": money(c.deducted_upfront.value), "principal_recognised": money(delivered)}
    return [_finding(spec, values, amounts=amounts, evidence=c.principal.evidence + c.deducted_upfront.evidence)]


def overdue_charges_above_cap(ctx: RuleContext, spec: RuleSpec) -> list[Finding]:
    c = ctx.contract
    parts: list[tuple[str, str, Decimal, list[Evidence]]] = []
    if c.overdue_rate and c.overdue_rate.value.annual_rate is not None:
        parts.append(("逾期利率", "overdue interest", c.overdue_rate.value.annual_rate, c.overdue_rate.evidence))
    if c.penalty and c.penalty.value.annual_rate is not None:
        parts.append(("违约金", "penalty", c.penalty.value.annual_rate, c.penalty.evidence))
    for f in c.fees:
        if f.value.annual_rate is not None:
            parts.append((f.value.name, f"fee ({f.value.name})", f.value.annual_rate, f.evidence))
    if not parts:
        return []
    cap = _cap(ctx, spec.id)
    if cap is None:
        return []
    lpr, limit, warns = cap
    total = sum((p[2] for p in parts), Decimal(0))
    if total <= limit:
        return []
    values = {"total_pct": pct(total), "lpr_pct": lpr, "cap_pct": pct(limit),
              "parts_zh": "、".join(f"{z}{pct(r)}%" for z, _, r, _ in parts),
              "parts_en": ", ".join(f"{e} {pct(r)}%" for _, e, r, _ in parts)}
    amounts = {"total_overdue_rate": clean_decimal(total), "cap_rate": clean_decimal(limit), "lpr_1y_pct": lpr,
               "excess_rate": clean_decimal(total - limit)}
    amounts.update({f"part_{e.split(' ')[0]}": clean_decimal(r) for _, e, r, _ in parts})
    return [_finding(spec, values, amounts=amounts, evidence=[e for p in parts for e in p[3]], warnings=warns)]


def no_overdue_rate_agreed(ctx: RuleContext, spec: RuleSpec) -> list[Finding]:
    c = ctx.contract
    # a guarantee instrument recites the loan's rate at most: whether the loan agreed an overdue rate is the main
    # contract's to say, and its silence here says nothing
    # (so does a balance confirmation or a court's settlement, about a loan contract not in the file)
    if c.overdue_rate or c.penalty or c.guarantee_instrument or c.recital_instrument:
        return []
    rate = ctx.rate
    if rate:
        zh = f"已约定借期内利率（年{pct(rate)}%），出借人可主张自逾期还款之日起按该利率支付资金占用期间利息。"
        en = f"A term rate is agreed ({pct(rate)}%/yr): the lender may claim interest at that rate from the day of default."
    else:
        zh = "借期内利率与逾期利率均未约定，出借人可主张自逾期还款之日起参照当时一年期LPR计算逾期利息。"
        en = "Neither a term rate nor an overdue rate is agreed: the lender may claim overdue interest at the one-year LPR then in force."
    return [_finding(spec, {"consequence_zh": zh, "consequence_en": en},
                     evidence=c.interest.evidence if c.interest else [])]


def _guarantees(ctx: RuleContext):
    # a court's settlement, or a balance confirmation no guarantor signs, recites a guarantee from a contract not in
    # the file: its silence on the guarantee's period or type says nothing of what that contract agreed
    if ctx.contract.guarantee_recited:
        return []
    return [g for g in ctx.contract.guarantees if g.value.kind == "保证"]


def _before_civil_code(ctx: RuleContext) -> bool:
    """A guarantee given before the Civil Code follows the law of its day (时间效力规定 第1条): 担保法 and its 2000
    interpretation, whose defaults differ for an unstated type (joint) and an "until repaid" period (two years)."""
    return bool(ctx.contract_date and ctx.contract_date < date.fromisoformat(ctx.rules.threshold("civil_code_effective")))


def guarantee_type_defaults_to_general(ctx: RuleContext, spec: RuleSpec) -> list[Finding]:
    out = []
    if _before_civil_code(ctx) and any(g.value.guarantee_type == "unspecified" for g in _guarantees(ctx)):
        ctx.cannot_check(spec.id, f"合同成立于{ctx.contract_date}，早于民法典施行日：保证方式未约定的，按当时的担保法"
                                  "第十九条为连带责任保证，不按一般保证处理；请按当时法律核查")
        return out
    for g in _guarantees(ctx):
        if g.value.guarantee_type == "unspecified":
            name = g.value.guarantor or "（未署名）"
            out.append(_finding(spec, {"guarantor": name}, amounts={"guarantee_type": "一般保证"}, evidence=g.evidence))
    return out


def guarantee_period_defaults_to_6_months(ctx: RuleContext, spec: RuleSpec) -> list[Finding]:
    out = []
    due = ctx.contract.end_date.value if ctx.contract.end_date else None
    months = int(ctx.t("guarantee_default_months"))
    for g in _guarantees(ctx):
        v = g.value
        if v.period_months is None and v.period_end is None and not v.period_unclear:
            if _before_civil_code(ctx):     # the law of its day gives the same six months, under its own articles
                joint = v.guarantee_type != "一般保证"      # an unstated type was joint then (担保法 第19条)
                until = f"（即至{add_months(due, months)}）" if due else ""
                ctx.cannot_check(spec.id, f"合同成立于{ctx.contract_date}，早于民法典施行日，适用当时的担保法：保证人“{v.guarantor or '（未署名）'}”"
                                          f"的保证期间没有约定，为主债务履行期届满之日起六个月{until}（担保法第二十五、二十六条），"
                                          + ("债权人须在此期间内请求保证人承担保证责任" if joint else "债权人须在此期间内对债务人提起诉讼或申请仲裁")
                                          + "；不以民法典第六百九十二条为据，请按当时法律核查")
                continue
            why_zh, why_en = "没有约定", "is not stated"
        elif v.period_unclear:
            if _before_civil_code(ctx):
                ctx.cannot_check(spec.id, f"合同成立于{ctx.contract_date}，早于民法典施行日：保证期间约定“直至还清为止”的，按当时的担保法"
                                          "解释第三十二条为主债务履行期届满之日起二年，不是六个月；请按当时法律核查")
                continue
            why_zh, why_en = "约定不明确（如“直至本息还清时为止”）", "is unclear (e.g. \"until fully repaid\")"
        elif v.period_end and due and v.period_end <= due:
            if _before_civil_code(ctx):
                ctx.cannot_check(spec.id, f"合同成立于{ctx.contract_date}，早于民法典施行日：保证期间约定至{v.period_end}，早于或等于主债务"
                                          f"履行期届满日{due}的，按当时的担保法解释第三十二条第一款视为没有约定，为届满之日起六个月"
                                          f"（即至{add_months(due, months)}）；不以民法典第六百九十二条为据，请按当时法律核查")
                continue
            why_zh, why_en = f"约定至{v.period_end}，早于或等于主债务履行期限届满日{due}，视为没有约定", f"ends on {v.period_end}, not after the debt's due date {due}, which counts as no agreement"
        else:
            continue
        amounts: dict = {"default_period_months": months}
        until_zh = until_en = ""
        if due:
            end = add_months(due, months)
            amounts["guarantee_period_ends"] = end
            until_zh, until_en = f"，即至{end}", f", i.e. until {end}"
        # before the Civil Code an unstated type was joint liability (担保法 第19条): the creditor asks the guarantor
        joint = v.guarantee_type == "连带责任保证" or (v.guarantee_type == "unspecified" and _before_civil_code(ctx))
        values = {"guarantor": v.guarantor or "（未署名）", "why_zh": why_zh, "why_en": why_en, "until_zh": until_zh,
                  "until_en": until_en,
                  "action_zh": "请求保证人承担保证责任" if joint else "对债务人提起诉讼或申请仲裁",
                  "action_en": "demand payment from the guarantor" if joint else "sue or arbitrate against the debtor"}
        out.append(_finding(spec, values, amounts=amounts, evidence=g.evidence))
    return out


def no_interest_agreed(ctx: RuleContext, spec: RuleSpec) -> list[Finding]:
    c = ctx.contract
    status = c.interest.value.status if c.interest else "none"
    # a guarantee instrument, or a court's settlement / a balance confirmation about a loan contract not in the file:
    # its silence on the rate says nothing of what the loan agreed
    if status in ("ok", "zero", "lpr_linked", "needs_principal", "relative") \
            or (status == "none" and (c.guarantee_instrument or c.recital_instrument)):
        return []
    both_natural = bool(c.lender and c.borrower and c.lender.value.kind == "natural_person" and c.borrower.value.kind == "natural_person")
    if status == "none":
        what_zh, what_en = "合同对支付利息没有约定，", "The contract says nothing about interest, "
        zh, en = "视为没有利息。", "so no interest is due."
    else:
        what_zh = f"合同对利息的约定不明确（{c.interest.note or c.interest.value.text}），"
        what_en = f"The interest term is unclear ({c.interest.note or c.interest.value.text}); "
        if both_natural:
            zh, en = "自然人之间借款的，视为没有利息。", "between natural persons that means no interest is due."
        else:
            zh = "当事人不能达成补充协议的，按照当地或者当事人的交易方式、交易习惯、市场利率等因素确定利息。"
            en = "absent a supplementary agreement, interest is set by local practice, the parties' dealings and market rates."
    return [_finding(spec, {"what_zh": what_zh, "what_en": what_en, "consequence_zh": zh, "consequence_en": en},
                     amounts={"interest_status": status, "natural_persons": str(both_natural).lower()},
                     evidence=c.interest.evidence if c.interest else [])]


def compound_interest_restated(ctx: RuleContext, spec: RuleSpec) -> list[Finding]:
    c = ctx.contract
    if not c.compound_interest:
        return []
    amounts: dict = {}
    ceiling_zh = ceiling_en = ""
    cap = _cap(ctx, spec.id) if ctx.contract_date else None
    base = _principal_recognised(c)
    if cap and base and c.start_date and c.end_date:
        days = (c.end_date.value - c.start_date.value).days
        ceiling = base * (1 + cap[1] * Decimal(days) / 365)
        amounts = {"original_principal": money(base), "cap_rate": clean_decimal(cap[1]), "term_days": days,
                   "max_principal_plus_interest": money(ceiling)}
        ceiling_zh, ceiling_en = f"（即{money(ceiling)}元）", f" (CNY {money(ceiling)})"
    values = {"quote": c.compound_interest.value[:60], "ceiling_zh": ceiling_zh, "ceiling_en": ceiling_en}
    return [_finding(spec, values, amounts=amounts, evidence=c.compound_interest.evidence)]


def limitation_period_expired(ctx: RuleContext, spec: RuleSpec) -> list[Finding]:
    c = ctx.contract
    if ctx.as_of is None:
        return []
    if not c.end_date:
        ctx.cannot_check(spec.id, "no repayment due date found, so the limitation period cannot be computed")
        return []
    due = c.end_date.value
    years = int(ctx.t("limitation_years"))
    # Harm is known the day after the due date; that day is not counted (第201条), so the period's last day
    # is its anniversary (第202条). A later demand or payment restarts the count (第195条).
    start = due + timedelta(days=1)
    restart_zh = restart_en = ""
    if ctx.last_activity and ctx.last_activity > due:
        start = ctx.last_activity
        restart_zh, restart_en = (f"，最后一次催收、还款或债务人确认日{ctx.last_activity}",
                                  f" and was last demanded, paid or acknowledged on {ctx.last_activity}")
    expiry = add_months(start, 12 * years)
    if ctx.as_of <= expiry:
        return []
    values = {"due_date": due, "restart_zh": restart_zh, "restart_en": restart_en, "expiry": expiry, "as_of": ctx.as_of}
    return [_finding(spec, values, amounts={"due_date": due, "limitation_expires": expiry, "as_of": ctx.as_of},
                     evidence=c.end_date.evidence)]


CHECKS: dict[str, Callable[[RuleContext, RuleSpec], list[Finding]]] = {
    f.__name__: f for f in (
        rate_above_4x_lpr, pre_lpr_rate_rules, cap_not_applicable_licensed_lender, interest_deducted_upfront,
        overdue_charges_above_cap, no_overdue_rate_agreed, guarantee_type_defaults_to_general,
        guarantee_period_defaults_to_6_months, no_interest_agreed, compound_interest_restated, limitation_period_expired,
    )
}


def _in_scope(spec: RuleSpec, ctx: RuleContext) -> bool:
    if spec.scope == "private_lending":
        return not ctx.licensed
    if spec.scope == "licensed":
        return ctx.licensed
    return True


def evaluate(ctx: RuleContext) -> list[Finding]:
    """Run every rule of the set on the contract, in file order."""
    ids = {r.id for r in ctx.rules.rules}
    missing = ids - CHECKS.keys()
    if missing:
        raise RuleFileError(f"Rules {sorted(missing)} in {ctx.rules.source} have no check in agent/contracts/rules.py.")
    findings: list[Finding] = []
    for spec in ctx.rules.rules:
        if _in_scope(spec, ctx):
            findings.extend(CHECKS[spec.id](ctx, spec))
    return findings
