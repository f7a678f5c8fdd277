"""OFD (GB/T 33190, the format of Chinese e-invoices): a zip whose OFD.xml points to documents.

Text comes from the TextCode elements of each page and of the template pages it uses (invoice labels
such as 购买方 usually sit in the template, the values on the page), put in reading order; boxes are in
millimetres, origin top-left. If the package carries the invoice's XML as an attachment it is parsed
into metadata["einvoice"]; otherwise the CustomData keys of OFD.xml fill what they can.
"""
from __future__ import annotations

import io
import posixpath
import unicodedata
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass

from agent.errors import DocumentError
from retrieval.models import ParsedDocument
from retrieval.parsers import einvoice
from retrieval.parsers.archive import is_zip, member_name, open_zip, read_member
from retrieval.parsers.dispatch import new_document, require_text
from retrieval.parsers.layout import Box, TextAssembler, rows_in_reading_order
from retrieval.parsers.registry import Parser, register
from retrieval.parsers.xmlsafe import children, first, local, parse_xml, text_of


@dataclass(frozen=True)
class _Text:
    text: str
    box: Box


class _Package:
    """Member lookup by OFD location: absolute (/Doc_0/...) or relative to the referring file."""

    def __init__(self, zf: zipfile.ZipFile, label: str) -> None:
        self.zf, self.label = zf, label
        self.members = {member_name(i).lstrip("/"): i for i in zf.infolist() if not i.is_dir()}
        self.lower = {k.lower(): k for k in self.members}

    def resolve(self, base_dir: str, loc: str) -> str | None:
        loc = loc.strip().replace("\\", "/")
        candidates = [loc.lstrip("/")] if loc.startswith("/") else [posixpath.join(base_dir, loc), loc]
        for cand in candidates:
            cand = posixpath.normpath(cand)
            if cand in self.members:
                return cand
            if cand.lower() in self.lower:
                return self.lower[cand.lower()]
        return None

    def read(self, path: str) -> bytes:
        return read_member(self.zf, self.members[path], self.label)

    def xml(self, base_dir: str, loc: str, what: str) -> tuple[ET.Element, str]:
        path = self.resolve(base_dir, loc)
        if path is None:
            raise DocumentError(self.label, f"damaged OFD: {what} {loc!r} is missing from the package", kind="corrupt")
        return parse_xml(self.read(path), f"{self.label}!{path}"), posixpath.dirname(path)


def sniff(data: bytes, filename: str) -> bool:
    if not is_zip(data):
        return False
    try:
        return any(n.lstrip("/").lower() == "ofd.xml" for n in zipfile.ZipFile(io.BytesIO(data)).namelist())
    except zipfile.BadZipFile:
        return False


def _floats(value: str | None, n: int) -> list[float] | None:
    try:
        nums = [float(v) for v in (value or "").split()]
    except ValueError:
        return None
    return nums if len(nums) >= n else None


def _text_width(text: str, size: float) -> float:
    """Estimated advance of a string: full-width (CJK) glyphs are one em, others about half."""
    return size * sum(1.0 if unicodedata.east_asian_width(c) in "WF" else 0.55 for c in text)


def _text_objects(content: ET.Element) -> list[_Text]:
    out: list[_Text] = []
    for obj in content.iter():
        if local(obj.tag) != "TextObject":
            continue
        boundary = _floats(obj.get("Boundary"), 4)
        if boundary is None:
            continue
        bx, by, bw, bh = boundary[:4]
        size = float(obj.get("Size") or bh or 3.5)
        codes = [c for c in obj if local(c.tag) == "TextCode" and (c.text or "").strip()]
        for code in codes:
            text = code.text.strip()
            x, y = float(code.get("X") or 0), float(code.get("Y") or size)
            if len(codes) == 1:
                box = (bx + x, by, bx + max(bw, x + _text_width(text, size)), by + bh)
            else:
                box = (bx + x, by + y - size, bx + x + _text_width(text, size), by + y + 0.2 * size)
            out.append(_Text(text, box))
    return out


