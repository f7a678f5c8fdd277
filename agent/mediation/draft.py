"""Fill the memo and the 调解协议书 templates from the calculator's numbers; optionally let the LLM polish prose.

Every number, date and citation is written by this module from the assessment and the option set; the
model may only reword the paragraphs listed in POLISHABLE, and `checks.py` verifies the result.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache

import yaml

from prompts import load_prompt
from agent.mediation.claim import ClaimAssessment
from agent.mediation.intake import Dispute
from agent.mediation.options import OptionSet, SettlementOption
from agent.mediation.rules import RULES_DIR, MediationRules, load_mediation_rules
from retrieval.laws import int_to_cn

POLISHABLE = {"memo": ("summary", "recommendation"), "agreement": ("facts",)}


@lru_cache(maxsize=1)
def draft_config() -> dict:
    return yaml.safe_load((RULES_DIR / "mediation_drafts.yaml").read_text(encoding="utf-8"))


def fmt_money(x: Decimal) -> str:
    return f"{x:,.2f}"


def fmt_pct(rate: Decimal | None) -> str:
    return "—" if rate is None else f"{(rate * 100).quantize(Decimal('0.01'))}%"


def fmt_date(d: date, lang: str) -> str:
    return f"{d.year}年{d.month}月{d.day}日" if lang == "zh" else d.isoformat()


@dataclass
class DraftInputs:
    dispute: Dispute
    assessment: ClaimAssessment
    options: OptionSet
    chosen: int
    lang: str = "zh"

    @property
    def option(self) -> SettlementOption:
        return self.options.option(self.chosen)


def _zh(inp: DraftInputs, zh: str, en: str) -> str:
    return zh if inp.lang == "zh" else en


def _table(header: list[str], rows: list[list[str]]) -> str:
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(out)


def _parties_block(inp: DraftInputs, *, masked: bool) -> str:
    cfg = draft_config()
    lines = []
    for p in inp.dispute.parties:
        role, kind = cfg["roles"][inp.lang][p.role], cfg["kinds"][inp.lang][p.kind]
        ident = (p.id_masked if masked else p.id_number) if p.id_number else None
        label = _zh(inp, "证件号码/统一社会信用代码", "ID / credit code")
        lines.append(f"- {role}：{p.name}（{kind}）" + (f"，{label}：{ident}" if ident else ""))
    return "\n".join(lines)


def _facts(inp: DraftInputs) -> str:
    t, a, L = inp.assessment.terms, inp.assessment, inp.assessment.supportable.totals
    d = lambda x: fmt_date(x, inp.lang)  # noqa: E731
    repaid = fmt_money(L["repaid"])
    if inp.lang == "zh":
        s = (f"{t.lender}与{t.borrower}于{d(t.contract_date)}订立借款合同，约定借款本金{fmt_money(L['stated_principal'])}元，"
             f"年利率{fmt_pct(t.agreed_rate)}，还款期限至{d(t.due_date)}。出借人实际出借{fmt_money(L['principal_delivered'])}元"
             + (f"（预先扣除{fmt_money(L['deducted_upfront'])}元）" if L["deducted_upfront"] > 0 else "")
             + f"。借款人已还款{len(t.repayments)}笔，合计{repaid}元。截至{d(t.claim_date)}，借款人尚欠本金"
             f"{fmt_money(L['outstanding_principal'])}元、利息{fmt_money(L['outstanding_interest'])}元"
             + (f"、费用{fmt_money(L['outstanding_fees'])}元" if L["outstanding_fees"] > 0 else "") + "。")
        if a.guarantors:
            s += "".join(f"{g.name}提供{g.type}。" for g in a.guarantors)
        return s
    s = (f"On {d(t.contract_date)} {t.lender} and {t.borrower} signed a loan contract for a stated principal of CNY "
         f"{fmt_money(L['stated_principal'])} at {fmt_pct(t.agreed_rate)} a year, due {d(t.due_date)}. CNY "
         f"{fmt_money(L['principal_delivered'])} was actually delivered. The borrower made {len(t.repayments)} repayments "
         f"totalling CNY {repaid}. On {d(t.claim_date)} it owes principal CNY {fmt_money(L['outstanding_principal'])} and "
         f"interest CNY {fmt_money(L['outstanding_interest'])}" +
         (f" and costs CNY {fmt_money(L['outstanding_fees'])}" if L["outstanding_fees"] > 0 else "") + ".")
    return s + "".join(f" {g.name} gave a guarantee ({g.type})." for g in a.guarantors)


def focus_points(inp: DraftInputs) -> list[dict]:
    a, t = inp.assessment, inp.assessment.terms
    L, r = a.supportable.totals, a.supportable.rates
    when = {
        "deducted_upfront": L["deducted_upfront"] > 0,
        "rate_above_cap": r["cap_rate"] is not None and t.agreed_rate > r["cap_rate"],
        "licensed": not t.private_lending,
        "overdue_above_cap": r["cap_rate"] is not None and (r["agreed_overdue_total_rate"] > r["cap_rate"] or L["fees_written_off"] > 0),
        "repayments": bool(t.repayments),
        "always": True,
        "guarantors": bool(a.guarantors),
    }
    return [p for p in draft_config()["focus_points"] if when[p["when"]]]


def _disputes_block(inp: DraftInputs) -> str:
    a, L = inp.assessment, inp.assessment.supportable.totals
    lines = [f"{i}. {p[inp.lang]}" for i, p in enumerate(focus_points(inp), start=1)]
    if inp.lang == "zh":
        lines.append(f"经核算，依法可支持的债权为{fmt_money(L['total_outstanding'])}元，借款人应承担清偿责任；"
                     f"出借人主张中超出法定上限的{fmt_money(a.as_written.totals['total_outstanding'] - L['total_outstanding'])}元不予主张。")
    else:
        lines.append(f"The legally supportable claim is CNY {fmt_money(L['total_outstanding'])}, which the borrower is responsible "
                     f"for; the lender does not pursue the CNY {fmt_money(a.as_written.totals['total_outstanding'] - L['total_outstanding'])} above the legal caps.")
    for g in a.guarantors:
        lines.append(_zh(inp, f"保证人{g.name}：{g.note}。", f"Guarantor {g.name}: exposure CNY {fmt_money(g.exposure)}."))
    return "\n".join(lines)


def _schedule_table(inp: DraftInputs, o: SettlementOption) -> str:
    head = _zh(inp, "期次|付款日期|金额（元）", "No.|Due date|Amount (CNY)").split("|")
    return _table(head, [[str(i), fmt_date(d, inp.lang), fmt_money(x)] for i, (d, x) in enumerate(o.schedule, start=1)])


def _terms_block(inp: DraftInputs) -> str:
    o, t = inp.option, inp.assessment.terms
    S = inp.options.supportable
    if inp.lang == "zh":
        lines = [f"1. 各方确认，截至{fmt_date(t.claim_date, 'zh')}，{t.borrower}尚欠{t.lender}依法可支持的债务{fmt_money(S)}元。",
                 f"2. 双方同意按“{o.title_zh}”方案了结本纠纷：{t.borrower}共向{t.lender}支付{fmt_money(o.total)}元。"]
        if o.waived > 0:
            lines.append(f"3. 借款人按约履行完毕后，{t.lender}放弃其余{fmt_money(o.waived)}元及其他请求。")
        for g in inp.assessment.guarantors:
            if not g.expired:
                lines.append(f"{len(lines) + 1}. {g.name}对上述付款义务承担{g.type}责任。")
        return "\n".join(lines)
    lines = [f"1. The parties confirm that on {t.claim_date.isoformat()} {t.borrower} owes {t.lender} a legally supportable CNY {fmt_money(S)}.",
             f"2. The dispute is settled by \"{o.title_en}\": {t.borrower} pays {t.lender} CNY {fmt_money(o.total)} in all."]
    if o.waived > 0:
        lines.append(f"3. Once paid in full, {t.lender} waives the remaining CNY {fmt_money(o.waived)} and all other claims.")
    return "\n".join(lines)


def _performance_block(inp: DraftInputs) -> str:
    o = inp.option
    how = _zh(inp, "以银行转账方式支付至出借人指定账户，付款期限如下：", "Payment by bank transfer to the lender's account, as follows:")
    return how + "\n\n" + _schedule_table(inp, o)


def _default_clause(inp: DraftInputs, rules: MediationRules) -> str:
    tpl = draft_config()["default_clause"][inp.lang]
    missed = int(rules.options["acceleration_missed_payments"]) if inp.option.months else 1
    missed_txt = int_to_cn(missed) if inp.lang == "zh" else str(missed)
    return tpl.format(missed=missed_txt, supportable=fmt_money(inp.options.supportable))


def _judicial_note(inp: DraftInputs, rules: MediationRules) -> str:
    c33, c205 = rules.cites["judicial_confirmation"]
    if inp.lang == "zh":
        return (f"双方当事人认为有必要的，可以自本协议生效之日起三十日内共同向人民法院申请司法确认（{c33.citation}、{c205.citation}）；"
                "人民法院依法确认调解协议有效后，一方拒绝履行或者未全部履行的，对方当事人可以向人民法院申请强制执行。")
    return (f"The parties may jointly apply to the people's court for judicial confirmation within thirty days after this "
            f"agreement takes effect ({c33.citation}, {c205.citation}); once confirmed, it can be enforced by the court.")


def _signature_block(inp: DraftInputs) -> str:
    cfg = draft_config()
    rows = [[cfg["roles"][inp.lang][p.role] + "：" + p.name, _zh(inp, "（签名/盖章/按指印）", "(signature / seal)"),
             _zh(inp, "日期：", "Date:")] for p in inp.dispute.parties]
    rows.append([_zh(inp, "人民调解员", "Mediator"), _zh(inp, "（签名）", "(signature)"), _zh(inp, "日期：", "Date:")])
    rows.append([_zh(inp, "人民调解委员会", "People's Mediation Committee"), _zh(inp, "（印章）", "(seal)"), _zh(inp, "日期：", "Date:")])
    return _table(_zh(inp, "当事人|签名盖章|日期", "Party|Signature|Date").split("|"), rows)


def agreement_fields(inp: DraftInputs, rules: MediationRules | None = None) -> dict[str, str]:
    rules = rules or load_mediation_rules()
    copies = len(inp.dispute.parties) + 1
    return {
        "case_id": inp.dispute.case_id or "", "parties_block": _parties_block(inp, masked=False), "facts": _facts(inp),
        "disputes_block": _disputes_block(inp), "terms_block": _terms_block(inp),
        "performance_block": _performance_block(inp), "default_clause": _default_clause(inp, rules),
        "judicial_note": _judicial_note(inp, rules), "copies": int_to_cn(copies) if inp.lang == "zh" else str(copies),
        "agreement_contents_cite": rules.cites["agreement_contents"][0].citation,
        "binding_cite": rules.cites["agreement_binding"][0].citation, "signature_block": _signature_block(inp),
    }


def render(kind: str, fields: dict[str, str], lang: str, polished: dict[str, str] | None = None) -> str:
    """Fill `prompts/mediation_{kind}.md`; `polished` replaces only POLISHABLE paragraphs."""
    values = dict(fields)
    for key, text in (polished or {}).items():
        if key in POLISHABLE[kind]:
            values[key] = text
    return load_prompt(f"mediation_{kind}", lang).format_map(values)


def render_agreement(inp: DraftInputs, polished: dict[str, str] | None = None) -> str:
    return render("agreement", agreement_fields(inp), inp.lang, polished)


def render_memo(inp: DraftInputs, polished: dict[str, str] | None = None) -> str:
    from agent.mediation.memo import memo_fields

    return render("memo", memo_fields(inp), inp.lang, polished)


def polish(fields: dict[str, str], kind: str, lang: str, backend) -> dict[str, str]:
    """Ask the model to reword each polishable paragraph; the caller checks the result."""
    from agent.llm.base import Message

    out = {}
    for key in POLISHABLE[kind]:
        prompt = load_prompt("mediation_polish", lang).format(paragraph=fields[key])
        res = backend.chat([Message(role="user", content=prompt)], max_tokens=800, temperature=0.0)
        out[key] = res.text.strip()
    return out
