"""Read the shipped law corpus: one instrument per Markdown file, one article (第N条) per paragraph.

Articles keep their 编/章/节 path, version date and exact character offsets in the file, so every
citation can point back at the text it quotes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

CORPUS_DIR = Path(__file__).parent / "corpus" / "regulations"

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}
_ARTICLE = re.compile(r"^第([零〇一二两三四五六七八九十百千\d]+)条(?:之([一二三四五六七八九十]+))?[\s　]*")
_ITEM = re.compile(r"^([一二三四五六七八九十]+)、")
_HEADING = re.compile(r"^(#+)\s*(.+?)\s*$")
_DATE_IN_NAME = re.compile(r"\((\d{4}-\d{2}-\d{2})\)$")


def cn_to_int(text: str) -> int:
    """Chinese (or Arabic) numeral as used in article numbers: 六百九十二 → 692, 十 → 10."""
    if text.isdigit():
        return int(text)
    total, current = 0, 0
    for ch in text:
        if ch in _DIGITS:
            current = _DIGITS[ch]
        elif ch in _UNITS:
            total += (current or 1) * _UNITS[ch]
            current = 0
        else:
            raise ValueError(f"not a Chinese numeral: {text!r}")
    return total + current


def int_to_cn(n: int) -> str:
    """692 → 六百九十二, 10 → 十, 105 → 一百零五 (the form law texts use)."""
    if n <= 0:
        raise ValueError("article numbers start at 1")
    digits = "零一二三四五六七八九"
    parts: list[str] = []
    for unit_value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d, n = divmod(n, unit_value)
        if d:
            parts.append(digits[d] + unit)
        elif parts and n and parts[-1] != "零":
            parts.append("零")
    out = "".join(parts)
    return out[1:] if out.startswith("一十") else out


@dataclass(frozen=True)
class Article:
    instrument: str          # full title, e.g. 中华人民共和国民法典 合同编
    short_title: str         # file stem without date, e.g. 合同编
    category: str            # corpus folder, e.g. 民法典, 司法解释
    version_date: str | None
    number: int              # 692; for 批复-style items 一、二、 the item number
    label: str               # 第六百九十二条
    path: tuple[str, ...]    # 编/章/节 headings above the article
    text: str                # the article, all its paragraphs
    source_path: str         # path relative to the corpus dir
    start: int               # character offsets of `text` in the source file
    end: int

    @property
    def citation(self) -> str:
        return f"《{self.instrument}》{self.label}"


@dataclass
class Instrument:
    title: str
    short_title: str
    category: str
    version_date: str | None
    source_path: str
    articles: list[Article] = field(default_factory=list)

    def article(self, number: int) -> Article | None:
        return next((a for a in self.articles if a.number == number), None)


def parse_instrument(path: Path, corpus_dir: Path = CORPUS_DIR) -> Instrument:
    raw = path.read_text(encoding="utf-8")
    rel = str(path.relative_to(corpus_dir)) if path.is_relative_to(corpus_dir) else path.name
    stem = path.stem
    m = _DATE_IN_NAME.search(stem)
    version = m.group(1) if m else None
    short = _DATE_IN_NAME.sub("", stem)
    lines = raw.splitlines(keepends=True)
    titles = [h.group(2) for ln in lines[:4] if (h := _HEADING.match(ln.strip())) and len(h.group(1)) == 1]
    title = " ".join(titles) if titles else short
    body_start = raw.find("<!-- INFO END -->")
    offset = body_start + len("<!-- INFO END -->") if body_start >= 0 else 0

    inst = Instrument(title=title, short_title=short, category=rel.split("/")[0], version_date=version, source_path=rel)
    heads: dict[int, str] = {}
    uses_articles = bool(re.search(r"^第[零〇一二两三四五六七八九十百千\d]+条", raw[offset:], re.M))
    current: dict | None = None

    def close() -> None:
        if current is None:
            return
        text = raw[current["start"] : current["end"]].rstrip()
        inst.articles.append(
            Article(
                instrument=title, short_title=short, category=inst.category, version_date=version,
                number=current["number"], label=current["label"], path=current["path"], text=text,
                source_path=rel, start=current["start"], end=current["start"] + len(text),
            )
        )

    pos = 0
    for ln in lines:
        start, pos = pos, pos + len(ln)
        if start < offset:
            continue
        stripped = ln.strip()
        if not stripped:
            continue
        h = _HEADING.match(stripped)
        if h:
            level = len(h.group(1))
            if level >= 2:
                heads = {k: v for k, v in heads.items() if k < level}
                heads[level] = re.sub(r"\s+", " ", h.group(2))
            close()
            current = None
            continue
        am = _ARTICLE.match(stripped) if uses_articles else _ITEM.match(stripped)
        if am:
            close()
            number = cn_to_int(am.group(1))
            label = f"第{am.group(1)}条" + (f"之{am.group(2)}" if uses_articles and am.group(2) else "") if uses_articles else f"{am.group(1)}、"
            lead = len(ln) - len(ln.lstrip())
            current = {"number": number, "label": label, "path": tuple(heads[k] for k in sorted(heads)),
                       "start": start + lead, "end": pos}
        elif current is not None:
            current["end"] = pos
    close()
    return inst


@lru_cache(maxsize=1)
def load_corpus(corpus_dir: Path = CORPUS_DIR) -> tuple[Instrument, ...]:
    return tuple(parse_instrument(p, corpus_dir) for p in sorted(corpus_dir.rglob("*.md")) if p.name != "SOURCE.md")


def find_instrument(name: str, corpus_dir: Path = CORPUS_DIR) -> Instrument | None:
    """Match by short title, full title or a distinctive part of either (民法典 → the 民法典 books are ambiguous: give the book)."""
    cands = [i for i in load_corpus(corpus_dir) if name in (i.short_title, i.title)]
    if not cands:
        cands = [i for i in load_corpus(corpus_dir) if _names_part(name, i.title) or _names_part(name, i.short_title)]
    return cands[0] if len(cands) == 1 else None


_NAME_END = " 》)（("


def _names_part(name: str, title: str) -> bool:
    """`name` occurs in `title`, and not only as the tail of a longer name: 合同法 is not 劳动合同法, 仲裁法 not
    劳动争议调解仲裁法 (a repealed or absent law must not resolve to another one), while 民法典 (after
    中华人民共和国), 民事诉讼法 (in 《民事诉讼法》) and 民间借贷 (mid-title) still match."""
    start = title.find(name)
    while start >= 0:
        end = start + len(name)
        tail = end == len(title) or title[end] in _NAME_END
        head = start == 0 or title[start - 1] in " 《(（" or title[:start].endswith("中华人民共和国")
        if head or not tail:
            return True
        start = title.find(name, start + 1)
    return False


def lookup_article(instrument: str, number: int, corpus_dir: Path = CORPUS_DIR) -> Article | None:
    """`lookup_article("民法典", 692)` searches all 民法典 books; other names must identify one instrument."""
    if instrument in ("民法典", "中华人民共和国民法典"):
        for inst in load_corpus(corpus_dir):
            if inst.category == "民法典" and (a := inst.article(number)):
                return a
        return None
    inst = find_instrument(instrument, corpus_dir)
    return inst.article(number) if inst else None
