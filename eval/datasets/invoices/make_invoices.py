"""Build the synthetic Chinese VAT invoice test set: text-layer PDFs laid out like the real forms, a few
rasterised with noise for the OCR path, some deliberately faulty, each with gold JSON.

Deterministic (seeded): `python eval/datasets/invoices/make_invoices.py [OUT_DIR] [--count 44]`.
Layouts follow the printed forms: 数电票 (电子发票（增值税专用发票）/（普通发票）, buyer and seller side by side,
20-digit 发票号码, no 发票代码) and classic 增值税专用/普通发票 (10/12-digit 发票代码, 8-digit 号码, buyer on
top, seller at the bottom, 密码区 cipher text next to the buyer, 校验码 on electronic normal invoices).
"""
from __future__ import annotations

import argparse
import io
import json
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from fpdf import FPDF

from agent.invoices.capital_numerals import write_capital
from agent.identifiers import CREDIT_CODE_CHARS, credit_code_check_char

FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
HERE = Path(__file__).parent
CENT = Decimal("0.01")

CITIES = [("广州", "440106"), ("深圳", "440305"), ("佛山", "440604"), ("东莞", "441900"), ("珠海", "440402"),
          ("杭州", "330106"), ("苏州", "320505"), ("成都", "510107"), ("长沙", "430104"), ("南宁", "450103")]
TRADES = ["恒达", "顺兴", "宏远", "瑞丰", "金桥", "华盛", "永泰", "嘉禾", "信诚", "鼎新", "联创", "和美", "万通", "德润"]
KINDS = ["贸易", "建材", "电子科技", "物流", "食品", "机械设备", "纺织", "餐饮管理", "五金", "包装材料"]
FORMS = ["有限公司", "有限责任公司", "股份有限公司", "商贸有限公司"]
STREETS = ["天河路", "体育西路", "深南大道", "季华路", "东城大道", "文三路", "干将路", "人民南路", "五一大道", "民族大道"]
BANKS = ["中国工商银行", "中国建设银行", "中国农业银行", "招商银行", "广州农村商业银行", "中国银行"]
PEOPLE = ["张敏", "李娜", "王强", "刘洋", "陈静", "杨帆", "赵磊", "黄丽", "周杰", "吴婷"]
CATALOGUE = [  # (name, spec, unit, price range, tax rate)
    ("*黑色金属冶炼压延品*热轧卷板", "Q235B", "吨", (3800, 4600), "13%"),
    ("*水泥*普通硅酸盐水泥", "P.O42.5", "吨", (380, 520), "13%"),
    ("*电子元件*贴片电容", "0603-10uF", "个", (0.05, 0.4), "13%"),
    ("*计算机配套产品*固态硬盘", "1TB", "块", (350, 680), "13%"),
    ("*纺织产品*纯棉面料", "40S", "米", (12, 35), "13%"),
    ("*运输服务*国内道路货物运输服务", "", "次", (800, 5000), "9%"),
    ("*农产品*大米", "25kg", "袋", (90, 160), "9%"),
    ("*现代服务*技术服务费", "", "项", (2000, 30000), "6%"),
    ("*餐饮服务*餐费", "", "次", (200, 3000), "6%"),
    ("*建筑服务*工程款", "", "项", (10000, 200000), "9%"),
    ("*塑料制品*包装袋", "40x60cm", "只", (0.3, 1.8), "3%"),
    ("*五金制品*不锈钢螺栓", "M8x40", "套", (0.8, 3.5), "1%"),
]


@dataclass
class Company:
    name: str
    tax_id: str
    address_phone: str
    bank_account: str


@dataclass
class Item:
    name: str
    spec: str
    unit: str
    quantity: Decimal
    unit_price: Decimal
    amount: Decimal
    tax_rate: str
    tax: Decimal


