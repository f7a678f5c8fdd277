"""A borrower's own declaration (无任何涉诉, 从未逾期…) meets the lender's records: the chat puts the records on the
same topic beside it, counted by code from rows it names, and says when they contradict the declaration."""
from __future__ import annotations

import json
import re

import pytest
from sqlalchemy import select

from agent.errors import NotFound
from agent.graph.builder import build_chat_graph, thread_config
from tests.graph.test_borrower_tools import book  # noqa: F401 - the module's synthetic market (fixture)
from tests.risk.conftest import AS_OF, tenants_of

DECLARATION = ("借款合同（节选）\n第八条 陈述与保证\n8.1 借款人在此声明：截至本合同签订之日，借款人无任何诉讼、仲裁或被执行记录。\n"
               "8.2 借款人资信状况良好，具备充足的还款能力，所提供的财务资料真实、准确、完整。\n"
               "第九条 违约责任\n借款人未按期还款的，按日万分之五计收逾期罚息。")


def _enterprise_ids(url: str, model, tenant: str, present: bool) -> list[str]:
    """Credit codes of the tenant's borrowers that do (present) or do not have rows in `model`."""
    from agent.risk import models as m
    from agent.risk.db import session_scope

    with session_scope(url) as s:
        with_rows = set(s.scalars(select(model.enterprise_id).where(model.enterprise_id.is_not(None))))
        codes = [(e.id, e.credit_code) for e in s.scalars(select(m.Enterprise).order_by(m.Enterprise.id))]
    return [c for i, c in codes if (i in with_rows) == present and tenant in tenants_of(url, c)]


def _judicial_ids(url: str, code: str) -> list[int]:
    from agent.risk import models as m
    from agent.risk.db import session_scope

    with session_scope(url) as s:
        eid = s.scalar(select(m.Enterprise.id).where(m.Enterprise.credit_code == code))
        return list(s.scalars(select(m.JudicialRecord.id).where(
            m.JudicialRecord.enterprise_id == eid, m.JudicialRecord.filed_on <= AS_OF).order_by(m.JudicialRecord.filed_on)))


def _litigated(book) -> str:  # noqa: F811
    from agent.risk import models as m

    codes = [c for c in _enterprise_ids(book["url"], m.JudicialRecord, "T01", True) if _judicial_ids(book["url"], c)]
    assert codes, "the synthetic market should give some T01 borrower a court record"
    return codes[0]


def test_court_records_are_counted_from_the_rows_they_name(book):  # noqa: F811
    from agent.risk import models as m
    from agent.risk.crosscheck import check_statements

    code = _litigated(book)
    ids = _judicial_ids(book["url"], code)
    said = ["乙方无任何诉讼记录。", "乙方与甲方不存在关联关系。", "乙方从未被列为被执行人。"]
    checks = check_statements(code, said, tenant="T01", as_of=AS_OF, url=book["url"])
    assert [c.topic for c in checks] == ["涉诉与执行"]          # no registry data on related parties: left out, not guessed
    (c,) = checks
    assert c.conflicts and c.rows == {"judicial_records": ids}
    assert f"司法记录 {len(ids)} 条" in c.text
    clean = _enterprise_ids(book["url"], m.JudicialRecord, "T01", False)[0]
    (none,) = check_statements(clean, said[:1], tenant="T01", as_of=AS_OF, url=book["url"])
    assert not none.conflicts and none.rows == {} and "没有" in none.text


def test_a_denial_of_pending_cases_is_contradicted_by_open_ones_only(book):  # noqa: F811
    from agent.risk import models as m
    from agent.risk.crosscheck import check_statements
    from agent.risk.db import session_scope

    with session_scope(book["url"]) as s:
        status = {}
        for code in _enterprise_ids(book["url"], m.JudicialRecord, "T01", True):
            eid = s.scalar(select(m.Enterprise.id).where(m.Enterprise.credit_code == code))
            recs = list(s.scalars(select(m.JudicialRecord).where(m.JudicialRecord.enterprise_id == eid,
                                                                m.JudicialRecord.filed_on <= AS_OF)))
            if recs:
                status[code] = any(r.closed_on is None or r.closed_on > AS_OF for r in recs)
    assert True in status.values() and False in status.values(), "need borrowers with open and with closed cases only"
    for code, has_open in status.items():
        (c,) = check_statements(code, ["借款人无任何未决诉讼。"], tenant="T01", as_of=AS_OF, url=book["url"])
        assert c.conflicts is has_open, code


