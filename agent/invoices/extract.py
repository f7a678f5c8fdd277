"""Chinese VAT invoice extraction: labels paired with values in the parsed text, every value with its evidence.

Order of sources: 数电票 XML fields (exact) > printed-form rules on the text layer / OCR text > the LLM, which is
asked only for fields still missing or failing validation (`use_llm`). Amounts that code can recompute are
never taken from the model when they disagree (see `llm_fill.py`).
"""
from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from agent.invoices.schemas import Evidence, ExtractionResult, LineItem, Party, VatInvoice
from agent.invoices.validators import validate_invoice
from retrieval.models import ParsedDocument

LABELS_PATH = Path(__file__).with_name("invoice_labels.yaml")
PARTY_FIELDS = ("name", "tax_id", "address_phone", "bank_account")
_NUM = re.compile(r"^-?[\d,]*\.?\d+$")
_RATE = re.compile(r"^(?:\d+(?:\.\d+)?%|免税|不征税|\*+)$")


@lru_cache(maxsize=1)
def load_labels(path: Path = LABELS_PATH) -> dict[str, Any]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def evidence_for(doc: ParsedDocument, start: int, end: int, confidence: float, source: str = "rule") -> Evidence:
    """Evidence for a span of `doc.text`: page and box from the blocks it overlaps; OCR confidence lowers ours."""
    hits = [b for b in doc.blocks if b.start < end and b.end > start]
    boxes = [b.box for b in hits if b.box]
    box = (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes)) if boxes else None
    ocr = [b.confidence for b in hits if b.confidence is not None]
    conf = confidence * (min(ocr) if ocr else 1.0)
    return Evidence(text=doc.text[start:end], page=hits[0].page if hits else 1, start=start, end=end, box=box,
                    source=source, confidence=round(conf, 3))  # type: ignore[arg-type]


def _money(text: str | None) -> Decimal | None:
    if text is None or not re.search(r"\d", text):
        return None
    try:
        return Decimal(text.replace(",", "").replace("¥", "").replace("￥", "").strip())
    except InvalidOperation:
        return None


class _Found:
    """Collects field values and evidence while the rules run."""

    def __init__(self, doc: ParsedDocument) -> None:
        self.doc = doc
        self.values: dict[str, Any] = {}
        self.evidence: dict[str, Evidence] = {}

    def put(self, name: str, value: Any, m: re.Match, group: str, confidence: float) -> None:
        if value in (None, "") or name in self.values:
            return
        self.values[name] = value
        self.evidence[name] = evidence_for(self.doc, m.start(group), m.end(group), confidence)


def _header_fields(found: _Found, labels: dict) -> None:
    text = found.doc.text
    for name, patterns in labels["header"].items():
        for p in patterns:
            m = re.search(p["pattern"], text)
            if m:
                value = re.sub(r"\s+", "", m.group("v")) if name != "remarks" else m.group("v").strip()
                if name == "check_code":
                    value = re.sub(r"\D", "", value)
                if name == "title":
                    value = value.replace("(", "（").replace(")", "）")
                if name == "total_with_tax_capital":
                    value = re.sub(r"[⊗ⓧ×]", "", value)  # the printed cross-out mark before the capitals
                found.put(name, value, m, "v", p["confidence"])
                break
    for p in labels["issue_date"]:
        m = re.search(p["pattern"], text)
        if m:
            try:
                value = date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
            except ValueError:
                continue
            found.values["issue_date"] = value
            found.evidence["issue_date"] = evidence_for(found.doc, m.start(), m.end(), p["confidence"])
            found.evidence["issue_date"].start = m.start("y")
            found.evidence["issue_date"].text = text[m.start("y"):m.end()]
            break
    m = re.search(labels["totals"], text)
    if m:
        found.put("total_amount", _money(m.group("a")), m, "a", 0.9)
        found.put("total_tax", _money(m.group("t")) if "*" not in m.group("t") else Decimal(0), m, "t", 0.9)
    if isinstance(found.values.get("total_with_tax"), str):
        found.values["total_with_tax"] = _money(found.values["total_with_tax"])


def _party_fields(found: _Found, labels: dict) -> None:
    for field, pattern in labels["party"].items():
        for k, m in enumerate(re.finditer(pattern, found.doc.text)):
            if k > 1:
                break
            side = "buyer" if k == 0 else "seller"
            value = m.group("v").strip()
            found.put(f"{side}_{field}", value.upper() if field == "tax_id" else value, m, "v", 0.9)


def _parse_item_row(tokens: list[str]) -> LineItem | None:
    """Right to left: 税额, 税率, 金额, [单价], [数量]; then left to right: 名称, [规格型号], [单位]."""
    if len(tokens) < 4 or not _RATE.match(tokens[-2]) or not _NUM.match(tokens[-3]):
        return None
    tax, rate, amount = tokens[-1], tokens[-2], tokens[-3]
    rest = tokens[:-3]
    nums: list[str] = []
    while rest and _NUM.match(rest[-1]) and len(nums) < 2:
        nums.insert(0, rest.pop())
    qty, price = (nums + [None, None])[:2] if len(nums) == 2 else (None, nums[0] if nums else None)
    name, spec, unit = (rest + [None, None, None])[:3] if rest else (None, None, None)
    if len(rest) == 2 and rest[1] is not None and len(rest[1]) <= 2 and not re.search(r"[0-9A-Za-z]", rest[1]):
        spec, unit = None, rest[1]
    if len(rest) > 3:  # names with spaces: everything before the last two tokens is the name
        name, spec, unit = " ".join(rest[:-2]), rest[-2], rest[-1]
    return LineItem(name=name, spec=spec, unit=unit, quantity=_money(qty), unit_price=_money(price),
                    amount=_money(amount), tax_rate=rate if "*" not in rate else None,
                    tax=_money(tax) if "*" not in tax else Decimal(0))


