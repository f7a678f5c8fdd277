"""PII masking (脱敏) before text leaves the institution (to a model server, a log, a shared report).

Detected: 18-digit resident ID numbers (GB 11643 check digit), mainland mobile numbers, bank card numbers
(Luhn), unified social credit codes (GB 32100 check digit, optional) and names the caller lists. Each distinct
value becomes a numbered placeholder (`[身份证_1]`); the mapping restores them in the model's answer.
Only numbers whose check digit is valid are masked, so amounts and contract numbers stay readable.
"""
from __future__ import annotations

import contextvars
import logging
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date

from pydantic import BaseModel, Field

from agent.identifiers import CREDIT_CODE_CHARS, credit_code_check_char, id_number_check_char

LABELS = {"id_number": "身份证", "credit_code": "信用代码", "bank_card": "银行卡", "mobile": "手机", "name": "姓名"}

_ID = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")
_CREDIT = re.compile(rf"(?<![0-9A-Za-z])[{CREDIT_CODE_CHARS}]{{18}}(?![0-9A-Za-z])")
_CARD = re.compile(r"(?<![\d\-])(?:\d{4}[ \-]?){3}\d{4}(?:[ \-]?\d{1,3})?(?![\d\-])")
_MOBILE = re.compile(r"(?<![\d\-])(?:(?:\+|00)?86[ \-]?)?1[3-9]\d(?:[ \-]?\d{4}){2}(?![\d\-])")
_PLACEHOLDER = re.compile(r"\[(?:%s)_\d+\]" % "|".join(LABELS.values()))
_PLACEHOLDER_MAX = max(len(v) for v in LABELS.values()) + 8   # "[" + label + "_" + up to 5 digits + "]"
_names: contextvars.ContextVar[tuple[str, ...]] = contextvars.ContextVar("fengtiao_pii_names", default=())


class MaskResult(BaseModel):
    text: str
    mapping: dict[str, str] = Field(default_factory=dict, description="placeholder → original value")

    def restore(self, text: str) -> str:
        return restore_pii(text, self.mapping)


def id_number_valid(value: str) -> bool:
    """GB 11643-1999: weighted sum mod 11 check character, and a real birth date in positions 7–14."""
    v = value.upper()
    if not re.fullmatch(r"\d{17}[\dX]", v):
        return False
    try:
        date(int(v[6:10]), int(v[10:12]), int(v[12:14]))
    except ValueError:
        return False
    return id_number_check_char(v[:17]) == v[17]


def luhn_valid(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def credit_code_valid(value: str) -> bool:
    return credit_code_check_char(value[:17]) == value[17]


def _bank_card(raw: str) -> bool:
    digits = re.sub(r"[ \-]", "", raw)
    return 16 <= len(digits) <= 19 and luhn_valid(digits)


def find_pii(text: str, *, names: Iterable[str] = (), credit_codes: bool = True) -> list[tuple[int, int, str]]:
    """(start, end, kind) spans, earlier-listed kinds winning overlaps (an ID number is never read as a card)."""
    detectors: list[tuple[str, re.Pattern, object]] = [("id_number", _ID, id_number_valid)]
    if credit_codes:
        detectors.append(("credit_code", _CREDIT, lambda v: not v.isdigit() and credit_code_valid(v)))
    detectors += [("bank_card", _CARD, _bank_card), ("mobile", _MOBILE, lambda v: True)]
    for name in sorted({n for n in names if n}, key=len, reverse=True):
        detectors.append(("name", re.compile(re.escape(name)), lambda v: True))
    taken: list[tuple[int, int, str]] = []
    for kind, pattern, valid in detectors:
        for m in pattern.finditer(text):
            if valid(m.group()) and not any(m.start() < e and s < m.end() for s, e, _ in taken):
                taken.append((m.start(), m.end(), kind))
    return sorted(taken)


def mask_pii(text: str, *, names: Iterable[str] = (), credit_codes: bool = True,
             mapping: dict[str, str] | None = None) -> MaskResult:
    """Replace each PII value with a placeholder; the same value always gets the same placeholder.

    Pass the `mapping` of an earlier call to keep numbering stable across the turns of one conversation.
    """
    mapping = dict(mapping or {})
    by_value = {v: k for k, v in mapping.items()}
    counters: dict[str, int] = {}
    for placeholder in mapping:
        label, n = placeholder[1:-1].rsplit("_", 1)
        counters[label] = max(counters.get(label, 0), int(n))
    out, pos = [], 0
    for start, end, kind in find_pii(text, names=names, credit_codes=credit_codes):
        value = text[start:end]
        if value not in by_value:
            label = LABELS[kind]
            counters[label] = counters.get(label, 0) + 1
            by_value[value] = f"[{label}_{counters[label]}]"
            mapping[by_value[value]] = value
        out += [text[pos:start], by_value[value]]
        pos = end
    out.append(text[pos:])
    return MaskResult(text="".join(out), mapping=mapping)


def restore_pii(text: str, mapping: dict[str, str]) -> str:
    """Put the originals back; a placeholder the model invented (not in the mapping) is left as it is."""
    return _PLACEHOLDER.sub(lambda m: mapping.get(m.group(), m.group()), text)


@contextmanager
def pii_names(names: Iterable[str]) -> Iterator[None]:
    """Names to mask as well (the parties of the case at hand) in every remote model call made inside the block.

    Names cannot be recognised by a pattern, so whoever knows them says so: `with pii_names(["王建国"]): ...`.
    Nested blocks add to the outer names.
    """
    token = _names.set(tuple(dict.fromkeys([*_names.get(), *(n for n in names if n)])))
    try:
        yield
    finally:
        _names.reset(token)


def current_pii_names() -> tuple[str, ...]:
    return _names.get()


class StreamRestorer:
    """Restore placeholders in streamed text whose chunks may cut a placeholder in two (`[身份` + `证_1]`).

    `feed` returns what can be shown now; a tail that may still become a placeholder is held back until the
    next chunk (or `flush`) decides. Nothing is held longer than one placeholder's length.
    """

    def __init__(self, mapping: dict[str, str]) -> None:
        self.mapping = mapping
        self._held = ""

    def feed(self, text: str) -> str:
        buf = self._held + text
        cut = buf.rfind("[")
        if cut >= 0 and "]" not in buf[cut:] and _may_become_placeholder(buf[cut:]):
            buf, self._held = buf[:cut], buf[cut:]
        else:
            self._held = ""
        return restore_pii(buf, self.mapping)

    def flush(self) -> str:
        held, self._held = self._held, ""
        return restore_pii(held, self.mapping)


def _may_become_placeholder(tail: str) -> bool:
    """Is `tail` (starting at "[" and without "]") the beginning of some placeholder?"""
    if len(tail) >= _PLACEHOLDER_MAX:
        return False
    body = tail[1:]
    for label in LABELS.values():
        head = label + "_"
        if head.startswith(body) or (body.startswith(head) and body[len(head):].isdigit()):
            return True
    return False


class PiiLogFilter(logging.Filter):
    """Masks PII in every record passing through a handler: `handler.addFilter(PiiLogFilter(names=[...]))`."""

    def __init__(self, names: Iterable[str] = (), name: str = "") -> None:
        super().__init__(name)
        self.names = list(names)

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = mask_pii(message, names=self.names).text
        if masked != message:
            record.msg, record.args = masked, None
        return True
