"""Deterministic checks on an extracted invoice. Each failure is a named `ValidationIssue`, never an exception.

Why: a credit officer must see *which* rule an invoice breaks (大写 ≠ 小写, bad check digit, sums off) to
decide whether it is a typo, an OCR slip or a forged invoice offered as collateral evidence.
"""
from __future__ import annotations

import re
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from agent.identifiers import CREDIT_CODE_CHARS, credit_code_check_char
from agent.invoices.capital_numerals import CapitalNumeralError, parse_capital
from agent.invoices.rules import InvoiceRules, load_rules
from agent.invoices.schemas import LineItem, ValidationIssue, VatInvoice

_CREDIT_CODE = re.compile(rf"^[{CREDIT_CODE_CHARS}]{{18}}$")
# Before 2015: 15 chars (area code + organisation code), 17/18/20 chars (ID-card based, individual businesses)
_OLD_TAX_ID = re.compile(r"^(?:[0-9A-Z]{15}|[0-9A-Z]{17}|[0-9]{17}[0-9X][0-9A-Z]{0,2})$")
CENT = Decimal("0.01")


def check_tax_id(tax_id: str | None, field: str) -> list[ValidationIssue]:
    """18-char codes get the check digit; 15/17/20-char legacy taxpayer ids get a format check only."""
    if not tax_id:
        return []
    tid = tax_id.strip().upper()
    if len(tid) == 18 and _CREDIT_CODE.match(tid):
        expected = credit_code_check_char(tid[:17])
        if tid[17] != expected:
            return [ValidationIssue(code="bad_check_digit", field=field,
                                    message=f"统一社会信用代码 {tid} 校验位应为 {expected}，实为 {tid[17]}；"
                                            f"请核对原件，可能是抄录错误或伪造的纳税人识别号")]
        return []
    if _OLD_TAX_ID.match(tid) and len(tid) != 18:
        return []
    return [ValidationIssue(code="bad_tax_id_format", field=field,
                            message=f"纳税人识别号 {tid} 不是 18 位统一社会信用代码，也不是 15/17/20 位旧式税号")]


def rate_value(label: str | None, rules: InvoiceRules | None = None) -> Decimal | None:
    """'13%' -> 0.13; tax-free labels (免税, 不征税) -> 0; unreadable -> None."""
    if label is None:
        return None
    rules = rules or load_rules()
    text = label.strip()
    if text in rules.tax_free_labels:
        return Decimal(0)
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*%", text)
    if m:
        return Decimal(m.group(1)) / 100
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None
    return value if value < 1 else value / 100