@dataclass
class Invoice:
    layout: str                       # digital | classic
    kind: str                         # special | normal
    medium: str                       # paper | electronic | digital
    title: str
    invoice_code: str | None
    invoice_number: str
    issue_date: date
    check_code: str | None
    buyer: Company
    seller: Company
    items: list[Item]
    total_amount: Decimal
    total_tax: Decimal
    total_with_tax: Decimal
    capital: str
    remarks: str
    issuer: str
    payee: str | None
    reviewer: str | None
    red_letter: bool = False
    expected_errors: list[str] = field(default_factory=list)


def money(x: Decimal) -> Decimal:
    return x.quantize(CENT, rounding=ROUND_HALF_UP)


def credit_code(rng: random.Random, area: str) -> str:
    body = rng.choice("9") + rng.choice("123") + area + "".join(rng.choice(CREDIT_CODE_CHARS) for _ in range(9))
    return body + credit_code_check_char(body)


def company(rng: random.Random) -> Company:
    city, area = rng.choice(CITIES)
    name = f"{city}市{rng.choice(TRADES)}{rng.choice(KINDS)}{rng.choice(FORMS)}"
    phone = f"0{rng.randint(20, 799)}-{rng.randint(20000000, 89999999)}"
    address = f"{city}市{rng.choice(STREETS)}{rng.randint(1, 999)}号"
    account = "".join(str(rng.randint(0, 9)) for _ in range(rng.choice([16, 19])))
    return Company(name, credit_code(rng, area), f"{address} {phone}", f"{rng.choice(BANKS)}{city}分行 {account}")


def items_for(rng: random.Random, kind: str, sign: int) -> list[Item]:
    out = []
    for _ in range(rng.randint(1, 4)):
        name, spec, unit, (lo, hi), rate = rng.choice(CATALOGUE)
        if kind == "normal" and rng.random() < 0.4:
            rate = rng.choice(["3%", "1%"])   # small-scale taxpayers on 普票
        qty = Decimal(rng.choice([1, 2, 3, 5, 10, 12, 20, 50, 100, 1000]))
        price = Decimal(str(round(rng.uniform(lo, hi), 2)))
        amount = money(qty * price) * sign
        tax = money(amount * Decimal(rate.rstrip("%")) / 100)
        out.append(Item(name, spec, unit, qty * sign, price, amount, rate, tax))
    return out


def make_invoice(rng: random.Random, index: int) -> Invoice:
    layout = "digital" if index % 2 == 0 else "classic"
    kind = rng.choice(["special", "normal"])
    red = index in (6, 19)
    sign = -1 if red else 1
    buyer, seller = company(rng), company(rng)
    items = items_for(rng, kind, sign)
    total_amount = sum((it.amount for it in items), Decimal(0))
    total_tax = sum((it.tax for it in items), Decimal(0))
    total = total_amount + total_tax
    issue = date(2023, 1, 1) + timedelta(days=rng.randint(0, 600))
    if layout == "digital":
        medium, code, check = "digital", None, None
        number = f"{issue.year % 100:02d}{rng.choice(['44', '33', '32'])}2000000{rng.randint(10**8, 10**9 - 1)}"[:20]
        title = "电子发票（增值税专用发票）" if kind == "special" else "电子发票（普通发票）"
    else:
        medium = "paper" if kind == "special" or rng.random() < 0.4 else "electronic"
        number = f"{rng.randint(10**7, 10**8 - 1)}"
        code = f"44{rng.randint(10**7, 10**8 - 1)}" if medium == "paper" else f"0440019{rng.randint(10**4, 10**5 - 1)}"
        check = "".join(str(rng.randint(0, 9)) for _ in range(20)) if medium == "electronic" else None
        title = {"special": "广东增值税专用发票", "normal": "广东增值税普通发票"}[kind]
        if medium == "electronic":
            title = "广东增值税电子普通发票"
    remarks = f"项目：{rng.choice(TRADES)}仓储扩建" if rng.random() < 0.5 else ""
    if red:
        remarks = f"被红冲蓝字发票号码：{rng.randint(10**19, 10**20 - 1)}" if layout == "digital" else \
            f"对应正数发票代码:44{rng.randint(10**7, 10**8 - 1)}号码:{rng.randint(10**7, 10**8 - 1)}"
    inv = Invoice(layout, kind, medium, title, code, number, issue, check, buyer, seller, items, total_amount,
                  total_tax, total, write_capital(total), remarks, rng.choice(PEOPLE),
                  rng.choice(PEOPLE) if layout == "classic" else None, rng.choice(PEOPLE) if layout == "classic" else None,
                  red_letter=red)
    fault = {9: "capital_mismatch", 15: "bad_check_digit", 21: "items_amount_mismatch", 27: "total_mismatch",
             33: "capital_mismatch", 39: "bad_check_digit", 41: "items_amount_mismatch"}.get(index)
    if fault == "capital_mismatch":
        inv.capital = write_capital(inv.total_with_tax + Decimal(rng.choice([1, 10, 100])))
    elif fault == "bad_check_digit":
        tid = inv.seller.tax_id
        inv.seller.tax_id = tid[:17] + next(c for c in "0123456789ABC" if c != tid[17])
    elif fault == "items_amount_mismatch":
        inv.total_amount += Decimal(100)
        inv.total_with_tax = inv.total_amount + inv.total_tax
        inv.capital = write_capital(inv.total_with_tax)
    elif fault == "total_mismatch":
        inv.total_with_tax += Decimal(1)
        inv.capital = write_capital(inv.total_with_tax)
    if fault:
        inv.expected_errors.append(fault)
    return inv


