"""Plain text and Markdown (the fallback parser): decode, then one block per non-empty line."""
from __future__ import annotations

from pathlib import PurePath

from retrieval.models import ParsedDocument
from retrieval.parsers.archive import is_zip
from retrieval.parsers.dispatch import new_document, require_text
from retrieval.parsers.encoding import decode_text
from retrieval.parsers.layout import TextAssembler
from retrieval.parsers.registry import Parser, register

# The name decides only which error a binary file gets ("encoding" vs "unsupported"), never the parser.
_TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ".csv", ".tsv", ".log", ".xml", ".json", ".html", ".htm"}


def sniff(data: bytes, filename: str) -> bool:
    # last resort: anything no other parser claimed is tried as text, except zip containers
    return not is_zip(data)


def parse(data: bytes, source: str) -> ParsedDocument:
    suffix = PurePath(source).suffix.lower()
    text, encoding = decode_text(data, source, claims_text=suffix in _TEXT_SUFFIXES)
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    asm = TextAssembler()
    for line in text.split("\n"):
        asm.add(line.rstrip(), page=1)
        asm.separator("\n")
    require_text(asm.text(), source, "the text file")
    markup = "markdown" if suffix in {".md", ".markdown"} else None
    return new_document(data, source, "text", asm, pages=1, encoding=encoding,
                        metadata={"markup": markup} if markup else {})


register(Parser(name="text", sniff=sniff, parse=parse, priority=1000))
