"""Train the self-statement classifier of agent/security/statement_classifier.py and write
agent/rules/self_statement_classifier.json.

Statements and hard negatives: eval/datasets/self_statements_train (one batch per author, a/b/c/d, written blind to
the patterns and to the held-out sets `eval/datasets/self_statements`, `self_statements_holdout2` and
`self_statements_holdout3`; batch d brought the seventh topic, 经营与纳税, which no other batch has, so its
out-of-author topic accuracy is not measurable here — the third held-out set measures it). Authors meet
on stock wording (LMA clauses, 财务附注 phrases, law text), so a training row with character-bigram Jaccard >=
HELD_OUT_NEAR to a held-out row is dropped; the held-out rows are read for that similarity only, nothing else. More negatives: court
fact sentences of the 150 judgment sections (a third party reporting what parties said or did), law sentences and
the printed lines of the rendered VAT invoices (field labels and values: 开票日期, 发票号码 …).
The shipped contracts are not negatives — their 陈述与保证 clauses may be real statements — only counted.

Chosen leave one author out (a new author's wording is what a user's document brings): the threshold is the one
with the best F1 on the held-out author's rows, subject to at most MAX_COURT_FP of the court sentences flagged out of
fold; C and the embedding weight come from a small grid judged the same way. Usage:

    python scripts/train_self_statement_classifier.py [--cache /tmp/sscls] [--dry-run]
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from datetime import date
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from agent.security.injection import normalise  # noqa: E402
from agent.security.instruction_classifier import EMBEDDER, features, ngram_vectoriser  # noqa: E402
from agent.security.statement_classifier import CLASSIFIER_FILE  # noqa: E402
from scripts.train_injection_classifier import _sentences, embed_all  # noqa: E402

DATA = ROOT / "eval" / "datasets"
TRAINING_FILES = [DATA / "self_statements_train" / f"train_{author}.jsonl" for author in ("a", "b", "c", "d")]
TOPICS = ["涉诉与执行", "关联关系", "对外担保", "抵质押与权利负担", "还款与逾期", "征信与偿债能力", "经营与纳税"]
HELD_OUT = [DATA / "self_statements" / "cases.jsonl", DATA / "self_statements_holdout2" / "cases.jsonl",
            DATA / "self_statements_holdout3" / "cases.jsonl"]
HELD_OUT_NEAR = 0.6        # the law-QA sets' near-copy bar
MAX_COURT_FP = 0.01        # of the court fact sentences flagged out of fold
COURT_SENTENCES = 1500
LAW_SENTENCES = 1500
NGRAM_MIN_DF = 2
GRID = [(c, w) for c in (1.0, 4.0, 16.0) for w in (1.0, 2.0, 4.0)]
SEED = 20261205


def _bigrams(text: str) -> set[str]:
    t = re.sub(r"[\s\W_]+", "", text.lower())
    return {t[i:i + 2] for i in range(len(t) - 1)}


def near_held_out(texts: list[str], limit: float = HELD_OUT_NEAR) -> list[bool]:
    """Which texts are near copies of a held-out row (bigram Jaccard >= limit); nothing else is read from it."""
    held = [_bigrams(json.loads(line)["text"]) for path in HELD_OUT if path.exists()
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [any(len(g & h) / len(g | h) >= limit for h in held if g | h) for g in map(_bigrams, texts)]


def invoice_lines() -> list[str]:
    """The printed lines of the rendered VAT invoices (text layer): field labels and values, never a party's word."""
    import pypdfium2 as pdfium

    lines: list[str] = []
    for path in sorted((DATA / "invoices" / "files").glob("*.pdf")):
        pdf = pdfium.PdfDocument(str(path))
        try:
            lines += _sentences("\n".join(page.get_textpage().get_text_range() for page in pdf))
        finally:
            pdf.close()
    return list(dict.fromkeys(lines))


