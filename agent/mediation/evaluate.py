"""`evaluate_mediation(dataset_dir)`: the calculator, the options and the drafts against hand-computed cases."""
from __future__ import annotations

import json
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from agent.errors import FengtiaoError

TOTAL_KEYS = ("total_outstanding", "outstanding_principal", "interest_in_term", "overdue_charges")


def _option_arithmetic_ok(opts) -> bool:
    for o in opts.options:
        if sum((x for _, x in o.schedule), Decimal(0)) != o.total:
            return False
        if opts.supportable and o.recovery_pct != (o.total * 100 / opts.supportable).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP):
            return False
        if o.waived != opts.supportable - o.total:
            return False
        if o.months and len(o.schedule) != o.months:
            return False
    z = opts.zopa
    return not z.overlap or z.midpoint == ((z.low + z.high) / 2).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def evaluate_mediation(dataset_dir: Path | str) -> dict:
    """Rates over the cases in `dataset_dir/cases.jsonl`; per-case failures are listed, never raised."""
    from agent.mediation.checks import check_draft, draft_facts
    from agent.mediation.claim import assess_claim
    from agent.mediation.draft import DraftInputs, render_agreement, render_memo
    from agent.mediation.intake import parse_dispute
    from agent.mediation.options import build_options

    path = Path(dataset_dir) / "cases.jsonl"
    rows = [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    n = len(rows)
    exact = flags = opt_ok = drafts_ok = cites_ok = sections_ok = drafts = 0
    failures: list[dict] = []
    for row in rows:
        try:
            d = parse_dispute(row["dispute"], file=row["id"])
            a = assess_claim(d, file=row["id"])
            t, exp = a.supportable.totals, row["expected"]
            got = {k: str(t[k]) for k in TOTAL_KEYS}
            if all(Decimal(got[k]) == Decimal(exp[k]) for k in TOTAL_KEYS):
                exact += 1
            else:
                failures.append({"id": row["id"], "kind": "totals", "expected": {k: exp[k] for k in TOTAL_KEYS}, "got": got})
            flag_ok = a.limitation.expired == exp["limitation_expired"]
            if "guarantor_expired" in exp:
                g = a.guarantors[0]
                flag_ok &= g.expired == exp["guarantor_expired"] and g.exposure == Decimal(exp["guarantor_exposure"])
            flags += flag_ok
            if not flag_ok:
                failures.append({"id": row["id"], "kind": "limitation/guarantee"})
            o = build_options(t["total_outstanding"], a.as_written.totals["total_outstanding"], settle_on=d.claim_date,
                              capacity=d.borrower_capacity_per_month, lender_min=d.claims.lender.reservation,
                              borrower_max=d.claims.borrower.reservation)
            opt_ok += _option_arithmetic_ok(o)
            inp = DraftInputs(d, a, o, o.recommended, d.lang)
            facts = draft_facts(inp)
            for kind, text in (("agreement", render_agreement(inp)), ("memo", render_memo(inp))):
                res = {r.name: r for r in check_draft(text, kind, facts, d.lang)}
                drafts += 1
                drafts_ok += all(r.ok for r in res.values())
                cites_ok += res["citations"].ok
                sections_ok += res["sections"].ok
                if not all(r.ok for r in res.values()):
                    failures.append({"id": row["id"], "kind": f"draft:{kind}",
                                     "problems": [p for r in res.values() for p in r.problems][:5]})
        except FengtiaoError as exc:
            failures.append({"id": row["id"], "kind": "error", "message": exc.message})
    rate = lambda k, m: round(k / m, 4) if m else 0.0  # noqa: E731
    return {"cases": n, "exact_totals_rate": rate(exact, n), "limitation_guarantee_rate": rate(flags, n),
            "option_arithmetic_rate": rate(opt_ok, n), "draft_checks_pass_rate": rate(drafts_ok, drafts),
            "cited_article_validity": rate(cites_ok, drafts), "section_completeness": rate(sections_ok, drafts),
            "failures": failures}
