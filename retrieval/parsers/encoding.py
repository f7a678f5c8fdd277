"""Bytes -> str for plain-text files written by Chinese office software.

Order: BOM (UTF-8/16/32) > binary check > strict UTF-8 > GB18030 if it reads as real Chinese >
charset-normalizer's guess. GB18030 goes before charset-normalizer because on short Chinese texts the
detector often guesses an exotic code page (cp1251, Shift-JIS, Big5-HKSCS) that also "decodes".
A GB18030 reading is accepted only if its characters are mostly common hanzi and Chinese punctuation,
so a genuine Big5 or Latin-1 file still falls through to the detector.
"""
from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from agent.errors import DocumentError
from retrieval.parsers.config import limit

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),  # before UTF-16: FF FE 00 00 starts with FF FE
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_ALLOWED_CONTROLS = {9, 10, 12, 13, 27}  # tab, newlines, form feed, ESC (ANSI colours in logs)


def control_ratio(data: bytes) -> float:
    sample = data[:65536]
    bad = sum(1 for b in sample if (b < 32 and b not in _ALLOWED_CONTROLS) or b == 127)
    return bad / max(len(sample), 1)


def looks_binary(data: bytes) -> bool:
    return control_ratio(data) > float(limit("text", "max_control_char_ratio"))


def common_hanzi_ratio(text: str) -> float:
    """Share of non-ASCII characters that are GB2312 punctuation (rows A1-A3) or level-1 hanzi (B0-D7)."""
    non_ascii = [c for c in text if ord(c) > 127]
    if not non_ascii:
        return 0.0
    common = 0
    for c in non_ascii:
        try:
            lead = c.encode("gb2312")[0]
        except UnicodeEncodeError:
            continue
        common += 0xA1 <= lead <= 0xA3 or 0xB0 <= lead <= 0xD7
    return common / len(non_ascii)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a BOM: mostly-ASCII text has zero bytes on every other position; Chinese text
    has none, so a strict decode must yield mostly common hanzi (and no control characters)."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    for zeros, enc in ((odd, "utf-16-le"), (even, "utf-16-be")):
        if zeros.count(0) > 0.4 * len(zeros):
            try:
                data.decode(enc)
                return enc
            except UnicodeDecodeError:
                return None
    if not looks_binary(data):
        return None  # plain 8-bit text: not UTF-16
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        controls = sum(1 for c in text if ord(c) < 32 and c not in "\t\n\r\f")
        if not controls and common_hanzi_ratio(text) >= float(limit("text", "min_common_hanzi_ratio")):
            return enc
    return None


def decode_text(data: bytes, label: str, *, claims_text: bool) -> tuple[str, str]:
    """Return (text, encoding name). Raises DocumentError: kind "encoding" for a file that should be
    text but cannot be read as any encoding; "unsupported" for binary data that does not claim to be text."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError as exc:
                raise DocumentError(label, f"file starts with a {enc} byte-order mark but is not valid {enc} ({exc})",
                                    kind="encoding") from exc
    if enc := _utf16_without_bom(data):
        return data.decode(enc), enc
    if looks_binary(data):
        if claims_text:
            raise DocumentError(label, "file is named as text but contains binary data; save it as UTF-8 text",
                                kind="encoding")
        raise DocumentError(label, "unsupported format: binary data that is not PDF, image, DOCX, OFD or XML",
                            kind="unsupported")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    for enc in ("gbk", "gb18030"):  # GBK is a subset of GB18030; name the narrower one when it fits
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if common_hanzi_ratio(text) >= float(limit("text", "min_common_hanzi_ratio")):
            return text, enc
        break
    best = from_bytes(data).best()
    if best is None or best.chaos > 0.5:
        raise DocumentError(label, "cannot determine the text encoding; save the file as UTF-8 and upload it again",
                            kind="encoding")
    return str(best), best.encoding
