"""The dispute a mediator opens: parties, contract, money movements, claims — loaded from YAML/JSON and validated.

Contacts and identity numbers are personal data: they never appear in `repr`/logs (only a masked form).
Every bad value becomes an `IntakeError` naming the field and what to fix.
"""
from __future__ import annotations

import hashlib
import json
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from agent.errors import FengtiaoError

LenderKind = Literal["natural_person", "enterprise", "licensed_lender"]
GuaranteeType = Literal["一般保证", "连带责任保证", "unspecified"]


class IntakeError(FengtiaoError):
    """The dispute file cannot be used as given; `field` says where."""

    code = "mediation_intake_error"

    def __init__(self, file: str, field: str, reason: str) -> None:
        super().__init__(f"{file}: {field}: {reason}")
        self.file, self.field, self.reason = file, field, reason

    def to_dict(self) -> dict:
        return {"type": self.code, "file": self.file, "field": self.field, "message": self.reason}


def mask(value: str | None) -> str | None:
    """13812345678 → 138****5678; 330102196805121234 → 330102********1234; short values keep one char."""
    if not value:
        return value
    v = value.strip()
    if len(v) <= 4:
        return v[0] + "*" * (len(v) - 1)
    keep_head = 6 if len(v) >= 15 else 3
    keep_tail = 4
    return v[:keep_head] + "*" * max(len(v) - keep_head - keep_tail, 1) + v[-keep_tail:]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class GuaranteeTerms(_Model):
    type: GuaranteeType = "unspecified"
    period_months: int | None = Field(None, ge=0)
    period_end: date | None = None
    demanded_on: date | None = None          # creditor demanded the guarantor (joint) / sued the debtor (general)
    maximum_amount: Decimal | None = Field(None, gt=0)


class Party(_Model):
    role: Literal["lender", "borrower", "guarantor"]
    name: str = Field(min_length=1)
    kind: Literal["natural_person", "enterprise", "licensed_lender"]
    license_type: str | None = None
    id_number: str | None = Field(None, repr=False)
    contact: str | None = Field(None, repr=False)
    guarantee: GuaranteeTerms | None = None

    @property
    def id_masked(self) -> str | None:
        return mask(self.id_number)

    @property
    def contact_masked(self) -> str | None:
        return mask(self.contact)

    def __repr_args__(self):
        yield from super().__repr_args__()
        yield "id_masked", self.id_masked
        yield "contact_masked", self.contact_masked


class Money(_Model):
    date: date
    amount: Decimal
    note: str | None = None

    @field_validator("amount")
    @classmethod
    def _positive(cls, v: Decimal) -> Decimal:
        if v <= 0:
            raise ValueError(f"amount must be positive, got {v}")
        return v


class Fee(Money):
    name: str = "律师费"


class ContractInfo(_Model):
    """A contract file (run through `check_contract`) and/or its features inline; inline values win."""

    file: str | None = None
    stated_principal: Decimal | None = Field(None, gt=0)
    contract_date: date | None = None
    start_date: date | None = None
    due_date: date | None = None
    annual_rate: Decimal | None = Field(None, ge=0)
    overdue_rate: Decimal | None = Field(None, ge=0)
    penalty_rate: Decimal | None = Field(None, ge=0)
    allocation_order: list[Literal["fees", "interest", "principal"]] | None = None  # agreed otherwise (第561条)


class SideClaim(_Model):
    amount: Decimal | None = Field(None, ge=0)
    description: str = ""
    reservation: Decimal | None = Field(None, ge=0)  # lender: least it accepts; borrower: most it pays


class Claims(_Model):
    lender: SideClaim = Field(default_factory=SideClaim)
    borrower: SideClaim = Field(default_factory=SideClaim)


class Dispute(_Model):
    case_id: str | None = None
    title: str | None = None
    lang: Literal["zh", "en"] = "zh"
    parties: list[Party]
    contract: ContractInfo
    disbursements: list[Money] = Field(min_length=1)
    repayments: list[Money] = Field(default_factory=list)
    fees: list[Fee] = Field(default_factory=list)
    demands: list[date] = Field(default_factory=list)
    claim_date: date
    claims: Claims = Field(default_factory=Claims)
    borrower_capacity_per_month: Decimal | None = Field(None, ge=0)
    mediator_notes: str = ""

    @model_validator(mode="after")
    def _consistent(self) -> "Dispute":
        roles = [p.role for p in self.parties]
        for need in ("lender", "borrower"):
            if roles.count(need) != 1:
                raise ValueError(f"parties: exactly one {need} is required, found {roles.count(need)}")
        for i, r in enumerate(self.repayments):
            if r.date > self.claim_date:
                raise ValueError(f"repayments[{i}]: repayment on {r.date} is after the claim date {self.claim_date}; "
                                 "move the claim date or drop the repayment")
        for i, d in enumerate(self.disbursements):
            if d.date > self.claim_date:
                raise ValueError(f"disbursements[{i}]: delivery on {d.date} is after the claim date {self.claim_date}")
        first = min(d.date for d in self.disbursements)
        for i, r in enumerate(self.repayments):
            if r.date < first:
                raise ValueError(f"repayments[{i}]: repayment on {r.date} is before the first delivery on {first}")
        return self

    @property
    def lender(self) -> Party:
        return next(p for p in self.parties if p.role == "lender")

    @property
    def borrower(self) -> Party:
        return next(p for p in self.parties if p.role == "borrower")

    @property
    def guarantors(self) -> list[Party]:
        return [p for p in self.parties if p.role == "guarantor"]

    def fingerprint(self) -> str:
        return hashlib.sha256(self.model_dump_json().encode()).hexdigest()[:12]


def _location(err: dict) -> str:
    return ".".join(str(x) for x in err.get("loc", ())) or "(file)"


def _explain(err: dict) -> str:
    msg = err.get("msg", "")
    if err.get("type") == "literal_error" and err.get("loc") and err["loc"][-1] == "kind":
        return (f"unknown party kind {err.get('input')!r}; use natural_person (自然人), enterprise (企业) or "
                "licensed_lender (小额贷款公司、银行等持牌机构)")
    if err.get("type") == "extra_forbidden":
        return "unknown field (check the spelling against agent/samples/dispute-宏达商贸.yaml)"
    return msg.removeprefix("Value error, ")


def parse_dispute(data: dict, *, file: str = "<dispute>") -> Dispute:
    if not isinstance(data, dict):
        raise IntakeError(file, "(file)", "expected a mapping with parties, contract, disbursements, claim_date")
    try:
        return Dispute.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        raise IntakeError(file, _location(first), _explain(first)) from None


def load_dispute(path: Path | str) -> Dispute:
    """Read a dispute from YAML or JSON; a relative contract file path is resolved against the dispute file."""
    p = Path(path)
    if not p.exists():
        raise IntakeError(str(p), "(file)", "file not found")
    try:
        text = p.read_text(encoding="utf-8")
        data = json.loads(text) if p.suffix.lower() == ".json" else yaml.safe_load(text)
    except (json.JSONDecodeError, yaml.YAMLError, UnicodeDecodeError) as exc:
        raise IntakeError(str(p), "(file)", f"not valid YAML/JSON: {str(exc)[:200]}") from None
    dispute = parse_dispute(data, file=str(p))
    cf = dispute.contract.file
    if cf and not Path(cf).is_absolute():
        dispute.contract.file = str((p.parent / cf).resolve())
    return dispute
