"""Entry points: bytes or a path in, `ParsedDocument` out, the parser chosen by content, not by name."""
from __future__ import annotations

import hashlib
import time
from pathlib import Path

from agent.config import get_settings
from agent.errors import DocumentError
from retrieval.models import ParsedDocument
from retrieval.parsers.archive import is_zip, open_zip
from retrieval.parsers.layout import TextAssembler
from retrieval.parsers.registry import parser_for

# Formats we recognise but do not read, with what the officer can do about it.
_KNOWN_UNSUPPORTED: dict[bytes, str] = {
    b"\xd0\xcf\x11\xe0": "a legacy Office file (.doc/.xls); save it as .docx or PDF",
    b"Rar!": "a RAR archive; repack it as .zip",
    b"7z\xbc\xaf": "a 7-Zip archive; repack it as .zip",
    b"\x1f\x8b\x08": "a gzip file; unpack it first",
    b"\x7fELF": "a program, not a document",
    b"MZ\x90\x00": "a Windows program, not a document",
}


def size_limit(max_bytes: int | None) -> int:
    return int(max_bytes if max_bytes is not None else get_settings().max_file_mb * 1024 * 1024)


def _too_large(label: str, size: int, limit: int) -> DocumentError:
    return DocumentError(label, f"file is {size / 1e6:,.1f} MB, over the {limit / 1e6:,.1f} MB limit; "
                                "split it or raise FENGTIAO_MAX_FILE_MB", kind="too_large")


def read_checked(path: Path, max_bytes: int | None = None) -> bytes:
    """Read a file after checking (from its size on disk, before reading) that it exists, is not
    empty and is within the size limit."""
    label = str(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise DocumentError(label, "file not found", kind="not_found") from None
    except OSError as exc:
        raise DocumentError(label, f"cannot access file ({exc.strerror})", kind="unreadable") from exc
    if not path.is_file():
        raise DocumentError(label, "not a regular file", kind="unsupported")
    if size == 0:
        raise DocumentError(label, "file is empty (0 bytes); the upload or copy probably failed", kind="empty")
    limit = size_limit(max_bytes)
    if size > limit:
        raise _too_large(label, size, limit)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise DocumentError(label, f"cannot read file ({exc.strerror})", kind="unreadable") from exc


def parse_file(path: str | Path, *, max_bytes: int | None = None) -> ParsedDocument:
    """Parse any supported document. Raises DocumentError with `kind` in: not_found, empty, too_large,
    corrupt, encrypted, unsafe_archive, unsafe_xml, encoding, no_text, unsupported."""
    p = Path(path)
    return parse_bytes(read_checked(p, max_bytes), str(p), max_bytes=max_bytes)


def parse_bytes(data: bytes, filename: str, *, max_bytes: int | None = None) -> ParsedDocument:
    """Parse document bytes; `filename` is used for messages and as a weak hint only."""
    if not data:
        raise DocumentError(filename, "file is empty (0 bytes); the upload or copy probably failed", kind="empty")
    limit = size_limit(max_bytes)
    if len(data) > limit:
        raise _too_large(filename, len(data), limit)
    if is_zip(data):
        open_zip(data, filename).close()  # every zip-based format is checked before any parser opens it
    parser = None if data.startswith(tuple(_KNOWN_UNSUPPORTED)) else parser_for(data, filename)
    if parser is None:
        raise DocumentError(filename, _unsupported_reason(data), kind="unsupported")
    t0 = time.perf_counter()
    doc = parser.parse(data, filename)
    doc.metadata.setdefault("parser", parser.name)
    doc.metadata["parse_ms"] = round((time.perf_counter() - t0) * 1000, 1)
    return doc


def _unsupported_reason(data: bytes) -> str:
    for magic, what in _KNOWN_UNSUPPORTED.items():
        if data.startswith(magic):
            return f"unsupported format: {what}"
    if is_zip(data) and b"[Content_Types].xml" in data:
        return "unsupported format: an Office file other than Word (.xlsx/.pptx); export it to PDF"
    if is_zip(data):
        return ("this is a zip archive, not a single document; submit it as a batch "
                "(each member is parsed on its own) or unpack it")
    return "unsupported format: not PDF, image, DOCX, OFD, e-invoice XML or text"


def new_document(data: bytes, source: str, fmt: str, asm: TextAssembler, *, pages: int,
                 encoding: str | None = None, metadata: dict | None = None) -> ParsedDocument:
    """Build the ParsedDocument every parser returns (sha256 of the source bytes = stable doc id)."""
    return ParsedDocument(source_path=source, sha256=hashlib.sha256(data).hexdigest(), format=fmt,
                          text=asm.text(), pages=pages, blocks=asm.blocks, encoding=encoding,
                          metadata=metadata or {})


def require_text(doc_text: str, label: str, what: str) -> None:
    if not doc_text.strip():
        raise DocumentError(label, f"no text found in {what}; check the scan quality or the file itself", kind="no_text")
