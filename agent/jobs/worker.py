"""Runs one unit in a worker process. Never raises: every failure becomes an error record with its type."""
from __future__ import annotations

import importlib
from typing import Any

from agent.errors import FengtiaoError

# job kind -> "module:function(name, data, **options) -> record"
HANDLERS: dict[str, str] = {
    "invoices": "agent.invoices.pipeline:extract_invoice_file",
    "receipts": "agent.invoices.pipeline:extract_receipt_file",
}


def error_record(name: str, error: dict[str, Any]) -> dict[str, Any]:
    return {"file": name, "status": "error", "fields": {}, "evidence": {}, "errors": [error], "flags": []}


def process_unit(kind: str, name: str, data: bytes | None, error: dict | None, options: dict[str, Any]) -> dict[str, Any]:
    if error is not None:
        return error_record(name, error)
    module, _, attr = HANDLERS[kind].partition(":")
    handler = getattr(importlib.import_module(module), attr)
    try:
        return handler(name, data, **options)
    except FengtiaoError as exc:
        out = exc.to_dict()
        out.setdefault("file", name)
        return error_record(name, out)
    except Exception as exc:  # a bug or a malformed file no parser anticipated: still one record, no traceback
        return error_record(name, {"type": "internal_error", "file": name,
                                   "message": f"{type(exc).__name__}: {exc}; report this file to the fengtiao maintainers"})
