"""Fields of a Chinese e-invoice XML (数电票), by the element-name table in `einvoice_fields.yaml`,
and a readable text rendition of them for search and for the extraction model."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from retrieval.parsers.layout import TextAssembler
from retrieval.parsers.xmlsafe import local

_TABLE = Path(__file__).with_name("einvoice_fields.yaml")
_ROOT_HINT = re.compile(rb"<(?:[\w.-]+:)?(?:EInvoice|eInvoice|EInvoiceData|TaxSupervisionInfo)[\s>/]")


@lru_cache(maxsize=1)
def field_table() -> dict[str, Any]:
    with _TABLE.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def looks_like_einvoice(data: bytes) -> bool:
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"<") and _ROOT_HINT.search(data[:262144]) is not None


def _index(root: ET.Element) -> list[tuple[str, str, str, ET.Element]]:
    """(local name, parent local name, text, element) for every element, in document order."""
    out = []
    for parent in root.iter():
        for child in parent:
            out.append((local(child.tag), local(parent.tag), (child.text or "").strip(), child))
    return out


def _lookup(index: list[tuple[str, str, str, ET.Element]], paths: list[str]) -> tuple[str, ET.Element] | None:
    for path in paths:
        *parent, name = path.split("/")
        for tag, ptag, text, el in index:
            if tag == name and text and (not parent or ptag == parent[-1]):
                return text, el
    return None


def extract(root: ET.Element) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    """Return (fields, leftovers): the fields found (plus "items"), and every other non-empty leaf as
    (element name, text) so that unknown layouts lose nothing."""
    table = field_table()
    item_tag = table["items"]["element"]
    items_el = [el for el in root.iter() if local(el.tag) == item_tag]
    in_items = {id(d) for it in items_el for d in it.iter()}
    index = [row for row in _index(root) if id(row[3]) not in in_items]
    used: set[int] = set()
    fields: dict[str, Any] = {}
    for name, spec in table["fields"].items():
        hit = _lookup(index, spec["paths"])
        if hit:
            fields[name], el = hit
            used.add(id(el))
    items = []
    for it in items_el:
        it_index = _index(it)
        row = {}
        for name, spec in table["items"]["fields"].items():
            hit = _lookup(it_index, spec["paths"])
            if hit:
                row[name] = hit[0]
        if row:
            items.append(row)
    fields["items"] = items
    shown = {v for v in fields.values() if isinstance(v, str)}
    leftovers = [(tag, text) for tag, _, text, el in index
                 if text and id(el) not in used and len(el) == 0 and text not in shown]
    return fields, leftovers


def render(asm: TextAssembler, fields: dict[str, Any], leftovers: list[tuple[str, str]], *, page: int = 1) -> None:
    """Write the fields as `标签：值` lines, then the line items as a tab-separated table."""
    table = field_table()
    labels = {k: v["label"] for k, v in table["fields"].items()}
    item_specs = table["items"]["fields"]
    totals = {"total_amount_without_tax", "total_tax", "total_with_tax", "total_with_tax_in_words", "drawer", "remark"}
    for key in labels:
        if key in fields and key not in totals:
            asm.add(f"{labels[key]}：{fields[key]}", page=page)
            asm.end_line()
    items = fields.get("items") or []
    if items:
        asm.add("\t".join(spec["label"] for spec in item_specs.values()), page=page)
        asm.end_line()
        for row in items:
            asm.add("\t".join(row.get(k, "") for k in item_specs).strip(), page=page)
            asm.end_line()
    for key in labels:
        if key in fields and key in totals:
            asm.add(f"{labels[key]}：{fields[key]}", page=page)
            asm.end_line()
    for tag, text in leftovers:
        asm.add(f"{tag}：{text}", page=page)
        asm.end_line()
