"""`fengtiao data import DIR`: load CSV/JSONL files into the risk database, one transaction per file.

Every row ends as accepted or as a rejected row with its reasons (principle 6: nothing is lost). Files are
named after their table (`enterprises.csv`, `applications.jsonl`, …) and loaded in dependency order.
"""
from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field, ValidationError
from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from agent.errors import DocumentError
from agent.risk import models as m
from agent.risk import rows as r
from agent.risk.db import session_scope
from agent.risk.keys import address_key, borrower_key, person_key, phone_key


class RejectedRow(BaseModel):
    line: int
    reasons: list[str]


class FileReport(BaseModel):
    file: str
    table: str
    accepted: int = 0
    rejected: list[RejectedRow] = Field(default_factory=list)
    error: str | None = None


class ImportReport(BaseModel):
    files: list[FileReport] = Field(default_factory=list)

    @property
    def accepted(self) -> int:
        return sum(f.accepted for f in self.files)

    @property
    def rejected(self) -> int:
        return sum(len(f.rejected) for f in self.files)


class Rejected(Exception):
    """A row refers to something unknown or repeats a row already loaded."""


@dataclass
class _Ctx:
    session: Session
    now: datetime
    tenants: set[str] = field(default_factory=set)
    enterprises: dict[str, m.Enterprise] = field(default_factory=dict)
    loans: dict[tuple[str, str], int] = field(default_factory=dict)
    seen: set[tuple] = field(default_factory=set)
    monthly_loaded: bool = False
    # Monthly series rows are inserted in bulk when the file ends (same transaction): they are most of the volume.
    pending: dict[type, list[dict]] = field(default_factory=dict)

    def enterprise(self, code: str) -> m.Enterprise:
        ent = self.enterprises.get(code)
        if ent is None:
            raise Rejected(f"企业 {code} 不在企业名录中，请先导入 enterprises 文件")
        ent.data_changed_at = self.now
        return ent

    def tenant(self, tenant_id: str) -> str:
        if tenant_id not in self.tenants:
            raise Rejected(f"机构 {tenant_id} 未登记（tenants 文件）")
        return tenant_id

    def once(self, key: tuple, exists: Callable[[], bool]) -> None:
        if key in self.seen or exists():
            raise Rejected(f"重复记录 {'/'.join(map(str, key[1:]))}")
        self.seen.add(key)

    def exists(self, stmt) -> Callable[[], bool]:
        return lambda: self.session.execute(stmt.limit(1)).first() is not None

    def with_id(self, ent: m.Enterprise) -> m.Enterprise:
        """Enterprises loaded from earlier files already have ids; flush only for one added in this file."""
        if ent.id is None:
            self.session.flush()
        return ent

    def write_pending(self) -> None:
        for model, rows in self.pending.items():
            for i in range(0, len(rows), 5000):
                self.session.execute(insert(model), rows[i:i + 5000])
        self.pending.clear()


def _person(ctx: _Ctx, id_number: str, name: str = "") -> str:
    key = person_key(id_number)
    if ctx.session.get(m.Person, key) is None:
        ctx.session.add(m.Person(key=key, masked_name=(name[:1] + "*" * (len(name) - 1)) if name else ""))
        ctx.session.flush()
    return key


def _tenant(ctx: _Ctx, row: r.TenantRow) -> None:
    ctx.once(("tenant", row.tenant_id), ctx.exists(select(m.Tenant.id).where(m.Tenant.id == row.tenant_id)))
    ctx.session.add(m.Tenant(id=row.tenant_id, name=row.name))
    ctx.tenants.add(row.tenant_id)


def _person_row(ctx: _Ctx, row: r.PersonRow) -> None:
    key = person_key(row.id_number)
    ctx.once(("person", key[:12]), ctx.exists(select(m.Person.key).where(m.Person.key == key)))
    _person(ctx, row.id_number, row.name)


def _enterprise(ctx: _Ctx, row: r.EnterpriseRow) -> None:
    ctx.once(("enterprise", row.credit_code), lambda: row.credit_code in ctx.enterprises)
    ent = m.Enterprise(
        credit_code=row.credit_code, name=row.name, registered_address=row.registered_address,
        address_key=address_key(row.registered_address) if row.registered_address else None,
        phones=row.phones, phone_keys=[phone_key(p) for p in row.phones], industry=row.industry,
        registered_capital=row.registered_capital, founded_on=row.founded_on, data_changed_at=ctx.now,
        legal_rep_key=_person(ctx, row.legal_rep_id_number, row.legal_rep_name) if row.legal_rep_id_number else None)
    ctx.session.add(ent)
    ctx.enterprises[row.credit_code] = ent


