"""Shapes of an extracted loan / guarantee contract and of the legal findings on it.

Every extracted value carries where it came from (character span + quoted text) and who read it
(`rule` = deterministic code, `llm` = the model, accepted only when its quote is found in the text).
Decimals stay Decimals inside; JSON output writes them as strings so no cent is lost.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Generic, Literal, TypeVar

from pydantic import BaseModel, Field, field_serializer

T = TypeVar("T")

Source = Literal["rule", "llm"]
PartyKind = Literal["natural_person", "enterprise", "licensed_lender", "unknown"]
GuaranteeKind = Literal["保证", "抵押", "质押"]
GuaranteeType = Literal["一般保证", "连带责任保证", "unspecified"]
Severity = Literal["info", "warning", "high"]


class Evidence(BaseModel):
    """A quoted piece of the contract text: `text[start:end] == quote`."""

    start: int
    end: int
    quote: str


class Extracted(BaseModel, Generic[T]):
    value: T
    evidence: list[Evidence] = Field(default_factory=list)
    source: Source = "rule"
    note: str | None = None  # e.g. "computed: principal − deducted interest", "365-day year"


class Party(BaseModel):
    name: str
    kind: PartyKind = "unknown"
    license_type: str | None = None  # 小额贷款公司, 银行, 融资担保公司, 典当行 … when kind == licensed_lender
    id_masked: str | None = None     # 身份证号 / 统一社会信用代码 with the middle masked


class RateTerm(BaseModel):
    """An interest-like term: its text as read plus the normalised annual rate (fraction, 0.24 = 24 %/yr). A document
    in traditional characters or local words is read in simplified, plain ones (利钿 → 利息): the evidence quote is
    the original wording."""

    text: str
    annual_rate: Decimal | None = None
    status: Literal["ok", "zero", "ambiguous", "contradictory", "lpr_linked", "needs_principal", "relative"] = "ok"
    convention: str | None = None

    @field_serializer("annual_rate")
    def _dec(self, v: Decimal | None) -> str | None:
        return None if v is None else str(v)


class Penalty(BaseModel):
    """违约金: an annualisable rate, or a lump sum (fixed amount or share of principal)."""

    text: str
    annual_rate: Decimal | None = None
    lump_sum: Decimal | None = None
    share_of_principal: Decimal | None = None

    @field_serializer("annual_rate", "lump_sum", "share_of_principal")
    def _dec(self, v: Decimal | None) -> str | None:
        return None if v is None else str(v)


class Fee(BaseModel):
    name: str                        # 律师费, 催收费, 服务费 …
    annual_rate: Decimal | None = None
    amount: Decimal | None = None

    @field_serializer("annual_rate", "amount")
    def _dec(self, v: Decimal | None) -> str | None:
        return None if v is None else str(v)


class DisputeResolution(BaseModel):
    method: Literal["court", "arbitration", "court_or_arbitration"]
    body: str | None = None          # XX仲裁委员会 / XX人民法院
    venue: str | None = None         # 出借人所在地 …


class Guarantee(BaseModel):
    kind: GuaranteeKind
    guarantor: str | None = None
    guarantee_type: GuaranteeType = "unspecified"   # only meaningful for 保证
    period_text: str | None = None
    period_months: int | None = None                # "主债务履行期限届满之日起N个月/年"
    period_end: date | None = None                  # "保证期间至YYYY年M月D日"
    period_unclear: bool = False                    # "直至本息还清时为止" (担保制度解释 第32条)
    maximum_amount: Decimal | None = None           # 最高额
    collateral: str | None = None

    @field_serializer("maximum_amount")
    def _dec(self, v: Decimal | None) -> str | None:
        return None if v is None else str(v)


class LoanContract(BaseModel):
    lender: Extracted[Party] | None = None
    borrower: Extracted[Party] | None = None
    principal: Extracted[Decimal] | None = None
    amount_delivered: Extracted[Decimal] | None = None
    deducted_upfront: Extracted[Decimal] | None = None
    currency: Extracted[str] | None = None
    contract_date: Extracted[date] | None = None
    start_date: Extracted[date] | None = None
    end_date: Extracted[date] | None = None
    interest: Extracted[RateTerm] | None = None
    repayment_method: Extracted[str] | None = None
    overdue_rate: Extracted[RateTerm] | None = None
    penalty: Extracted[Penalty] | None = None
    fees: list[Extracted[Fee]] = Field(default_factory=list)
    compound_interest: Extracted[str] | None = None   # 复利 / 本息结算后计入新本金
    purpose: Extracted[str] | None = None
    dispute_resolution: Extracted[DisputeResolution] | None = None
    guarantees: list[Extracted[Guarantee]] = Field(default_factory=list)
    # the last repayment a note added after signing records ("2022年6月18日 还款伍仟元"): it restarts the
    # limitation period (民法典 第195条)
    last_payment_noted: Extracted[date] | None = None
    # the last demand for payment the file records ("2024年5月10日 …邮寄《催款通知书》，借款人签收"): it restarts the
    # limitation period too (民法典 第195条)
    last_demand_noted: Extracted[date] | None = None
    # the document is a guarantee (担保函, 保证合同): the loan's rates sit in the main contract, so their absence here
    # says nothing about the loan
    guarantee_instrument: bool = False
    # a paper about an earlier loan (a balance the debtor confirms, a demand, a court's settlement): it recites the
    # loan, and its silence on overdue terms says nothing about the loan contract's
    recital_instrument: bool = False
    # ...whose guarantee was given elsewhere too (a court paper; a confirmation no guarantor undertakes or signs): its
    # silence on the guarantee's period or type says nothing of what the guarantee contract agreed
    guarantee_recited: bool = False
    # a court's 调解书 / 判决书 fixes the sums owed: the rate it recites is the plaintiff's account of the old loan,
    # which the sums the court confirms replace, so no rate cap is checked against it
    court_paper: bool = False
    # a 以房抵债 / 以物抵债 agreement is dated by its own signing (contract_date), but the rates it recites are the
    # loan's and are judged on the day that loan was made: this is that day
    loan_date: Extracted[date] | None = None
    # the paper's own date when contract_date is the recited loan's (a 对账确认函 signed in 2022 about a 2019 loan)
    document_date: Extracted[date] | None = None
    problems: list[dict] = Field(default_factory=list)  # contradictions found while reading (typed dicts)


class CitedArticle(BaseModel):
    instrument: str
    label: str
    text: str
    source_path: str
    start: int
    end: int


class Finding(BaseModel):
    rule_id: str
    rule_version: str
    severity: Severity
    title_zh: str
    title_en: str
    explanation_zh: str
    explanation_en: str
    amounts: dict[str, str] = Field(default_factory=dict)   # Decimals and dates as strings
    evidence: list[Evidence] = Field(default_factory=list)
    citations: list[CitedArticle] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)        # e.g. LPR data may be stale


class ContractReport(BaseModel):
    file: str
    fields: dict[str, object] = Field(default_factory=dict)  # flat summary: annual_rate as a number, amounts as strings
    contract: LoanContract | None = None                      # the full extraction with evidence
    findings: list[Finding] = Field(default_factory=list)
    errors: list[dict] = Field(default_factory=list)
    rules_version: str = ""
