"""The lexical side of hybrid law search, judged on questions by authors it never saw: `python bench/lexical_oof.py`.

The law-QA training batches (eval/datasets/law_qa_train) were each written by a different author. Fresh
held-out questions come from yet another author, and on them hybrid search fell below dense alone: BM25 with the
colloquial lexicon carries one author's wording. So every variant here is scored leave-one-author-out: each batch's
questions get the dense ranking of a query adapter fitted on the other batches, and any lexicon *learnt from
data* (variant `learned expansion`) is learnt on the other authors' batches only. BM25 settings that learn nothing
(k1/b, lexicon on/off, tokens) are scored on all of them as they are. Neither the dev nor the held-out law-QA sets are
read here except the dev set in the last column (`--dev`), which only checks that a change does not break it.

Hybrid here is RRF, so only the lexical side changes between rows (search itself orders law candidates with the
learned fusion model, scripts/train_fusion.py). Rows: BM25 alone and hybrid hit@1 / hit@5 / MRR, and the hybrid hit@5 difference to the shipped search with a
paired-bootstrap 90% interval. Results: a rich table and bench/results/lexical_oof.json.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
from rich.table import Table  # noqa: E402

from bench.fusion_oof import _trainer, out_of_fold_dense, training_corpus  # noqa: E402
from bench.lawqa_variants import (BM25Side, Corpus, _base, bootstrap_delta, console, load, metrics,  # noqa: E402
                                  pool, ranks, rrf, top_n)
from retrieval.lexical import _WORD, _jieba, stopwords, tokenize  # noqa: E402
from retrieval.query import expand_query  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "lexical_oof.json"
CACHE = ROOT / "bench" / "results" / "cache" / "lawqa" / "dense_by_author.npy"


def batches(c: Corpus) -> np.ndarray:
    """Author (training batch) of each question, from its id prefix (lt-, lb-, lc-, ld-, le-)."""
    prefixes = sorted({r.id.rsplit("-", 1)[0] for r in c.rows})
    return np.array([prefixes.index(r.id.rsplit("-", 1)[0]) for r in c.rows])


def dense_by_author(c: Corpus, groups: np.ndarray, reg: float) -> np.ndarray:
    """Cosines of each question, through an adapter fitted on the other authors' questions, with every article."""
    if CACHE.exists():
        cached = np.load(CACHE)
        if cached.shape == (len(c.rows), len(c.chunks)):
            return cached
    scores = out_of_fold_dense(c, reg, by_author=True)
    assert (batches(c) == groups).all()
    CACHE.parent.mkdir(parents=True, exist_ok=True)
    np.save(CACHE, scores)
    return scores


# ---------------------------------------------------------------- a lexicon learnt from question/article pairs


def words(text: str) -> set[str]:
    stop = stopwords()
    return {w for w in (t.strip().lower() for t in _jieba().cut(text)) if len(w) >= 2 and w not in stop and _WORD.search(w)}


class LearnedExpansion:
    """Question word → article words that follow it in gold articles far more often than in articles at large.

    A data-made version of lexicon/colloquial.yaml: for each word w of a training question and each word a of its
    gold article, count the pair; keep a for w when it was seen with w at least `min_pairs` times and its lift
    P(a | w) / P(a) is at least `min_lift`. A query gets the `top` best terms over its words (score P(a|w)·log lift)."""

    def __init__(self, questions: list[str], gold_texts: list[list[str]], article_words: list[set[str]],
                 min_q: int = 3, min_pairs: int = 2, min_lift: float = 5.0, top: int = 4) -> None:
        n_articles = len(article_words)
        df = Counter(w for ws in article_words for w in ws)
        self.p_article = {w: n / n_articles for w, n in df.items()}
        seen: Counter[str] = Counter()
        pairs: dict[str, Counter[str]] = defaultdict(Counter)
        for q, golds in zip(questions, gold_texts):
            qw = words(q)
            gw = set().union(*(words(g) for g in golds)) if golds else set()
            for w in qw:
                seen[w] += 1
                pairs[w].update(gw - qw)
        self.table: dict[str, list[tuple[str, float]]] = {}
        for w, n in seen.items():
            if n < min_q:
                continue
            cands = []
            for a, k in pairs[w].items():
                if k < min_pairs or a not in self.p_article:
                    continue
                p = k / n
                lift = p / self.p_article[a]
                if lift >= min_lift:
                    cands.append((a, p * math.log(lift)))
            if cands:
                self.table[w] = sorted(cands, key=lambda x: -x[1])[:8]
        self.top = top

    def expand(self, query: str) -> str:
        qw = words(query)
        score: Counter[str] = Counter()
        for w in qw:
            for a, s in self.table.get(w, []):
                if a not in qw and a not in query:
                    score[a] += s
        extra = [a for a, _ in score.most_common(self.top)]
        return f"{query} {' '.join(extra)}" if extra else query


