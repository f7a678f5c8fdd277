"""One input file in, one output record out — the unit a batch job runs for invoices and receipts.

Record shape (one JSONL line): {"file", "status": "ok"|"error", "fields", "evidence", "errors", "flags"}.
Bad input raises `DocumentError`; the job turns it into an error record.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from agent.errors import DocumentError
from agent.invoices.docinput import load_ocr_lines, parse_document, text_document
from agent.invoices.schemas import ExtractionResult


def _record(name: str, result: ExtractionResult) -> dict[str, Any]:
    return {
        "file": name,
        "status": "ok",
        "fields": result.fields,
        "evidence": {k: v.model_dump(mode="json", exclude_none=True) for k, v in result.evidence.items()},
        "errors": [e.model_dump(mode="json") for e in result.errors],
        "flags": result.flags,
    }


def _is_json(name: str, data: bytes) -> bool:
    return name.lower().endswith(".json") or data.lstrip()[:1] in (b"[", b"{")


def extract_invoice_file(name: str, data: bytes, *, use_llm: bool = False) -> dict[str, Any]:
    from agent.invoices.extract import extract_invoice, looks_like_invoice

    if not data:
        raise DocumentError(name, "file is empty (0 bytes); the upload or copy probably failed", kind="empty")
    doc = _document(name, data)
    if not looks_like_invoice(doc):
        raise DocumentError(name, "no VAT invoice found (no 发票/价税合计/开票日期 labels); check that this is an invoice",
                            kind="not_invoice")
    return _record(name, extract_invoice(doc, use_llm=use_llm))


def extract_receipt_file(name: str, data: bytes) -> dict[str, Any]:
    from agent.invoices.receipts import extract_receipt

    if not data:
        raise DocumentError(name, "file is empty (0 bytes); the upload or copy probably failed", kind="empty")
    if _is_json(name, data):
        return _record(name, extract_receipt(load_ocr_lines(data, name)))
    doc = _document(name, data)
    lines = [{"text": b.text, "box": list(b.box) if b.box else None} for b in doc.blocks]
    result = extract_receipt(_non_empty(lines) if doc.format != "text" else [b.text for b in doc.blocks])
    return _record(name, result)


def _non_empty(lines: list[dict]) -> list[dict]:
    """Each parsed fragment (OCR line or PDF text run) is one receipt line; blank ones carry nothing."""
    return [ln for ln in lines if ln["text"].strip()]


def _document(name: str, data: bytes):
    if name.lower().endswith((".txt", ".text")):
        return text_document(data, name)
    return parse_document(Path(name), data)


def dump(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, default=str)
