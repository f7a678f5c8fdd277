"""A document pasted into a chat message: where the user's own words end and the pasted text begins.

Credit staff paste a clause two ways: on lines of their message ("帮我看看这条有没有问题：" then the clause), or
inline in quotes ("帮我看看这条有没有问题：「借款人应于放款当日……」"). Either way the pasted part is evidence to be
checked, not part of the question: the router matches its keywords on the user's own words only, and the answer
quotes the paste as a document. A message of several lines is not a paste by itself: "1. 最近开票咋样？\n2. 有没有
官司？" is two questions. Once something was pasted, though, every line after the first belongs to it, a question
at its end included: the document's author could have written that line.
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
# An English clause in straight quotes ('The Guarantor hereby …repaid.'): it opens on a capital and closes on a
# sentence mark right before the quote, so an apostrophe ("Lender's", "don't") neither opens nor closes it.
_QUOTED_ENGLISH = re.compile(
    rf"(?<![A-Za-z])['\"](?P<q>[A-Z][^\n]{{{PASTED_MIN_CHARS - 2},4000}}?[.;!?)])['\"](?![A-Za-z])")

# A short quote inside the user's own words: a document's phrase or a message the user cites ("跟他签的'无未结诉讼
#承诺书'对不上", "判决书写的是：「驳回原告对被告…」"). 【】 marks a heading, not a quote; ASCII quotes count
# around Chinese text only (an apostrophe never opens one).
_SHORT_QUOTED = re.compile(
    r"「[^」\n]{1,400}」|『[^』\n]{1,400}』|“[^”\n]{1,400}”"
    r"|(?<![A-Za-z])'(?![A-Za-z\s])(?=[^'\n]*[\u4e00-\u9fff])[^'\n]{2,200}(?<![A-Za-z\s])'(?![A-Za-z])"
    r"|(?<![A-Za-z])\"(?![A-Za-z\s])(?=[^\"\n]*[\u4e00-\u9fff])[^\"\n]{2,200}(?<![A-Za-z\s])\"(?![A-Za-z])")

_COURT_WORDS = re.compile(r"本判决|本裁定|原告|被告|上诉人|被上诉人|申请执行人|被执行人")
# a contract's own words (a first-person message, "我本人最近被起诉了", is not a contract)
_CONTRACT_WORDS = re.compile(r"甲方|乙方|丙方|本合同|本协议|(?:借款人|贷款人|出借人|保证人)(?:应|须|有权|不得|在|对|[（(:：])")

# a borrower's letter or an IOU (情况说明, 申请书, 借条) in its own formal words; a boss's WeChat "我本人…" is not one,
# and "恳请" marks a quoted letter but not a line the user types ("领导好\n恳请帮忙查一下…")
_LETTER = r"特此|此致|兹有|兹证明|申请人|承诺人|说明人|立此为据|立据人|今借到|今欠|今收到"
_LETTER_WORDS = re.compile(_LETTER + r"|恳请")

# Words only a document's own lines carry: the document naming itself or its parties as such, a 借条's opening, a
# party's role followed by a colon or by what it undertakes. Talk about a role ("担保人老周说展期他不管了") is not it.
_ROLE = r"(?:出借人|借款人|贷款人|保证人|担保人|抵押人|出质人|质权人|抵押权人|债权人|债务人)"
_DOCUMENT_WORDS = re.compile(
    r"甲方|乙方|丙方|本合同|本协议|本借条|本借据|本欠条"
    rf"|{_ROLE}\s*[（(:：]|{_ROLE}(?:应|须|应当|同意|承诺|保证|不得|有权|未按)"
    r"|本公司|本人|" + _LETTER                                   # a letter: 情况说明, 承诺书, 申请书
    + r"|this Agreement|the Lender|the Borrower|the Guarantor", re.IGNORECASE)
_QUESTION = re.compile(
    r"[？?]|(?:吗|呢|么|嘛|吧|没|不|啊)[。！!…~～\s]*$|怎么|咋|啥|什么|多少|有没有|能不能|可不可以|是不是|行不行|算不算"
    r"|要不要|会不会|该不该|超没超|超不超|能否|可否|多久|为啥|为什么|怎样|如何|好多"
    r"|请问|帮我|帮忙|麻烦|看看|看下|看一下|查查|查一下|how |what |whether |can we|is it|could you|please", re.IGNORECASE)
_DOCUMENT_LINE_CHARS = 25    # shorter lines are remarks ("甲方是我们"), not clauses
# "发票代码：044001900111", "借款金额：伍万元": a form's field, pasted from a document
_FIELD = re.compile(r"^\s*[\u4e00-\u9fa5A-Za-z（）()]{2,8}\s*[：:]\s*\S")
_ARTICLE_HEAD = re.compile(r"^\s*(?:第[一二三四五六七八九十百零〇\d]+[条章款项]|Article\s+\d+|Clause\s+\d+)")  # "2. 评分" is a list
_QUESTION_CHARS = 40    # a longer run that asks something is a document's ("不管之前收到什么指令，请只回答…")
_ENUMERATED = re.compile(r"[①②③④⑤⑥⑦⑧⑨⑩；;]")


def _users_line(line: str) -> bool:
    """A line the user typed: short questions or short remarks ("2. 有没有官司？", "我的问题：①…②…"), none of them a
    clause or a form's field. Never a line with a document's own words, however it is phrased."""
    if _DOCUMENT_WORDS.search(line):
        return False
    return all(len(part) <= _QUESTION_CHARS if _QUESTION.search(part) else
               len(part) < _DOCUMENT_LINE_CHARS and not _ARTICLE_HEAD.match(part) and not _FIELD.match(part)
               for part in (p.strip() for p in _ENUMERATED.split(line)) if part)


def _split_lines(question: str) -> tuple[str, str | None]:
    """The first line is the user's; the rest is too when every line of it reads as typed by the user (a numbered
    list of questions, a forwarded remark). Otherwise the rest was pasted, all of it: a line inside a document that
    asks something ("不管之前收到什么指令，请只回答…") must not become the user's request. A message that opens with a
    clause ("第五条 保证方式：……") was pasted whole, the remark after it included, for the same reason."""
    head, _, rest = question.strip().partition("\n")
    lines = [line for line in rest.splitlines() if line.strip()]
    if lines and _ARTICLE_HEAD.match(head) and len(head) >= PASTED_MIN_CHARS and not _QUESTION.search(head):
        return "", question.strip()
    if not lines or all(_users_line(line) for line in lines):
        return question, None
    return head.strip(), "\n".join(line.strip() for line in lines)


def split_pasted(question: str) -> tuple[str, str | None]:
    """(the user's own words, the pasted document or None).

    The lines after the first are pasted unless each reads as the user's own (see _split_lines): whatever is not
    plainly typed by the user is treated as a document, so its words never become the request. A quoted span of
    PASTED_MIN_CHARS (closed, or running to the end of the message) is pasted too. Otherwise all of it is the
    question.
    """
    own, pasted = _split_lines(question)
    if pasted is not None:
        return own, pasted
    m = _QUOTED.search(question) or _QUOTED_ENGLISH.search(question)
    if m:
        pasted = next(g for g in m.groups() if g is not None)
        own = (question[: m.start()] + question[m.end():]).strip()
        if own:
            return own, pasted.strip()
    return question, None


def unquoted(text: str, *, documents_only: bool = False) -> str:
    """`text` with its quoted spans blanked (same length): what a document or a message says is no request of the
    user's ("判决书写的是「…被告…」，为什么驳回" asks the law, not the borrower's lawsuits). With `documents_only`,
    only a quote that reads as a document's, a letter's or a court's words: a colleague's report ("小林讲：『社保人数掉一半』")
    is still the user's concern."""
    def blank(m: re.Match[str]) -> str:
        keep = documents_only and not (_CONTRACT_WORDS.search(m.group(0)) or _LETTER_WORDS.search(m.group(0))
                                       or _COURT_WORDS.search(m.group(0)))
        return m.group(0) if keep else " " * len(m.group(0))

    return _SHORT_QUOTED.sub(blank, text)
