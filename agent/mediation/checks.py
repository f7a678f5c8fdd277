"""Checks every draft must pass before a mediator sees it.

1. numbers: every number in the text is one the calculator or the option builder produced;
2. citations: every cited article exists in the shipped corpus, is one the calculation relied on, and every
   quoted passage is the article's own text;
3. sections: the sections 人民调解法 第29条 (agreement) or the memo layout require are present;
4. parties: no name or identity number from another case.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation

from agent.mediation.draft import DraftInputs, draft_config
from agent.mediation.rules import load_mediation_rules
from retrieval.laws import cn_to_int, find_instrument

_CITE = re.compile(r"《([^》]+)》(第([零〇一二两三四五六七八九十百千]+)条|([一二三四五六七八九十]+)、)")
_DATE_ZH = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")
_DATE_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_ID = re.compile(r"(?<![0-9A-Z])(?=[0-9A-Z]*\d)[0-9A-Z]{15,18}(?![0-9A-Z])")
_NUM = re.compile(r"\d[\d,]*(?:\.\d+)?")


@dataclass
class CheckResult:
    name: str
    ok: bool
    problems: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"name": self.name, "ok": self.ok, "problems": list(self.problems)}


@dataclass
class DraftFacts:
    """What a draft for this case may contain."""

    numbers: set[Decimal]
    dates: set[date]
    citations: set[str]
    own_names: set[str]
    own_ids: set[str]
    case_id: str


def _n(x: Decimal | int | str) -> Decimal:
    return Decimal(str(x).replace(",", "")).normalize()


def draft_facts(inp: DraftInputs) -> DraftFacts:
    a, opts, rules = inp.assessment, inp.options, load_mediation_rules()
    nums: set[Decimal] = {_n(rules.basis_days)}
    dates: set[date] = {a.terms.contract_date, a.terms.due_date, a.terms.claim_date, a.limitation.starts, a.limitation.expires}
    for ledger in (a.supportable, a.as_written):
        for ln in ledger.lines:
            dates.add(ln.date)
            nums |= {_n(v) for v in (ln.amount, ln.days, ln.rate * 100, ln.interest_accrued, ln.to_fees, ln.to_interest,
                                      ln.to_principal, ln.principal_balance, ln.interest_balance, ln.fees_balance)}
        nums |= {_n(v) for v in ledger.totals.values()}
        nums |= {_n(v * 100) for v in ledger.rates.values() if v is not None}
    nums.add(_n(a.as_written.totals["total_outstanding"] - a.supportable.totals["total_outstanding"]))
    nums.add(_n(len(a.terms.repayments)))
    for o in opts.options:
        nums |= {_n(v) for v in (o.n, o.total, o.months, o.waived) if v is not None}
        nums |= {_n(v) for v in (o.monthly, o.recovery_pct, o.vs_as_written_pct, o.burden_pct) if v is not None}
        if o.rate is not None:
            nums.add(_n(o.rate * 100))
        for i, (d, x) in enumerate(o.schedule, start=1):
            nums |= {_n(i), _n(x)}
            dates.add(d)
    nums |= {_n(Decimal(str(d)) * 100) for d in rules.options["lump_sum_discounts"]}
    z = opts.zopa
    nums |= {_n(v) for v in (z.lender_min, z.borrower_max, z.midpoint, z.gap, opts.capacity) if v is not None}
    nums.add(_n(opts.supportable - opts.as_written))
    nums.add(_n(opts.as_written - opts.supportable))
    for g in a.guarantors:
        nums |= {_n(g.exposure), _n(g.period_months)}
        dates |= {g.period_end} | ({g.demanded_on} if g.demanded_on else set())
    if inp.lang != "zh":
        nums |= {_n(len(inp.dispute.parties) + 1), _n(rules.options["acceleration_missed_payments"]), _n(1)}
    # the mediator's own notes are quoted verbatim; their numbers are the mediator's, not the model's
    nums |= {_n(m.group(0)) for m in _NUM.finditer(inp.dispute.mediator_notes)}
    cites = set(a.cites_used())
    for key in ("agreement_contents", "agreement_binding", "judicial_confirmation"):
        cites |= set(rules.cite_labels(key))
    from agent.mediation.draft import focus_points

    for p in focus_points(inp):
        cites |= set(rules.cite_labels(p["rule"]))
    return DraftFacts(nums, dates, cites, {p.name for p in inp.dispute.parties},
                      {p.id_number for p in inp.dispute.parties if p.id_number}, inp.dispute.case_id or "")


def _quotes(text: str) -> list[str]:
    return [ln[1:].strip() for ln in text.splitlines() if ln.startswith(">")]


def _strip(text: str, facts: DraftFacts) -> str:
    body = "\n".join(ln for ln in text.splitlines() if not ln.startswith(">"))
    if facts.case_id:
        body = body.replace(facts.case_id, " ")
    body = _CITE.sub(" ", body)
    return body


def check_numbers(text: str, facts: DraftFacts) -> CheckResult:
    body = _strip(text, facts)
    problems = []
    for rx in (_DATE_ZH, _DATE_ISO):
        for m in rx.finditer(body):
            try:
                d = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                problems.append(f"impossible date {m.group(0)}")
                continue
            if d not in facts.dates:
                problems.append(f"date {m.group(0)} is not a date of this case's ledger or schedule")
        body = rx.sub(" ", body)
    body = _ID.sub(" ", body)
    body = body.replace("actual/365", " ")  # the day-count convention's name, not an amount
    for m in _NUM.finditer(body):
        try:
            value = _n(m.group(0).rstrip(",").rstrip("."))
        except InvalidOperation:
            problems.append(f"unreadable number {m.group(0)}")
            continue
        if value not in facts.numbers:
            problems.append(f"number {m.group(0)} does not come from the calculator or the options")
    return CheckResult("numbers", not problems, problems)


def check_citations(text: str, facts: DraftFacts) -> CheckResult:
    problems, texts = [], []
    for m in _CITE.finditer(text):
        citation = m.group(0)
        inst = find_instrument(m.group(1))
        number = cn_to_int(m.group(3) or m.group(4))
        art = inst.article(number) if inst else None
        if art is None:
            problems.append(f"{citation} is not in the shipped law corpus")
            continue
        texts.append(" ".join(x.strip() for x in art.text.splitlines() if x.strip()))
        if citation not in facts.citations:
            problems.append(f"{citation} exists but was not used by the calculation for this case")
    for q in _quotes(text):
        if q and not any(q in t for t in texts):
            problems.append(f"quoted passage is not the text of a cited article: {q[:40]}…")
    return CheckResult("citations", not problems, problems)


def check_sections(text: str, kind: str, lang: str) -> CheckResult:
    headings = [ln.lstrip("#").strip() for ln in text.splitlines() if ln.startswith("## ")]
    required = draft_config()["required_sections"][kind][lang]
    missing = [s for s in required if not any(s in h for h in headings)]
    empty = []
    lines = text.splitlines()
    for i, ln in enumerate(lines):
        if ln.startswith("## "):
            nxt = next((j for j in range(i + 1, len(lines)) if lines[j].startswith("## ")), len(lines))
            if not any(x.strip() for x in lines[i + 1:nxt]):
                empty.append(ln.lstrip("# ").strip())
    problems = [f"missing section {s}" for s in missing] + [f"empty section {s}" for s in empty]
    return CheckResult("sections", not problems, problems)


def check_parties(text: str, facts: DraftFacts, foreign_names: set[str], foreign_ids: set[str]) -> CheckResult:
    problems = [f"name {n} belongs to another case" for n in sorted(foreign_names - facts.own_names)
                if n and not any(n in own for own in facts.own_names) and n in text]
    problems += [f"identity number {i[:6]}… belongs to another case" for i in sorted(foreign_ids - facts.own_ids) if i and i in text]
    problems += [f"identity number {m.group(0)[:6]}… is not one of this case's parties"
                 for m in _ID.finditer(text) if m.group(0) not in facts.own_ids and m.group(0) != facts.case_id]
    return CheckResult("parties", not problems, problems)


def check_draft(text: str, kind: str, facts: DraftFacts, lang: str = "zh", *, foreign_names: set[str] = frozenset(),
                foreign_ids: set[str] = frozenset()) -> list[CheckResult]:
    return [check_numbers(text, facts), check_citations(text, facts), check_sections(text, kind, lang),
            check_parties(text, facts, set(foreign_names), set(foreign_ids))]


def passed(results: list[CheckResult]) -> bool:
    return all(r.ok for r in results)
