"""Excel export of a job's records: sheet `results` (one row per file) and sheet `errors` (one row per error).

Cell text comes from untrusted documents, so it is always stored as text: a value like "=HYPERLINK(...)"
never becomes a formula, and control characters Excel rejects are dropped instead of failing the export.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.worksheet.worksheet import Worksheet

RESULT_HEAD = ["file", "status"]
ERROR_HEAD = ["file", "record status", "type", "kind / code", "field", "message"]


def _scalar_keys(records: list[dict[str, Any]]) -> list[str]:
    keys: list[str] = []
    for r in records:
        for k, v in r["fields"].items():
            if k not in keys and not isinstance(v, (list, dict)):
                keys.append(k)
    return keys


def _append(ws: Worksheet, values: list[Any]) -> None:
    ws.append([ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v for v in values])
    for cell in ws[ws.max_row]:
        if cell.data_type == "f":  # text that starts with "=" is data from a document, not a formula
            cell.data_type = "s"


def write_xlsx(records: list[dict[str, Any]], path: Path) -> None:
    """Write the workbook next to `path` and move it into place, so readers never open a half-written file."""
    keys = _scalar_keys(records)
    wb = Workbook()
    results = wb.active
    results.title = "results"
    _append(results, [*RESULT_HEAD, *keys, "errors", "flags"])
    errors = wb.create_sheet("errors")
    _append(errors, ERROR_HEAD)
    for r in records:
        codes = ";".join(e.get("code") or e.get("kind") or e.get("type", "") for e in r["errors"])
        flags = ";".join(f["code"] for f in r.get("flags", []))
        _append(results, [r["file"], r["status"], *(r["fields"].get(k) for k in keys), codes, flags])
        for e in r["errors"]:
            _append(errors, [r["file"], r["status"], e.get("type", ""), e.get("kind") or e.get("code", ""),
                             e.get("field", ""), e.get("message", "")])
    for ws in (results, errors):
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = ws.dimensions
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    wb.save(tmp)
    tmp.replace(path)
