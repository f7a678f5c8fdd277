"""Settlement options a mediator can put to both sides, each measured against the legally supportable claim.

Recovery % = what the lender receives ÷ the supportable claim (the number a court would likely award);
burden % = the borrower's monthly payment ÷ the monthly capacity stated in the dispute. Figures are
rounded to the cent (money) and to 0.01 percentage points; the last instalment absorbs rounding.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from agent.contracts.lpr import lpr_on
from agent.contracts.numerals import add_months
from agent.mediation.rules import MediationRules, load_mediation_rules

CENT = Decimal("0.01")


def _m(x: Decimal) -> Decimal:
    return x.quantize(CENT, rounding=ROUND_HALF_UP)


def pct(part: Decimal, whole: Decimal) -> Decimal | None:
    return None if not whole else _m(part * 100 / whole)


@dataclass
class SettlementOption:
    n: int
    kind: str                  # write_off | lump_sum | instalments | instalments_interest | zopa_midpoint
    title_zh: str
    title_en: str
    total: Decimal             # what the borrower pays in all
    months: int
    monthly: Decimal | None
    schedule: list[tuple[date, Decimal]]
    waived: Decimal            # supportable − total (negative = interest added for time)
    recovery_pct: Decimal | None
    vs_as_written_pct: Decimal | None
    burden_pct: Decimal | None
    affordable: bool | None
    acceleration: bool
    rate: Decimal | None = None

    def to_dict(self) -> dict:
        d = asdict(self)
        d["schedule"] = [[day.isoformat(), str(amt)] for day, amt in self.schedule]
        return {k: (str(v) if isinstance(v, Decimal) else v) for k, v in d.items()}


@dataclass
class Zopa:
    lender_min: Decimal | None
    borrower_max: Decimal | None
    overlap: bool | None       # None = a reservation value is missing
    low: Decimal | None = None
    high: Decimal | None = None
    midpoint: Decimal | None = None
    gap: Decimal | None = None
    note_zh: str = ""

    def to_dict(self) -> dict:
        return {k: (str(v) if isinstance(v, Decimal) else v) for k, v in asdict(self).items()}


@dataclass
class OptionSet:
    supportable: Decimal
    as_written: Decimal
    capacity: Decimal | None
    options: list[SettlementOption]
    zopa: Zopa
    recommended: int
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"supportable": str(self.supportable), "as_written": str(self.as_written),
                "capacity": None if self.capacity is None else str(self.capacity),
                "options": [o.to_dict() for o in self.options], "zopa": self.zopa.to_dict(),
                "recommended": self.recommended, "notes": list(self.notes)}

    def option(self, n: int) -> SettlementOption:
        for o in self.options:
            if o.n == n:
                return o
        raise KeyError(n)


def equal_schedule(total: Decimal, months: int, start: date) -> list[tuple[date, Decimal]]:
    """N equal monthly payments from one month after `start`; the last absorbs the rounding."""
    each = _m(total / months)
    amounts = [each] * (months - 1) + [total - each * (months - 1)]
    return [(add_months(start, i + 1), a) for i, a in enumerate(amounts)]


def annuity_schedule(principal: Decimal, annual_rate: Decimal, months: int, start: date) -> list[tuple[date, Decimal]]:
    """Equal payments with interest on the declining balance at annual_rate / 12; last payment clears the balance."""
    r = annual_rate / 12
    pay = _m(principal / months) if r == 0 else _m(principal * r / (1 - (1 + r) ** -months))
    out, bal = [], principal
    for i in range(months):
        interest = _m(bal * r)
        amount = pay if i < months - 1 else bal + interest
        bal = bal + interest - amount
        out.append((add_months(start, i + 1), amount))
    return out


def zone_of_agreement(lender_min: Decimal | None, borrower_max: Decimal | None) -> Zopa:
    if lender_min is None or borrower_max is None:
        return Zopa(lender_min, borrower_max, None, note_zh="一方或双方未提供底线金额，无法计算可协商区间")
    if borrower_max >= lender_min:
        mid = _m((lender_min + borrower_max) / 2)
        return Zopa(lender_min, borrower_max, True, lender_min, borrower_max, mid,
                    note_zh=f"可协商区间为{lender_min:,.2f}元至{borrower_max:,.2f}元，居中方案为{mid:,.2f}元")
    gap = borrower_max - lender_min
    return Zopa(lender_min, borrower_max, False, gap=-gap,
                note_zh=f"双方底线不重叠：出借人最低接受{lender_min:,.2f}元，借款人最多支付{borrower_max:,.2f}元，相差{-gap:,.2f}元")


def build_options(supportable: Decimal, as_written: Decimal, *, settle_on: date, capacity: Decimal | None = None,
                  lender_min: Decimal | None = None, borrower_max: Decimal | None = None,
                  rules: MediationRules | None = None) -> OptionSet:
    rules = rules or load_mediation_rules()
    cfg = rules.options
    opts: list[SettlementOption] = []

    def add(kind: str, zh: str, en: str, schedule: list[tuple[date, Decimal]], *, accel: bool, rate=None) -> None:
        total = sum((a for _, a in schedule), Decimal(0))
        months = len(schedule) if kind.startswith("instal") else 0
        monthly = schedule[0][1] if months else None
        burden = pct(monthly, capacity) if (monthly is not None and capacity) else None
        affordable = None if capacity is None else (monthly or total) <= capacity if months else None
        opts.append(SettlementOption(len(opts) + 1, kind, zh, en, total, months, monthly, schedule,
                                     supportable - total, pct(total, supportable), pct(total, as_written),
                                     burden, affordable, accel, rate))

    pay_by = settle_on + timedelta(days=int(cfg["lump_sum_pay_within_days"]))
    zopa = zone_of_agreement(lender_min, borrower_max)
    if zopa.overlap:
        add("zopa_midpoint", "按双方底线区间居中金额一次性清偿", "Lump sum at the midpoint of both sides' limits",
            [(pay_by, zopa.midpoint)], accel=False)
    add("write_off", "一次性清偿依法可支持金额，超出法定上限部分免除", "Pay the legally supportable amount; charges above the caps written off",
        [(pay_by, supportable)], accel=False)
    for d in cfg["lump_sum_discounts"]:
        share = Decimal(str(d))
        add("lump_sum", f"一次性清偿并减免{_m(share * 100)}%", f"Lump sum with a {_m(share * 100)}% discount",
            [(pay_by, _m(supportable * (1 - share)))], accel=False)
    lpr = lpr_on(settle_on).rate_pct
    for n in cfg["instalment_months"]:
        add("instalments", f"分{n}期等额偿还，免除分期期间利息", f"{n} equal monthly instalments, no interest",
            equal_schedule(supportable, int(n), settle_on), accel=True)
        if cfg["instalment_rate"] == "lpr" and lpr is not None:
            rate = lpr / 100
            add("instalments_interest", f"分{n}期偿还，按一年期LPR {lpr}%计付分期利息",
                f"{n} monthly instalments with interest at the one-year LPR ({lpr}%)",
                annuity_schedule(supportable, rate, int(n), settle_on), accel=True, rate=rate)
    notes = []
    if as_written > supportable:
        notes.append(f"合同约定口径{as_written:,.2f}元高于依法可支持金额{supportable:,.2f}元，差额{as_written - supportable:,.2f}元为超出法定上限部分")
    if capacity is not None and not any(o.affordable for o in opts if o.months):
        notes.append(f"所有分期方案的月还款额均超过借款人月还款能力{capacity:,.2f}元")
    if zopa.overlap:
        rec = 1
    else:
        affordable = [o for o in opts if o.months and o.affordable]
        rec = max(affordable, key=lambda o: (o.total, -o.months)).n if affordable else next(
            o.n for o in opts if o.kind == "write_off")
    return OptionSet(supportable, as_written, capacity, opts, zopa, rec, notes)
