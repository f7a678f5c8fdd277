"""Shared file-writing mechanics of the contracts dataset builders (eval/datasets/contracts_holdout*/make_dataset.py).

A builder keeps its hand-typed documents and gold rows; this module writes them byte-for-byte the same on every
run: TXT as UTF-8 or GB18030, DOCX through python-docx with fixed core properties and a zip re-packed with fixed
timestamps, and gold.jsonl (one JSON object per line, UTF-8, keys in the order the builder gives them).

Builders are run as scripts from the repo root, so they put the repo root on sys.path and import
`eval.datasets._contracts_build` (the same convention as law_qa_holdout*/check.py).
"""
from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

Block = tuple  # ("h", heading) | ("p", paragraph) | ("t", [[cell, ...], ...])


@dataclass(frozen=True)
class DocxMeta:
    """What makes a set's DOCX files differ: who wrote them, when, and two writer details older sets lack."""

    author: str
    fixed_time: tuple[int, int, int, int, int, int]
    font_pt: float | None = None    # size of the Normal style; None leaves the template's
    file_mode: int | None = None    # unix mode stored in each zip entry (e.g. 0o644); None leaves it unset


def docx_bytes(blocks: Sequence[Block], meta: DocxMeta) -> bytes:
    """Render heading / paragraph / table blocks to DOCX bytes that do not depend on the clock."""
    from docx import Document
    from docx.shared import Pt

    d = Document()
    cp = d.core_properties
    cp.author = meta.author
    cp.last_modified_by = meta.author
    cp.created = datetime(*meta.fixed_time)
    cp.modified = datetime(*meta.fixed_time)
    cp.revision = 1
    if meta.font_pt is not None:
        d.styles["Normal"].font.size = Pt(meta.font_pt)
    for kind, content in blocks:
        if kind == "h":
            d.add_heading(content, level=1)
        elif kind == "p":
            d.add_paragraph(content)
        elif kind == "t":
            table = d.add_table(rows=len(content), cols=len(content[0]))
            table.style = "Table Grid"
            for i, row in enumerate(content):
                for j, cell in enumerate(row):
                    table.cell(i, j).text = cell
        else:
            raise ValueError(kind)
    raw = io.BytesIO()
    d.save(raw)
    # re-pack the zip with fixed timestamps so the bytes are the same on every run
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=meta.fixed_time)
            zi.compress_type = zipfile.ZIP_DEFLATED
            if meta.file_mode is not None:
                zi.external_attr = meta.file_mode << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def document_bytes(fmt: str, body, meta: DocxMeta) -> bytes:
    """Bytes of one document: fmt "utf8" / "gb18030" take a str body, "docx" takes a list of blocks."""
    if fmt == "utf8":
        return body.encode("utf-8")
    if fmt == "gb18030":
        return body.encode("gb18030")
    if fmt == "docx":
        return docx_bytes(body, meta)
    raise ValueError(fmt)


def write_documents(folder: Path, docs: Iterable[tuple[str, str, object]], meta: DocxMeta,
                    expected: int | None = None) -> int:
    """Write each (file name, fmt, body) into `folder`; names must be unique (and `expected` many if given)."""
    docs = list(docs)
    names = [name for name, _, _ in docs]
    assert len(names) == len(set(names)), "duplicate document names"
    if expected is not None:
        assert len(names) == expected, len(names)
    for name, fmt, body in docs:
        (folder / name).write_bytes(document_bytes(fmt, body, meta))
    return len(docs)


def write_gold(path: Path, rows: Iterable[dict]) -> None:
    """gold.jsonl: one JSON object per line (UTF-8, not ASCII-escaped, key order kept), LF line ends."""
    path.write_bytes("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows).encode("utf-8"))
