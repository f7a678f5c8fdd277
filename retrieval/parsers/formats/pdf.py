"""PDF: the text layer via pdfium (line blocks with boxes, in reading order); pages without a usable
text layer are rendered and OCR'd.

Boxes are in PDF points with the origin at the page's top-left (y grows downwards), the same
orientation as OCR boxes, so a page's blocks compare directly whichever way they were read.
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from agent.errors import DocumentError
from retrieval.models import ParsedDocument
from retrieval.parsers.config import limit
from retrieval.parsers.dispatch import new_document, require_text
from retrieval.parsers.layout import Box, TextAssembler, gap_separator, rows_in_reading_order, union
from retrieval.parsers.ocr import assemble_ocr_lines, ocr_image
from retrieval.parsers.registry import Parser, register

# pdfium is not thread-safe: every call into it goes through this lock (OCR runs outside it).
_PDFIUM = threading.RLock()
_PASSWORD_ERROR = 4  # FPDF_ERR_PASSWORD


@dataclass
class _Segment:
    """A run of glyphs on one baseline, in content-stream order."""

    chars: list[str]
    boxes: list[Box]

    @property
    def box(self) -> Box:
        return union(self.boxes)

    @property
    def text(self) -> str:
        return "".join(self.chars).strip()


def sniff(data: bytes, filename: str) -> bool:
    return b"%PDF-" in data[:1024]


def _open(data: bytes, label: str) -> pdfium.PdfDocument:
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == _PASSWORD_ERROR:
            raise DocumentError(label, "the PDF is password-protected; ask the sender for the password or an "
                                       "unprotected copy", kind="encrypted") from exc
        raise DocumentError(label, f"damaged PDF ({exc}); ask for a fresh copy", kind="corrupt") from exc
    if len(pdf) == 0:
        pdf.close()
        raise DocumentError(label, "damaged PDF: no pages could be read; ask for a fresh copy", kind="corrupt")
    return pdf


def _glyph_segments(textpage: pdfium.PdfTextPage, page_height: float) -> tuple[list[_Segment], int, int]:
    """Split the page's characters into same-baseline runs. Returns (segments, visible, unmapped)."""
    raw = textpage.raw
    segments: list[_Segment] = []
    cur: _Segment | None = None
    pending_space = False
    visible = unmapped = 0
    for i in range(textpage.count_chars()):
        code = pdfium_c.FPDFText_GetUnicode(raw, i)
        ch = chr(code) if 0 < code < 0x110000 else "\ufffd"
        if ch in "\r\n\x02\x03":
            cur, pending_space = _flush(segments, cur), False
            continue
        if ch.isspace():
            pending_space = cur is not None
            continue
        visible += 1
        if pdfium_c.FPDFText_HasUnicodeMapError(raw, i) or ch == "\ufffd" or 0xE000 <= code <= 0xF8FF:
            unmapped += 1
        left, bottom, right, top = textpage.get_charbox(i, loose=True)
        box = (left, page_height - top, right, page_height - bottom)
        if cur is not None and not _continues(cur.boxes[-1], box):
            cur, pending_space = _flush(segments, cur), False
        if cur is None:
            cur = _Segment([], [])
        elif pending_space:
            cur.chars.append(" ")
        pending_space = False
        cur.chars.append(ch)
        cur.boxes.append(box)
    _flush(segments, cur)
    return segments, visible, unmapped


def _continues(prev: Box, box: Box) -> bool:
    """Same baseline and close enough horizontally to belong to the same run of text."""
    h = max(min(prev[3] - prev[1], box[3] - box[1]), 1e-6)
    overlap = min(prev[3], box[3]) - max(prev[1], box[1])
    gap = box[0] - prev[2]
    return overlap >= 0.5 * h and -0.5 * h <= gap <= 1.5 * h


def _flush(segments: list[_Segment], cur: _Segment | None) -> None:
    if cur is not None and cur.text:
        segments.append(cur)
    return None


def _add_text_layer(asm: TextAssembler, segments: list[_Segment], page_no: int) -> None:
    """One block per visual line; fragments of a line joined left to right."""
    for row in rows_in_reading_order(segments, lambda s: s.box):
        line = row[0].text
        for prev, seg in zip(row, row[1:]):
            line += gap_separator(prev.box, seg.box) + seg.text
        asm.add(line, page=page_no, box=union([s.box for s in row]))
        asm.end_line()


def parse(data: bytes, source: str) -> ParsedDocument:
    asm = TextAssembler()
    min_chars = int(limit("pdf", "min_text_chars_per_page"))
    max_unmapped = float(limit("pdf", "max_unmapped_char_ratio"))
    scale = float(limit("pdf", "ocr_dpi")) / 72
    max_ocr = int(limit("pdf", "max_ocr_pages"))
    page_ms: list[float] = []
    ocr_pages: list[int] = []
    ocr_ms: list[float] = []  # aligned with ocr_pages
    sizes: list[tuple[float, float]] = []
    with _PDFIUM:
        pdf = _open(data, source)
    try:
        n_pages = len(pdf)
        for index in range(n_pages):
            t0 = time.perf_counter()
            with _PDFIUM:
                page = pdf[index]
                width, height = page.get_size()
                textpage = page.get_textpage()
                segments, visible, unmapped = _glyph_segments(textpage, height)
                textpage.close()
                scanned = visible - unmapped < min_chars or unmapped > max_unmapped * max(visible, 1)
                image = page.render(scale=scale).to_pil() if scanned else None
                page.close()
            sizes.append((round(width, 2), round(height, 2)))
            if image is None:
                _add_text_layer(asm, segments, index + 1)
            else:
                if len(ocr_pages) >= max_ocr:
                    raise DocumentError(source, f"more than {max_ocr} scanned pages to OCR; split the file", kind="too_large")
                lines, ms = ocr_image(image)
                ocr_pages.append(index + 1)
                ocr_ms.append(round(ms, 1))
                assemble_ocr_lines(asm, lines, page=index + 1, to_page_units=scale)
            page_ms.append(round((time.perf_counter() - t0) * 1000, 1))
            asm.end_page()
    finally:
        with _PDFIUM:
            pdf.close()
    require_text(asm.text(), source, "the PDF (no text layer and OCR found nothing)")
    fmt = "pdf-ocr" if len(ocr_pages) == n_pages else "pdf"
    return new_document(data, source, fmt, asm, pages=n_pages, metadata={
        "box_units": "pt", "page_sizes": sizes, "ocr_pages": ocr_pages, "ocr_ms": ocr_ms, "page_ms": page_ms})


register(Parser(name="pdf", sniff=sniff, parse=parse, priority=10))
