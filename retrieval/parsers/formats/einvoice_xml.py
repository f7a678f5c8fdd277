"""Chinese fully-digital e-invoice XML (数电票 and 增值税电子发票 layouts), parsed without DTDs or entities."""
from __future__ import annotations

from retrieval.models import ParsedDocument
from retrieval.parsers import einvoice
from retrieval.parsers.dispatch import new_document, require_text
from retrieval.parsers.layout import TextAssembler
from retrieval.parsers.registry import Parser, register
from retrieval.parsers.xmlsafe import local, parse_xml


def sniff(data: bytes, filename: str) -> bool:
    return einvoice.looks_like_einvoice(data)


def parse(data: bytes, source: str) -> ParsedDocument:
    root = parse_xml(data, source)
    fields, leftovers = einvoice.extract(root)
    asm = TextAssembler()
    einvoice.render(asm, fields, leftovers)
    require_text(asm.text(), source, "the e-invoice XML")
    return new_document(data, source, "einvoice-xml", asm, pages=1,
                        metadata={"einvoice": fields, "xml_root": local(root.tag)})


register(Parser(name="einvoice-xml", sniff=sniff, parse=parse, priority=40))
