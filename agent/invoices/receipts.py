"""Deterministic, layout-aware extraction of the four receipt fields (company, date, address, total).

Works on OCR lines with boxes (SROIE style) or plain text lines. General cues, read from `receipt_cues.yaml`:
the shop name is a top line carrying a company suffix (SDN BHD, ENTERPRISE…) or else the first plausible
header line; the address is the run of lines after it up to the first TEL/GST/INVOICE line; the date is the
labelled date or else the first date-shaped token; the total is the amount on the strongest TOTAL-type line,
preferring the one after a rounding adjustment, found on the same line, on the same row to the right, or below.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from agent.invoices.schemas import Evidence, ExtractionResult

CUES_PATH = Path(__file__).with_name("receipt_cues.yaml")
HEADER_LINES = 12

AMOUNT = re.compile(r"(?<![\d.])(?:(?:RM|MYR|\$)\s?)?-?\d{1,3}(?:,\d{3})*\.\d{2}(?![\d])")
_MONTHS = "JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC"
DATE_PATTERNS = [
    re.compile(r"(?<![\d/\-.])(\d{1,2})([/\-.])(\d{1,2})\2(\d{4}|\d{2})(?![\d/\-])"),
    re.compile(r"(?<![\d/\-.])(\d{4})([/\-.])(\d{1,2})\2(\d{1,2})(?![\d/\-])"),
    re.compile(rf"(?<!\d)(\d{{1,2}})([\s\-]*)({_MONTHS})[A-Z]*[\s,\-]*(\d{{4}}|\d{{2}})(?!\d)", re.I),
]
# a company registration number on its own line: "(CO. REG 123456-A)", "(CO. NO. 113825-W)", "(NO. 193573-M)",
# "COMPANY NO: 002643278-A" (its "NO. 1…" must not open the address)
_REG_NO = re.compile(r"^\(?\s*(?:(?:CO(?:MPANY)?[\s.\-]*(?:R[EF]G)?|ROC)\s*(?:NO)?\s*[.:]*\s*|NO\s*[.:]\s*)?"
                     r"[\dA-Z]*\d{4,}[\s\-]*[A-Z]?\s*(?:\)[\s,.]*)?$", re.I)
# a registration number after the name: "(CO. REG 123-A)", "(417940-M),", or bare "1110644-W"
_TRAILING_REG = re.compile(r"\s*(?:\((?:CO\.?\s*REG[^)]*|[\d\s\-]{4,}[A-Z]?)\)|(?<=\s)\d{5,}-[A-Z])[\s,.]*$", re.I)
_POSTCODE = re.compile(r"(?<![\dA-Z])\d{5}(?!\d)")
_POSTCODE_AT_END = re.compile(r"(?<![\dA-Z])\d{5}[\s,.]*$")


@dataclass
class Line:
    index: int
    text: str
    box: tuple[float, float, float, float] | None


@lru_cache(maxsize=1)
def load_cues(path: Path = CUES_PATH) -> dict[str, Any]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def to_lines(source: list[dict] | list[str] | str) -> list[Line]:
    """OCR lines ({text, box}) or plain text into `Line`s; 8-number quads become (x0, y0, x1, y1)."""
    if isinstance(source, str):
        source = source.splitlines()
    out: list[Line] = []
    for i, item in enumerate(source):
        if isinstance(item, str):
            text, box = item, None
        else:
            text, box = str(item.get("text", "")), item.get("box")
        rect = None
        if box:
            xs, ys = (box[0::2], box[1::2]) if len(box) == 8 else ((box[0], box[2]), (box[1], box[3]))
            rect = (float(min(xs)), float(min(ys)), float(max(xs)), float(max(ys)))
        out.append(Line(i, text.strip(), rect))
    return out


def _has_word(text: str, words: list[str]) -> bool:
    """Whole-word match for alphabetic cues (so 'BHD' does not hit 'BHDX'), substring for the rest."""
    up = text.upper()
    return any(re.search(rf"(?<![A-Z]){re.escape(w)}(?![A-Z])", up) if w[-1:].isalpha() else (w in up) for w in words)


def _starts_with(text: str, words: list[str]) -> bool:
    up = text.upper().lstrip(" (*-[")
    return any(up.startswith(w) for w in words)


def _evidence(line: Line, text: str, confidence: float) -> Evidence:
    return Evidence(text=text, line_index=line.index, box=line.box, confidence=confidence)


def _without_reg(text: str) -> str:
    """The line without a registration number after the name; white space squeezed first (a long run of spaces
    would make the pattern's leading \\s* crawl)."""
    return _TRAILING_REG.sub("", re.sub(r"\s+", " ", text))


def _is_reg_or_noise(text: str) -> bool:
    letters = sum(c.isalpha() for c in text)
    return not text or _REG_NO.match(text) is not None or letters < 3 or _find_date(text) is not None and letters < 8


def _looks_like_address(text: str, cues: dict) -> bool:
    if _find_date(text) or _starts_with(text, cues["address_stops"]):
        return False
    up = text.upper()
    return _has_word(up, cues["address_words"]) or any(re.search(p, up) for p in cues["address_patterns"])


def _header_end(lines: list[Line], cues: dict) -> int:
    """Index of the first TEL/GST/INVOICE-type line: the shop header ends there."""
    for ln in lines[:HEADER_LINES + 4]:
        if _starts_with(ln.text, ["TEL", "FAX", "GST", "PHONE", "H/P", "(GST"]) or "INVOICE" in ln.text.upper():
            if ln.index > 0:
                return ln.index
    return min(len(lines), HEADER_LINES)


def _continues_name(text: str, cues: dict) -> bool:
    """'CO. (M) SDN BHD' or 'ALAM) SDN BHD' continue the line above rather than start a name."""
    up = text.upper()
    starts = any(up.startswith(w) for w in cues["company_suffixes_strong"] + cues["company_suffixes"] + ["CO."])
    return starts or up.count(")") > up.count("(")


def find_company(lines: list[Line], cues: dict | None = None) -> tuple[str, Evidence] | None:
    """A header line with a legal-form suffix (SDN BHD, S/B…), joined with the lines it continues; else the first name-like line."""
    cues = cues or load_cues()
    end = _header_end(lines, cues)

    def candidate(ln: Line) -> bool:
        bare = _without_reg(ln.text)
        return not (_is_reg_or_noise(ln.text) or _is_reg_or_noise(bare) or _has_word(bare, cues["company_noise"])
                    or (_looks_like_address(bare, cues) and not _has_word(bare, cues["company_suffixes_strong"])))

    candidates = [ln for ln in lines[: max(end, 1)] if candidate(ln)]
    strong = [ln for ln in candidates if _has_word(_without_reg(ln.text), cues["company_suffixes_strong"])]
    weak = [ln for ln in candidates if _has_word(ln.text, cues["company_suffixes"])]
    if strong:
        first, conf = strong[0], 0.9
    elif candidates:
        first, conf = candidates[0], 0.75 if weak and weak[0] is candidates[0] else 0.6
    else:
        return None
    parts = [first]
    while _continues_name(parts[0].text, cues) and parts[0].index > 0 and candidate(lines[parts[0].index - 1]):
        parts.insert(0, lines[parts[0].index - 1])
    nxt = parts[-1].index + 1
    while nxt < len(lines) and len(parts) < 4 and _continues_name(lines[nxt].text, cues) and candidate(lines[nxt]):
        parts.append(lines[nxt])
        nxt += 1
    name = _without_reg(" ".join(p.text for p in parts)).strip()
    return name, _evidence(parts[0], name, conf)


def _only_region(text: str, cues: dict) -> bool:
    rest = re.sub(r"[\s,.]+", " ", text.upper())
    for region in sorted(cues["address_regions"], key=len, reverse=True):
        rest = rest.replace(region, " ")
    return not rest.strip()


def find_address(lines: list[Line], company_line: int | None, cues: dict | None = None) -> tuple[str, Evidence] | None:
    """Lines after the company from the first address-like one up to TEL/GST/INVOICE, or the postcode line (+ state)."""
    cues = cues or load_cues()
    start = (company_line + 1) if company_line is not None else 0
    parts: list[Line] = []
    postcode_seen = False
    for ln in lines[start : start + HEADER_LINES]:
        if AMOUNT.search(ln.text):
            break
        if not parts:
            if _looks_like_address(ln.text, cues) and not _is_reg_or_noise(ln.text):
                parts.append(ln)
                postcode_seen = bool(_POSTCODE.search(ln.text) and not _POSTCODE_AT_END.search(ln.text))
            continue
        if _starts_with(ln.text, cues["address_stops"]) or _is_reg_or_noise(ln.text) or len(parts) >= 6:
            break
        if postcode_seen and not _only_region(ln.text, cues):
            break
        parts.append(ln)
        # '…, 44300' ends its line: the town and state are on the next line
        postcode_seen = postcode_seen or bool(_POSTCODE.search(ln.text) and not _POSTCODE_AT_END.search(ln.text))
    if not parts:
        return None
    text = " ".join(p.text for p in parts)
    boxes = [p.box for p in parts if p.box]
    box = (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes)) if boxes else None
    return text, Evidence(text=text, line_index=parts[0].index, box=box, confidence=0.8 if postcode_seen else 0.6)


