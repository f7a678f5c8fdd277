"""The borrower-risk data model (SQLAlchemy 2 ORM).

Two kinds of data live here. Platform data (registry, invoices, tax, headcount, utilities, court and
abnormal-operation records) describes enterprises and is public or government-sourced. Institution data
(applications, loans, repayments) belongs to one tenant and is only ever read through `agent.risk.queries`,
which filters by tenant. The `ledger_entries` table is the only cross-institution view, and it holds keyed
hashes, never names or record ids. ID numbers are stored only as keyed hashes (`persons.key`).
"""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import JSON, Boolean, Date, DateTime, ForeignKey, Index, Integer, Numeric, String, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

Money = Numeric(18, 2)


class Base(DeclarativeBase):
    pass


class Tenant(Base):
    __tablename__ = "tenants"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))


class Person(Base):
    __tablename__ = "persons"
    key: Mapped[str] = mapped_column(String(64), primary_key=True, doc="HMAC-SHA256 of the ID number")
    masked_name: Mapped[str] = mapped_column(String(50), default="")


class Enterprise(Base):
    __tablename__ = "enterprises"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    credit_code: Mapped[str] = mapped_column(String(18), unique=True, index=True)
    name: Mapped[str] = mapped_column(String(200))
    legal_rep_key: Mapped[str | None] = mapped_column(ForeignKey("persons.key"), index=True)
    registered_address: Mapped[str] = mapped_column(String(300), default="")
    address_key: Mapped[str | None] = mapped_column(String(64), index=True)
    phones: Mapped[list[str]] = mapped_column(JSON, default=list)
    phone_keys: Mapped[list[str]] = mapped_column(JSON, default=list)
    industry: Mapped[str] = mapped_column(String(100), default="")
    registered_capital: Mapped[Decimal | None] = mapped_column(Money)
    founded_on: Mapped[date | None] = mapped_column(Date)
    # Bumped by every import that touches this enterprise; drives the incremental scan.
    data_changed_at: Mapped[datetime] = mapped_column(DateTime, index=True)


class Relation(Base):
    __tablename__ = "relations"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    enterprise_id: Mapped[int] = mapped_column(ForeignKey("enterprises.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # shareholder | legal_rep | guarantor | mutual_guarantee
    person_key: Mapped[str | None] = mapped_column(ForeignKey("persons.key"), index=True)
    related_enterprise_id: Mapped[int | None] = mapped_column(ForeignKey("enterprises.id"))
    share_pct: Mapped[float | None]


class Application(Base):
    __tablename__ = "applications"
    __table_args__ = (UniqueConstraint("tenant_id", "external_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id"), index=True)
    external_id: Mapped[str] = mapped_column(String(64))
    enterprise_id: Mapped[int] = mapped_column(ForeignKey("enterprises.id"), index=True)
    applied_on: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money)
    contact_phone: Mapped[str] = mapped_column(String(30), default="")
    contact_phone_key: Mapped[str | None] = mapped_column(String(64), index=True)
    contact_address: Mapped[str] = mapped_column(String(300), default="")
    contact_address_key: Mapped[str | None] = mapped_column(String(64), index=True)
    status: Mapped[str] = mapped_column(String(20), default="pending")
    confirmed_fraud: Mapped[bool] = mapped_column(Boolean, default=False)
    enterprise: Mapped[Enterprise] = relationship()


class Loan(Base):
    __tablename__ = "loans"
    __table_args__ = (UniqueConstraint("tenant_id", "external_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id"), index=True)
    external_id: Mapped[str] = mapped_column(String(64))
    enterprise_id: Mapped[int] = mapped_column(ForeignKey("enterprises.id"), index=True)
    principal: Mapped[Decimal] = mapped_column(Money)
    start_on: Mapped[date] = mapped_column(Date)
    maturity_on: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="active")  # active | closed | default


