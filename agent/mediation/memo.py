"""The mediator's memo: facts, dispute points with the quoted articles, the ledger, the options, the risks."""
from __future__ import annotations

from agent.mediation.draft import (DraftInputs, _facts, _table, _zh, draft_config, fmt_date, fmt_money, fmt_pct,
                                   focus_points)
from agent.mediation.rules import load_mediation_rules


def _ledger_table(inp: DraftInputs) -> str:
    ev = draft_config()["events"].get(inp.lang, {})
    head = _zh(inp, "日期|事项|金额|天数|年利率|计提利息|抵充费用|抵充利息|抵充本金|本金余额|欠息余额|费用余额|规则",
               "Date|Event|Amount|Days|Rate|Accrued|To costs|To interest|To principal|Principal|Interest due|Costs due|Rule").split("|")
    rows = []
    for ln in inp.assessment.supportable.lines:
        rows.append([fmt_date(ln.date, inp.lang), ln.event_zh if inp.lang == "zh" else ev.get(ln.event, ln.event),
                     fmt_money(ln.amount), str(ln.days), fmt_pct(ln.rate), fmt_money(ln.interest_accrued),
                     fmt_money(ln.to_fees), fmt_money(ln.to_interest), fmt_money(ln.to_principal),
                     fmt_money(ln.principal_balance), fmt_money(ln.interest_balance), fmt_money(ln.fees_balance), ln.rule_id])
    return _table(head, rows)


def _totals_table(inp: DraftInputs) -> str:
    S, W = inp.assessment.supportable.totals, inp.assessment.as_written.totals
    names = [("principal_basis", "本金基数", "Principal basis"), ("interest_in_term", "借期内利息", "In-term interest"),
             ("overdue_charges", "逾期利息及违约金", "Overdue interest and penalty"),
             ("fees_supported", "费用", "Costs"), ("repaid", "已还款", "Repaid"),
             ("total_outstanding", "尚欠合计", "Outstanding total")]
    head = _zh(inp, "项目|依法可支持|合同约定口径", "Item|Supportable|As written").split("|")
    return _table(head, [[_zh(inp, zh, en), fmt_money(S[k]), fmt_money(W[k])] for k, zh, en in names])


def _conventions(inp: DraftInputs) -> str:
    raw = load_mediation_rules().raw
    r = inp.assessment.supportable.rates
    cap = _zh(inp, f"法定上限（合同成立日一年期LPR的四倍）：{fmt_pct(r['cap_rate'])}。",
              f"Legal cap (4 × one-year LPR on the contract date): {fmt_pct(r['cap_rate'])}.") if r["cap_rate"] is not None \
        else _zh(inp, "出借人为持牌金融组织，不适用民间借贷利率上限。", "Licensed lender: the private-lending cap does not apply.")
    if inp.lang == "zh":
        return (f"计息规则：{raw['day_count']['accrual_zh']}按实际天数/365计算（{raw['day_count']['convention']}）；"
                f"{raw['rounding']['where_zh']}{cap}")
    return f"Day count {raw['day_count']['convention']}. {raw['day_count']['accrual']} {raw['rounding']['where']} {cap}"


def _legal_block(inp: DraftInputs) -> str:
    rules = load_mediation_rules()
    out = []
    for i, p in enumerate(focus_points(inp), start=1):
        out.append(f"{i}. {p[inp.lang]}")
        for c in rules.cites[p["rule"]]:
            quote = " ".join(x.strip() for x in c.text.splitlines() if x.strip())
            out.append(f"\n{c.citation}\n\n> {quote}\n")
    return "\n".join(out)