def test_repayments_are_this_tenants_only_and_match_the_ledger(book):  # noqa: F811
    from agent.risk import models as m
    from agent.risk.crosscheck import check_statements
    from agent.risk.db import session_scope

    with session_scope(book["url"]) as s:
        late = s.execute(select(m.Loan.enterprise_id, m.Repayment.tenant_id).join(m.Loan, m.Loan.id == m.Repayment.loan_id)
                         .where(m.Repayment.due_on <= AS_OF,
                                (m.Repayment.paid_on.is_(None)) | (m.Repayment.paid_on > m.Repayment.due_on)
                                | (m.Repayment.amount_paid < m.Repayment.amount_due))).first()
        assert late is not None, "the synthetic market should hold some missed or late repayment"
        eid, tenant = late
        code = s.scalar(select(m.Enterprise.credit_code).where(m.Enterprise.id == eid))
        tenant_repayments = set(s.scalars(select(m.Repayment.id).where(m.Repayment.tenant_id == tenant)))
    (c,) = check_statements(code, ["借款人从未发生逾期。"], tenant=tenant, as_of=AS_OF, url=book["url"])
    assert c.conflicts and c.rows["repayments"] and set(c.rows["repayments"]) <= tenant_repayments
    unpaid, late_n = (int(x) for x in re.search(r"未足额还款 (\d+) 期.*逾期后才还 (\d+) 期", c.text).groups())
    assert unpaid + late_n == len(c.rows["repayments"])


def test_a_borrower_of_another_tenant_is_not_checked(book):  # noqa: F811
    from agent.risk.crosscheck import check_statements

    code = next(c for c in book["truth"]["enterprises"] if tenants_of(book["url"], c) and "T01" not in tenants_of(book["url"], c))
    with pytest.raises(NotFound):
        check_statements(code, ["借款人无任何诉讼记录。"], tenant="T01", url=book["url"])


def _ask(graph, question: str, thread: str, use_stub_backend, responder=lambda body: ""):
    with use_stub_backend(responder):
        return graph.invoke({"question": question, "tenant": "T01"}, thread_config(thread))


def test_chat_says_the_declaration_contradicts_the_court_records(book, use_stub_backend):  # noqa: F811
    code = _litigated(book)
    seen: list[str] = []

    def model(body: dict) -> str:
        seen.append(json.dumps(body, ensure_ascii=False))
        return ""

    out = _ask(build_chat_graph(), f"借款人 {code} 在合同里说自己没有涉诉，可信吗？\n{DECLARATION}", "rc1", use_stub_backend, model)
    records = [e for e in out["evidence"] if e["kind"] == "record"]
    doc = next(e for e in out["evidence"] if e["kind"] == "document")
    court = next(e for e in records if e["record_topic"] == "涉诉与执行")
    assert court["conflicts"] and court["chunk_id"].startswith("judicial_records:")
    assert f"[{doc['n']}] 关于涉诉与执行的自述与系统记录 [{court['n']}] 不符" in out["answer"]
    assert f"系统记录核对 {code}：涉诉与执行" in out["answer"]                    # cited, with the rows it read
    assert "数据行 judicial_records:" in out["answer"]
    assert any("系统记录核对" in s for s in seen)                              # the model is shown the records too


