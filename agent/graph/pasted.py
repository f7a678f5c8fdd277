"""A document pasted into a chat message: where the user's own words end and the pasted text begins.

Credit staff paste a clause two ways: on the lines after their question, or inline in quotes
("帮我看看这条有没有问题：「借款人应于放款当日……」"). Either way the pasted part is evidence to be checked, not part of
the question: the router matches its keywords on the user's own words only, and the answer quotes the paste
as a document.
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


def split_pasted(question: str) -> tuple[str, str | None]:
    """(the user's own words, the pasted document or None).

    Lines after the first that hold at least PASTED_MIN_CHARS characters are a pasted document; so is a quoted
    span of that length (closed, or running to the end of the message). Without either, all of it is the question.
    """
    head, sep, rest = question.strip().partition("\n")
    if sep and head.strip() and len(rest.strip()) >= PASTED_MIN_CHARS:
        return head.strip(), rest.strip()
    m = _QUOTED.search(question)
    if m:
        pasted = next(g for g in m.groups() if g is not None)
        own = (question[: m.start()] + question[m.end():]).strip()
        if own:
            return own, pasted.strip()
    return question, None
