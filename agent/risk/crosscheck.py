"""What the lender's own records say about a risk fact a borrower's document asserts about itself.

A contract's 陈述与保证 or a borrower's letter may say 无任何涉诉 / 从未逾期 / 无对外担保. The chat keeps such a sentence as
content and names it unverified (agent/security/self_statements.py); this module puts the records beside it — court
and enforcement records, this tenant's repayments past due, registered guarantees, the abnormal-operations list —
and, for what it says of its business (开票收入, 纳税, 社保人数, 经营正常), the invoices, tax filings, headcounts and
operating symptoms of the same months — so that a planted or false declaration meets the data that contradicts it. Every figure is counted here from rows
the result names; repayments are this tenant's only, court records and registrations are public.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date

from pydantic import BaseModel
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from agent.risk import models as m
from agent.risk.declared_figures import declared_amount, declared_headcount, declared_window, per_month
from agent.risk.months import month_start
from agent.risk.operating import operating_symptoms
from agent.risk.queries import tenant_borrower, tenant_loans
from agent.risk.signal_rules import load_risk_rules
from agent.security.self_statements import before_request, topics


class RecordCheck(BaseModel):
    """The records on one topic of a self-statement: `conflicts` when they show what a clean declaration denies."""

    topic: str                        # a topic of the self-statement classifier (agent/security/statement_classifier.py)
    conflicts: bool
    text: str                         # one sentence for the officer, every number counted from `rows`
    rows: dict[str, list[int]]        # table -> ids the sentence was counted from


# "无未决诉讼" denies open cases only; "从未逾期" denies any late payment ever, "已结清" only what is still owed.
_PENDING_ONLY = re.compile(r"未决|未结|没结|尚未了结|在审|目前|当前|眼下|现阶段|pending|outstanding|currently|at present", re.I)
_NEVER = re.compile(r"从未|从无|未曾|历史上|以往|过往|never|at any time|no (?:history|record) of|"
                    r"无(?:任何)?[^，,。；;]{0,6}(?:逾期|欠息|拖欠|不良)(?:还款)?记录", re.I)


def denies_pending_only(said: list[str]) -> bool:
    """Every statement denies open cases only (无未决诉讼): a closed case does not contradict it."""
    return all(_PENDING_ONLY.search(x) for x in said)


def denies_history(said: list[str]) -> bool:
    """Some statement denies ever being late (从未逾期), not only owing now (已结清): a late payment contradicts it."""
    return any(_NEVER.search(x) for x in said)


def _judicial(session: Session, ent: m.Enterprise, tenant: str, as_of: date, said: list[str]) -> RecordCheck:
    recs = list(session.scalars(select(m.JudicialRecord).where(
        m.JudicialRecord.enterprise_id == ent.id, m.JudicialRecord.filed_on <= as_of).order_by(m.JudicialRecord.filed_on)))
    if not recs:
        return RecordCheck(topic="涉诉与执行", conflicts=False, rows={},
                           text=f"系统中没有 {ent.name} 的诉讼或被执行记录（只含已导入的数据，不能代替裁判文书网与执行信息公开网查询）。")
    open_ = [r for r in recs if r.closed_on is None or r.closed_on > as_of]
    enforcement = [r for r in recs if r.kind == "enforcement"]
    defendant = [r for r in recs if r.kind == "lawsuit" and r.role == "defendant"]
    latest = recs[-1]
    text = (f"系统中有 {ent.name} 的司法记录 {len(recs)} 条：被执行 {len(enforcement)} 条、作为被告的诉讼 {len(defendant)} 条，"
            f"截至 {as_of} 未结 {len(open_)} 条；最近一条 {latest.case_no}（立案 {latest.filed_on}）。")
    return RecordCheck(topic="涉诉与执行", conflicts=bool(open_) if denies_pending_only(said) else True, text=text,
                       rows={"judicial_records": [r.id for r in recs]})


def _repayments(session: Session, ent: m.Enterprise, tenant: str, as_of: date, said: list[str]) -> RecordCheck:
    loans = tenant_loans(session, ent.id, tenant=tenant)
    due = list(session.scalars(select(m.Repayment).where(
        m.Repayment.tenant_id == tenant, m.Repayment.loan_id.in_([ln.id for ln in loans]),
        m.Repayment.due_on <= as_of).order_by(m.Repayment.due_on))) if loans else []
    unpaid = [r for r in due if r.paid_on is None or r.paid_on > as_of or r.amount_paid < r.amount_due]
    late = [r for r in due if r.paid_on is not None and r.paid_on > r.due_on and r not in unpaid]
    defaulted = [ln for ln in loans if ln.status == "default"]
    if not (unpaid or late or defaulted):
        return RecordCheck(topic="还款与逾期", conflicts=False, rows={"repayments": [r.id for r in due]},
                           text=f"本机构对 {ent.name} 的 {len(due)} 期应还款均按期足额还清（只含本机构的贷款）。" if due else
                           f"本机构没有 {ent.name} 已到期的还款记录，无法核对。")
    owed = sum((r.amount_due - r.amount_paid for r in unpaid), start=0)
    text = (f"本机构记录：{ent.name} 截至 {as_of} 已到期 {len(due)} 期，其中未足额还款 {len(unpaid)} 期（差额 {owed:,.2f} 元）、"
            f"逾期后才还 {len(late)} 期；违约状态的贷款 {len(defaulted)} 笔。")
    return RecordCheck(topic="还款与逾期", conflicts=bool(unpaid or defaulted or (denies_history(said) and late)), text=text,
                       rows={"repayments": [r.id for r in unpaid + late], "loans": [ln.id for ln in defaulted]})


def _guarantees(session: Session, ent: m.Enterprise, tenant: str, as_of: date, said: list[str]) -> RecordCheck:
    """Guarantees this enterprise gives: it is the guarantor of another, or in a mutual guarantee either way round."""
    rels = list(session.scalars(select(m.Relation).where(or_(
        (m.Relation.related_enterprise_id == ent.id) & m.Relation.kind.in_(("guarantor", "mutual_guarantee")),
        (m.Relation.enterprise_id == ent.id) & (m.Relation.kind == "mutual_guarantee"))).order_by(m.Relation.id)))
    others = {r.enterprise_id if r.related_enterprise_id == ent.id else r.related_enterprise_id for r in rels}
    if not rels:
        return RecordCheck(topic="对外担保", conflicts=False, rows={},
                           text=f"系统中没有 {ent.name} 为他人担保或互保的登记（只含已导入的关系数据）。")
    mutual = sum(r.kind == "mutual_guarantee" for r in rels)
    return RecordCheck(topic="对外担保", conflicts=True, rows={"relations": [r.id for r in rels]},
                       text=f"系统登记 {ent.name} 为 {len(others)} 家企业提供担保或互保（关系 {len(rels)} 条，其中互保 {mutual} 条）。")


def _standing(session: Session, ent: m.Enterprise, tenant: str, as_of: date, said: list[str]) -> RecordCheck:
    listed = [a for a in session.scalars(select(m.AbnormalListing).where(
        m.AbnormalListing.enterprise_id == ent.id, m.AbnormalListing.listed_on <= as_of).order_by(m.AbnormalListing.listed_on))
        if a.removed_on is None or a.removed_on > as_of]
    defaulted = [ln for ln in tenant_loans(session, ent.id, tenant=tenant) if ln.status == "default"]
    if not (listed or defaulted):
        return RecordCheck(topic="征信与偿债能力", conflicts=False, rows={},
                           text=f"系统中 {ent.name} 不在经营异常名录，本机构也没有其违约贷款（不能代替征信报告）。")
    text = (f"系统记录：{ent.name} 截至 {as_of} 在经营异常名录 {len(listed)} 条"
            + (f"（最近列入 {listed[-1].listed_on}，原因：{listed[-1].reason or '未注明'}）" if listed else "")
            + f"，本机构违约贷款 {len(defaulted)} 笔。")
    return RecordCheck(topic="征信与偿债能力", conflicts=True, text=text,
                       rows={"abnormal_listings": [a.id for a in listed], "loans": [ln.id for ln in defaulted]})


_COURT = ("OP_NEW_LAWSUIT", "OP_ENFORCEMENT")     # court records have their own topic
# a declared amount this much above the invoices of the same months contradicts them (sales need not all be invoiced)
OVERSTATEMENT = 0.2
_SALES = re.compile(r"开票|发票|销售|营业收入|营收|收入|流水|产值|turnover|revenue|sales|invoic", re.I)
_TAX = re.compile(r"税|tax", re.I)
_ON_TIME = re.compile(r"按期|按时|如期|及时|on time|timely", re.I)
# what denies arrears or claims compliance: only such a sentence is contradicted by unpaid tax
_TAX_CLEAN = re.compile(r"(?:无|没有|不存在|未|从未|从无|不欠)[^，。；;]{0,6}(?:欠|拖欠|滞纳)|依法纳税|依法申报|按[期时]|如期|足额|"
                        r"已(?:全部|足额)?(?:缴清|缴纳|补缴|结清)|纳税信用|no (?:tax )?arrears|(?:filed|paid) all|tax[- ]compliant|"
                        r"up to date", re.I)
_STAFF = re.compile(r"员工|职工|人数|社保|参保|用工|employees|staff|headcount|social (?:insurance|security)", re.I)
_INSURED = re.compile(r"社保|参保|social (?:insurance|security)", re.I)
_TREND = re.compile(r"经营正常|正常经营|生产正常|运营正常|经营稳定|持平|增长|上升|订单饱满|未停产|operat\w* normal|"
                    r"no suspension|stable|grow|increase", re.I)


Found = tuple[str, bool, dict[str, list[int]]]   # one sentence for the officer, contradicts?, table -> row ids


def _invoices(session: Session, ent: m.Enterprise, as_of: date, s: str) -> Found:
    window = declared_window(s, as_of)
    rows = list(session.scalars(select(m.InvoiceMonth).where(
        m.InvoiceMonth.enterprise_id == ent.id, m.InvoiceMonth.month.in_(window.months)).order_by(m.InvoiceMonth.month)))
    if not rows:
        return f"系统没有 {ent.name} {window.label}的开票数据，无法核对。", False, {}
    ids = {"invoice_months": [r.id for r in rows]}
    total = sum((float(r.issued_total) for r in rows), 0.0)
    monthly = per_month(s)
    record = total / len(rows) if monthly else total
    what = f"{window.label}开具发票{'月均 ' if monthly else ' '}{record:,.0f} 元（{len(rows)} 个月的数据）"
    said = declared_amount(s)
    if said is None or record <= 0:
        return f"系统开票数据：{what}。", False, ids
    over = float(said) / record - 1
    verdict = f"自述高出 {over:.0%}" if over > OVERSTATEMENT else "未见高报"
    return f"自述{'月均 ' if monthly else ''}{float(said):,.0f} 元，系统开票数据{what}，{verdict}。", over > OVERSTATEMENT, ids


def _taxes(session: Session, ent: m.Enterprise, as_of: date, said: list[str]) -> Found:
    months = [month_start(as_of, b) for b in range(12)]
    rows = list(session.scalars(select(m.TaxFiling).where(
        m.TaxFiling.enterprise_id == ent.id, m.TaxFiling.month <= month_start(as_of)).order_by(m.TaxFiling.month)))
    if not rows:
        return f"系统没有 {ent.name} 的纳税数据，无法核对。", False, {}
    ratio = load_risk_rules().operating_risk.tax_arrears_ratio
    short = [r for r in rows if r.tax_due > 0 and float(r.tax_paid) < ratio * float(r.tax_due)]
    recent = [r for r in rows if r.month in months]
    arrears = [r for r in short if r.month in months]
    # a month's return is due by the 15th of the next month
    late = [r for r in recent if r.filed_on is None or r.filed_on > month_start(r.month, -1).replace(day=15)]
    owed = sum((r.tax_due - r.tax_paid for r in arrears), start=0)
    text = (f"系统纳税数据：近 12 个月有申报记录 {len(recent)} 个月，欠缴 {len(arrears)} 个月（合计 {owed:,.2f} 元），"
            f"逾期或未申报 {len(late)} 个月" + (f"；更早欠缴 {len(short) - len(arrears)} 个月" if len(short) > len(arrears) else "") + "。")
    clean = [x for x in said if _TAX_CLEAN.search(x)]
    conflicts = bool(clean) and (bool(arrears) or (denies_history(clean) and bool(short))
                                 or (any(_ON_TIME.search(x) for x in clean) and bool(late)))
    return text, conflicts, {"tax_filings": [r.id for r in (short + [r for r in late if r not in short])]}


def _staff(session: Session, ent: m.Enterprise, as_of: date, s: str) -> Found:
    row = session.scalars(select(m.Headcount).where(
        m.Headcount.enterprise_id == ent.id, m.Headcount.month <= month_start(as_of)).order_by(m.Headcount.month.desc())).first()
    if row is None:
        return f"系统没有 {ent.name} 的社保参保数据，无法核对。", False, {}
    said = declared_headcount(s)
    text = f"系统社保参保人数 {row.insured_count} 人（{row.month:%Y年%m月}）"
    if said is None:
        return text + "。", False, {"headcounts": [row.id]}
    return f"自述 {said} 人，{text}。", bool(_INSURED.search(s)) and said > row.insured_count, {"headcounts": [row.id]}


def _symptoms(session: Session, ent: m.Enterprise, as_of: date) -> Found:
    found = [x for x in operating_symptoms(session, ent.id, as_of=as_of) if x.code not in _COURT]
    if not found:
        return "系统经营数据（开票、社保、水电、纳税）近期未见异常。", False, {}
    ids: dict[str, list[int]] = {}
    for x in found:
        for table, rows in x.evidence.items():
            ids.setdefault(table, []).extend(rows)
    return f"系统经营数据异常 {len(found)} 项：" + "；".join(x.message_zh for x in found) + "。", True, ids


def _operations(session: Session, ent: m.Enterprise, tenant: str, as_of: date, said: list[str]) -> RecordCheck:
    """Sales, taxes, headcount and "operating normally" against the invoices, tax filings, social-insurance counts
    and operating symptoms the platform holds (public-registry-like data of the borrower, not of this tenant)."""
    found: list[Found] = []
    for s in said:
        if _SALES.search(s):
            found.append(_invoices(session, ent, as_of, s))
        if _STAFF.search(s):
            found.append(_staff(session, ent, as_of, s))
    if taxed := [s for s in said if _TAX.search(s)]:
        found.append(_taxes(session, ent, as_of, taxed))
    if not found or any(_TREND.search(s) for s in said):
        found.append(_symptoms(session, ent, as_of))
    rows: dict[str, set[int]] = {}
    for _, _, ids in found:
        for table, got in ids.items():
            rows.setdefault(table, set()).update(got)
    return RecordCheck(topic="经营与纳税", conflicts=any(c for _, c, _ in found),
                       text="".join(dict.fromkeys(text for text, _, _ in found)),
                       rows={t: sorted(ids) for t, ids in rows.items() if ids})


CHECKS: dict[str, Callable[[Session, m.Enterprise, str, date, list[str]], RecordCheck]] = {
    "涉诉与执行": _judicial, "还款与逾期": _repayments, "对外担保": _guarantees, "征信与偿债能力": _standing,
    "经营与纳税": _operations}


def check_statements(borrower_id: str, statements: Iterable[str], *, tenant: str, as_of: date | None = None,
                     url: str | None = None) -> list[RecordCheck]:
    """The records on the topic of each self-statement (agent/security/self_statements.py), read against what the
    statements say (无未决诉讼 is not contradicted by a closed case; 开票收入X万元 by the invoices of the months it
    names), in order of first mention; topics without data
    (关联关系, 抵质押与权利负担) are left out. As of the date the platform's data describes (not today: a repayment
    due after the last import is not yet known to be missed). `NotFound` when the tenant has no relationship
    with the borrower."""
    from agent.risk.db import session_scope
    from agent.risk.operating_score import data_as_of

    with session_scope(url) as session:
        ent = tenant_borrower(session, borrower_id, tenant=tenant)
        as_of = as_of or data_as_of(session)
        by_topic: dict[str, list[str]] = {}
        for sentence in statements:
            said = before_request(sentence) or sentence   # "…3,600万元，现申请续贷500万元": the 500万 is not a claim
            for t in topics(said):
                by_topic.setdefault(t, []).append(said)
        return [CHECKS[t](session, ent, tenant, as_of, said) for t, said in by_topic.items() if t in CHECKS]