def _money(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def check_line(item: LineItem, index: int, rules: InvoiceRules) -> list[ValidationIssue]:
    issues: list[ValidationIssue] = []
    where = f"items[{index}]"
    if item.tax_rate is not None:
        label = item.tax_rate.strip()
        if label not in rules.allowed_tax_rates and label not in rules.tax_free_labels:
            issues.append(ValidationIssue(code="bad_tax_rate", field=f"{where}.tax_rate",
                                          message=f"第{index + 1}行税率 {label} 不是现行增值税税率/征收率"
                                                  f"（{'、'.join(rules.allowed_tax_rates)}、免税）"))
    rate = rate_value(item.tax_rate, rules)
    if rate is not None and item.amount is not None and item.tax is not None:
        expected = _money(item.amount * rate)
        if abs(expected - item.tax) > rules.line_tax_tolerance:
            issues.append(ValidationIssue(code="line_tax_mismatch", field=f"{where}.tax",
                                          message=f"第{index + 1}行税额 {item.tax} ≠ 金额 {item.amount} × 税率 {item.tax_rate} = {expected}"))
    if item.quantity is not None and item.unit_price is not None and item.amount is not None:
        expected = _money(item.quantity * item.unit_price)
        # unit prices are printed rounded; allow half a unit of the price's last printed digit per quantity unit
        exp = item.unit_price.as_tuple().exponent
        slack = abs(item.quantity) * Decimal(5) * Decimal(10) ** (exp - 1 if isinstance(exp, int) else -3)
        if abs(expected - item.amount) > max(rules.amount_tolerance, slack):
            issues.append(ValidationIssue(code="line_amount_mismatch", field=f"{where}.amount", severity="warning",
                                          message=f"第{index + 1}行金额 {item.amount} ≠ 数量 {item.quantity} × 单价 {item.unit_price} = {expected}"))
    return issues


def check_totals(inv: VatInvoice, rules: InvoiceRules) -> list[ValidationIssue]:
    issues: list[ValidationIssue] = []
    tol = rules.amount_tolerance
    if None not in (inv.total_amount, inv.total_tax, inv.total_with_tax):
        expected = inv.total_amount + inv.total_tax
        if abs(expected - inv.total_with_tax) > tol:
            issues.append(ValidationIssue(code="total_mismatch", field="total_with_tax",
                                          message=f"合计金额 {inv.total_amount} + 合计税额 {inv.total_tax} = {expected}，"
                                                  f"但价税合计为 {inv.total_with_tax}"))
    amounts = [it.amount for it in inv.items]
    if inv.items and inv.total_amount is not None and None not in amounts:
        s = sum(amounts, Decimal(0))
        if abs(s - inv.total_amount) > tol:
            issues.append(ValidationIssue(code="items_amount_mismatch", field="total_amount",
                                          message=f"明细金额之和 {s} ≠ 合计金额 {inv.total_amount}"))
    taxes = [it.tax for it in inv.items]
    if inv.items and inv.total_tax is not None and None not in taxes:
        s = sum(taxes, Decimal(0))
        if abs(s - inv.total_tax) > tol:
            issues.append(ValidationIssue(code="items_tax_mismatch", field="total_tax",
                                          message=f"明细税额之和 {s} ≠ 合计税额 {inv.total_tax}"))
    if inv.total_with_tax_capital:
        try:
            capital = parse_capital(inv.total_with_tax_capital)
        except CapitalNumeralError as exc:
            issues.append(ValidationIssue(code="capital_unreadable", field="total_with_tax_capital",
                                          message=f"价税合计大写无法识别：{exc}"))
        else:
            if inv.total_with_tax is not None and abs(capital) != abs(inv.total_with_tax):
                issues.append(ValidationIssue(code="capital_mismatch", field="total_with_tax_capital",
                                              message=f"价税合计大写 {inv.total_with_tax_capital}（{capital}）与小写 "
                                                      f"{inv.total_with_tax} 不一致"))
    return issues


def check_identifiers(inv: VatInvoice, rules: InvoiceRules) -> list[ValidationIssue]:
    issues: list[ValidationIssue] = []
    if inv.invoice_code and (not inv.invoice_code.isdigit() or len(inv.invoice_code) not in rules.invoice_code_lengths):
        issues.append(ValidationIssue(code="invoice_code_format", field="invoice_code",
                                      message=f"发票代码 {inv.invoice_code} 应为 10 或 12 位数字"))
    if inv.medium == "digital" and inv.invoice_code:
        issues.append(ValidationIssue(code="invoice_code_on_digital", field="invoice_code", severity="warning",
                                      message="数电票没有发票代码，但识别到了发票代码，请核对票种"))
    num = inv.invoice_number
    if not num:
        issues.append(ValidationIssue(code="missing_field", field="invoice_number", message="未识别到发票号码"))
    elif not num.isdigit() or len(num) not in rules.invoice_number_lengths:
        issues.append(ValidationIssue(code="invoice_number_format", field="invoice_number",
                                      message=f"发票号码 {num} 应为 8 位（传统发票）或 20 位（数电票）数字"))
    cc = (inv.check_code or "").replace(" ", "")
    if cc and (not cc.isdigit() or len(cc) != rules.check_code_length):
        issues.append(ValidationIssue(code="check_code_format", field="check_code",
                                      message=f"校验码 {inv.check_code} 应为 {rules.check_code_length} 位数字"))
    issues += check_tax_id(inv.buyer.tax_id, "buyer.tax_id")
    issues += check_tax_id(inv.seller.tax_id, "seller.tax_id")
    return issues


def check_date(inv: VatInvoice, rules: InvoiceRules, today: date | None = None) -> list[ValidationIssue]:
    if inv.issue_date is None:
        return [ValidationIssue(code="missing_field", field="issue_date", message="未识别到开票日期")]
    today = today or date.today()
    d = inv.issue_date
    if d > today:
        return [ValidationIssue(code="date_in_future", field="issue_date", message=f"开票日期 {d} 晚于今天 {today}")]
    if d < rules.earliest_issue_date:
        return [ValidationIssue(code="date_too_early", field="issue_date", message=f"开票日期 {d} 早于增值税发票启用日期")]
    if inv.medium == "digital" and d < rules.digital_invoice_since:
        return [ValidationIssue(code="date_before_digital_invoices", field="issue_date", severity="warning",
                                message=f"数电票开票日期 {d} 早于数电票试点开始日期 {rules.digital_invoice_since}")]
    return []


def validate_invoice(inv: VatInvoice, *, today: date | None = None, rules: InvoiceRules | None = None) -> list[ValidationIssue]:
    """All checks; an empty list means the invoice is internally consistent."""
    rules = rules or load_rules()
    issues = check_identifiers(inv, rules) + check_date(inv, rules, today) + check_totals(inv, rules)
    for i, item in enumerate(inv.items):
        issues += check_line(item, i, rules)
    if inv.total_with_tax is None:
        issues.append(ValidationIssue(code="missing_field", field="total_with_tax", message="未识别到价税合计"))
    if not inv.seller.name:
        issues.append(ValidationIssue(code="missing_field", field="seller.name", message="未识别到销售方名称"))
    return issues
