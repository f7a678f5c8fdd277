"""Cut documents into citable chunks: law articles, contract clauses, whole invoices, paragraph windows.

Every chunk keeps its exact character span in the source text (`text == source[start:end]`), so a
citation can always be highlighted. IDs are content hashes, so re-ingesting the same file is a no-op.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from retrieval.laws import CORPUS_DIR, Instrument, load_corpus
from retrieval.models import Chunk, DocType, ParsedDocument

CONFIG_PATH = Path(__file__).parent / "retrieval.yaml"

_CN_NUM = "零〇一二两三四五六七八九十百千"
# Clause markers, strongest first; the first that occurs at least twice at line starts structures the contract.
_CLAUSE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("article", re.compile(rf"^[ \t　]*(第[{_CN_NUM}\d]+条)")),
    ("cn_item", re.compile(rf"^[ \t　]*([{_CN_NUM}]+、)")),
    ("arabic", re.compile(r"^[ \t　]*(\d{1,3}[\.．、](?!\d))")),
    ("heading", re.compile(r"^[ \t　]*(#{1,4} +\S.*)$")),
)
_CHAPTER = re.compile(rf"^[ \t　]*(第[{_CN_NUM}\d]+[章节部分]\s*\S*)\s*$")
_PARTY = re.compile(
    r"(甲方|乙方|丙方|丁方|出借人|借款人|贷款人|保证人|担保人|抵押人|抵押权人|出质人|质权人|债权人|债务人|"
    r"委托人|受托人|出租人|承租人|保理人|共同借款人)"
    r"[ \t　]*(?:[（(][^）)\n]{1,12}[）)])?[ \t　]*[:：][ \t　]*([^\n，,；;。:：]{2,40})"
)
_SENTENCE_END = re.compile(r"[。！？；!?;]\s*")
_DATE_CN = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")


@lru_cache(maxsize=1)
def retrieval_config() -> dict:
    return yaml.safe_load(CONFIG_PATH.read_text(encoding="utf-8"))


def sha(*parts: str | bytes) -> str:
    h = hashlib.sha256()
    for p in parts:
        h.update(p.encode("utf-8") if isinstance(p, str) else p)
        h.update(b"\x00")
    return h.hexdigest()


def chunk_id(doc_id: str, tenant: str | None, start: int, end: int, text: str) -> str:
    """Stable id; the tenant is part of it so two institutions uploading the same file never share a chunk."""
    return sha(doc_id, tenant or "", str(start), str(end), text)[:32]


def regulation_doc_id(rel_path: str, content: str) -> str:
    return sha("regulation", rel_path, content)[:32]


def indexed_text(title: str, path: list[str] | tuple[str, ...], article: str | None, text: str) -> str:
    """What embedding and BM25 see: the chunk prefixed by where it sits, so 'chapter on guarantees' matches its articles."""
    head = " ".join(x for x in (title, *path, article or "") if x)
    return f"{head}\n{text}" if head else text


# ---------------------------------------------------------------- regulations (shipped corpus)


def _version_date(inst: Instrument, raw: str) -> str | None:
    """File-name date, else the first 'YYYY年M月D日' in the header block (the adoption date)."""
    if inst.version_date:
        return inst.version_date
    head = raw.split("<!-- INFO END -->", 1)[0]
    m = _DATE_CN.search(head)
    return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}" if m else None


def _law_chunk(doc_id: str, inst: Instrument, version: str | None, *, text: str, start: int, end: int,
               article: str | None, number: int | None, path: list[str], kind: str) -> Chunk:
    return Chunk(
        id=chunk_id(doc_id, None, start, end, text), doc_id=doc_id, text=text, doc_type="regulation", tenant=None,
        source_path=inst.source_path, title=inst.title, article=article, article_number=number, path=path,
        start=start, end=end,
        metadata={"instrument": inst.title, "short_title": inst.short_title, "category": inst.category,
                  "version_date": version or "", "unit": kind, "builtin": True},
    )


def chunk_instrument(inst: Instrument, raw: str) -> list[Chunk]:
    """One chunk per article (第N条 or 批复 item 一、); instruments with neither are cut by their ## sections."""
    doc_id = regulation_doc_id(inst.source_path, raw)
    version = _version_date(inst, raw)
    if inst.articles:
        return [
            _law_chunk(doc_id, inst, version, text=a.text, start=a.start, end=a.end, article=a.label,
                       number=a.number, path=list(a.path), kind="article" if a.label.startswith("第") else "item")
            for a in inst.articles
        ]
    return [
        _law_chunk(doc_id, inst, version, text=s.text, start=s.start, end=s.end, article=s.label or None,
                   number=None, path=s.path, kind="section")
        for s in split_sections(raw)
    ]