class Repayment(Base):
    __tablename__ = "repayments"
    __table_args__ = (UniqueConstraint("loan_id", "due_on"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id"), index=True)
    loan_id: Mapped[int] = mapped_column(ForeignKey("loans.id"), index=True)
    due_on: Mapped[date] = mapped_column(Date)
    paid_on: Mapped[date | None] = mapped_column(Date)
    amount_due: Mapped[Decimal] = mapped_column(Money)
    amount_paid: Mapped[Decimal] = mapped_column(Money, default=0)


class _Monthly:
    """Monthly series keyed by (enterprise, month = first day of the month)."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    enterprise_id: Mapped[int] = mapped_column(ForeignKey("enterprises.id"), index=True)
    month: Mapped[date] = mapped_column(Date)


class InvoiceMonth(_Monthly, Base):
    __tablename__ = "invoice_months"
    __table_args__ = (UniqueConstraint("enterprise_id", "month"),)
    issued_total: Mapped[Decimal] = mapped_column(Money)
    received_total: Mapped[Decimal] = mapped_column(Money)
    issued_count: Mapped[int] = mapped_column(Integer, default=0)


class TaxFiling(_Monthly, Base):
    __tablename__ = "tax_filings"
    __table_args__ = (UniqueConstraint("enterprise_id", "month"),)
    tax_due: Mapped[Decimal] = mapped_column(Money)
    tax_paid: Mapped[Decimal] = mapped_column(Money)
    filed_on: Mapped[date | None] = mapped_column(Date)


class Headcount(_Monthly, Base):
    __tablename__ = "headcounts"
    __table_args__ = (UniqueConstraint("enterprise_id", "month"),)
    insured_count: Mapped[int] = mapped_column(Integer)


class UtilityMonth(_Monthly, Base):
    __tablename__ = "utility_months"
    __table_args__ = (UniqueConstraint("enterprise_id", "month", "kind"),)
    kind: Mapped[str] = mapped_column(String(10))  # water | power | gas
    usage: Mapped[float]


class JudicialRecord(Base):
    __tablename__ = "judicial_records"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_no: Mapped[str] = mapped_column(String(100), unique=True)
    enterprise_id: Mapped[int] = mapped_column(ForeignKey("enterprises.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # lawsuit | enforcement (被执行人)
    role: Mapped[str] = mapped_column(String(20))  # defendant | plaintiff
    filed_on: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal | None] = mapped_column(Money)
    closed_on: Mapped[date | None] = mapped_column(Date)


class AbnormalListing(Base):
    __tablename__ = "abnormal_listings"
    __table_args__ = (UniqueConstraint("enterprise_id", "listed_on"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    enterprise_id: Mapped[int] = mapped_column(ForeignKey("enterprises.id"), index=True)
    listed_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(200), default="")
    removed_on: Mapped[date | None] = mapped_column(Date)


class LedgerEntry(Base):
    """Cross-institution ledger: which tenant saw which borrower (as a keyed hash), when. Nothing else."""

    __tablename__ = "ledger_entries"
    __table_args__ = (Index("ix_ledger_borrower_date", "borrower_key", "event_on"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id"))
    borrower_key: Mapped[str] = mapped_column(String(64))
    event: Mapped[str] = mapped_column(String(20))  # application | loan
    event_on: Mapped[date] = mapped_column(Date)


class ScanState(Base):
    __tablename__ = "scan_state"
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id"), primary_key=True)
    last_scan_at: Mapped[datetime] = mapped_column(DateTime)


class WarningLog(Base):
    """Warnings already shown to a tenant, so a scan prints only new ones."""

    __tablename__ = "warning_log"
    __table_args__ = (UniqueConstraint("tenant_id", "fingerprint"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id"))
    enterprise_id: Mapped[int] = mapped_column(ForeignKey("enterprises.id"))
    fingerprint: Mapped[str] = mapped_column(String(64))
    first_seen_at: Mapped[datetime] = mapped_column(DateTime)
