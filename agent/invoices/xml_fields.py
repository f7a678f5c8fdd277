"""数电票 XML: the issuing platform's own values, read exactly (source `xml`, confidence 1).

The shared parser may already put the fields in `doc.metadata["einvoice"]`; otherwise, for an XML source, the
file is read again with the safe XML reader and the element names in `invoice_labels.yaml` are looked up.
"""
from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from agent.invoices.schemas import Evidence, LineItem
from retrieval.models import ParsedDocument

_MONEY = {"total_amount", "total_tax", "total_with_tax"}


def _element_values(doc: ParsedDocument) -> tuple[dict[str, str], list[dict[str, str]]] | None:
    path = Path(doc.source_path)
    if not (doc.format in ("einvoice-xml", "xml") or path.suffix.lower() == ".xml") or not path.is_file():
        return None
    from agent.invoices.extract import load_labels
    from retrieval.parsers.xmlsafe import local, parse_xml

    root = parse_xml(path.read_bytes(), str(path))
    labels = load_labels()
    flat: dict[str, str] = {}
    for el in root.iter():
        if (el.text or "").strip():
            flat.setdefault(local(el.tag), el.text.strip())
    values = {}
    for field, tags in labels["xml_tags"].items():
        for tag in tags:
            if tag in flat:
                values[field] = flat[tag]
                break
    spec = labels["xml_item_tags"]
    items = []
    for el in root.iter():
        if local(el.tag) in spec["container"]:
            row = {local(c.tag): (c.text or "").strip() for c in el.iter()}
            items.append({f: next((row[t] for t in tags if row.get(t)), None) for f, tags in spec.items() if f != "container"})
    return values, items


def _dec(text: str | None) -> Decimal | None:
    try:
        return Decimal(text.replace(",", "")) if text else None
    except InvalidOperation:
        return None


def _rate(text: str | None) -> str | None:
    if not text:
        return None
    d = _dec(text.rstrip("%"))
    if d is None:
        return text
    if not text.endswith("%") and d < 1:
        d *= 100
    return f"{d.normalize():f}%"


def xml_fields(doc: ParsedDocument) -> dict[str, tuple[Any, Evidence]]:
    """Field name -> (value, evidence) from e-invoice XML; empty for any other document."""
    meta = doc.metadata.get("einvoice")
    got = (meta, meta.get("items", [])) if isinstance(meta, dict) else _element_values(doc)
    if not got:
        return {}
    values, items = got
    out: dict[str, tuple[Any, Evidence]] = {}
    for field, raw in values.items():
        if field == "items" or raw in (None, ""):
            continue
        raw = str(raw)
        value: Any = raw
        if field in _MONEY:
            value = _dec(raw)
        elif field == "issue_date":
            m = re.search(r"(\d{4})-?(\d{2})-?(\d{2})", raw)
            value = date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None
        if value is None:
            continue
        pos = doc.text.find(raw)
        ev = Evidence(text=raw, start=pos if pos >= 0 else None, end=pos + len(raw) if pos >= 0 else None,
                      source="xml", confidence=1.0)
        out[field] = (value, ev)
    if items:
        parsed = [LineItem(name=i.get("name"), spec=i.get("spec"), unit=i.get("unit"), quantity=_dec(i.get("quantity")),
                           unit_price=_dec(i.get("unit_price")), amount=_dec(i.get("amount")),
                           tax_rate=_rate(i.get("tax_rate")), tax=_dec(i.get("tax"))) for i in items]
        out["items"] = (parsed, Evidence(text="", source="xml"))
    return out
