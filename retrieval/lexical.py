"""BM25 over jieba tokens: the side of hybrid search that understands Chinese legal wording.

The index is derived data: it is rebuilt from the chunks stored in Chroma whenever the collection's
`generation` mark changes (every write bumps it), and persisted next to Chroma so a new process does
not re-tokenize. Filters (tenant above all) are applied to the candidate set *before* ranking.
"""
from __future__ import annotations

import json
import logging
import os
import pickle
import re
import shutil
import tempfile
import threading
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from agent.config import Settings, get_settings
from retrieval.chunking import indexed_text
from retrieval.store import PUBLIC as PUBLIC_TENANT
from retrieval.store import (Filters, MetadataTable, collection, collection_marks, collection_name, iter_chunks,
                             location)

LEXICON_DIR = Path(__file__).parent / "lexicon"
FORMAT_VERSION = 2  # bump when tokenization changes, so persisted indexes are rebuilt
_WORD = re.compile(r"\w", re.UNICODE)
_lock = threading.Lock()
log = logging.getLogger(__name__)


# ---------------------------------------------------------------- tokenization


@lru_cache(maxsize=1)
def _jieba() -> Any:
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    tok.load_userdict(str(LEXICON_DIR / "legal_terms.txt"))
    return tok


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    lines = (LEXICON_DIR / "stopwords_zh.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(ln.strip() for ln in lines if ln.strip() and not ln.startswith("#"))


_HAN = re.compile(r"[\u4e00-\u9fff]+")


def tokenize(text: str) -> list[str]:
    """Search-mode jieba tokens (保证期间 → 保证, 期间, 保证期间), lower-cased, without stop words and punctuation,
    plus Chinese character bigrams, which still match where jieba segments a question and an article differently."""
    stop = stopwords()
    words = [t for t in (w.strip().lower() for w in _jieba().cut_for_search(text))
             if t and t not in stop and _WORD.search(t)]
    bigrams = [run[i : i + 2] for run in _HAN.findall(text) for i in range(len(run) - 1)]
    return words + [b for b in bigrams if b not in stop]


# ---------------------------------------------------------------- the index


@dataclass
class LexicalIndex:
    generation: str
    ids: list[str]
    metas: list[dict[str, Any]]
    tokens: list[list[str]]
    # One BM25 model per tenant (over public + its own chunks) and one over public chunks alone: term
    # statistics of one institution's documents never shape another's ranking.
    partitions: dict[str, tuple[np.ndarray, Any]] = field(default_factory=dict)
    table: MetadataTable = field(init=False)

    def __post_init__(self) -> None:
        self.table = MetadataTable(self.metas)

    def search(self, query: str, filters: Filters, n: int) -> list[tuple[int, float]]:
        """(row, bm25 score) of the best `n` rows among those matching `filters`; rows with no query term are left out.
        A tenant's query is scored with the statistics of public documents plus its own, never another tenant's."""
        if not self.ids or not self.partitions:
            return []
        allowed = self.table.mask(filters)
        if not allowed.any():
            return []
        wanted = filters.get("tenant")
        tenants = set(wanted) if isinstance(wanted, (list, tuple, set)) else {wanted} if wanted is not None else set(self.partitions)
        own = sorted(t for t in tenants if t != PUBLIC_TENANT) or [PUBLIC_TENANT]
        terms = tokenize(query)
        found: dict[int, float] = {}
        for tenant in own:
            if tenant not in self.partitions:  # a tenant with no documents yet still sees the public ones
                tenant = PUBLIC_TENANT if PUBLIC_TENANT in tenants else None
            if tenant not in self.partitions:
                continue
            rows, retriever = self.partitions[tenant]
            q = [t for t in terms if t in getattr(retriever, "vocab_dict", {})]
            if not q:
                continue
            scores = retriever.get_scores(q).astype(np.float64)
            scores[~allowed[rows]] = -np.inf
            scores[scores <= 0] = -np.inf
            k = min(n, int(np.isfinite(scores).sum()))
            if k <= 0:
                continue
            for i in np.argpartition(-scores, k - 1)[:k]:
                found[int(rows[i])] = max(found.get(int(rows[i]), -np.inf), float(scores[i]))
        return sorted(found.items(), key=lambda rs: (-rs[1], rs[0]))[:n]

    def build(self) -> None:
        """One BM25 model per tenant over public + that tenant's chunks, and one over public chunks alone."""
        tenants = self.table.column("tenant")
        public = tenants == PUBLIC_TENANT
        self.partitions = {}
        for tenant in dict.fromkeys(tenants.tolist()):
            rows = np.flatnonzero(public | (tenants == tenant))
            self.partitions[tenant] = (rows, _build_retriever([self.tokens[i] for i in rows]))
        if PUBLIC_TENANT not in self.partitions:
            self.partitions[PUBLIC_TENANT] = (np.flatnonzero(public), _build_retriever([]))


def _build_retriever(tokens: list[list[str]]) -> Any:
    import bm25s

    retriever = bm25s.BM25()
    if tokens:
        retriever.index([t or [""] for t in tokens], show_progress=False)
    return retriever


def index_dir(settings: Settings) -> Path:
    loc, is_url = location(settings)
    base = settings.data_dir.resolve() / "bm25"
    if is_url:  # one local cache per server, kept apart from the embedded store's
        base = base / re.sub(r"[^A-Za-z0-9]+", "_", loc)
    return base / collection_name(settings)


def _save(ix: LexicalIndex, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".bm25-", dir=target.parent))
    with open(tmp / "chunks.pkl", "wb") as f:
        pickle.dump({"ids": ix.ids, "metas": ix.metas, "tokens": ix.tokens}, f, protocol=pickle.HIGHEST_PROTOCOL)
    (tmp / "state.json").write_text(json.dumps({"format": FORMAT_VERSION, "generation": ix.generation,
                                                 "chunks": len(ix.ids)}))
    old = target.with_name(target.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        os.replace(target, old)
    os.replace(tmp, target)
    shutil.rmtree(old, ignore_errors=True)


def _load(target: Path) -> LexicalIndex | None:
    try:
        state = json.loads((target / "state.json").read_text())
        if state.get("format") != FORMAT_VERSION:
            return None
        with open(target / "chunks.pkl", "rb") as f:
            data = pickle.load(f)
    except (OSError, ValueError, pickle.UnpicklingError, EOFError):
        return None
    return LexicalIndex(generation=state["generation"], ids=data["ids"], metas=data["metas"], tokens=data["tokens"])


def rebuild(settings: Settings, generation: str, previous: LexicalIndex | None) -> LexicalIndex:
    """Read every chunk back from Chroma; only chunks not seen before are tokenized (ids are content hashes)."""
    known = dict(zip(previous.ids, previous.tokens)) if previous else {}
    ids: list[str] = []
    metas: list[dict[str, Any]] = []
    for page_ids, _, page_metas in iter_chunks(settings, include_documents=False):
        ids.extend(page_ids)
        metas.extend(page_metas)
    # texts are read back only for chunks this index has not tokenized yet
    new_rows = [i for i, cid in enumerate(ids) if cid not in known]
    col = collection(settings)
    for start in range(0, len(new_rows), 2000):
        rows = new_rows[start:start + 2000]
        got = col.get(ids=[ids[i] for i in rows], include=["documents"])
        texts = dict(zip(got["ids"], got["documents"]))
        for i in rows:
            meta = metas[i]
            path = json.loads(meta.get("path_json") or "[]")
            known[ids[i]] = tokenize(indexed_text(meta.get("title", ""), path, meta.get("article") or None,
                                                  texts.get(ids[i]) or ""))
    return LexicalIndex(generation=generation, ids=ids, metas=metas, tokens=[known[cid] for cid in ids])


_memory: dict[Path, LexicalIndex] = {}


def lexical_index(settings: Settings | None = None) -> LexicalIndex:
    """The BM25 index matching the store right now (rebuilt and persisted if the store changed)."""
    s = settings or get_settings()
    generation = str(collection_marks(s).get("generation", ""))
    target = index_dir(s)
    with _lock:
        ix = _memory.get(target)
        if ix is None or ix.generation != generation:
            disk = _load(target)
            if disk is not None and disk.generation == generation:
                ix = disk
            else:
                log.info("rebuilding BM25 index %s", target)
                ix = rebuild(s, generation, disk or ix)
                _save(ix, target)
            ix.build()
            _memory[target] = ix
        return ix


def bm25_search(query: str, filters: Filters, n: int, settings: Settings | None = None, *,
                english: bool = True) -> list[tuple[str, str | None, dict[str, Any], float]]:
    """(id, None, metadata, bm25 score), best first. Text is fetched later only for the hits that survive fusion.
    `english=False` leaves English words unmapped (retrieval/query.py): a caller asking whether the tenant's own
    document or the law matches a question better must not tip the scale with the law's words."""
    from retrieval.query import expand_query

    ix = lexical_index(settings)
    return [(ix.ids[row], None, ix.metas[row], score)
            for row, score in ix.search(expand_query(query, english=english), filters, n)]


def forget_memory() -> None:
    _memory.clear()
