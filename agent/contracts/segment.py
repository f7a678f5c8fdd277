"""Split a contract into clauses and sentences without moving a single character.

Spans are the backbone of evidence, so normalisation here is strictly one character for one character
(full-width digits and letters to ASCII, ideographic space to space); quotes are cut from the original.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from agent.contracts.schemas import Evidence
from agent.rules.loader import RULES_DIR

_FW = {0xFF10 + i: 0x30 + i for i in range(10)}
_FW.update({0xFF21 + i: 0x41 + i for i in range(26)})
_FW.update({0xFF41 + i: 0x61 + i for i in range(26)})
# ，(FF0C) stays a Chinese comma for sentence splitting; `normalise` maps it only between digits.
_FW.update({0x3000: 0x20, 0xA0: 0x20, 0xFF0E: 0x2E, 0xFF0F: 0x2F, 0xFF0D: 0x2D, 0xFF05: 0x25})

_SENTENCE_END_CHARS = "。；;！!？?\n"
_SENTENCE_END = re.compile(f"[{_SENTENCE_END_CHARS}]")
_HEADING = re.compile(
    r"^[ \t]*(?P<label>第[一二三四五六七八九十百零\d]+条|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[.、．](?!\d))"
)


def normalise(text: str) -> str:
    """Same length as `text`: full-width ASCII → ASCII, odd spaces → space, 100，000 → 100,000, a document
    written in traditional characters (a loan from Hong Kong or Taiwan: 借據、貸與人、利息按月息八厘) read in
    simplified ones, and local words read as the usual ones (温州话 利钿 → 利息)."""
    out = simplified(text.translate(_FW))
    for word, plain in _plain_words():
        out = word.sub(plain, out)
    return re.sub(r"(?<=\d)，(?=\d{3}(?!\d))", ",", out)


@lru_cache(maxsize=1)
def _plain_words() -> list[tuple[re.Pattern[str], str]]:
    """contract_terms.yaml `plain_words`: a local word read as the usual one of the same length (利钿 → 利息)."""
    words = load_terms().get("plain_words", {})
    bad = [k for k, v in words.items() if len(k) != len(v)]
    if bad:
        raise ValueError(f"contract_terms.yaml plain_words must keep the length: {bad}")
    return [(re.compile(re.escape(k)), v) for k, v in sorted(words.items(), key=lambda kv: len(kv[0]), reverse=True)]


def simplified(text: str) -> str:
    """`text` in simplified characters when it is written in traditional ones, one character for one character.

    A simplified text keeps every character: a few (乾, 著, 於) are shared by both scripts, so a text converts
    only when traditional-only characters are a real share of it (≥ 5 and ≥ 3 % of its Han characters)."""
    convert = _t2s().convert
    han = [ch for ch in text if "\u4e00" <= ch <= "\u9fff"]
    changed = sum(convert(ch) != ch for ch in set(han)) if han else 0
    if changed < 5 or changed < 0.03 * len(set(han)):
        return text
    out = convert(text)
    return out if len(out) == len(text) else "".join(convert(ch) for ch in text)


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


_FILL_MARKS = "【】_＿"
_CELL_LABEL = re.compile(r"[^\t\n：:，,。；;]{1,16}")
_HEADING_ONLY = re.compile(
    r"[ \t\u3000]*(?:第[一二三四五六七八九十百零\d]+条|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])"
    r"[ \t\u3000]*[\u4e00-\u9fa5（）()]{1,16}[ \t\u3000]*")


def reading_copy(text: str) -> tuple[str, list[int]]:
    """The text as the reader's patterns expect it, and for each of its characters the offset in `text` (plus one
    entry for the end), so evidence found in the copy points into the original.

    Forms are written in many layouts; three are undone here: a value filled into a blank (执行年利率为【5.00】%,
    ____12____个月) loses the blank's marks; a table cell's label is followed by a colon instead of a tab
    (出借人<TAB>吴晓军 → 出借人：吴晓军); a clause heading alone on its line is joined to the body that follows
    (第一条 借款金额 / 人民币捌拾万元整 → 第一条 借款金额：人民币捌拾万元整).
    """
    out: list[str] = []
    back: list[int] = []
    pos = 0
    joined = False                                  # the previous line was a heading joined to this one
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        start = len(body) - len(body.lstrip(" \t\u3000")) if joined else 0
        for i in range(start, len(body)):
            ch = body[i]
            if ch in _FILL_MARKS:
                continue
            if ch == "\t" and i and body[i - 1] == "\t" and out and out[-1] == "：":
                continue                            # label<TAB><TAB>value: one colon
            label = body[:i].strip()
            if ch == "\t" and _CELL_LABEL.fullmatch(label) and not _HEADING.match(label):
                ch = "："
            out.append(ch)
            back.append(pos + i)
        joined = bool(body.strip()) and bool(_HEADING_ONLY.fullmatch(body)) and len(line) > len(body)
        for j in range(len(body), len(line)):
            out.append("：" if joined and j == len(body) else line[j])
            back.append(pos + j)
            if joined:
                break                               # "\r\n" after a heading: one colon for the break
        pos += len(line)
    back.append(len(text))
    return "".join(out), back


@dataclass(frozen=True)
class Clause:
    label: str
    title: str
    start: int
    end: int


def clauses(text: str) -> list[Clause]:
    """Headed clauses (第N条, 一、, （一）, 1.) in order; text before the first heading is a preamble clause."""
    marks: list[tuple[int, str, str]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        m = _HEADING.match(line)
        if m:
            rest = line[m.end():].strip()
            title = re.split(r"[：:。，,\s]", rest, maxsplit=1)[0][:20] if rest else ""
            marks.append((pos + m.start("label"), m.group("label"), title))
        pos += len(line)
    out: list[Clause] = []
    if not marks or marks[0][0] > 0:
        out.append(Clause("", "preamble", 0, marks[0][0] if marks else len(text)))
    for i, (start, label, title) in enumerate(marks):
        end = marks[i + 1][0] if i + 1 < len(marks) else len(text)
        out.append(Clause(label, title, start, end))
    return out


def sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """The sentence (between 。；! ? or newlines) that contains `pos`."""
    start = max(text.rfind(ch, 0, pos) for ch in _SENTENCE_END_CHARS) + 1  # back from pos (a scan from 0 was quadratic)
    m = _SENTENCE_END.search(text, pos)
    return start, (m.start() if m else len(text))


def sentences(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if text[start:m.start()].strip():
            out.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        out.append((start, len(text)))
    return out


def evidence(text: str, start: int, end: int) -> Evidence:
    return Evidence(start=start, end=end, quote=text[start:end])


@lru_cache(maxsize=4)
def load_terms(path: str = str(RULES_DIR / "contract_terms.yaml")) -> dict:
    """The vocabulary file (see agent/rules/contract_terms.yaml)."""
    return yaml.safe_load(Path(path).read_text(encoding="utf-8"))