def fmt(x: Decimal) -> str:
    return f"{x:.2f}"


def qty_text(x: Decimal) -> str:
    return format(x.normalize(), "f")


class Page:
    """Tiny drawing helper: each call is one text object in the PDF, like a real issuing system."""

    def __init__(self) -> None:
        self.pdf = FPDF(unit="mm", format=(140, 240))  # 240 x 140 mm, landscape, like the printed forms
        self.pdf.set_auto_page_break(False)
        self.pdf.add_font("noto", fname=FONT)
        self.pdf.add_page(orientation="L")

    def text(self, x: float, y: float, s: str, size: float = 8.5, right: bool = False) -> None:
        if not s:
            return
        self.pdf.set_font("noto", size=size)
        if right:
            x -= self.pdf.get_string_width(s)
        self.pdf.text(x, y, s)

    def vertical(self, x: float, y: float, s: str, step: float = 4.2) -> None:
        for i, ch in enumerate(s):
            self.text(x, y + i * step, ch)

    def rect(self, x: float, y: float, w: float, h: float) -> None:
        self.pdf.set_draw_color(150, 60, 40)
        self.pdf.rect(x, y, w, h)

    def output(self) -> bytes:
        return bytes(self.pdf.output())


COLUMNS_DIGITAL = [("项目名称", 12, False), ("规格型号", 70, False), ("单位", 95, False), ("数量", 130, True),
                   ("单价", 155, True), ("金额", 182, True), ("税率/征收率", 190, False), ("税额", 232, True)]
COLUMNS_CLASSIC = [("货物或应税劳务、服务名称", 20, False), ("规格型号", 78, False), ("单位", 102, False), ("数量", 132, True),
                   ("单价", 157, True), ("金额", 185, True), ("税率", 192, False), ("税额", 232, True)]


def draw_items(p: Page, inv: Invoice, columns: list, y0: float) -> float:
    for label, x, right in columns:
        p.text(x, y0, label, size=8, right=right)
    y = y0 + 6
    for it in inv.items:
        cells = [it.name, it.spec, it.unit, qty_text(it.quantity), str(it.unit_price), fmt(it.amount), it.tax_rate, fmt(it.tax)]
        for (label, x, right), cell in zip(columns, cells):
            p.text(x, y, cell, right=right)
        y += 5.5
    return y


