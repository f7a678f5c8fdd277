"""Realistic Chinese test documents, generated at test time into a temporary directory.

Reusable by any test (parsers, invoice extraction, contracts):

    from tests.fixtures_docs import sample_invoice, write_invoice_pdf
    inv = sample_invoice()                    # ground truth: numbers computed here, not typed in
    pdf = write_invoice_pdf(tmp_path, inv)    # a 数电票-style PDF laid out like the real one

Every writer takes the directory and (optionally) the sample it renders, and returns the file's Path.
Amounts, taxes, totals, the amount in capital numerals and the check digits of the unified social credit
codes are computed from the sample, so ground truth and document always agree.

Fonts: the CJK text uses Noto Sans CJK SC (subfont 2 of NotoSansCJK-Regular.ttc, Debian/Ubuntu apt
package `fonts-noto-cjk`); fpdf2 reads the TTC directly, Pillow too.
"""
from __future__ import annotations

import io
import random
import unicodedata
import zipfile
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

CJK_TTC = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
CJK_SC_INDEX = 2  # 0 JP, 1 KR, 2 SC, 3 TC, 4 HK
CENT = Decimal("0.01")

# ---------------------------------------------------------------- ground-truth helpers

_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def uscc(first17: str) -> str:
    """Complete a unified social credit code (统一社会信用代码) with its GB 32100-2015 check character."""
    total = sum(_USCC_CHARS.index(c) * w for c, w in zip(first17, _USCC_WEIGHTS, strict=True))
    return first17 + _USCC_CHARS[(31 - total % 31) % 31]


_DIGITS = "零壹贰叁肆伍陆柒捌玖"


def _four_digits(n: int) -> str:
    out, zero = "", False
    for power, unit in ((3, "仟"), (2, "佰"), (1, "拾"), (0, "")):
        d = n // 10**power % 10
        if d == 0:
            zero = bool(out)
            continue
        out += ("零" if zero else "") + _DIGITS[d] + unit
        zero = False
    return out