def _find_date(text: str) -> re.Match | None:
    for pat in DATE_PATTERNS:
        for m in pat.finditer(text):
            if _plausible_date(m):
                return m
    return None


def _plausible_date(m: re.Match) -> bool:
    a, _, b, c = m.groups()
    if not b.isdigit():
        return 1 <= int(a) <= 31
    if len(a) == 4:
        return 1 <= int(b) <= 12 and 1 <= int(c) <= 31
    return 1 <= int(a) <= 31 and 1 <= int(b) <= 31 and (int(a) <= 12 or int(b) <= 12)


def find_date(lines: list[Line], cues: dict | None = None) -> tuple[str, Evidence] | None:
    """A date on (or right after) a DATE label beats any other date-shaped token."""
    cues = cues or load_cues()
    labelled: list[tuple[Line, re.Match]] = []
    anywhere: list[tuple[Line, re.Match]] = []
    for i, ln in enumerate(lines):
        m = _find_date(ln.text)
        if not m:
            continue
        prev = lines[i - 1].text if i else ""
        if _has_word(ln.text, cues["date_labels"]) or re.search(r"DATE\s*:?\s*$", prev.upper()):
            labelled.append((ln, m))
        anywhere.append((ln, m))
    numeric = [(ln, m) for ln, m in anywhere if m.group(3).isdigit()]
    for pool, conf in ((labelled, 0.9), (numeric, 0.7), (anywhere, 0.6)):
        if pool:
            ln, m = pool[0]
            return m.group(0), _evidence(ln, m.group(0), conf)
    return None