def _options_table(inp: DraftInputs) -> str:
    head = _zh(inp, "序号|方案|支付总额|期数|月付额|出借人回收率|月付占还款能力|可负担",
               "No.|Option|Total|Months|Monthly|Recovery|Burden|Affordable").split("|")
    yes = {True: _zh(inp, "是", "yes"), False: _zh(inp, "否", "no"), None: "—"}
    rows = [[str(o.n), o.title_zh if inp.lang == "zh" else o.title_en, fmt_money(o.total), str(o.months),
             fmt_money(o.monthly) if o.monthly is not None else "—",
             f"{o.recovery_pct}%" if o.recovery_pct is not None else "—",
             f"{o.burden_pct}%" if o.burden_pct is not None else "—", yes[o.affordable]] for o in inp.options.options]
    return _table(head, rows)


def _risks(inp: DraftInputs) -> str:
    a, S, W = inp.assessment, inp.assessment.supportable.totals, inp.assessment.as_written.totals
    gap = W["total_outstanding"] - S["total_outstanding"]
    lines = [_zh(inp, f"- 出借人：诉讼中超出法定上限的{fmt_money(gap)}元预计不获支持；诉讼周期和执行不确定。",
                 f"- Lender: CNY {fmt_money(gap)} above the legal caps is unlikely to be awarded; litigation takes time.")]
    lines.append(_zh(inp, f"- 借款人：诉讼中依法可支持的{fmt_money(S['total_outstanding'])}元仍须全额清偿，且逾期利息继续计算。",
                     f"- Borrower: in court the supportable CNY {fmt_money(S['total_outstanding'])} stays due and overdue interest keeps running."))
    if a.limitation.expired:
        lines.append(_zh(inp, f"- 诉讼时效已于{fmt_date(a.limitation.expires, 'zh')}届满，借款人可提出时效抗辩。",
                         f"- The limitation period ended on {a.limitation.expires.isoformat()}; the borrower may plead it."))
    else:
        lines.append(_zh(inp, f"- 诉讼时效至{fmt_date(a.limitation.expires, 'zh')}届满。",
                         f"- The limitation period runs until {a.limitation.expires.isoformat()}."))
    for g in a.guarantors:
        lines.append(_zh(inp, f"- 保证人{g.name}：{g.note}，保证期间至{fmt_date(g.period_end, 'zh')}，可能承担{fmt_money(g.exposure)}元。",
                         f"- Guarantor {g.name}: period ends {g.period_end.isoformat()}, exposure CNY {fmt_money(g.exposure)}."))
    for n in inp.options.notes:
        lines.append(f"- {n}")
    return "\n".join(lines)


def _recommendation(inp: DraftInputs) -> str:
    o = inp.option
    if inp.lang == "zh":
        return (f"建议采用方案{o.n}“{o.title_zh}”：借款人共支付{fmt_money(o.total)}元，出借人回收依法可支持金额的{o.recovery_pct}%。"
                + (inp.options.zopa.note_zh + "。" if inp.options.zopa.note_zh else ""))
    return (f"Option {o.n} (\"{o.title_en}\"): the borrower pays CNY {fmt_money(o.total)} in all; the lender recovers "
            f"{o.recovery_pct}% of the supportable claim.")


def memo_fields(inp: DraftInputs) -> dict[str, str]:
    d = inp.dispute
    fp = focus_points(inp)
    return {
        "case_id": d.case_id or "", "title": d.title or f"{d.lender.name} / {d.borrower.name}",
        "summary": _facts(inp), "focus_block": "\n".join(f"{i}. {p[inp.lang]}" for i, p in enumerate(fp, start=1)),
        "conventions": _conventions(inp), "ledger_table": _ledger_table(inp), "totals_table": _totals_table(inp),
        "legal_block": _legal_block(inp), "options_table": _options_table(inp),
        "zopa_note": inp.options.zopa.note_zh if inp.lang == "zh" else "", "risks_block": _risks(inp),
        "recommendation": _recommendation(inp),
        "mediator_notes": (_zh(inp, "调解员备注：", "Mediator's notes: ") + d.mediator_notes) if d.mediator_notes else "",
    }