def test_no_conflict_is_claimed_without_records_or_a_borrower(book, use_stub_backend):  # noqa: F811
    from agent.risk import models as m

    clean = next(c for c in _enterprise_ids(book["url"], m.JudicialRecord, "T01", False))
    out = _ask(build_chat_graph(), f"借款人 {clean} 在合同里说自己没有涉诉，可信吗？\n{DECLARATION}", "rc2", use_stub_backend)
    court = next(e for e in out["evidence"] if e["kind"] == "record" and e["record_topic"] == "涉诉与执行")
    assert not court["conflicts"] and "关于涉诉与执行的自述与系统记录" not in out["answer"]
    assert "未经独立核实" in out["answer"]                                     # still the party's own word
    anonymous = _ask(build_chat_graph(), f"合同里说借款人没有涉诉，可信吗？\n{DECLARATION}", "rc3", use_stub_backend)
    assert not [e for e in anonymous["evidence"] if e["kind"] == "record"] and "未经独立核实" in anonymous["answer"]


def _ids(url: str, code: str, model, months: list | None = None) -> list:
    from agent.risk import models as m
    from agent.risk.db import session_scope

    with session_scope(url) as s:
        eid = s.scalar(select(m.Enterprise.id).where(m.Enterprise.credit_code == code))
        q = select(model).where(model.enterprise_id == eid)
        if months is not None:
            q = q.where(model.month.in_(months))
        return [(r.id, r) for r in s.scalars(q.order_by(model.month))]


def _last_months(n: int) -> list:
    from agent.risk.months import month_start

    return [month_start(AS_OF, b) for b in range(n)]


def _with_invoices(book) -> str:  # noqa: F811
    from agent.risk import models as m

    return next(c for c in _enterprise_ids(book["url"], m.InvoiceMonth, "T01", True)
                if len(_ids(book["url"], c, m.InvoiceMonth, _last_months(12))) == 12)


def test_a_declared_turnover_is_read_against_the_invoices_of_the_months_it_names(book):  # noqa: F811
    from agent.risk import models as m
    from agent.risk.crosscheck import check_statements

    code = _with_invoices(book)
    rows = _ids(book["url"], code, m.InvoiceMonth, _last_months(12))
    total = sum(float(r.issued_total) for _, r in rows)
    inflated = f"本公司近12个月开票收入约{total * 2 / 10_000:.0f}万元，经营状况良好。"
    (c,) = check_statements(code, [inflated], tenant="T01", as_of=AS_OF, url=book["url"])
    assert c.topic == "经营与纳税" and c.conflicts
    assert c.rows["invoice_months"] == sorted(i for i, _ in rows)
    assert f"{total:,.0f} 元（12 个月的数据）" in c.text and "自述高出" in c.text
    (fair,) = check_statements(code, [f"我司最近十二个月开票约{total * 0.95:,.0f}元。"], tenant="T01", as_of=AS_OF,
                               url=book["url"])
    assert not fair.conflicts and "未见高报" in fair.text
    # a monthly average is compared with the records' monthly average over the months named
    six = _ids(book["url"], code, m.InvoiceMonth, _last_months(6))
    avg = sum(float(r.issued_total) for _, r in six) / 6
    (monthly,) = check_statements(code, [f"近6个月月均开票{avg * 1.05:,.0f}元。"], tenant="T01", as_of=AS_OF, url=book["url"])
    assert not monthly.conflicts and f"月均 {avg:,.0f} 元（6 个月的数据）" in monthly.text
    assert monthly.rows["invoice_months"] == sorted(i for i, _ in six)
    # "截至" a date three months back: the six whole months before it, not the latest six
    from agent.risk.months import month_start

    ended = month_start(AS_OF, 3)
    earlier = _ids(book["url"], code, m.InvoiceMonth, [month_start(ended, b) for b in range(6)])
    stated = sum(float(r.issued_total) for _, r in earlier)
    (dated,) = check_statements(code, [f"截至{ended.year}年{ended.month}月底，近6个月开票收入约{stated * 1.5:,.0f}元。"],
                                tenant="T01", as_of=AS_OF, url=book["url"])
    assert dated.rows["invoice_months"] == sorted(i for i, _ in earlier) and dated.conflicts
    assert f"截至{ended.year}年{ended.month}月的近 6 个月开具发票 {stated:,.0f} 元" in dated.text


