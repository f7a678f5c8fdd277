"""One pydantic model per import file: the row-level checks a data clerk can act on.

Dates in the future, negative amounts and bad check digits are refused here; references (tenant, enterprise,
loan) and duplicates are checked by the importer against the database.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from agent.invoices.validators import check_tax_id
from agent.risk.keys import id_number_problem


class Row(BaseModel):
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)

    @field_validator("*", mode="before")
    @classmethod
    def _blank_is_none(cls, v: object) -> object:
        return None if isinstance(v, str) and v.strip() == "" else v

    @field_validator("*", mode="after")
    @classmethod
    def _not_in_future(cls, v: object, info: ValidationInfo) -> object:
        # Events (applications, filings, payments, court records) cannot happen after the import date.
        today = (info.context or {}).get("today") or date.today()
        if isinstance(v, date) and info.field_name not in FUTURE_ALLOWED and v > today:
            raise ValueError(f"日期 {v} 晚于今天 {today}")
        return v


FUTURE_ALLOWED = {"maturity_on", "due_on", "removed_on"}


def _credit_code(v: str) -> str:
    code = v.strip().upper()
    if len(code) != 18:
        raise ValueError(f"统一社会信用代码 {code} 不是 18 位")
    problem = _credit_code_problem(code)
    if problem:
        raise ValueError(problem)
    return code


@lru_cache(maxsize=65536)
def _credit_code_problem(code: str) -> str | None:
    """Cached: monthly files repeat each enterprise's code dozens of times."""
    issues = check_tax_id(code, "credit_code")
    return issues[0].message if issues else None


def _month(v: object) -> object:
    # "2026-03" and "2026-03-01" both mean March 2026.
    if isinstance(v, str) and len(v) == 7:
        return v + "-01"
    return v


class CreditCoded(Row):
    credit_code: str

    @field_validator("credit_code")
    @classmethod
    def _check(cls, v: str) -> str:
        return _credit_code(v)


class TenantRow(Row):
    tenant_id: str = Field(min_length=1, max_length=64)
    name: str


class PersonRow(Row):
    id_number: str
    name: str = ""

    @field_validator("id_number")
    @classmethod
    def _check(cls, v: str) -> str:
        problem = id_number_problem(v)
        if problem:
            raise ValueError(problem)
        return v.upper()


class EnterpriseRow(CreditCoded):
    name: str = Field(min_length=1)
    legal_rep_id_number: str | None = None
    legal_rep_name: str = ""
    registered_address: str = ""
    phones: list[str] = Field(default_factory=list)
    industry: str = ""
    registered_capital: Decimal | None = Field(None, ge=0)
    founded_on: date | None = None

    @field_validator("phones", mode="before")
    @classmethod
    def _split(cls, v: object) -> object:
        if v is None:
            return []
        return [p.strip() for p in v.replace("；", ";").split(";") if p.strip()] if isinstance(v, str) else v

    @field_validator("legal_rep_id_number")
    @classmethod
    def _check_id(cls, v: str | None) -> str | None:
        if v and (problem := id_number_problem(v)):
            raise ValueError(problem)
        return v.upper() if v else v


class RelationRow(CreditCoded):
    kind: Literal["shareholder", "legal_rep", "guarantor", "mutual_guarantee"]
    person_id_number: str | None = None
    related_credit_code: str | None = None
    share_pct: float | None = Field(None, ge=0, le=100)

    @field_validator("related_credit_code")
    @classmethod
    def _check_related(cls, v: str | None) -> str | None:
        return _credit_code(v) if v else v

    @field_validator("person_id_number")
    @classmethod
    def _check_id(cls, v: str | None) -> str | None:
        if v and (problem := id_number_problem(v)):
            raise ValueError(problem)
        return v.upper() if v else v


class ApplicationRow(CreditCoded):
    application_id: str
    tenant_id: str
    applied_on: date
    amount: Decimal = Field(gt=0)
    contact_phone: str = ""
    contact_address: str = ""
    status: Literal["pending", "approved", "rejected", "withdrawn"] = "pending"
    confirmed_fraud: bool = False


class LoanRow(CreditCoded):
    loan_id: str
    tenant_id: str
    principal: Decimal = Field(gt=0)
    start_on: date
    maturity_on: date
    status: Literal["active", "closed", "default"] = "active"

    @field_validator("maturity_on")
    @classmethod
    def _after_start(cls, v: date, info: ValidationInfo) -> date:
        start = info.data.get("start_on")
        if start and v < start:
            raise ValueError(f"到期日 {v} 早于放款日 {start}")
        return v


class RepaymentRow(Row):
    loan_id: str
    tenant_id: str
    due_on: date
    paid_on: date | None = None
    amount_due: Decimal = Field(ge=0)
    amount_paid: Decimal = Field(Decimal(0), ge=0)


class MonthlyRow(CreditCoded):
    month: date

    _m = field_validator("month", mode="before")(_month)


class InvoiceMonthRow(MonthlyRow):
    issued_total: Decimal = Field(ge=0)
    received_total: Decimal = Field(ge=0)
    issued_count: int = Field(0, ge=0)


class TaxFilingRow(MonthlyRow):
    tax_due: Decimal = Field(ge=0)
    tax_paid: Decimal = Field(ge=0)
    filed_on: date | None = None


class HeadcountRow(MonthlyRow):
    insured_count: int = Field(ge=0)


class UtilityRow(MonthlyRow):
    kind: Literal["water", "power", "gas"]
    usage: float = Field(ge=0)


class JudicialRow(CreditCoded):
    case_no: str = Field(min_length=1)
    kind: Literal["lawsuit", "enforcement"]
    role: Literal["defendant", "plaintiff"] = "defendant"
    filed_on: date
    amount: Decimal | None = Field(None, ge=0)
    closed_on: date | None = None


class AbnormalRow(CreditCoded):
    listed_on: date
    reason: str = ""
    removed_on: date | None = None
