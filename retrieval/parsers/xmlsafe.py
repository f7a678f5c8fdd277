"""XML from untrusted files: no DTDs, no entities (billion laughs, XXE), any declared encoding."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from agent.errors import DocumentError

_DECL = re.compile(rb"^\s*<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9_.\-]+)[\"'][^>]*\?>", re.S)
_EXPAT_NATIVE = {"utf-8", "utf8", "utf-16", "utf16", "us-ascii", "ascii", "iso-8859-1", "latin-1", "latin1"}


def parse_xml(data: bytes, label: str) -> ET.Element:
    """Parse XML safely; GBK/GB18030-declared files (common from Chinese tax software) are decoded first,
    because expat cannot decode multi-byte legacy encodings itself."""
    m = _DECL.match(data)
    source: bytes | str = data
    if m and m.group(1).decode().lower() not in _EXPAT_NATIVE:
        enc = m.group(1).decode().lower()
        enc = "gb18030" if enc in {"gbk", "gb2312", "gb18030", "cp936"} else enc
        try:
            source = data[m.end():].decode(enc)
        except (LookupError, UnicodeDecodeError) as exc:
            raise DocumentError(label, f"XML declares encoding {enc!r} but cannot be decoded with it ({exc})",
                                kind="encoding") from exc
    try:
        return fromstring(source, forbid_dtd=True)
    except DefusedXmlException as exc:
        raise DocumentError(label, f"XML contains a DTD or entity declarations ({type(exc).__name__}); refused for safety",
                            kind="unsafe_xml") from exc
    except ET.ParseError as exc:
        raise DocumentError(label, f"malformed XML ({exc}); ask for the original file", kind="corrupt") from exc


def local(tag: object) -> str:
    """`{http://www.ofdspec.org/2016}TextCode` -> `TextCode`; namespaces vary between issuers."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def children(el: ET.Element, name: str) -> list[ET.Element]:
    return [c for c in el if local(c.tag) == name]


def first(el: ET.Element, name: str) -> ET.Element | None:
    """First descendant (any depth) with this local name."""
    for d in el.iter():
        if d is not el and local(d.tag) == name:
            return d
    return None


def text_of(el: ET.Element | None) -> str:
    return "".join(el.itertext()).strip() if el is not None else ""