def _same_row(a: Line, b: Line) -> bool:
    if not (a.box and b.box):
        return False
    top, bottom = max(a.box[1], b.box[1]), min(a.box[3], b.box[3])
    overlap = bottom - top
    return overlap > 0.5 * min(a.box[3] - a.box[1], b.box[3] - b.box[1]) and b.box[0] >= (a.box[0] + a.box[2]) / 2


def _amount_for(lines: list[Line], i: int, label_end: int) -> tuple[Line, str] | None:
    """Amount after the label on the same line, else on the same row to the right, else on the next line."""
    line = lines[i]
    m = AMOUNT.search(line.text, label_end)
    if m:
        return line, m.group(0)
    row = [ln for ln in lines if ln.index != i and _same_row(line, ln) and AMOUNT.search(ln.text)]
    if row:
        nearest = min(row, key=lambda ln: ln.box[0])  # type: ignore[index]
        return nearest, AMOUNT.search(nearest.text).group(0)  # type: ignore[union-attr]
    for ln in lines[i + 1 : i + 3]:
        m = AMOUNT.fullmatch(ln.text.strip(" :"))
        if m and not (line.box and ln.box and _same_row(ln, line) is False and ln.box[1] < line.box[1]):
            return ln, m.group(0)
        if not line.box:
            break
    return None


def find_total(lines: list[Line], cues: dict | None = None) -> tuple[str, Evidence] | None:
    cues = cues or load_cues()
    tiers = {int(k): v for k, v in cues["total_tiers"].items()}
    rounding_seen = False
    best: tuple[float, Line, str] | None = None
    for i, ln in enumerate(lines):
        up = ln.text.upper()
        if any(w in up for w in cues["rounding_words"]):
            rounding_seen = True
            continue
        if _has_word(up, cues["total_excludes"]):
            continue
        tier = next((t for t in sorted(tiers, reverse=True) if any(w in up for w in tiers[t])), None)
        if tier is None:
            continue
        kw = re.search(r"TOTAL|PAYABLE|DUE|ROUNDED", up)
        found = _amount_for(lines, i, kw.end() if kw else 0)
        if not found:
            continue
        score = tier + (1.5 if rounding_seen and tier >= 1 else 0)
        if best is None or score > best[0]:
            best = (score, found[0], found[1])
    if best is None:
        return None
    score, line, value = best
    return value, _evidence(line, value, min(0.95, 0.5 + 0.1 * score))


def extract_receipt(source: list[dict] | list[str] | str) -> ExtractionResult:
    """Company, date, address and total of one receipt, each with the line it came from."""
    cues = load_cues()
    lines = [ln for ln in to_lines(source)]
    result = ExtractionResult(doc_type="receipt", fields={"company": None, "date": None, "address": None, "total": None})
    company = find_company(lines, cues)
    company_line = company[1].line_index if company else None
    found = {
        "company": company,
        "address": find_address(lines, company_line, cues),
        "date": find_date(lines, cues),
        "total": find_total(lines, cues),
    }
    for name, hit in found.items():
        if hit:
            result.fields[name], result.evidence[name] = hit
    return result
