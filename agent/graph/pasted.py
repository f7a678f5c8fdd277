"""A document pasted into a chat message: where the user's own words end and the pasted text begins.

Credit staff paste a clause two ways: on lines of their message ("帮我看看这条有没有问题：" then the clause), or
inline in quotes ("帮我看看这条有没有问题：「借款人应于放款当日……」"). Either way the pasted part is evidence to be
checked, not part of the question: the router matches its keywords on the user's own words only, and the answer
quotes the paste as a document. A message of several lines is not a paste by itself: "1. 最近开票咋样？\n2. 有没有
官司？" is two questions, and a question after the clause ("……\n另外他家有没有被起诉？") is the user's again.
"""
from __future__ import annotations

import re

PASTED_MIN_CHARS = 80     # shorter quotes are part of the question ("合同里写了'预先扣除首期利息'，这算砍头息吗")
# ASCII " is left out: its opening and closing marks are the same character, so two short quotes would pair
# across the user's own words.
_OPEN_CLOSE = {"「": "」", "『": "』", "“": "”", "【": "】"}
_QUOTED = re.compile("|".join(
    rf"{re.escape(o)}(?P<q{i}>[^{re.escape(c)}]{{{PASTED_MIN_CHARS},}}?)(?:{re.escape(c)}|$)"
    for i, (o, c) in enumerate(_OPEN_CLOSE.items())), re.DOTALL)

# Words only a document's own lines carry: the document naming itself or its parties as such, a 借条's opening, a
# party's role followed by a colon or by what it undertakes. Talk about a role ("担保人老周说展期他不管了") is not it.
_ROLE = r"(?:出借人|借款人|贷款人|保证人|担保人|抵押人|出质人|质权人|抵押权人|债权人|债务人)"
_DOCUMENT_WORDS = re.compile(
    r"甲方|乙方|丙方|本合同|本协议|本借条|本借据|本欠条|今借到|今欠|今收到|立此为据|立据人"
    rf"|{_ROLE}\s*[（(:：]|{_ROLE}(?:应|须|应当|同意|承诺|保证|不得|有权|未按)"
    r"|本公司|本人|特此|此致|兹有|兹证明|申请人|承诺人|说明人"            # a letter: 情况说明, 承诺书, 申请书
    r"|this Agreement|the Lender|the Borrower|the Guarantor", re.IGNORECASE)
_CLAUSE_HEAD = re.compile(
    r"^\s*(?:第[一二三四五六七八九十百零〇\d]+[条章款项]|\d+(?:\.\d+)+|\d+[、.．)）]|[（(][一二三四五六七八九十\d]+[)）]"
    r"|[一二三四五六七八九十]+、|Article\s+\d+|Clause\s+\d+)")
_QUESTION = re.compile(
    r"[？?]|(?:吗|呢|么|嘛|吧|没|不|啊)[。！!…~～\s]*$|怎么|咋|啥|什么|多少|有没有|能不能|可不可以|是不是|行不行|算不算"
    r"|请问|帮我|帮忙|麻烦|看看|看下|看一下|查查|查一下|how |what |whether |can we|is it|could you|please", re.IGNORECASE)
_DOCUMENT_LINE_CHARS = 25    # shorter lines are remarks ("甲方是我们"), not clauses
_LONG_LINE_CHARS = PASTED_MIN_CHARS   # nobody types this much on one line without asking: it was pasted
_SALUTATION = re.compile(r"^(?:致|尊敬的|To\b|Dear\b)", re.IGNORECASE)
# Pasted lines are recognised by their own words, so a shorter clause counts than an unmarked quote needs.
PASTED_LINES_MIN_CHARS = 40


def _reads_as_document(line: str, in_block: bool) -> bool:
    text = line.strip()
    if not text or _QUESTION.search(text):
        return False
    if in_block:               # "甲方（出借人）：张三", "2.2 按月付息" inside a pasted clause stay with it
        return True
    if _CLAUSE_HEAD.match(text) and len(text) >= _DOCUMENT_LINE_CHARS:
        return True
    return bool(_DOCUMENT_WORDS.search(text)) and len(text) >= _DOCUMENT_LINE_CHARS or len(text) >= _LONG_LINE_CHARS


def _split_lines(question: str) -> tuple[str, str | None]:
    lines = [line.strip() for line in question.strip().splitlines() if line.strip()]
    pasted_at: list[bool] = []
    for line in lines:
        pasted_at.append(_reads_as_document(line, bool(pasted_at) and pasted_at[-1]))
    if True in pasted_at:      # a title or contract number just above the first clause belongs to the paste
        j = pasted_at.index(True) - 1
        while j > 0 and not _QUESTION.search(lines[j]) and (
                not lines[j].endswith(("：", ":")) or _SALUTATION.match(lines[j])):
            pasted_at[j] = True
            j -= 1
    own = [line for line, p in zip(lines, pasted_at) if not p]
    pasted = [line for line, p in zip(lines, pasted_at) if p]
    if own and sum(len(p) for p in pasted) >= PASTED_LINES_MIN_CHARS:
        return "\n".join(own), "\n".join(pasted)
    return question, None


def split_pasted(question: str) -> tuple[str, str | None]:
    """(the user's own words, the pasted document or None).

    Each line reads as the user's (a question, a remark, a forwarded message, a numbered question) or as pasted text
    (no question, and a clause number, a document's own words — 甲方, 本合同, 借款人应…, 本公司, 特此说明 — or a
    line longer than anyone types; the lines that follow it, until a question, belong to it). Pasted lines of at least PASTED_MIN_CHARS characters together are a pasted document; so is a quoted span
    of that length (closed, or running to the end of the message). Without either, all of it is the question.
    """
    own, pasted = _split_lines(question)
    if pasted is not None:
        return own, pasted
    m = _QUOTED.search(question)
    if m:
        pasted = next(g for g in m.groups() if g is not None)
        own = (question[: m.start()] + question[m.end():]).strip()
        if own:
            return own, pasted.strip()
    return question, None