# ---------------------------------------------------------------- variants


def bm25_scores(c: Corpus, query_of: Callable[[int, str], str], tokens: Callable[[str], list[str]] = tokenize,
                **params: object) -> np.ndarray:
    side = BM25Side(c, tokens=tokens, **params)
    return np.stack([side.scores(tokens(query_of(i, q))) for i, q in enumerate(c.questions)])


TRAINING: list[Corpus] = []   # the training corpus, set in main(): what a lexicon for the dev set is learnt from


def learned(c: Corpus, groups: np.ndarray | None, **kw: object) -> Callable[[int, str], str]:
    """Query → query + learnt terms. `groups` given (c is the training corpus): each question's lexicon is learnt
    without its own author; else (c is the dev set) learnt from all training questions."""
    from retrieval.laws import lookup_article

    src = c if groups is not None else TRAINING[0]
    gold_texts = []
    for r in src.rows:
        arts = [lookup_article(g.instrument, g.article) for g in r.gold]
        gold_texts.append([a.text for a in arts if a is not None])
    article_words = [words(ch.text) for ch in src.chunks]
    if groups is None:
        model = LearnedExpansion(src.questions, gold_texts, article_words, **kw)
        return lambda i, q: expand_query(model.expand(q))
    models = {}
    for g in np.unique(groups):
        keep = np.where(groups != g)[0]
        models[int(g)] = LearnedExpansion([c.questions[i] for i in keep], [gold_texts[i] for i in keep], article_words, **kw)
    return lambda i, q: expand_query(models[int(groups[i])].expand(q))


def question_bank(c: Corpus, groups: np.ndarray) -> np.ndarray:
    """Per question and article: the best cosine between the question and another author's training question
    whose gold is that article (an FAQ of written questions as a third ranking); -inf where there is none."""
    from bench.lawqa_variants import _e5, vectors
    from eval.suites.retrieval import gold_keys

    qv = vectors(c, "e5-query", c.questions, lambda: _e5().query, cheap=True)
    by_key: dict[str, list[int]] = defaultdict(list)
    for j, k in enumerate(c.keys):
        by_key[k].append(j)
    golds = [[j for k in gold_keys(r) for j in by_key.get(k, [])] for r in c.rows]
    sim = qv @ qv.T
    bank = np.full((len(c.rows), len(c.chunks)), -np.inf, dtype=np.float32)
    for i in range(len(c.rows)):
        for t in np.where(groups != groups[i])[0]:
            for j in golds[t]:
                bank[i, j] = max(bank[i, j], sim[i, t])
    return bank


