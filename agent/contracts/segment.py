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
from agent.hanzi import to_simplified
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
    out = ocr_digits(simplified(text.translate(_FW)))
    for word, plain in _plain_words():
        out = word.sub(plain, out)
    return re.sub(r"(?<=\d)，(?=\d{3}(?!\d))", ",", out)


# OCR reads 0 as O/o and 1 as l/I inside numbers ("2Ol6年ll月8日", "¥5OOOO.OO", "月利率7.5%o"): a run of digits and
# those letters with two real digits (or one and a unit: "5O%", "¥5OOOO.OO") and no letter around it, or a month or day
# between 年/月/日, is a number ("菜籽油5l" and "第II.1条" are left alone).
_OCR_NUMBER = re.compile(r"(?<![A-Za-z])(?=(?:[OolI.]*\d){2}|[0-9OolI.]*\d[0-9OolI.]*[年月日元%‰号]|\d[Oo.]{2,}|(?<=[¥￥]))[0-9OolI][0-9OolI.]*(?![A-Za-z])"
                         r"|(?<=年)[0-9OolI]{1,2}(?=月)|(?<=月)[0-9OolI]{1,2}(?=日)")
_OCR_LETTERS = str.maketrans("OolI", "0011")


def ocr_digits(text: str) -> str:
    """Same length: the letters OCR puts for 0 and 1 inside numbers read as digits, "%o" after a number as ‰."""
    if not re.search(r"[OolI]", text):
        return text
    text = _OCR_NUMBER.sub(lambda m: m.group(0).translate(_OCR_LETTERS), text)
    return re.sub(r"(?<=\d)%o(?![A-Za-z])", "‰ ", text)


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
    convert = to_simplified
    han = [ch for ch in text if "\u4e00" <= ch <= "\u9fff"]
    changed = sum(convert(ch) != ch for ch in set(han)) if han else 0
    if changed < 5 or changed < 0.03 * len(set(han)):
        return text
    out = convert(text)
    return out if len(out) == len(text) else "".join(convert(ch) for ch in text)


_FILL_MARKS = "【】_＿"
_CELL_LABEL = re.compile(r"[^\t\n：:，,。；;]{1,16}")
_HEADING_ONLY = re.compile(
    r"[ \t\u3000]*(?:第[一二三四五六七八九十百零\d]+条|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])"
    r"[ \t\u3000]*[\u4e00-\u9fa5（）()]{1,16}[ \t\u3000]*")


@lru_cache(maxsize=1)
def _spaced_party_label() -> re.Pattern[str]:
    """A party's role then its name after spaces, no colon ("贷款人 山东…北关支行", "保证人 杜海军   身份证号…"): how
    OCR renders a form's cells. Only when what follows reads as a name: a person's 2-4 characters or an
    organisation's name, each ending at spaces or the line's end; never a table's column headers ("借款人 姓名 身份证号码")
    nor what the party undertakes ("借款人 应向…")."""
    roles = load_terms()["party_roles"]
    words = sorted({w for r in ("lender", "borrower", "guarantor") for w in roles[r]} | {"甲方", "乙方", "丙方"},
                   key=len, reverse=True)
    return re.compile(
        r"[ \t\u3000]*(?P<label>(?:" + "|".join(map(re.escape, words)) + r")(?:[（(][^）)\n]{1,6}[）)])?)[ \u3000]+"
        r"(?!姓名|名称|身份|证件|签|盖章|住所|住址|地址|电话|联系|同意|有权|确认|承诺|保证|声明|不得|应|须|在|对|向|按|于|将|的|"
        + "|".join(map(re.escape, words)) + r")"
        r"(?=(?:[\u4e00-\u9fa5·]{2,4}|[\u4e00-\u9fa5（）()]{4,40}?(?:公司|支行|分行|银行|合作社|信用社|联社|厂|店|部|中心))"
        r"(?:[ \u3000\t]|$))")


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
        spaced = m.end("label") if (m := _spaced_party_label().match(body)) else -1
        for i in range(start, len(body)):
            ch = body[i]
            if ch in _FILL_MARKS:
                continue
            if ch == "\t" and i and body[i - 1] == "\t" and out and out[-1] == "：":
                continue                            # label<TAB><TAB>value: one colon
            label = body[:i].strip()
            if ch == "\t" and _CELL_LABEL.fullmatch(label) and not _HEADING.match(label):
                ch = "："
            elif i == spaced:
                ch = "："                           # 贷款人 山东…支行 (a scanned form without colons)
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