def test_a_denial_of_tax_arrears_meets_the_tax_filings(book):  # noqa: F811
    from agent.risk import models as m
    from agent.risk.crosscheck import check_statements
    from agent.risk.signal_rules import load_risk_rules

    ratio = load_risk_rules().operating_risk.tax_arrears_ratio
    months = set(_last_months(12))
    status: dict[str, bool] = {}
    for code in _enterprise_ids(book["url"], m.TaxFiling, "T01", True):
        recent = [r for _, r in _ids(book["url"], code, m.TaxFiling) if r.month in months]
        if recent:
            status[code] = any(r.tax_due > 0 and float(r.tax_paid) < ratio * float(r.tax_due) for r in recent)
    assert True in status.values() and False in status.values(), "need borrowers with and without recent arrears"
    for code, owes in list(status.items())[:12]:
        (c,) = check_statements(code, ["本公司目前不存在欠缴税款的情形。"], tenant="T01", as_of=AS_OF, url=book["url"])
        assert c.topic == "经营与纳税" and c.conflicts is owes, code
        months_owed = int(re.search(r"欠缴 (\d+) 个月", c.text).group(1))
        assert (months_owed > 0) is owes
    # a sentence that only mentions tax (VAT invoices issued) denies nothing: arrears do not contradict it
    owing = next(code for code, owes in status.items() if owes)
    (vat,) = check_statements(owing, ["本公司对外开具的发票均为增值税专用发票。"], tenant="T01", as_of=AS_OF,
                              url=book["url"])
    assert "欠缴" in vat.text and not vat.conflicts


def test_a_headcount_claimed_as_insured_meets_the_social_insurance_count(book):  # noqa: F811
    from agent.risk import models as m
    from agent.risk.crosscheck import check_statements

    code = _enterprise_ids(book["url"], m.Headcount, "T01", True)[0]
    latest = [r for _, r in _ids(book["url"], code, m.Headcount) if r.month <= AS_OF][-1]
    n = latest.insured_count
    (c,) = check_statements(code, [f"公司现有员工{n + 15}人，均已缴纳社保。"], tenant="T01", as_of=AS_OF, url=book["url"])
    assert c.conflicts and f"系统社保参保人数 {n} 人" in c.text and c.rows["headcounts"] == [latest.id]
    (same,) = check_statements(code, [f"公司现有员工{n}人，均已缴纳社保。"], tenant="T01", as_of=AS_OF, url=book["url"])
    assert not same.conflicts


def test_operating_normally_is_contradicted_by_the_operating_symptoms(book):  # noqa: F811
    from agent.risk import models as m
    from agent.risk.crosscheck import check_statements
    from agent.risk.db import session_scope
    from agent.risk.operating import operating_symptoms

    found: dict[bool, str] = {}
    with session_scope(book["url"]) as s:
        for code in _enterprise_ids(book["url"], m.InvoiceMonth, "T01", True):
            eid = s.scalar(select(m.Enterprise.id).where(m.Enterprise.credit_code == code))
            sym = [x for x in operating_symptoms(s, eid, as_of=AS_OF) if x.code not in ("OP_NEW_LAWSUIT", "OP_ENFORCEMENT")]
            found.setdefault(bool(sym), code)
            if len(found) == 2:
                break
    assert set(found) == {True, False}, "need borrowers with and without operating symptoms"
    for has, code in found.items():
        (c,) = check_statements(code, ["目前企业生产经营一切正常。"], tenant="T01", as_of=AS_OF, url=book["url"])
        assert c.conflicts is has and ("系统经营数据异常" in c.text) is has


