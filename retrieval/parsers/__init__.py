"""Every document format to text plus a position map (`retrieval.models.ParsedDocument`).

    from retrieval.parsers import parse_file, parse_bytes, iter_archive
    doc = parse_file("合同.pdf")            # parser chosen by content (magic bytes / sniffing)
    for name, data in iter_archive("batch.zip"):
        doc = parse_bytes(data, name)

Formats: PDF (text layer, OCR for scanned pages), images (OCR), DOCX, text/Markdown (UTF-8/GBK/
GB18030/UTF-16), 数电票 e-invoice XML, OFD. Bad input raises `agent.errors.DocumentError` with a
`kind`: not_found, empty, too_large, corrupt, encrypted, unsafe_archive, unsafe_xml, encoding,
no_text, unsupported. Thresholds live in `limits.yaml`; e-invoice element names in `einvoice_fields.yaml`.
"""
from retrieval.parsers.archive import iter_archive
from retrieval.parsers.dispatch import parse_bytes, parse_file
from retrieval.parsers.registry import Parser, get_parser, parsers, register

__all__ = ["Parser", "get_parser", "iter_archive", "parse_bytes", "parse_file", "parsers", "register"]
