"""Shared code of the chat-routing dataset builders (eval/datasets/chat_questions_holdout*/make_cases.py).

A builder keeps its hand-written ROWS and calls `main(ROWS, out, prefix=...)`; everything that used to be copied
into each builder lives here: the GB 32100 (unified social credit code) check, quote measuring, row building,
the validation asserts and the printed report. Parameters that differ between sets are keyword arguments.

Builders are run as scripts from the repo root, so they put the repo root on sys.path and import
`eval.datasets._routing_build` (the same convention as law_qa_holdout*/check.py).
"""
from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

SOURCES = ("regulations", "documents", "warnings", "invoice_summary", "score", "contract_review",
           "contract_check", "rate_check")
BORROWER_SOURCES = {"documents", "warnings", "invoice_summary", "score", "contract_review"}

# GB 32100-2015: 18 characters from this 31-character set, the last one a mod-31 check character.
CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
QUOTED = re.compile(r"“([^”]*)”|\"([^\"]*)\"|‘([^’]*)’|「([^」]*)」")


def valid_code(code: str) -> bool:
    """True when `code` is a well-formed unified social credit code with a correct check character."""
    if len(code) != 18 or any(c not in CHARSET for c in code):
        return False
    rest = 31 - sum(CHARSET.index(c) * w for c, w in zip(code, WEIGHTS)) % 31
    return code[17] == CHARSET[0 if rest == 31 else rest]


def codes_in(text: str) -> list[str]:
    """Valid credit codes standing alone (not inside a longer run of [0-9A-Z]) in `text`, in order."""
    return [m for m in re.findall(r"(?<![0-9A-Z])[0-9A-Z]{18}(?![0-9A-Z])", text) if valid_code(m)]


def longest_quote(text: str) -> int:
    """Length of the longest quoted passage (“…”, "…", ‘…’ or 「…」) in `text`; 0 when there is none."""
    return max((len("".join(g)) for g in QUOTED.findall(text)), default=0)


def build(rows: Sequence[tuple]) -> list[dict]:
    """Turn ROWS tuples (id, asker, focus, lang, needs, optional, question, note[, names_code]) into case dicts."""
    out = []
    for r in rows:
        rid, asker, focus, lang, needs, optional, question, note = r[:8]
        row = {"id": rid, "question": question, "borrower_in_focus": focus, "needs": needs, "optional": optional,
               "asker": asker, "lang": lang, "note": note}
        if len(r) > 8 and r[8]:
            row["names_code"] = True
        out.append(row)
    return out


def check(rows: list[dict], *, prefix: str, n_rows: int = 100, min_question_len: int | None = 6,
          unique_codes: bool = True, names_code_range: tuple[int, int] | None = (6, 10),
          en_rows: int | None = 2) -> None:
    """Assert the brief's rules. `None` switches a set-specific rule off (older sets did not have it)."""
    assert len(rows) == n_rows, len(rows)
    assert [r["id"] for r in rows] == [f"{prefix}-{i:03d}" for i in range(1, n_rows + 1)]
    assert len({r["question"] for r in rows}) == n_rows
    for r in rows:
        needs, opt = set(r["needs"]), set(r["optional"])
        assert needs and needs <= set(SOURCES) and opt <= set(SOURCES), r["id"]
        assert len(needs) == len(r["needs"]) and len(opt) == len(r["optional"]), r["id"]
        assert not needs & opt, r["id"]
        assert r["lang"] in ("zh", "en", "mixed"), r["id"]
        assert r["asker"] and r["note"], r["id"]
        if min_question_len is not None:
            assert len(r["question"]) >= min_question_len, r["id"]
        codes = codes_in(r["question"])
        if r.get("names_code"):
            assert len(codes) == 1 and not r["borrower_in_focus"], r["id"]
        else:
            assert not codes, r["id"]
        if "contract_check" in needs:
            assert longest_quote(r["question"]) >= 80, (r["id"], longest_quote(r["question"]))
    if unique_codes:
        all_codes = [c for r in rows for c in codes_in(r["question"])]
        assert len(all_codes) == len(set(all_codes))
    need_counts = Counter(s for r in rows for s in r["needs"])
    for s in SOURCES:
        assert need_counts[s] >= 12, (s, need_counts[s])
    assert sum(len(r["needs"]) > 1 for r in rows) >= 25
    assert sum(r["needs"] == ["regulations"] for r in rows) >= 10
    assert sum(len(r["needs"]) == 1 and r["needs"][0] in BORROWER_SOURCES for r in rows) >= 10
    if names_code_range is not None:
        lo, hi = names_code_range
        assert lo <= sum(bool(r.get("names_code")) for r in rows) <= hi
    if en_rows is not None:
        assert Counter(r["lang"] for r in rows)["en"] == en_rows


def report(rows: list[dict], *, question_lengths: bool = True) -> None:
    """Print the set's aggregates (needs / optional per source, row kinds, languages, quote lengths)."""
    need_counts = Counter(s for r in rows for s in r["needs"])
    opt_counts = Counter(s for r in rows for s in r["optional"])
    print("rows", len(rows))
    print("source            needs  optional")
    for s in SOURCES:
        print(f"{s:17s} {need_counts[s]:5d} {opt_counts[s]:9d}")
    print("multi-need rows", sum(len(r["needs"]) > 1 for r in rows))
    print("regulations-only rows", sum(r["needs"] == ["regulations"] for r in rows))
    print("single borrower-source rows",
          sum(len(r["needs"]) == 1 and r["needs"][0] in BORROWER_SOURCES for r in rows))
    print("names_code rows", sum(bool(r.get("names_code")) for r in rows))
    print("langs", dict(Counter(r["lang"] for r in rows)))
    print("focus", dict(Counter(r["borrower_in_focus"] for r in rows)))
    print("askers", dict(Counter(r["asker"] for r in rows)))
    if question_lengths:
        print("question lengths min/max", min(len(r["question"]) for r in rows),
              max(len(r["question"]) for r in rows))
    print("contract_check quote lengths",
          {r["id"]: longest_quote(r["question"]) for r in rows if "contract_check" in r["needs"]})
    print("longest quote in other rows",
          {r["id"]: longest_quote(r["question"]) for r in rows
           if "contract_check" not in r["needs"] and longest_quote(r["question"])})


def write_cases(out: Path, rows: list[dict]) -> None:
    """Write one JSON object per line: sorted keys, UTF-8, no ASCII escaping."""
    with out.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")


def main(raw_rows: Sequence[tuple], out: Path, *, prefix: str, min_question_len: int | None = 6,
         unique_codes: bool = True, names_code_range: tuple[int, int] | None = (6, 10), en_rows: int | None = 2,
         question_lengths: bool = True) -> list[dict]:
    """Build, validate, write `out` (cases.jsonl) and print the report; returns the rows."""
    rows = build(raw_rows)
    check(rows, prefix=prefix, min_question_len=min_question_len, unique_codes=unique_codes,
          names_code_range=names_code_range, en_rows=en_rows)
    write_cases(out, rows)
    report(rows, question_lengths=question_lengths)
    print("wrote", out)
    return rows