def _relation(ctx: _Ctx, row: r.RelationRow) -> None:
    ent = ctx.enterprise(row.credit_code)
    if not row.person_id_number and not row.related_credit_code:
        raise Rejected("关系需要 person_id_number 或 related_credit_code 之一")
    pkey = _person(ctx, row.person_id_number) if row.person_id_number else None
    other = ctx.with_id(ctx.enterprise(row.related_credit_code)).id if row.related_credit_code else None
    ctx.with_id(ent)
    ctx.once(("relation", row.credit_code, row.kind, pkey or row.related_credit_code),
             ctx.exists(select(m.Relation.id).where(m.Relation.enterprise_id == ent.id, m.Relation.kind == row.kind,
                                                    m.Relation.person_key == pkey,
                                                    m.Relation.related_enterprise_id == other)))
    ctx.session.add(m.Relation(enterprise_id=ent.id, kind=row.kind, person_key=pkey,
                               related_enterprise_id=other, share_pct=row.share_pct))


def _application(ctx: _Ctx, row: r.ApplicationRow) -> None:
    tenant, ent = ctx.tenant(row.tenant_id), ctx.enterprise(row.credit_code)
    ctx.once(("application", tenant, row.application_id),
             ctx.exists(select(m.Application.id).where(m.Application.tenant_id == tenant,
                                                       m.Application.external_id == row.application_id)))
    ctx.with_id(ent)
    ctx.session.add(m.Application(
        tenant_id=tenant, external_id=row.application_id, enterprise_id=ent.id, applied_on=row.applied_on,
        amount=row.amount, contact_phone=row.contact_phone, contact_address=row.contact_address,
        contact_phone_key=phone_key(row.contact_phone) if row.contact_phone else None,
        contact_address_key=address_key(row.contact_address) if row.contact_address else None,
        status=row.status, confirmed_fraud=row.confirmed_fraud))
    ctx.session.add(m.LedgerEntry(tenant_id=tenant, borrower_key=borrower_key(ent.credit_code),
                                  event="application", event_on=row.applied_on))


def _loan(ctx: _Ctx, row: r.LoanRow) -> None:
    tenant, ent = ctx.tenant(row.tenant_id), ctx.enterprise(row.credit_code)
    ctx.once(("loan", tenant, row.loan_id), lambda: (tenant, row.loan_id) in ctx.loans)
    ctx.with_id(ent)
    loan = m.Loan(tenant_id=tenant, external_id=row.loan_id, enterprise_id=ent.id, principal=row.principal,
                  start_on=row.start_on, maturity_on=row.maturity_on, status=row.status)
    ctx.session.add(loan)
    ctx.loans[(tenant, row.loan_id)] = 0  # repayments come in their own file, which reloads the real ids
    ctx.session.add(m.LedgerEntry(tenant_id=tenant, borrower_key=borrower_key(ent.credit_code),
                                  event="loan", event_on=row.start_on))


def _repayment(ctx: _Ctx, row: r.RepaymentRow) -> None:
    tenant = ctx.tenant(row.tenant_id)
    loan_id = ctx.loans.get((tenant, row.loan_id))
    if loan_id is None:  # another tenant's loan id is simply unknown to this tenant
        raise Rejected(f"机构 {tenant} 没有贷款 {row.loan_id}")
    ctx.once(("repayment", row.loan_id, row.due_on),
             ctx.exists(select(m.Repayment.id).where(m.Repayment.loan_id == loan_id, m.Repayment.due_on == row.due_on)))
    ctx.session.add(m.Repayment(tenant_id=tenant, loan_id=loan_id, due_on=row.due_on, paid_on=row.paid_on,
                                amount_due=row.amount_due, amount_paid=row.amount_paid))


def _monthly(model: type, *extra_key: str) -> Callable[[_Ctx, Any], None]:
    cols = ("enterprise_id", "month", *extra_key)

    def load(ctx: _Ctx, row: Any) -> None:
        ent = ctx.with_id(ctx.enterprise(row.credit_code))
        if not ctx.monthly_loaded:  # one query for the table's existing keys, not one per row
            ctx.seen |= {(model.__tablename__, *k) for k in ctx.session.execute(select(*(getattr(model, c) for c in cols)))}
            ctx.monthly_loaded = True
        key = (model.__tablename__, ent.id, *(getattr(row, k) for k in cols[1:]))
        if key in ctx.seen:
            raise Rejected(f"重复记录 {row.credit_code}/{'/'.join(map(str, key[2:]))}")
        ctx.seen.add(key)
        ctx.pending.setdefault(model, []).append({"enterprise_id": ent.id, **row.model_dump(exclude={"credit_code"})})
    return load


def _judicial(ctx: _Ctx, row: r.JudicialRow) -> None:
    ent = ctx.enterprise(row.credit_code)
    ctx.once(("judicial", row.case_no),
             ctx.exists(select(m.JudicialRecord.id).where(m.JudicialRecord.case_no == row.case_no)))
    ctx.with_id(ent)
    ctx.session.add(m.JudicialRecord(enterprise_id=ent.id, **row.model_dump(exclude={"credit_code"})))