def amount_in_words(amount: Decimal, unit: str = "圆") -> str:
    """Capital-numeral amount as printed on invoices and contracts: 80735.00 -> 捌万零柒佰叁拾伍圆整."""
    amount = amount.quantize(CENT)
    prefix = "（负数）" if amount < 0 else ""
    amount = abs(amount)
    yuan, cents = int(amount), int(amount * 100) % 100
    out = ""
    for value, big in ((yuan // 10**8, "亿"), (yuan // 10**4 % 10**4, "万"), (yuan % 10**4, "")):
        if value == 0:
            continue
        if out and value < 1000:
            out += "零"
        out += _four_digits(value) + big
    out = out.replace("零零", "零")
    out = (out or "零") + unit
    jiao, fen = divmod(cents, 10)
    if not cents:
        return prefix + out + "整"
    if jiao:
        out += _DIGITS[jiao] + "角"
    elif yuan:
        out += "零"
    if fen:
        out += _DIGITS[fen] + "分"
    return prefix + out


# ---------------------------------------------------------------- samples


@dataclass(frozen=True)
class InvoiceLine:
    name: str
    spec: str
    unit: str
    quantity: Decimal
    unit_price: Decimal
    tax_rate: Decimal  # 0.13 = 13%

    @property
    def amount(self) -> Decimal:
        return (self.quantity * self.unit_price).quantize(CENT, ROUND_HALF_UP)

    @property
    def tax(self) -> Decimal:
        return (self.amount * self.tax_rate).quantize(CENT, ROUND_HALF_UP)

    @property
    def rate_text(self) -> str:
        return f"{(self.tax_rate * 100).normalize():f}%"


@dataclass(frozen=True)
class InvoiceSample:
    """A 数电票 (增值税专用发票) with computed totals."""

    number: str
    issue_date: date
    buyer_name: str
    buyer_tax_id: str
    seller_name: str
    seller_tax_id: str
    lines: tuple[InvoiceLine, ...]
    drawer: str = "王丽"
    remark: str = "合同号：GZXD-2025-0318 货款"
    invoice_type: str = "增值税专用发票"

    @property
    def total_without_tax(self) -> Decimal:
        return sum((ln.amount for ln in self.lines), Decimal("0.00"))

    @property
    def total_tax(self) -> Decimal:
        return sum((ln.tax for ln in self.lines), Decimal("0.00"))

    @property
    def total_with_tax(self) -> Decimal:
        return self.total_without_tax + self.total_tax

    @property
    def total_in_words(self) -> str:
        return amount_in_words(self.total_with_tax)

    @property
    def date_cn(self) -> str:
        return f"{self.issue_date.year}年{self.issue_date.month:02d}月{self.issue_date.day:02d}日"


def sample_invoice() -> InvoiceSample:
    return InvoiceSample(
        number="25442000000031807415",
        issue_date=date(2025, 3, 18),
        buyer_name="广州市天河区恒远建材贸易有限公司",
        buyer_tax_id=uscc("91440106MA5D2K7L8"),
        seller_name="佛山市顺德区金穗钢管制造有限公司",
        seller_tax_id=uscc("91440606MA4W8H3N2"),
        lines=(
            InvoiceLine("*金属制品*不锈钢焊管", "Φ48×3.0", "吨", Decimal("12.5"), Decimal("5600.00"), Decimal("0.13")),
            InvoiceLine("*运输服务*国内道路货物运输服务", "", "次", Decimal("1"), Decimal("1500.00"), Decimal("0.09")),
        ),
    )


@dataclass(frozen=True)
class LoanContractSample:
    number: str = "GZXD-2025-0318"
    lender: str = "广州市穗丰小额贷款有限公司"
    lender_tax_id: str = field(default_factory=lambda: uscc("91440101MA59R3T6K"))
    borrower: str = "佛山市顺德区金穗钢管制造有限公司"
    borrower_tax_id: str = field(default_factory=lambda: uscc("91440606MA4W8H3N2"))
    guarantor: str = "陈建华"
    principal: Decimal = Decimal("500000.00")
    annual_rate_pct: Decimal = Decimal("14.6")
    term_months: int = 12
    start: date = date(2025, 3, 20)
    end: date = date(2026, 3, 19)
    repayment: str = "按月付息、到期一次性还本"

    @property
    def principal_in_words(self) -> str:
        return amount_in_words(self.principal, unit="元")

    def clauses(self) -> list[tuple[str, str]]:
        """(heading, body) of each article, numbers taken from the fields above."""
        p = f"{self.principal:,.2f}"
        return [
            ("第一条 借款金额", f"贷款人同意向借款人发放贷款人民币{self.principal_in_words}（小写：￥{p}）。"),
            ("第二条 借款用途", "本合同项下借款仅用于借款人购买原材料（不锈钢卷板），不得用于证券、期货、房地产等投资，"
                          "不得用于民间借贷或其他违法违规用途。"),
            ("第三条 借款期限", f"借款期限为{self.term_months}个月，自{self.start:%Y年%m月%d日}起至{self.end:%Y年%m月%d日}止。"
                          "实际放款日与本合同约定不一致的，以借款借据记载为准。"),
            ("第四条 借款利率", f"本合同项下借款年利率为{self.annual_rate_pct}%（单利），按日计息，日利率=年利率/360。"
                          "贷款人不得在本金中预先扣除利息。"),
            ("第五条 还款方式", f"{self.repayment}。每月20日为结息日，借款人应于结息日当日支付当期利息。"),
            ("第六条 担保", f"本合同项下借款由{self.guarantor}提供连带责任保证，保证期间为主债务履行期限届满之日起三年，"
                        "另行签订《保证合同》。"),
            ("第七条 逾期与违约", "借款人未按期还款的，贷款人有权自逾期之日起按本合同借款利率加收百分之五十计收罚息，"
                           "并有权宣布全部借款提前到期。"),
            ("第八条 借款人的承诺", "借款人保证所提供的财务报表、纳税证明、增值税发票等资料真实、完整、有效；"
                            "借款人发生股权变更、涉诉、被列为被执行人等重大事项的，应在五个工作日内书面通知贷款人。"),
            ("第九条 争议解决", "因本合同发生的争议，双方可申请人民调解委员会调解；调解不成的，向贷款人住所地人民法院提起诉讼。"),
            ("第十条 其他", "本合同自双方签字盖章之日起生效。本合同一式三份，贷款人执二份，借款人执一份，具有同等法律效力。"),
        ]


def sample_loan_contract() -> LoanContractSample:
    return LoanContractSample()


# ---------------------------------------------------------------- invoice layout (shared by PDF, PNG, OFD)


@dataclass(frozen=True)
class Placed:
    """A piece of text on the 210 x 140 mm invoice page: x, baseline y in mm, font size in pt."""

    x: float
    y: float
    text: str
    size: float = 9
    role: str = "value"  # "label" (template / pre-printed) or "value" (filled in)


def invoice_layout(inv: InvoiceSample) -> list[Placed]:
    """Where a 数电票 prints what. Labels are listed before values, as in real files where the
    template is drawn first: content order is NOT reading order."""
    lab = []
    val = []
    lab.append(Placed(62, 14, f"电子发票（{inv.invoice_type}）", 15, "label"))
    lab += [Placed(150, 12, "发票号码：", 9, "label"), Placed(150, 18, "开票日期：", 9, "label")]
    val += [Placed(168, 12, inv.number), Placed(168, 18, inv.date_cn)]
    for x0, who, name, tax in ((12, "购买方", inv.buyer_name, inv.buyer_tax_id), (112, "销售方", inv.seller_name, inv.seller_tax_id)):
        lab += [Placed(x0, 32, f"{who}信息", 9, "label"), Placed(x0, 39, "名称：", 9, "label"),
                Placed(x0, 46, "统一社会信用代码/纳税人识别号：", 9, "label")]
        val += [Placed(x0 + 11, 39, name), Placed(x0 + 2, 52, tax)]
    cols = ((12, "项目名称"), (66, "规格型号"), (88, "单位"), (100, "数量"), (116, "单价"), (140, "金额"), (162, "税率/征收率"), (184, "税额"))
    lab += [Placed(x, 62, t, 8, "label") for x, t in cols]
    y = 69
    for ln in inv.lines:
        cells = (ln.name, ln.spec, ln.unit, f"{ln.quantity:f}", f"{ln.unit_price:.2f}", f"{ln.amount:.2f}", ln.rate_text, f"{ln.tax:.2f}")
        val += [Placed(x, y, t, 8) for (x, _), t in zip(cols, cells) if t]
        y += 6
    lab.append(Placed(12, 92, "合计", 9, "label"))
    val += [Placed(140, 92, f"¥{inv.total_without_tax:.2f}"), Placed(184, 92, f"¥{inv.total_tax:.2f}")]
    lab += [Placed(12, 101, "价税合计（大写）", 9, "label"), Placed(140, 101, "（小写）", 9, "label")]
    val += [Placed(45, 101, inv.total_in_words), Placed(155, 101, f"¥{inv.total_with_tax:.2f}")]
    lab += [Placed(12, 112, "备注", 9, "label"), Placed(12, 130, "开票人：", 9, "label")]
    val += [Placed(25, 112, inv.remark), Placed(27, 130, inv.drawer)]
    return lab + val


# ---------------------------------------------------------------- writers


def _fpdf(orientation: str = "P", fmt: tuple[float, float] | str = "A4"):
    from fpdf import FPDF

    pdf = FPDF(orientation=orientation, unit="mm", format=fmt)
    pdf.add_font("notosc", "", str(CJK_TTC), collection_font_number=CJK_SC_INDEX)
    pdf.set_font("notosc", size=10)
    pdf.set_auto_page_break(True, margin=15)
    return pdf


def write_invoice_pdf(directory: Path, inv: InvoiceSample | None = None, name: str = "invoice.pdf") -> Path:
    """A text-layer 数电票 PDF (210 x 140 mm) with frame lines; labels drawn before values."""
    inv = inv or sample_invoice()
    pdf = _fpdf("L", (140, 210))
    pdf.add_page()
    pdf.set_draw_color(150, 80, 40)
    pdf.rect(10, 25, 190, 110)
    for y in (57, 88, 96, 105, 124):
        pdf.line(10, y, 200, y)
    pdf.line(105, 25, 105, 57)
    for p in invoice_layout(inv):
        pdf.set_font("notosc", size=p.size)
        pdf.text(p.x, p.y, p.text)
    out = Path(directory) / name
    pdf.output(str(out))
    return out


def write_loan_contract_pdf(directory: Path, c: LoanContractSample | None = None, name: str = "loan_contract.pdf") -> Path:
    """A multi-page 借款合同 PDF: parties, ten articles, signature block on its own page."""
    c = c or sample_loan_contract()
    pdf = _fpdf()
    pdf.add_page()
    pdf.set_font("notosc", size=18)
    pdf.cell(0, 12, "借款合同", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("notosc", size=10)
    pdf.cell(0, 8, f"合同编号：{c.number}", align="R", new_x="LMARGIN", new_y="NEXT")
    for label, value in (("贷款人（甲方）：", c.lender), ("统一社会信用代码：", c.lender_tax_id),
                         ("借款人（乙方）：", c.borrower), ("统一社会信用代码：", c.borrower_tax_id), ("保证人：", c.guarantor)):
        pdf.cell(0, 7, label + value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.multi_cell(0, 6, "甲乙双方根据《中华人民共和国民法典》等有关法律法规，经平等协商，订立本合同，共同遵守。",
                   wrapmode="CHAR", new_x="LMARGIN", new_y="NEXT")
    for heading, body in c.clauses():
        pdf.ln(2)
        pdf.set_font("notosc", size=11)
        pdf.cell(0, 7, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("notosc", size=10)
        pdf.multi_cell(0, 6, body, wrapmode="CHAR", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.cell(0, 8, "（以下无正文，为签署页）", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.text(20, 60, f"贷款人（盖章）：{c.lender}")
    pdf.text(20, 75, f"借款人（盖章）：{c.borrower}")
    pdf.text(20, 90, f"签订日期：{c.start:%Y年%m月%d日}")
    out = Path(directory) / name
    pdf.output(str(out))
    return out


def render_invoice_image(inv: InvoiceSample | None = None, *, dpi: int = 200, noise: bool = True, seed: int = 7):
    """The invoice as a scanner would produce it (PIL image): grey paper, speckles, slight blur."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    inv = inv or sample_invoice()
    px_per_mm = dpi / 25.4
    img = Image.new("L", (round(210 * px_per_mm), round(140 * px_per_mm)), 246)
    draw = ImageDraw.Draw(img)
    fonts: dict[float, ImageFont.FreeTypeFont] = {}
    for p in invoice_layout(inv):
        size_px = round(p.size / 72 * dpi)
        font = fonts.setdefault(size_px, ImageFont.truetype(str(CJK_TTC), size_px, index=CJK_SC_INDEX))
        draw.text((p.x * px_per_mm, p.y * px_per_mm), p.text, font=font, fill=25, anchor="ls")
    draw.rectangle([10 * px_per_mm, 25 * px_per_mm, 200 * px_per_mm, 135 * px_per_mm], outline=90, width=2)
    if noise:
        rng = random.Random(seed)
        pixels = img.load()
        for _ in range(img.width * img.height // 400):
            pixels[rng.randrange(img.width), rng.randrange(img.height)] = rng.randrange(60, 200)
        img = img.filter(ImageFilter.GaussianBlur(0.6))
    return img.convert("RGB")


def write_scanned_invoice_png(directory: Path, inv: InvoiceSample | None = None, name: str = "invoice_scan.png") -> Path:
    out = Path(directory) / name
    render_invoice_image(inv).save(out)
    return out


def write_scanned_invoice_pdf(directory: Path, inv: InvoiceSample | None = None, name: str = "invoice_scan.pdf") -> Path:
    """An image-only PDF (no text layer), as a copier's scan-to-PDF makes."""
    buf = io.BytesIO()
    render_invoice_image(inv, dpi=150).save(buf, format="PNG")
    pdf = _fpdf("L", (140, 210))
    pdf.add_page()
    pdf.image(buf, x=0, y=0, w=210, h=140)
    out = Path(directory) / name
    pdf.output(str(out))
    return out


def write_loan_contract_docx(directory: Path, c: LoanContractSample | None = None, name: str = "loan_contract.docx") -> Path:
    """A DOCX 借款合同: title, parties, a key-terms table, clauses, and a repayment-schedule table."""
    import docx

    c = c or sample_loan_contract()
    d = docx.Document()
    d.add_heading("借款合同", level=1)
    d.add_paragraph(f"合同编号：{c.number}")
    d.add_paragraph(f"贷款人（甲方）：{c.lender}")
    d.add_paragraph(f"借款人（乙方）：{c.borrower}")
    terms = d.add_table(rows=0, cols=2)
    for k, v in (("借款金额", f"人民币{c.principal_in_words}（¥{c.principal:,.2f}）"), ("年利率", f"{c.annual_rate_pct}%"),
                 ("借款期限", f"{c.start:%Y年%m月%d日}至{c.end:%Y年%m月%d日}"), ("还款方式", c.repayment),
                 ("保证人", f"{c.guarantor}（连带责任保证）")):
        cells = terms.add_row().cells
        cells[0].text, cells[1].text = k, v
    for heading, body in c.clauses():
        d.add_paragraph(heading)
        d.add_paragraph(body)
    d.add_paragraph("附件：还款计划表")
    sched = d.add_table(rows=1, cols=3)
    sched.rows[0].cells[0].text, sched.rows[0].cells[1].text, sched.rows[0].cells[2].text = "期数", "还款日", "应还本金（元）"
    for i in range(1, 4):
        row = sched.add_row().cells
        row[0].text, row[1].text = str(i), f"2025年{3 + i:02d}月20日"
        row[2].text = f"{c.principal:.2f}" if i == 3 else "0.00"
    merged = sched.add_row().cells
    merged[0].merge(merged[1]).text = "合计"
    merged[2].text = f"{c.principal:.2f}"
    out = Path(directory) / name
    d.save(str(out))
    return out


def loan_contract_text(c: LoanContractSample | None = None) -> str:
    c = c or sample_loan_contract()
    head = [f"借款合同（合同编号：{c.number}）", f"贷款人：{c.lender}", f"借款人：{c.borrower}", ""]
    return "\r\n".join(head + [f"{h}\r\n{b}" for h, b in c.clauses()]) + "\r\n"


def write_gbk_txt(directory: Path, c: LoanContractSample | None = None, name: str = "loan_contract_gbk.txt") -> Path:
    """The contract as a GBK text file with Windows line endings (what Notepad on Chinese Windows saves)."""
    out = Path(directory) / name
    out.write_bytes(loan_contract_text(c).encode("gbk"))
    return out


def einvoice_xml(inv: InvoiceSample | None = None) -> str:
    """数电票 XML in the layout of the national tax platform's download (EInvoice root)."""
    from xml.sax.saxutils import escape as e

    inv = inv or sample_invoice()
    items = "".join(
        f"""
    <IssuItemInformation>
      <ItemName>{e(ln.name)}</ItemName><SpecMod>{e(ln.spec)}</SpecMod><MeaUnits>{e(ln.unit)}</MeaUnits>
      <Quantity>{ln.quantity:f}</Quantity><UnPrice>{ln.unit_price:.2f}</UnPrice><Amount>{ln.amount:.2f}</Amount>
      <TaxRate>{ln.tax_rate:.2f}</TaxRate><ComTaxAm>{ln.tax:.2f}</ComTaxAm>
    </IssuItemInformation>""" for ln in inv.lines)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<EInvoice>
  <Header>
    <EIid>{inv.number}</EIid>
    <EInvoiceTag>SWEI3200</EInvoiceTag>
    <Version>0.1</Version>
    <InherentLabel>
      <InIssuType><LabelCode>Y</LabelCode><LabelName>是否蓝字发票标志</LabelName></InIssuType>
      <EInvoiceType><LabelCode>01</LabelCode><LabelName>{e(inv.invoice_type)}</LabelName></EInvoiceType>
      <GeneralOrSpecialVAT><LabelCode>01</LabelCode><LabelName>{e(inv.invoice_type)}</LabelName></GeneralOrSpecialVAT>
    </InherentLabel>
  </Header>
  <EInvoiceData>
    <SellerInformation>
      <SellerIdNum>{inv.seller_tax_id}</SellerIdNum><SellerName>{e(inv.seller_name)}</SellerName>
      <SellerAddr>佛山市顺德区北滘镇工业大道8号</SellerAddr><SellerTelNum>0757-26601234</SellerTelNum>
      <SellerBankName>中国工商银行佛山北滘支行</SellerBankName><SellerBankAccNum>2013005609200123456</SellerBankAccNum>
    </SellerInformation>
    <BuyerInformation>
      <BuyerIdNum>{inv.buyer_tax_id}</BuyerIdNum><BuyerName>{e(inv.buyer_name)}</BuyerName>
      <BuyerAddr/><BuyerTelNum/><BuyerBankName/><BuyerBankAccNum/>
    </BuyerInformation>
    <BasicInformation>
      <TotalAmWithoutTax>{inv.total_without_tax:.2f}</TotalAmWithoutTax>
      <TotalTaxAm>{inv.total_tax:.2f}</TotalTaxAm>
      <TotalTax-includedAmount>{inv.total_with_tax:.2f}</TotalTax-includedAmount>
      <TotalTax-includedAmountInChinese>{inv.total_in_words}</TotalTax-includedAmountInChinese>
      <Drawer>{e(inv.drawer)}</Drawer>
      <RequestTime>{inv.issue_date:%Y-%m-%d} 10:21:33</RequestTime>
    </BasicInformation>{items}
    <AdditionalInformation><Remark>{e(inv.remark)}</Remark></AdditionalInformation>
  </EInvoiceData>
  <TaxSupervisionInfo>
    <InvoiceNumber>{inv.number}</InvoiceNumber>
    <IssueTime>{inv.issue_date:%Y-%m-%d}</IssueTime>
    <TaxBureauCode>14400000000</TaxBureauCode>
    <TaxBureauName>国家税务总局广东省税务局</TaxBureauName>
  </TaxSupervisionInfo>
</EInvoice>
"""


def write_einvoice_xml(directory: Path, inv: InvoiceSample | None = None, name: str = "einvoice.xml") -> Path:
    out = Path(directory) / name
    out.write_text(einvoice_xml(inv), encoding="utf-8")
    return out


_OFD_NS = "http://www.ofdspec.org/2016"


def _ofd_content(items: list[Placed]) -> str:
    from xml.sax.saxutils import escape

    objs = []
    for i, p in enumerate(items, start=10):
        size_mm = p.size * 25.4 / 72
        width = size_mm * sum(1.0 if unicodedata.east_asian_width(c) in "WF" else 0.55 for c in p.text)
        objs.append(f'<ofd:TextObject ID="{i}" Boundary="{p.x:.2f} {p.y - size_mm:.2f} {width:.2f} {size_mm * 1.25:.2f}" '
                    f'Font="3" Size="{size_mm:.3f}"><ofd:TextCode X="0" Y="{size_mm:.3f}">{escape(p.text)}</ofd:TextCode>'
                    f"</ofd:TextObject>")
    return (f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="{_OFD_NS}"><ofd:Content><ofd:Layer ID="2">'
            + "".join(objs) + "</ofd:Layer></ofd:Content></ofd:Page>")


def write_einvoice_ofd(directory: Path, inv: InvoiceSample | None = None, *, attach_xml: bool = True,
                       name: str = "einvoice.ofd") -> Path:
    """An OFD e-invoice: labels in a template page, values on the page, CustomData in OFD.xml and
    (optionally) the invoice XML as an attachment, as the tax platform issues them."""
    inv = inv or sample_invoice()
    layout = invoice_layout(inv)
    custom = {"发票号码": inv.number, "开票日期": inv.date_cn, "购买方纳税人识别号": inv.buyer_tax_id,
              "销售方纳税人识别号": inv.seller_tax_id, "合计金额": f"{inv.total_without_tax:.2f}", "合计税额": f"{inv.total_tax:.2f}"}
    custom_xml = "".join(f'<ofd:CustomData Name="{k}">{v}</ofd:CustomData>' for k, v in custom.items())
    ofd_xml = (f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="{_OFD_NS}" Version="1.1" DocType="OFD">'
               f"<ofd:DocBody><ofd:DocInfo><ofd:DocID>a1b2c3</ofd:DocID><ofd:Creator>TaxPlatform</ofd:Creator>"
               f"<ofd:CustomDatas>{custom_xml}</ofd:CustomDatas></ofd:DocInfo>"
               f"<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>")
    document = (f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document xmlns:ofd="{_OFD_NS}"><ofd:CommonData>'
                f"<ofd:MaxUnitID>999</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 140</ofd:PhysicalBox></ofd:PageArea>"
                f'<ofd:PublicRes>PublicRes.xml</ofd:PublicRes><ofd:TemplatePage ID="1" BaseLoc="Tpls/Tpl_0/Content.xml"/>'
                f'</ofd:CommonData><ofd:Pages><ofd:Page ID="5" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages>'
                + ("<ofd:Attachments>Attachs/Attachments.xml</ofd:Attachments>" if attach_xml else "")
                + "</ofd:Document>")
    page = _ofd_content([p for p in layout if p.role == "value"]).replace(
        "<ofd:Content>", '<ofd:Template TemplateID="1" ZOrder="Background"/><ofd:Content>')
    out = Path(directory) / name
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("OFD.xml", ofd_xml)
        zf.writestr("Doc_0/Document.xml", document)
        zf.writestr("Doc_0/PublicRes.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:Res xmlns:ofd="{_OFD_NS}" BaseLoc="Res"/>')
        zf.writestr("Doc_0/Tpls/Tpl_0/Content.xml", _ofd_content([p for p in layout if p.role == "label"]))
        zf.writestr("Doc_0/Pages/Page_0/Content.xml", page)
        if attach_xml:
            zf.writestr("Doc_0/Attachs/Attachments.xml",
                        f'<?xml version="1.0" encoding="UTF-8"?><ofd:Attachments xmlns:ofd="{_OFD_NS}">'
                        f'<ofd:Attachment ID="900" Name="original_invoice" Format="xml">'
                        f"<ofd:FileLoc>original_invoice.xml</ofd:FileLoc></ofd:Attachment></ofd:Attachments>")
            zf.writestr("Doc_0/Attachs/original_invoice.xml", einvoice_xml(inv))
    return out


def write_encrypted_pdf(directory: Path, password: str = "8866", name: str = "encrypted.pdf") -> Path:
    """A contract PDF that needs a user password to open (RC4, as older bank systems produce)."""
    pdf = _fpdf()
    pdf.add_page()
    pdf.cell(0, 10, "借款合同（加密副本）", new_x="LMARGIN", new_y="NEXT")
    pdf.set_encryption(owner_password="owner-" + password, user_password=password)
    out = Path(directory) / name
    pdf.output(str(out))
    return out


def write_corrupt_pdf(directory: Path, name: str = "corrupt.pdf") -> Path:
    """A PDF header followed by garbage: what a broken download or a mis-renamed file looks like."""
    rng = random.Random(3)
    out = Path(directory) / name
    out.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(rng.randrange(256) for _ in range(4000)))
    return out


def write_traversal_zip(directory: Path, name: str = "traversal.zip") -> Path:
    """A zip whose member would be written outside the extraction directory (zip-slip)."""
    out = Path(directory) / name
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("发票/说明.txt", "正常文件")
        zf.writestr("../../../tmp/evil.txt", "would overwrite a file outside the target directory")
    return out


def write_zip_bomb(directory: Path, megabytes: int = 64, name: str = "bomb.zip") -> Path:
    """A small zip holding one member of zeros that expands about 1000x."""
    out = Path(directory) / name
    chunk = b"\0" * (1024 * 1024)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf, zf.open("invoices.txt", "w", force_zip64=True) as fh:
        for _ in range(megabytes):
            fh.write(chunk)
    return out


def write_documents_zip(directory: Path, files: dict[str, bytes], name: str = "batch.zip") -> Path:
    """A batch archive holding the given members (names may contain folders)."""
    out = Path(directory) / name
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for member, data in files.items():
            zf.writestr(member, data)
    return out