def _items(found: _Found, labels: dict) -> list[LineItem]:
    text = found.doc.text
    header = re.search(labels["items_header"], text)
    if not header:
        return []
    end = re.compile(labels["items_end"]).search(text, header.end())
    body = text[header.end(): end.start() if end else len(text)]
    items: list[LineItem] = []
    offset = header.end()
    for line in body.split("\n"):
        item = _parse_item_row(line.split())
        if item:
            items.append(item)
            i = len(items) - 1
            s = offset + len(line) - len(line.lstrip())
            found.evidence[f"items[{i}]"] = evidence_for(found.doc, s, offset + len(line.rstrip()), 0.85)
        offset += len(line) + 1
    return items


def _classify(values: dict[str, Any], text: str, labels: dict) -> None:
    title = values.get("title") or ""
    if "专用" in title:
        values["kind"] = "special"
    elif "普通" in title:
        values["kind"] = "normal"
    number = values.get("invoice_number") or ""
    if title.startswith("电子发票") or len(number) == 20:
        values["medium"] = "digital"
    elif "电子" in title:
        values["medium"] = "electronic"
    elif title:
        values["medium"] = "paper"
    total = values.get("total_with_tax")
    capital = values.get("total_with_tax_capital") or ""
    values["red_letter"] = bool((total is not None and total < 0) or "负" in capital
                                or any(w in text for w in labels["red_letter_words"]))


def to_invoice(values: dict[str, Any], items: list[LineItem]) -> VatInvoice:
    parties = {side: Party(**{f: values.get(f"{side}_{f}") for f in PARTY_FIELDS}) for side in ("buyer", "seller")}
    scalar = {k: v for k, v in values.items() if k in VatInvoice.model_fields and k not in ("buyer", "seller", "items")}
    return VatInvoice(**scalar, buyer=parties["buyer"], seller=parties["seller"], items=items)


def flatten(inv: VatInvoice) -> dict[str, Any]:
    """Flat JSON-ready fields (Decimals as strings) — the shape batch jobs write and the eval scores."""
    out: dict[str, Any] = {}
    for k, v in inv.model_dump(mode="json", exclude={"buyer", "seller", "items"}).items():
        out[k] = v
    for side in ("buyer", "seller"):
        for f in PARTY_FIELDS:
            out[f"{side}_{f}"] = getattr(getattr(inv, side), f)
    out["items"] = [it.model_dump(mode="json") for it in inv.items]
    return out


def ocr_normalised(doc: ParsedDocument) -> ParsedDocument:
    """Undo OCR's usual slips inside figures (111:01 -> 111.01, 4:56 -> 4.56) with same-length substitutions,
    so every span still points at the same characters of the original text."""
    if "ocr" not in doc.format:
        return doc
    text = re.sub(r"(?<=\d)[:：](?=\d)", ".", doc.text)
    text = re.sub(r"(?<=\d\.\d\d)[.:：]", " ", text)       # 982.99. -> 982.99
    text = re.sub(r"(?<=\d)[.:：](?=\s|$)", " ", text)      # 652.8. / 5. trailing dots
    return doc.model_copy(update={"text": text})


def extract_invoice(doc: ParsedDocument, *, use_llm: bool = False, today: date | None = None) -> ExtractionResult:
    """Fields, evidence and validation findings for one parsed invoice."""
    labels = load_labels()
    doc = ocr_normalised(doc)
    found = _Found(doc)
    from agent.invoices.xml_fields import xml_fields  # e-invoice XML first: exact values

    for name, (value, ev) in xml_fields(doc).items():
        found.values[name], found.evidence[name] = value, ev
    xml_items = found.values.pop("items", None)
    _header_fields(found, labels)
    _party_fields(found, labels)
    items = xml_items if xml_items is not None else _items(found, labels)
    _classify(found.values, doc.text, labels)
    inv = to_invoice(found.values, items)
    errors = validate_invoice(inv, today=today)
    if use_llm:
        from agent.invoices.llm_fill import fill_with_llm

        inv, errors = fill_with_llm(doc, inv, errors, found.evidence, today=today)
    return ExtractionResult(doc_type="vat_invoice", fields=flatten(inv), evidence=found.evidence, errors=errors)


def looks_like_invoice(doc: ParsedDocument) -> bool:
    """A document with none of the invoice anchors is not an invoice (report it, do not guess)."""
    anchors = ("发票", "价税合计", "开票日期", "纳税人识别号", "InvoiceNumber", "EInvoice")
    return sum(a in doc.text for a in anchors) >= 2 or doc.format == "einvoice-xml"