def draw_digital(inv: Invoice) -> bytes:
    p = Page()
    p.rect(8, 22, 226, 108)
    p.text(120, 13, inv.title, size=14)
    p.text(172, 10, "发票号码：")
    p.text(188, 10, inv.invoice_number)
    p.text(172, 16, "开票日期：")
    p.text(188, 16, f"{inv.issue_date.year}年{inv.issue_date.month:02d}月{inv.issue_date.day:02d}日")
    p.vertical(11, 28, "购买方信息")
    p.vertical(123, 28, "销售方信息")
    for x, party in ((17, inv.buyer), (129, inv.seller)):
        p.text(x, 31, "名称：")
        p.text(x + 10, 31, party.name)
        p.text(x, 40, "统一社会信用代码/纳税人识别号：")
        p.text(x + 49, 40, party.tax_id)
    y = draw_items(p, inv, COLUMNS_DIGITAL, 54)
    y = max(y, 90)
    p.text(12, y, "合计")
    p.text(182, y, f"¥{fmt(inv.total_amount)}", right=True)
    p.text(232, y, f"¥{fmt(inv.total_tax)}", right=True)
    p.text(12, y + 8, "价税合计（大写）")
    p.text(45, y + 8, ("（负数）" if inv.red_letter else "") + "⊗" + inv.capital.removeprefix("负"))
    p.text(170, y + 8, "（小写）")
    p.text(183, y + 8, f"¥{fmt(inv.total_with_tax)}")
    p.vertical(11, y + 14, "备注")
    p.text(20, y + 16, inv.remarks)
    p.text(12, 136, "开票人：")
    p.text(25, 136, inv.issuer)
    return p.output()


def draw_classic(inv: Invoice, rng: random.Random) -> bytes:
    p = Page()
    p.rect(8, 24, 226, 104)
    if inv.medium == "paper":
        p.text(12, 10, inv.invoice_code or "", size=11)
        p.text(190, 10, "No", size=11)
        p.text(197, 10, inv.invoice_number, size=11)
    else:
        p.text(172, 8, "发票代码：")
        p.text(188, 8, inv.invoice_code or "")
        p.text(172, 13, "发票号码：")
        p.text(188, 13, inv.invoice_number)
    p.text(95, 13, inv.title, size=14)
    p.text(172, 19, "开票日期：")
    p.text(188, 19, f"{inv.issue_date.year}年{inv.issue_date.month:02d}月{inv.issue_date.day:02d}日")
    if inv.check_code:
        p.text(172, 23, "校验码：")
        cc = inv.check_code
        p.text(186, 23, " ".join(cc[i:i + 5] for i in range(0, 20, 5)))
    labels = [("名称：", "name"), ("纳税人识别号：", "tax_id"), ("地址、电话：", "address_phone"), ("开户行及账号：", "bank_account")]
    p.vertical(11, 30, "购买方")
    p.vertical(150, 30, "密码区")
    for i, (label, attr) in enumerate(labels):
        y = 30 + i * 5
        p.text(17, y, label)
        p.text(40, y, getattr(inv.buyer, attr))
        p.text(157, y, "".join(rng.choice("0123456789<>+-*/") for _ in range(28)), size=7.5)
    y = draw_items(p, inv, COLUMNS_CLASSIC, 54)
    y = max(y, 84)
    p.text(30, y, "合 计")
    p.text(185, y, f"¥{fmt(inv.total_amount)}", right=True)
    p.text(232, y, f"¥{fmt(inv.total_tax)}", right=True)
    p.text(12, y + 7, "价税合计（大写）")
    p.text(45, y + 7, ("（负数）" if inv.red_letter else "") + "ⓧ" + inv.capital.removeprefix("负"))
    p.text(170, y + 7, "（小写）")
    p.text(183, y + 7, f"¥{fmt(inv.total_with_tax)}")
    p.vertical(11, 104, "销售方")
    for i, (label, attr) in enumerate(labels):
        yy = 104 + i * 5
        p.text(17, yy, label)
        p.text(40, yy, getattr(inv.seller, attr))
    p.text(150, 104, "备注：")
    p.text(160, 104, inv.remarks)
    footer = [("收款人：", inv.payee), ("复核：", inv.reviewer), ("开票人：", inv.issuer)]
    for j, (label, who) in enumerate(footer):
        p.text(12 + j * 55, 134, label)
        p.text(12 + j * 55 + len(label) * 3.2, 134, who or "")
    p.text(180, 134, "销售方：（章）")
    return p.output()