def fuse(dense: np.ndarray, bm25: np.ndarray, w_dense: float = 1.0, rrf_k: int = 60) -> list[list[int]]:
    return [rrf({"dense": top_n(d, pool()), "bm25": top_n(b, pool())}, {"dense": w_dense, "bm25": 1.0}, rrf_k=rrf_k)
            for d, b in zip(dense, bm25)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reg", type=float, default=None, help="adapter regulariser (default: the shipped adapter's)")
    ap.add_argument("--dev", action="store_true", help="also score each variant on the dev law-QA set")
    args = ap.parse_args()
    from retrieval.adapter import load_adapter

    trainer = _trainer()
    reg = args.reg if args.reg is not None else load_adapter("multilingual-e5-small-q4")[1].reg
    c = training_corpus(trainer.TRAIN)
    groups = batches(c)
    TRAINING.append(c)
    console.print(f"{len(c.rows)} training questions by {len(set(groups))} authors, {len(c.chunks)} articles")
    dense = dense_by_author(c, groups, reg)
    dev = load() if args.dev else None

    variants: dict[str, tuple[Callable[[Corpus, np.ndarray | None], np.ndarray], str]] = {
        "shipped (lexicon, k1 1.5, b 0.75)": (lambda cc, gg: bm25_scores(cc, lambda i, q: expand_query(q)), ""),
        "no lexicon": (lambda cc, gg: bm25_scores(cc, lambda i, q: q), ""),
        "k1 1.2 b 0.75": (lambda cc, gg: bm25_scores(cc, lambda i, q: expand_query(q), k1=1.2, b=0.75), ""),
        "k1 0.9 b 0.4": (lambda cc, gg: bm25_scores(cc, lambda i, q: expand_query(q), k1=0.9, b=0.4), ""),
        "k1 1.5 b 0.5": (lambda cc, gg: bm25_scores(cc, lambda i, q: expand_query(q), k1=1.5, b=0.5), ""),
        "k1 2.0 b 0.9": (lambda cc, gg: bm25_scores(cc, lambda i, q: expand_query(q), k1=2.0, b=0.9), ""),
        "learned expansion (top 4)": (lambda cc, gg: bm25_scores(cc, learned(cc, gg)), "learnt without the author"),
        "learned expansion (top 8, lift 3)": (lambda cc, gg: bm25_scores(cc, learned(cc, gg, top=8, min_lift=3.0)),
                                              "learnt without the author"),
        "learned expansion (top 2, lift 10)": (lambda cc, gg: bm25_scores(cc, learned(cc, gg, top=2, min_lift=10.0)),
                                               "learnt without the author"),
    }
    rows, base = [], None
    dev_base = None
    table = Table(title=f"lexical side, leave-one-author-out on {len(c.rows)} training questions (adapter reg {reg})")
    for col in ("variant", "BM25 h@1/h@5/MRR", "hybrid h@1/h@5/MRR", "Δ hybrid h@5 [90% CI]", "Δ MRR",
                "dense 1.5 rrf 20 h@5/MRR", *(["dev hybrid h@5/MRR"] if dev else [])):
        table.add_column(col)
    fmt = lambda m: f"{m['hit@1']:.3f}/{m['hit@5']:.3f}/{m['mrr']:.3f}"  # noqa: E731
    bm_dense_only = metrics(ranks(c, [top_n(d, pool()) for d in dense]))
    console.print(f"dense alone (adapter without the author): {fmt(bm_dense_only)}")
    for name, (fn, note) in variants.items():
        bm = fn(c, groups)
        bm_rank = ranks(c, [top_n(b, pool()) for b in bm])
        hy = ranks(c, fuse(dense, bm))
        alt = metrics(ranks(c, fuse(dense, bm, 1.5, 20)))
        base = base or hy
        d, lo, hi = bootstrap_delta(base, hy)
        row = {"variant": name, "note": note, "bm25": metrics(bm_rank), "hybrid": metrics(hy), "hybrid_dense1.5_rrf20": alt,
               "delta_hit5": [round(lo, 4), round(d, 4), round(hi, 4)],
               "delta_mrr": round(metrics(hy)["mrr"] - metrics(base)["mrr"], 4)}
        cells = [name, fmt(row["bm25"]), fmt(row["hybrid"]), f"{d:+.3f} [{lo:+.3f}, {hi:+.3f}]", f"{row['delta_mrr']:+.3f}",
                 f"{alt['hit@5']:.3f}/{alt['mrr']:.3f}"]
        if dev:
            _, dev_dense, _ = _base(dev)
            dbm = fn(dev, None)
            dm = metrics(ranks(dev, fuse(dev_dense, dbm)))
            row["dev_hybrid"] = dm
            dev_base = dev_base or dm
            cells.append(f"{dm['hit@5']:.3f}/{dm['mrr']:.3f}")
        rows.append(row)
        table.add_row(*cells)
        console.print(f"  {name}: hybrid {fmt(row['hybrid'])}")
    console.print(table)
    bank = question_bank(c, groups)
    shipped_bm = variants["shipped (lexicon, k1 1.5, b 0.75)"][0](c, groups)
    for w in (0.25, 0.5):
        lists = [rrf({"dense": top_n(d, pool()), "bm25": top_n(b, pool()), "bank": top_n(q, pool())},
                     {"dense": 1.0, "bm25": 1.0, "bank": w}) for d, b, q in zip(dense, shipped_bm, bank)]
        hy = ranks(c, lists)
        d, lo, hi = bootstrap_delta(base, hy)
        rows.append({"variant": f"question bank as a third RRF list (weight {w})", "hybrid": metrics(hy),
                     "delta_hit5": [round(lo, 4), round(d, 4), round(hi, 4)]})
        console.print(f"question bank (other authors' questions, weight {w}): hybrid {fmt(metrics(hy))}, "
                      f"Δ hit@5 {d:+.3f} [{lo:+.3f}, {hi:+.3f}]")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({"questions": len(c.rows), "reg": reg, "dense_alone": bm_dense_only, "rows": rows},
                                  ensure_ascii=False, indent=1), encoding="utf-8")
    console.print(f"wrote {RESULTS}")


if __name__ == "__main__":
    main()
