"""Shapes of extracted invoices and receipts, and of the evidence and validation findings attached to them.

Amounts are `Decimal` (never float) so that 价税合计 = 金额 + 税额 can be checked to the fen.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, Field

InvoiceKind = Literal["special", "normal"]          # 增值税专用发票 / 增值税普通发票
InvoiceMedium = Literal["paper", "electronic", "digital"]  # 纸质 / 电子(税控) / 数电票(全面数字化的电子发票)
FieldSource = Literal["rule", "llm", "xml"]
Severity = Literal["error", "warning"]


class Evidence(BaseModel):
    """Where a field value was read: page, character span in the parsed text, box, and the text itself."""

    text: str
    page: int = 1
    start: int | None = None
    end: int | None = None
    box: tuple[float, float, float, float] | None = None
    line_index: int | None = None    # receipts: index into the OCR lines
    source: FieldSource = "rule"
    confidence: float = 1.0


class ValidationIssue(BaseModel):
    """One failed check on a record; a finding, not an exception, so a batch keeps going."""

    code: str                        # e.g. capital_mismatch, bad_check_digit, sum_mismatch
    message: str
    field: str | None = None
    severity: Severity = "error"


class Party(BaseModel):
    """Buyer (购买方) or seller (销售方)."""

    name: str | None = None
    tax_id: str | None = None        # 统一社会信用代码 / 纳税人识别号
    address_phone: str | None = None  # 地址、电话
    bank_account: str | None = None  # 开户行及账号


class LineItem(BaseModel):
    name: str | None = None          # 货物或应税劳务、服务名称 / 项目名称
    spec: str | None = None          # 规格型号
    unit: str | None = None          # 单位
    quantity: Decimal | None = None
    unit_price: Decimal | None = None
    amount: Decimal | None = None    # 金额 (excl. tax)
    tax_rate: str | None = None      # "13%", "免税", "不征税"
    tax: Decimal | None = None       # 税额


class VatInvoice(BaseModel):
    """A Chinese VAT invoice: classic 专票/普票 (paper or electronic) or 数电票."""

    title: str | None = None         # printed title, e.g. 电子发票（增值税专用发票）
    kind: InvoiceKind | None = None
    medium: InvoiceMedium | None = None
    invoice_code: str | None = None  # 发票代码, 10/12 digits; absent on 数电票
    invoice_number: str | None = None  # 发票号码, 8 digits classic / 20 digits 数电票
    issue_date: date | None = None
    check_code: str | None = None    # 校验码 (20 digits, electronic normal invoices)
    buyer: Party = Field(default_factory=Party)
    seller: Party = Field(default_factory=Party)
    items: list[LineItem] = Field(default_factory=list)
    total_amount: Decimal | None = None       # 合计金额
    total_tax: Decimal | None = None          # 合计税额
    total_with_tax: Decimal | None = None     # 价税合计（小写）
    total_with_tax_capital: str | None = None  # 价税合计（大写）
    remarks: str | None = None                # 备注
    issuer: str | None = None                 # 开票人
    payee: str | None = None                  # 收款人
    reviewer: str | None = None               # 复核
    red_letter: bool = False                  # 红字 / 销项负数


class Receipt(BaseModel):
    """The four SROIE key fields of a shop receipt; strings as printed."""

    company: str | None = None
    date: str | None = None
    address: str | None = None
    total: str | None = None


class ExtractionResult(BaseModel):
    """One document's extraction: flat field values, their evidence, and validation findings."""

    doc_type: Literal["vat_invoice", "receipt"]
    fields: dict[str, Any] = Field(default_factory=dict)
    evidence: dict[str, Evidence] = Field(default_factory=dict)
    errors: list[ValidationIssue] = Field(default_factory=list)
    flags: list[dict[str, Any]] = Field(default_factory=list)
