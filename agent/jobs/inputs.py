"""Enumerate a job's inputs (a directory or a zip) as named units with content hashes.

Every input yields exactly one unit: an unreadable file or an unsafe archive becomes a unit that carries
its `DocumentError`, so it ends as an error record instead of vanishing from the batch.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from agent.errors import DocumentError

SKIP_NAMES = (".DS_Store", "Thumbs.db")


@dataclass
class InputUnit:
    name: str                       # relative path; zip members as "archive.zip!member"
    data: bytes | None              # None when `error` is set
    error: dict | None = None

    @property
    def sha256(self) -> str:
        raw = self.data if self.data is not None else repr(self.error).encode()
        return hashlib.sha256(raw).hexdigest()


def _zip_units(data: bytes, path: Path, label: str) -> list[InputUnit]:
    from retrieval.parsers.archive import iter_archive

    try:
        return [InputUnit(f"{label}!{name}", content) for name, content in iter_archive(path)]
    except DocumentError as exc:
        return [InputUnit(label, None, exc.to_dict())]


def iter_inputs(source: str | Path) -> list[InputUnit]:
    """All units of a directory (recursive, sorted, zips opened) or of a single zip / file."""
    src = Path(source)
    if not src.exists():
        raise DocumentError(str(src), "input directory or archive not found", kind="not_found")
    if src.is_file():
        files, base = [src], src.parent
    else:
        files = sorted(p for p in src.rglob("*") if p.is_file() and p.name not in SKIP_NAMES)
        base = src
    units: list[InputUnit] = []
    for f in files:
        label = str(f.relative_to(base))
        try:
            data = f.read_bytes()
        except OSError as exc:
            units.append(InputUnit(label, None, DocumentError(label, f"cannot read file ({exc.strerror})").to_dict()))
            continue
        if data[:4] == b"PK\x03\x04" and f.suffix.lower() == ".zip":
            units.extend(_zip_units(data, f, label))
        else:
            units.append(InputUnit(label, data))
    return units
