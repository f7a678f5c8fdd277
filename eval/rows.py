"""Read a suite's JSONL dataset row by row; a bad row becomes an error record, never a crash."""
from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from agent.errors import DocumentError


@dataclass
class Row:
    """One line of a dataset: the validated row, or the reason it could not be used."""

    case_id: str
    line: int
    raw: dict[str, Any]
    row: BaseModel | None = None
    error: str | None = None


def _short_validation_error(exc: ValidationError) -> str:
    parts = [f"{'.'.join(str(p) for p in e['loc']) or 'row'}: {e['msg']}" for e in exc.errors()[:3]]
    more = f" (+{exc.error_count() - 3} more)" if exc.error_count() > 3 else ""
    return "row does not match the schema: " + "; ".join(parts) + more


def read_rows(path: Path, model: type[BaseModel]) -> Iterator[Row]:
    """Yield every non-blank line of `path` validated against `model`.

    Case ids come from the row's `id` when it has one, else from the line number, so an errored
    row can still be named in the report.
    """
    if not path.is_file():
        raise DocumentError(str(path), "dataset file not found; check the suite's dataset path", kind="missing")
    with path.open(encoding="utf-8") as fh:
        for n, text in enumerate(fh, 1):
            if not text.strip():
                continue
            try:
                raw = json.loads(text)
            except json.JSONDecodeError as exc:
                yield Row(case_id=f"line-{n}", line=n, raw={}, error=f"line {n} is not valid JSON: {exc.msg}")
                continue
            if not isinstance(raw, dict):
                yield Row(case_id=f"line-{n}", line=n, raw={}, error=f"line {n} is not a JSON object")
                continue
            case_id = str(raw.get("id") or f"line-{n}")
            try:
                yield Row(case_id=case_id, line=n, raw=raw, row=model.model_validate(raw))
            except ValidationError as exc:
                yield Row(case_id=case_id, line=n, raw=raw, error=_short_validation_error(exc))