def _abnormal(ctx: _Ctx, row: r.AbnormalRow) -> None:
    ent = ctx.with_id(ctx.enterprise(row.credit_code))
    ctx.once(("abnormal", row.credit_code, row.listed_on),
             ctx.exists(select(m.AbnormalListing.id).where(m.AbnormalListing.enterprise_id == ent.id,
                                                          m.AbnormalListing.listed_on == row.listed_on)))
    ctx.session.add(m.AbnormalListing(enterprise_id=ent.id, **row.model_dump(exclude={"credit_code"})))


# Load order follows the foreign keys.
TABLES: dict[str, tuple[type[r.Row], Callable[[_Ctx, Any], None]]] = {
    "tenants": (r.TenantRow, _tenant),
    "persons": (r.PersonRow, _person_row),
    "enterprises": (r.EnterpriseRow, _enterprise),
    "relations": (r.RelationRow, _relation),
    "applications": (r.ApplicationRow, _application),
    "loans": (r.LoanRow, _loan),
    "repayments": (r.RepaymentRow, _repayment),
    "invoices": (r.InvoiceMonthRow, _monthly(m.InvoiceMonth)),
    "tax_filings": (r.TaxFilingRow, _monthly(m.TaxFiling)),
    "headcount": (r.HeadcountRow, _monthly(m.Headcount)),
    "utilities": (r.UtilityRow, _monthly(m.UtilityMonth, "kind")),
    "judicial_records": (r.JudicialRow, _judicial),
    "abnormal_listings": (r.AbnormalRow, _abnormal),
}


def _read(path: Path) -> Iterator[tuple[int, dict | str]]:
    """(line, row dict) or (line, reason) for a line that is not a row at all."""
    with path.open(encoding="utf-8-sig", newline="") as f:
        if path.suffix == ".csv":
            for i, row in enumerate(csv.DictReader(f), start=2):
                yield i, row
            return
        for i, line in enumerate(f, start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                yield i, f"不是合法 JSON：{exc.msg}"
                continue
            yield i, obj if isinstance(obj, dict) else "JSON 行不是对象"


def _reasons(exc: ValidationError) -> list[str]:
    return [f"{'.'.join(map(str, e['loc'])) or 'row'}: {e['msg'].removeprefix('Value error, ')}" for e in exc.errors()]


def _context(session: Session, now: datetime) -> _Ctx:
    ctx = _Ctx(session=session, now=now)
    ctx.tenants = set(session.scalars(select(m.Tenant.id)))
    ctx.enterprises = {e.credit_code: e for e in session.scalars(select(m.Enterprise))}
    ctx.loans = {(t, x): i for t, x, i in session.execute(select(m.Loan.tenant_id, m.Loan.external_id, m.Loan.id))}
    return ctx


def import_file(path: Path, table: str, *, url: str | None = None, today: date | None = None) -> FileReport:
    """Validate every row; commit the accepted ones together, or none if the database refuses the file."""
    model, load = TABLES[table]
    report = FileReport(file=path.name, table=table)
    vctx = {"today": today or date.today()}
    try:
        with session_scope(url) as session, session.no_autoflush:
            # In-file duplicates are caught by ctx.seen, so the existence checks need not flush every row first.
            ctx = _context(session, datetime.now())
            for line, raw in _read(path):
                if isinstance(raw, str):
                    report.rejected.append(RejectedRow(line=line, reasons=[raw]))
                    continue
                try:
                    row = model.model_validate(raw, context=vctx)
                    load(ctx, row)
                except ValidationError as exc:
                    report.rejected.append(RejectedRow(line=line, reasons=_reasons(exc)))
                    continue
                except Rejected as exc:
                    report.rejected.append(RejectedRow(line=line, reasons=[str(exc)]))
                    continue
                report.accepted += 1
            ctx.write_pending()
    except (OSError, UnicodeDecodeError) as exc:
        raise DocumentError(str(path), f"无法读取文件：{exc}", kind="unreadable") from exc
    except Exception as exc:  # the database refused the batch: nothing from this file is kept
        report.error = f"整个文件已回滚：{type(exc).__name__}: {str(exc)[:300]}"
        report.accepted = 0
    return report


def import_dir(directory: Path, *, url: str | None = None, today: date | None = None) -> ImportReport:
    """Load every known `<table>.csv|.jsonl` in DIR; unknown files are reported, not ignored."""
    directory = Path(directory)
    if not directory.is_dir():
        raise DocumentError(str(directory), "不是目录；请给出包含 enterprises.csv 等文件的目录", kind="not_found")
    files = {p.stem: p for p in sorted(directory.iterdir()) if p.suffix in (".csv", ".jsonl")}
    report = ImportReport()
    for stem in sorted(set(files) - set(TABLES)):
        report.files.append(FileReport(file=files[stem].name, table="?",
                                       error=f"未知数据表；可用：{', '.join(TABLES)}"))
    for table in TABLES:
        if table in files:
            report.files.append(import_file(files[table], table, url=url, today=today))
    return report