def collect(files: list[Path]) -> tuple[list[dict], list[str], list[str], list[str], int]:
    """Written rows (with their author) minus near copies of held-out rows, court sentences, law sentences (with
    the invoices' printed lines), contract sentences, and how many rows were dropped."""
    written = []
    for author, path in enumerate(files):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                written.append({"text": normalise(row["text"]).strip(), "label": int(row["label"] == "statement"),
                                "topic": row["topic"], "author": author})
    near = near_held_out([r["text"] for r in written])
    rows = [r for r, n in zip(written, near) if not n]
    rng = random.Random(SEED)
    cases = DATA / "private-lending-cases" / "cases.jsonl"
    court = list(dict.fromkeys(s for line in cases.read_text(encoding="utf-8").splitlines() if line.strip()
                               for s in _sentences(json.loads(line)["text"])))
    court = rng.sample(court, min(COURT_SENTENCES, len(court)))
    from retrieval.laws import load_corpus

    law = list(dict.fromkeys(s for inst in load_corpus() for art in inst.articles for s in _sentences(art.text)))
    law = rng.sample(law, min(LAW_SENTENCES, len(law))) + invoice_lines()
    contracts = list(dict.fromkeys(s for p in sorted((DATA / "contracts").glob("*.txt"))
                                   for s in _sentences(p.read_text(encoding="utf-8"))))
    return rows, court, law, contracts, sum(near)