def chunk_regulations(corpus_dir: Path = CORPUS_DIR) -> list[Chunk]:
    chunks: list[Chunk] = []
    for inst in load_corpus(corpus_dir):
        chunks.extend(chunk_instrument(inst, (corpus_dir / inst.source_path).read_text(encoding="utf-8")))
    return chunks


# ---------------------------------------------------------------- generic pieces with exact spans


@dataclass
class Piece:
    text: str
    start: int
    end: int
    label: str = ""
    path: list[str] | None = None

    def __post_init__(self) -> None:
        self.path = self.path or []


def _trimmed(source: str, start: int, end: int) -> tuple[int, int] | None:
    """Shrink [start, end) to exclude surrounding whitespace; None when only whitespace is left."""
    while start < end and source[start].isspace():
        start += 1
    while end > start and source[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


def _piece(source: str, start: int, end: int, label: str = "", path: list[str] | None = None) -> Piece | None:
    span = _trimmed(source, start, end)
    return Piece(source[span[0]:span[1]], span[0], span[1], label, list(path or [])) if span else None


def _lines(text: str) -> Iterator[tuple[int, str]]:
    pos = 0
    for ln in text.splitlines(keepends=True):
        yield pos, ln
        pos += len(ln)


def split_sections(raw: str) -> list[Piece]:
    """Markdown '#' sections (the body after a `<!-- INFO END -->` header when there is one)."""
    marker = raw.find("<!-- INFO END -->")
    body_from = marker + len("<!-- INFO END -->") if marker >= 0 else 0
    out: list[Piece] = []
    heads: dict[int, str] = {}
    sec_start, label = body_from, ""
    for pos, ln in _lines(raw):
        if pos < body_from:
            continue
        m = re.match(r"^(#+)\s*(.+?)\s*$", ln.strip())
        if not m:
            continue
        if (p := _piece(raw, sec_start, pos, label, [heads[k] for k in sorted(heads) if heads[k] != label])):
            out.append(p)
        level = len(m.group(1))
        heads = {k: v for k, v in heads.items() if k < level}
        heads[level] = m.group(2)
        sec_start, label = pos, m.group(2)
    if (p := _piece(raw, sec_start, len(raw), label, [heads[k] for k in sorted(heads) if heads[k] != label])):
        out.append(p)
    return [p for p in out if not re.fullmatch(r"#+\s*.+", p.text)]  # drop headings with no body


def paragraph_windows(source: str, start: int = 0, end: int | None = None, *, max_chars: int | None = None,
                      overlap: int | None = None, label: str = "", path: list[str] | None = None) -> list[Piece]:
    """Pack paragraphs of source[start:end] into windows of at most max_chars; consecutive windows share
    about `overlap` characters (whole sentences where possible) so an answer spanning a cut is still found."""
    cfg = retrieval_config()["chunking"]
    max_chars = max_chars or cfg["max_chars"]
    overlap = cfg["overlap_chars"] if overlap is None else overlap
    end = len(source) if end is None else end
    # unit boundaries: paragraph ends, and sentence ends inside over-long paragraphs
    units: list[tuple[int, int]] = []
    for m in re.finditer(r"[^\n]+", source[start:end]):
        s, e = start + m.start(), start + m.end()
        if e - s <= max_chars:
            units.append((s, e))
            continue
        cur = s
        for sm in _SENTENCE_END.finditer(source, s, e):
            if sm.end() - cur >= max_chars // 2:
                units.append((cur, sm.end()))
                cur = sm.end()
        if cur < e:
            units.append((cur, e))
    # hard-split any unit still too long (no punctuation at all)
    fine: list[tuple[int, int]] = []
    for s, e in units:
        while e - s > max_chars:
            fine.append((s, s + max_chars))
            s += max_chars - overlap
        fine.append((s, e))
    out: list[Piece] = []
    i = 0
    while i < len(fine):
        s, e = fine[i]
        j = i + 1
        while j < len(fine) and fine[j][1] - s <= max_chars:
            e = fine[j][1]
            j += 1
        if (p := _piece(source, s, e, label, path)):
            out.append(p)
        if j >= len(fine):
            break
        # step back over trailing units that fit in the overlap budget
        back = j
        while back - 1 > i and e - fine[back - 1][0] <= overlap:
            back -= 1
        i = back if back > i else j
    return out


# ---------------------------------------------------------------- contracts


def find_parties(text: str) -> dict[str, str]:
    """Role → name from '甲方（出借人）：张三' style lines in the preamble and signature block."""
    parties: dict[str, str] = {}
    for m in _PARTY.finditer(text):
        role, name = m.group(1), m.group(2).strip(" \t　_")
        if name and not re.fullmatch(r"[_＿\s]*", name):
            parties.setdefault(role, name)
    return parties


def split_clauses(text: str) -> list[Piece]:
    """Clauses by the strongest numbering scheme the contract uses; the text before the first clause
    (title, parties) is its own 首部 piece, and chapter headings (第一章 …) become the clause path."""
    lines = list(_lines(text))
    scheme = None
    for name, pat in _CLAUSE_PATTERNS:
        if sum(1 for _, ln in lines if pat.match(ln)) >= 2:
            scheme = pat
            break
    if scheme is None:
        return []
    starts: list[tuple[int, str, list[str]]] = []
    chapter: list[str] = []
    chapter_starts: set[int] = set()
    for pos, ln in lines:
        if (cm := _CHAPTER.match(ln)) and not scheme.match(ln):
            chapter = [cm.group(1).strip()]
            chapter_starts.add(pos)
            continue
        if (m := scheme.match(ln)):
            label = m.group(1).lstrip("# ").strip()
            starts.append((pos, label, list(chapter)))
    out: list[Piece] = []
    if starts and (p := _piece(text, 0, starts[0][0], "首部")):
        out.append(p)
    for idx, (pos, label, path) in enumerate(starts):
        nxt = starts[idx + 1][0] if idx + 1 < len(starts) else len(text)
        # a chapter heading right before the next clause belongs to that clause, not this one
        cut = min([c for c in chapter_starts if pos < c < nxt], default=nxt)
        if (p := _piece(text, pos, cut, label, path)):
            out.append(p)
    return out


# ---------------------------------------------------------------- documents from parsers


def _page_at(doc: ParsedDocument, offset: int) -> int | None:
    for b in doc.blocks:
        if b.start <= offset < b.end:
            return b.page
    return 1 if doc.pages == 1 else None


def _title_of(doc: ParsedDocument) -> str:
    for ln in doc.text.splitlines():
        s = ln.strip().strip("#").strip()
        if s:
            return s[:80]
    return Path(doc.source_path).name


def _scalar_fields(meta: dict) -> dict[str, str | int | float | bool]:
    return {k: v for k, v in meta.items() if isinstance(v, (str, int, float, bool)) and v != ""}


def chunk_document(doc: ParsedDocument, *, doc_type: DocType, tenant: str | None, doc_id: str | None = None,
                   borrower_id: str | None = None) -> list[Chunk]:
    """Chunks of a parsed file according to its type; doc_id defaults to the sha256 of its source bytes;
    `borrower_id` (a checked credit code) files every chunk under that borrower."""
    doc_id = doc_id or doc.sha256[:32]
    title = _title_of(doc)
    max_clause = retrieval_config()["chunking"]["max_clause_chars"]
    base_meta: dict = {"format": doc.format}
    if borrower_id:
        base_meta["borrower_id"] = borrower_id
    pieces: list[Piece]
    if doc_type == "invoice":
        fields = doc.metadata.get("einvoice") if isinstance(doc.metadata.get("einvoice"), dict) else {}
        base_meta.update(_scalar_fields(fields))
        pieces = [p] if (p := _piece(doc.text, 0, len(doc.text), "发票")) else []
        if pieces and len(pieces[0].text) > 4 * max_clause:  # a multi-page list of goods: keep it searchable
            pieces = paragraph_windows(doc.text, label="发票")
    elif doc_type == "contract":
        parties = find_parties(doc.text)
        if parties:
            base_meta["parties"] = parties
        pieces = split_clauses(doc.text) or paragraph_windows(doc.text)
    elif doc_type == "regulation":
        pieces = _split_articles(doc.text) or paragraph_windows(doc.text)
    else:
        pieces = paragraph_windows(doc.text)
    # over-long clauses/articles become windows that keep their label and path
    final: list[Piece] = []
    for p in pieces:
        if doc_type in ("contract", "regulation") and len(p.text) > max_clause:
            final.extend(paragraph_windows(doc.text, p.start, p.end, label=p.label, path=p.path))
        else:
            final.append(p)
    chunks = []
    for p in final:
        number = _article_number(p.label)
        chunks.append(Chunk(
            id=chunk_id(doc_id, tenant, p.start, p.end, p.text), doc_id=doc_id, text=p.text, doc_type=doc_type,
            tenant=tenant, source_path=doc.source_path, title=title, article=p.label or None, article_number=number,
            path=list(p.path or []), page=_page_at(doc, p.start), start=p.start, end=p.end, metadata=dict(base_meta),
        ))
    return chunks


def _split_articles(text: str) -> list[Piece]:
    """An uploaded regulation: 第N条 pieces under their 编/章/节 headings, or 一、二、 items of a 批复."""
    pieces = split_clauses(text)
    return pieces if any(_article_number(p.label) is not None and not p.label[0].isdigit() for p in pieces) else []


def _article_number(label: str) -> int | None:
    from retrieval.laws import cn_to_int

    m = re.match(rf"^第([{_CN_NUM}\d]+)条$", label or "") or re.match(rf"^([{_CN_NUM}]+)、$", label or "") \
        or re.match(r"^(\d{1,3})[\.．、]$", label or "")
    try:
        return cn_to_int(m.group(1)) if m else None
    except ValueError:
        return None