def gold(inv: Invoice) -> dict:
    def party(prefix: str, c: Company, classic: bool) -> dict:
        out = {f"{prefix}_name": c.name, f"{prefix}_tax_id": c.tax_id}
        if classic:
            out |= {f"{prefix}_address_phone": c.address_phone, f"{prefix}_bank_account": c.bank_account}
        return out

    classic = inv.layout == "classic"
    fields = {
        "title": inv.title, "kind": inv.kind, "medium": inv.medium, "invoice_code": inv.invoice_code,
        "invoice_number": inv.invoice_number, "issue_date": inv.issue_date.isoformat(), "check_code": inv.check_code,
        **party("buyer", inv.buyer, classic), **party("seller", inv.seller, classic),
        "total_amount": fmt(inv.total_amount), "total_tax": fmt(inv.total_tax), "total_with_tax": fmt(inv.total_with_tax),
        "total_with_tax_capital": ("（负数）" if inv.red_letter else "") + inv.capital.removeprefix("负"),
        "remarks": inv.remarks or None, "issuer": inv.issuer, "payee": inv.payee, "reviewer": inv.reviewer,
        "red_letter": inv.red_letter,
    }
    items = [{"name": it.name, "spec": it.spec or None, "unit": it.unit, "quantity": qty_text(it.quantity),
              "unit_price": str(it.unit_price), "amount": fmt(it.amount), "tax_rate": it.tax_rate, "tax": fmt(it.tax)}
             for it in inv.items]
    return {"fields": fields, "items": items, "expected_errors": inv.expected_errors}


def rasterise(pdf_bytes: bytes, rng: random.Random, dpi: int = 150) -> bytes:
    """Render page 1 and add scanner noise (speckle, slight blur) so the OCR path is exercised."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter

    page = pdfium.PdfDocument(pdf_bytes)[0]
    img = page.render(scale=dpi / 72).to_pil().convert("L")
    w, h = img.size
    noise = random.Random(rng.random()).randbytes(w * h)
    # about 1 pixel in 128 turns to speckle: dark dots and white drop-outs
    mask = Image.frombytes("L", (w, h), bytes(255 if b < 2 else (0 if b > 253 else 128) for b in noise))
    img.paste(0, mask=mask.point(lambda v: 255 if v == 255 else 0))
    img.paste(255, mask=mask.point(lambda v: 255 if v == 0 else 0))
    img = img.filter(ImageFilter.GaussianBlur(0.6)).rotate(rng.uniform(-0.6, 0.6), fillcolor=255, expand=False)
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=True)
    return buf.getvalue()


OCR_INDICES = (3, 8, 14, 20)


def build(out_dir: Path = HERE / "files", count: int = 44, seed: int = 20240506) -> list[dict]:
    """Write the PDFs / PNGs and `gold.jsonl` into out_dir; return the gold rows."""
    rng = random.Random(seed)
    out_dir.mkdir(parents=True, exist_ok=True)
    rows = []
    for i in range(count):
        inv = make_invoice(rng, i)
        pdf = draw_digital(inv) if inv.layout == "digital" else draw_classic(inv, rng)
        if i in OCR_INDICES:
            name = f"invoice_{i:03d}.png"
            (out_dir / name).write_bytes(rasterise(pdf, rng))
        else:
            name = f"invoice_{i:03d}.pdf"
            (out_dir / name).write_bytes(pdf)
        rows.append({"file": name, "layout": inv.layout, "ocr": i in OCR_INDICES, **gold(inv)})
    with (out_dir / "gold.jsonl").open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return rows


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("out_dir", nargs="?", type=Path, default=HERE / "files")
    ap.add_argument("--count", type=int, default=44)
    ap.add_argument("--seed", type=int, default=20240506)
    args = ap.parse_args()
    print(f"wrote {len(build(args.out_dir, args.count, args.seed))} invoices to {args.out_dir}")