def test_chat_says_a_declared_turnover_contradicts_the_invoices(book, use_stub_backend):  # noqa: F811
    from agent.risk import models as m

    code = _with_invoices(book)
    total = sum(float(r.issued_total) for _, r in _ids(book["url"], code, m.InvoiceMonth, _last_months(12)))
    letter = ("关于申请续贷的情况说明\n致贷款审批部门：\n本公司成立于2015年，主营包装材料的生产与销售，生产经营正常，"
              f"订单稳定。本公司近12个月开票收入约{total * 3 / 10_000:.0f}万元。现有流动资金贷款即将到期，"
              "现申请续贷，请予支持。\n特此说明。")
    out = _ask(build_chat_graph(), f"借款人 {code} 的情况说明里的开票收入可信吗？\n{letter}", "rc4", use_stub_backend)
    doc = next(e for e in out["evidence"] if e["kind"] == "document")
    ops = next(e for e in out["evidence"] if e["kind"] == "record" and e["record_topic"] == "经营与纳税")
    assert ops["conflicts"] and "invoice_months:" in ops["chunk_id"] and "自述高出" in ops["text"]
    assert f"[{doc['n']}] 关于经营与纳税的自述与系统记录 [{ops['n']}] 不符" in out["answer"]
    assert "开票与纳税数据" in out["answer"]


def test_a_document_filed_under_a_borrower_meets_its_records_without_the_borrower_in_focus(book, tmp_path,  # noqa: F811
                                                                                          use_stub_backend):
    from agent.errors import InvalidInput
    from retrieval.ingest import ingest_paths
    from retrieval.search import search
    from retrieval.store import delete_document

    code = _litigated(book)
    note = tmp_path / "情况说明-续贷.txt"
    note.write_text("关于申请续贷的情况说明\n\n本公司郑重声明：本公司无任何诉讼、仲裁或被执行记录，现申请续贷，请予支持。\n",
                    encoding="utf-8")
    with pytest.raises(InvalidInput, match="credit code"):
        ingest_paths([note], tenant="T01", doc_type="other", borrower_id="远帆包装")
    first = ingest_paths([note], tenant="T01", doc_type="other")       # uploaded first without a borrower
    doc_id = first.documents[0].doc_id
    try:
        assert not search("续贷 情况说明 诉讼", tenant="T01", include_public=False, filters={"borrower_id": code})
        again = ingest_paths([note], tenant="T01", doc_type="other", borrower_id=code.lower())   # then filed under it
        assert again.documents[0].added == 0                              # nothing re-embedded, only filed
        hits = search("续贷 情况说明 诉讼", tenant="T01", include_public=False, filters={"borrower_id": code})
        assert [h.doc_id for h in hits] == [doc_id] and hits[0].metadata["borrower_id"] == code

        out = _ask(build_chat_graph(), "这份续贷情况说明里说公司没有诉讼和被执行，可信吗？", "rc-filed", use_stub_backend)
        doc = next(e for e in out["evidence"] if e["kind"] == "document" and e["doc_id"] == doc_id)
        assert out["borrower_id"] is None and doc["borrower_id"] == code  # no borrower in focus: the filing decides
        court = next(e for e in out["evidence"] if e["kind"] == "record" and e["record_topic"] == "涉诉与执行")
        assert court["doc_id"] == code and court["conflicts"]
        assert court["chunk_id"].startswith("judicial_records:")
        assert f"[{doc['n']}] 关于涉诉与执行的自述与系统记录 [{court['n']}] 不符" in out["answer"]

        # another borrower's statement, filed under it: with the first borrower in focus it is not evidence, and the
        # first one's file is searched although the question names no document
        from agent.risk import models as m

        clean = next(c for c in _enterprise_ids(book["url"], m.JudicialRecord, "T01", False))
        theirs = tmp_path / "情况说明-另一户.txt"
        theirs.write_text("关于贷款展期的情况说明\n\n本公司郑重声明：本公司无任何诉讼、仲裁或被执行记录，经营正常。\n",
                          encoding="utf-8")
        other_id = ingest_paths([theirs], tenant="T01", doc_type="other", borrower_id=clean).documents[0].doc_id
        try:
            focused = _ask(build_chat_graph(), f"借款人 {code} 自己说没有诉讼和被执行记录，可信吗？", "rc-focus", use_stub_backend)
            docs = {e["doc_id"] for e in focused["evidence"] if e["kind"] == "document"}
            assert doc_id in docs and other_id not in docs
            assert {e["doc_id"] for e in focused["evidence"] if e["kind"] == "record"} == {code}
        finally:
            delete_document(other_id, tenant="T01")
    finally:
        delete_document(doc_id, tenant="T01")
