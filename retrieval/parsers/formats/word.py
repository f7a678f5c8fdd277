"""DOCX (python-docx): paragraphs and table rows in document order, one block per paragraph or row.

Table cells are joined with a tab (regexes that allow whitespace between a label and its value keep
working); horizontally merged cells, which python-docx repeats, are emitted once. DOCX has no fixed
pages, so every block is on page 1 and has no box.
"""
from __future__ import annotations

import io
import zipfile

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml import etree

from agent.errors import DocumentError
from retrieval.models import ParsedDocument
from retrieval.parsers.archive import is_zip
from retrieval.parsers.dispatch import new_document, require_text
from retrieval.parsers.layout import TextAssembler
from retrieval.parsers.registry import Parser, register


def sniff(data: bytes, filename: str) -> bool:
    if not is_zip(data):
        return False
    try:
        return "word/document.xml" in zipfile.ZipFile(io.BytesIO(data)).namelist()
    except zipfile.BadZipFile:
        return False


def _row_text(row) -> str:
    cells, seen = [], set()
    for cell in row.cells:
        if id(cell._tc) in seen:  # merged cell repeated by python-docx
            continue
        seen.add(id(cell._tc))
        cells.append(" ".join(cell.text.split()))
    return "\t".join(cells).strip()


def parse(data: bytes, source: str) -> ParsedDocument:
    try:
        document = docx.Document(io.BytesIO(data))
        content = list(document.iter_inner_content())
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile, etree.XMLSyntaxError) as exc:
        raise DocumentError(source, f"damaged Word file ({type(exc).__name__}: {exc}); open and re-save it, "
                                    "or ask for a fresh copy", kind="corrupt") from exc
    asm = TextAssembler()
    tables = 0
    for item in content:
        if isinstance(item, Paragraph):
            asm.add(item.text.strip(), page=1)
            asm.end_line()
        elif isinstance(item, Table):
            tables += 1
            asm.end_page()  # a blank line before and after a table keeps rows apart from clauses
            for row in item.rows:
                asm.add(_row_text(row), page=1)
                asm.end_line()
            asm.end_page()
    require_text(asm.text(), source, "the Word document")
    props = document.core_properties
    meta = {"tables": tables, "title": props.title or None, "author": props.author or None}
    return new_document(data, source, "docx", asm, pages=1, metadata=meta)


register(Parser(name="docx", sniff=sniff, parse=parse, priority=30))
