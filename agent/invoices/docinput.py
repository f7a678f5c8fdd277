"""Turn an input file into something the extractors read: a `ParsedDocument` (PDF, image, XML, text) or OCR lines.

Parsing is the retrieval parsers' job (`retrieval.parsers.parse_file`); this module only adds what invoices need
on top: OCR-line JSON (SROIE `lines`) and a text-layer PDF reader used while a format is missing from the parser
registry, so batch jobs never fail just because a parser plugin is absent.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

from agent.errors import DocumentError
from retrieval.models import ParsedDocument, TextBlock


def parse_document(path: Path, data: bytes | None = None) -> ParsedDocument:
    """Parse with the shared parsers; fall back to the built-in text-layer PDF reader when they do not know the format."""
    data = data if data is not None else _read(path)
    try:
        from retrieval.parsers.dispatch import parse_bytes
    except ImportError:  # parsers not installed: only our own readers
        parse_bytes = None
    if parse_bytes is not None:
        try:
            return parse_bytes(data, str(path))
        except DocumentError as exc:
            if exc.kind != "unsupported" or not data.startswith(b"%PDF"):
                raise
    if data.startswith(b"%PDF"):
        return read_pdf_text_layer(data, str(path))
    if path.suffix.lower() in {".txt", ".text", ".md"}:
        return text_document(data, str(path))
    raise DocumentError(str(path), "unsupported file type; give a PDF, an image, an e-invoice XML, text, or OCR-lines JSON",
                        kind="unsupported")


def _read(path: Path) -> bytes:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(str(path), f"cannot read file ({exc.strerror})", kind="unreadable") from exc
    if not data:
        raise DocumentError(str(path), "file is empty (0 bytes); the upload or copy probably failed", kind="empty")
    return data


def text_document(data: bytes, label: str) -> ParsedDocument:
    """Plain text: one block per non-empty line, spans into the decoded text."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("gb18030", errors="strict") if _is_gb(data) else None  # type: ignore[assignment]
        if text is None:
            raise DocumentError(label, "text file is neither UTF-8 nor GB18030; re-save it as UTF-8", kind="encoding") from None
    blocks, pos = [], 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if body.strip():
            blocks.append(TextBlock(text=body, start=pos, end=pos + len(body)))
        pos += len(line)
    return ParsedDocument(source_path=label, sha256=hashlib.sha256(data).hexdigest(), format="text", text=text, blocks=blocks)


def _is_gb(data: bytes) -> bool:
    try:
        data.decode("gb18030")
        return True
    except UnicodeDecodeError:
        return False


def read_pdf_text_layer(data: bytes, label: str) -> ParsedDocument:
    """Text-layer PDF → rows of boxed fragments in reading order (same contract as the shared PDF parser)."""
    import pypdfium2 as pdfium

    from retrieval.parsers.layout import TextAssembler, gap_separator, rows_in_reading_order

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise DocumentError(label, f"PDF is damaged and cannot be opened ({exc})", kind="corrupt") from exc
    asm = TextAssembler()
    for page_no in range(len(pdf)):
        page = pdf[page_no]
        height = page.get_height()
        tp = page.get_textpage()
        frags = []
        for i in range(tp.count_rects()):
            left, bottom, right, top = tp.get_rect(i)
            text = tp.get_text_bounded(left, bottom, right, top).strip()
            if text:
                frags.append((text, (left, height - top, right, height - bottom)))
        for row in rows_in_reading_order(frags, lambda f: f[1]):
            prev = None
            for text, box in row:
                if prev is not None:
                    asm.separator(gap_separator(prev, box) or " ")
                asm.add(text, page=page_no + 1, box=box)
                prev = box
            asm.end_line()
        asm.end_page()
    text = asm.text()
    if not text.strip():
        raise DocumentError(label, "PDF has no text layer (scanned?) and OCR is not available for it here", kind="no_text")
    return ParsedDocument(source_path=label, sha256=hashlib.sha256(data).hexdigest(), format="pdf", text=text,
                          pages=len(pdf), blocks=asm.blocks)


def load_ocr_lines(data: bytes, label: str) -> list[dict]:
    """JSON OCR lines: a list of {text, box} or an object with `lines` (the SROIE shape)."""
    try:
        obj = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DocumentError(label, f"not valid UTF-8 JSON ({exc})", kind="corrupt") from exc
    lines = obj.get("lines") if isinstance(obj, dict) else obj
    if not isinstance(lines, list) or not all(isinstance(x, dict) and "text" in x for x in lines):
        raise DocumentError(label, "JSON must be a list of OCR lines {\"text\", \"box\"} or an object with \"lines\"",
                            kind="unsupported")
    return lines