def main() -> None:
    from sklearn.linear_model import LogisticRegression

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, default=None, help="directory for cached sentence vectors")
    ap.add_argument("--dry-run", action="store_true", help="report only, do not write the classifier file")
    ap.add_argument("--train", type=Path, nargs="*", default=TRAINING_FILES, help="training batches, one per author")
    args = ap.parse_args()

    files = args.train
    rows, court, law, contracts, dropped = collect(files)
    written = [r["text"] for r in rows]
    # court and law sentences join the author folds in turn
    extra = court + law
    texts = written + extra
    y = np.array([r["label"] for r in rows] + [0] * len(extra))
    fold = np.array([r["author"] for r in rows] + [i % len(files) for i in range(len(extra))])
    is_court = np.array([False] * len(rows) + [True] * len(court) + [False] * len(law))
    print({"written": len(rows), "statements": int(y[:len(rows)].sum()), "court": len(court), "law": len(law),
           "contracts_checked": len(contracts)}, file=sys.stderr)
    X = embed_all(texts, args.cache)
    X_contracts = embed_all(contracts, args.cache)

    def fit(idx: np.ndarray, c: float, w: float):
        vec = ngram_vectoriser(min_df=NGRAM_MIN_DF).fit([texts[i] for i in idx])
        model = LogisticRegression(C=c, class_weight="balanced", max_iter=5000)
        return vec, model.fit(features(vec, [texts[i] for i in idx], X[idx], w), y[idx])

    def predict(fitted, idx: np.ndarray, w: float) -> np.ndarray:
        vec, model = fitted
        return model.predict_proba(features(vec, [texts[i] for i in idx], X[idx], w))[:, 1]

    def out_of_author(c: float, w: float) -> np.ndarray:
        oof = np.zeros(len(y))
        for f in range(len(files)):
            test = np.flatnonzero(fold == f)
            oof[test] = predict(fit(np.flatnonzero(fold != f), c, w), test, w)
        return oof

    def choose(oof: np.ndarray) -> tuple[float, dict[str, float]]:
        """Best F1 on the written rows with court false positives within bound."""
        court_scores = np.sort(oof[is_court])
        floor = float(court_scores[int(np.ceil(len(court_scores) * (1 - MAX_COURT_FP)))]) if len(court_scores) else 0.0
        best = (0.5, {"f1": -1.0})
        n = len(rows)
        for t in np.unique(np.round(oof[:n], 3)):
            if t <= floor:
                continue
            pred = oof[:n] >= t
            tp = int((pred & (y[:n] == 1)).sum())
            prec = tp / max(int(pred.sum()), 1)
            rec = tp / max(int(y[:n].sum()), 1)
            f1 = 2 * prec * rec / max(prec + rec, 1e-9)
            if f1 > best[1]["f1"]:
                best = (float(t), {"f1": round(f1, 4), "precision": round(prec, 4), "recall": round(rec, 4),
                                   "court_flagged": round(float((oof[is_court] >= t).mean()), 4),
                                   "law_flagged": round(float((oof[len(rows) + len(court):] >= t).mean()), 4)})
        return best

    results, oofs = {}, {}
    for c, w in GRID:
        oofs[(c, w)] = out_of_author(c, w)
        t, fig = choose(oofs[(c, w)])
        results[(c, w)] = (t, fig)
        print(f"C {c:>4} embedding weight {w}: threshold {t:.3f} {fig}", file=sys.stderr)
    (c, w), (threshold, oof_figures) = max(results.items(), key=lambda kv: kv[1][1]["f1"])
    authors = np.array([r["author"] for r in rows])
    negatives = y[:len(rows)] == 0
    oof_figures["other_flagged_by_author"] = {
        files[a].stem: round(float((oofs[(c, w)][:len(rows)][negatives & (authors == a)] >= threshold).mean()), 4)
        for a in range(len(files))}

    # topic: multinomial over the statements, judged the same way
    stmt = np.flatnonzero(y[:len(rows)] == 1)
    labels = np.array([TOPICS.index(rows[i]["topic"]) for i in stmt])

    def fit_topic(idx: np.ndarray):
        vec = ngram_vectoriser(min_df=NGRAM_MIN_DF).fit([texts[i] for i in idx])
        model = LogisticRegression(C=c, max_iter=5000)
        return vec, model.fit(features(vec, [texts[i] for i in idx], X[idx], w), labels[np.searchsorted(stmt, idx)])

    right = 0
    for f in range(len(files)):
        tr, te = stmt[fold[stmt] != f], stmt[fold[stmt] == f]
        vec, model = fit_topic(tr)
        pred = model.predict(features(vec, [texts[i] for i in te], X[te], w))
        right += int((pred == labels[np.searchsorted(stmt, te)]).sum())
    topic_accuracy = round(right / len(stmt), 4)

    vec, model = fit(np.arange(len(y)), c, w)
    contract_scores = model.predict_proba(features(vec, contracts, X_contracts, w))[:, 1]
    flagged_contract = [s for s, p in zip(contracts, contract_scores) if p >= threshold]
    tvec = ngram_vectoriser(vocabulary=vec.get_feature_names_out().tolist(), idf=vec.idf_.tolist())
    topic_model = LogisticRegression(C=c, max_iter=5000).fit(features(tvec, [texts[i] for i in stmt], X[stmt], w), labels)
    figures = {
        "date": date.today().isoformat(), "C": c, "embedding_weight": w, "ngram_min_df": NGRAM_MIN_DF,
        "training_files": [str(p.resolve().relative_to(ROOT)) for p in files],
        "rows": {"written": len(rows), "statements": int(len(stmt)), "court": len(court), "law": len(law),
                 "dropped_near_copies_of_held_out": dropped},
        "leave_one_author_out": oof_figures | {"topic_accuracy": topic_accuracy},
        "contract_sentences_flagged": len(flagged_contract), "contract_sentences": len(contracts),
        "held_out_set_read": "for near-copy removal only",
    }
    print(json.dumps({"threshold": threshold, **figures}, ensure_ascii=False, indent=2))
    for s in flagged_contract[:20]:
        print("  contract sentence flagged:", s[:100], file=sys.stderr)
    if not args.dry_run:
        out = {"embedder": EMBEDDER, "ngrams": vec.get_feature_names_out().tolist(),
               "idf": [round(float(v), 6) for v in vec.idf_], "embedding_weight": w,
               "coef": [round(float(x), 6) for x in model.coef_[0]], "intercept": round(float(model.intercept_[0]), 6),
               "threshold": round(threshold, 6), "topics": TOPICS,
               "topic_coef": [[round(float(x), 6) for x in row] for row in topic_model.coef_],
               "topic_intercept": [round(float(x), 6) for x in topic_model.intercept_], "trained": figures}
        CLASSIFIER_FILE.write_text(json.dumps(out, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {CLASSIFIER_FILE.relative_to(ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