def _page_area(el: ET.Element) -> list[float] | None:
    area = first(el, "PhysicalBox")
    return _floats(text_of(area), 4) if area is not None else None


def _einvoice(pkg: _Package, doc_dir: str, document: ET.Element) -> tuple[dict | None, str | None]:
    """The invoice XML attached to the OFD, if any: listed attachments first, then any member XML."""
    candidates: list[str] = []
    attach = first(document, "Attachments")
    if attach is not None and text_of(attach):
        path = pkg.resolve(doc_dir, text_of(attach))
        if path:
            listing = parse_xml(pkg.read(path), f"{pkg.label}!{path}")
            for loc in (el for el in listing.iter() if local(el.tag) == "FileLoc"):
                found = pkg.resolve(posixpath.dirname(path), text_of(loc))
                if found:
                    candidates.append(found)
    candidates += [n for n in pkg.members if n.lower().endswith(".xml") and n not in candidates]
    for path in candidates:
        data = pkg.read(path)
        if not einvoice.looks_like_einvoice(data):
            continue
        try:
            fields, _ = einvoice.extract(parse_xml(data, f"{pkg.label}!{path}"))
        except DocumentError:
            continue  # a broken attachment must not hide the readable page text; CustomData is the fallback
        return fields, path
    return None, None


def parse(data: bytes, source: str) -> ParsedDocument:
    with open_zip(data, source) as zf:
        pkg = _Package(zf, source)
        ofd_root, _ = pkg.xml("", "OFD.xml", "entry file")
        custom = {el.get("Name", ""): text_of(el) for el in ofd_root.iter() if local(el.tag) == "CustomData"}
        asm = TextAssembler()
        page_no = 0
        sizes: list[tuple[float, float]] = []
        fields: dict | None = None
        attached: str | None = None
        doc_roots = [text_of(el) for el in ofd_root.iter() if local(el.tag) == "DocRoot" and text_of(el)]
        if not doc_roots:
            raise DocumentError(source, "damaged OFD: OFD.xml names no document (DocRoot)", kind="corrupt")
        for doc_root in doc_roots:
            document, doc_dir = pkg.xml("", doc_root, "document")
            common = first(document, "CommonData")
            default_area = _page_area(common if common is not None else document)
            templates = {el.get("ID"): el.get("BaseLoc", "") for el in document.iter() if local(el.tag) == "TemplatePage"}
            pages_el = first(document, "Pages")
            for page_ref in children(pages_el, "Page") if pages_el is not None else []:
                page_xml, _ = pkg.xml(doc_dir, page_ref.get("BaseLoc", ""), "page")
                page_no += 1
                items: list[_Text] = []
                for tpl in (el for el in page_xml.iter() if local(el.tag) == "Template"):
                    loc = templates.get(tpl.get("TemplateID"))
                    if loc:
                        items += _text_objects(pkg.xml(doc_dir, loc, "template page")[0])
                items += _text_objects(page_xml)
                area = _page_area(page_xml) or default_area or [0, 0, 0, 0]
                sizes.append((area[2], area[3]))
                for row in rows_in_reading_order(items, lambda t: t.box):
                    for i, item in enumerate(row):
                        if i:
                            asm.separator(" ")
                        asm.add(item.text, page=page_no, box=item.box)
                    asm.end_line()
                asm.end_page()
            if fields is None:
                fields, attached = _einvoice(pkg, doc_dir, document)
    require_text(asm.text(), source, "the OFD file")
    meta: dict = {"box_units": "mm", "page_sizes": sizes, "ofd_custom_data": custom}
    if fields is not None:
        meta["einvoice"], meta["einvoice_source"] = fields, f"attachment:{attached}"
    else:
        mapping = einvoice.field_table()["ofd_custom_data"]
        from_custom = {mapping[k]: v for k, v in custom.items() if k in mapping and v}
        if from_custom:
            meta["einvoice"], meta["einvoice_source"] = from_custom, "ofd_custom_data"
    return new_document(data, source, "ofd", asm, pages=page_no, metadata=meta)


register(Parser(name="ofd", sniff=sniff, parse=parse, priority=35))
