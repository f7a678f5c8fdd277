"""Benchmark borrower risk: `python bench/risk.py [--parts signals,scorecard,scan,rings] [--enterprises N]`.

signals: precision/recall per signal on the held-out synthetic seeds (one JSON line per seed + summary).
scorecard: our WOE scorecard beside toad's default pipeline (chi-merge bins → WOE → logistic regression) and
a one-hot logistic regression, AUC/KS on the same German-credit split.
scan: time and peak memory of a full `scan()` over `--scan-enterprises` generated enterprises.
rings: hub filtering + connected components on a synthetic identifier graph of `--ring-edges` edges.
Prints a table and writes `bench/results/risk.json`.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import random
import resource
import tempfile
import time
from collections import Counter
from datetime import date
from pathlib import Path

os.environ.setdefault("FENGTIAO_PLATFORM_KEY", "bench-platform-key")

from agent.risk.evaluate import evaluate_warnings  # noqa: E402

SEEDS = Path(__file__).resolve().parent.parent / "eval" / "datasets" / "risk" / "seeds.json"
RESULTS = Path(__file__).resolve().parent / "results" / "risk.json"


def _table(title: str, rows: list[dict]) -> None:
    cols = list(rows[0])
    print(f"\n## {title}\n| " + " | ".join(cols) + " |\n|" + "---|" * len(cols))
    for r in rows:
        print("| " + " | ".join(str(r[c]) for c in cols) + " |")


def main() -> None:
    spec = json.loads(SEEDS.read_text(encoding="utf-8"))
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--parts", default="signals,scorecard,scan,rings")
    parser.add_argument("--enterprises", type=int, default=spec["enterprises"])
    parser.add_argument("--scan-enterprises", type=int, default=10_000)
    parser.add_argument("--ring-edges", type=int, default=1_000_000)
    args = parser.parse_args()
    parts, out = set(args.parts.split(",")), {}
    if "signals" in parts:
        out["signals"] = signals(spec, args.enterprises)
    if "scorecard" in parts:
        out["scorecard"] = compare_scorecards()
        _table("scorecard, German credit held-out rows", out["scorecard"])
    if "scan" in parts:
        out["scan"] = scan_benchmark(args.scan_enterprises)
        _table("full scan", [out["scan"]])
    if "rings" in parts:
        out["rings"] = ring_benchmark(args.ring_edges)
        _table("ring detection", [out["rings"]])
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    previous = json.loads(RESULTS.read_text(encoding="utf-8")) if RESULTS.exists() else {}
    RESULTS.write_text(json.dumps({**previous, **out}, ensure_ascii=False, indent=1), encoding="utf-8")
    print(json.dumps(out, ensure_ascii=False))


def signals(spec: dict, enterprises: int) -> dict:
    results = []
    for seed in spec["held_out"]:
        start = time.perf_counter()
        r = evaluate_warnings(seed, enterprises)
        r["seconds"] = round(time.perf_counter() - start, 2)
        results.append(r)
        print(json.dumps(r, ensure_ascii=False))
    keys = ("multi_lender", "fraud_ring_members", "operating_risk_orange_plus", "renewal_watch")
    summary = {k: {m: min(r[k][m] for r in results) for m in ("precision", "recall")} for k in keys}
    summary["max_hub_false_ring_rate"] = max(r["hub_false_ring_rate"] for r in results)
    summary["min_hub_false_ring_rate_without_filter"] = min(r["hub_false_ring_rate_without_hub_filter"] for r in results)
    print(json.dumps({"summary_worst_over_seeds": summary}, ensure_ascii=False))
    return {"seeds": results, "summary_worst_over_seeds": summary}


def _ks_auc(y, risk) -> dict:
    import numpy as np
    from sklearn.metrics import roc_auc_score

    from agent.risk.scorecard import ks_statistic

    return {"auc": round(float(roc_auc_score(y, risk)), 4), "ks": round(ks_statistic(np.asarray(y), np.asarray(risk)), 4)}


def compare_scorecards() -> list[dict]:
    """Same train/test split, same excluded protected attributes, three pipelines."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import OneHotEncoder, StandardScaler

    from agent.risk.scorecard import scorecard_settings, fit_scorecard, load_german

    rows, cfg = load_german(), scorecard_settings()
    train, test = [r for r in rows if r["_is_test"] != "True"], [r for r in rows if r["_is_test"] == "True"]
    y_train = np.array([r["target"] == "bad" for r in train], dtype=int)
    y_test = np.array([r["target"] == "bad" for r in test], dtype=int)
    out = []
    start = time.perf_counter()
    card = fit_scorecard(train)
    out.append({"pipeline": "fengtiao WOE + LR", **_ks_auc(y_test, -card.score(test)), "features": len(card.features),
                "fit_seconds": round(time.perf_counter() - start, 3)})
    drop = {"target", "_is_test", *cfg["excluded_features"]}
    cols = [c for c in train[0] if c not in drop]
    num = [c for c in cols if c in ("month_duration", "credit_amount", "age", "payment_to_income_ratio", "residence_since",
                                    "n_credits", "n_guarantors")]
    cat = [c for c in cols if c not in num]
    try:
        import pandas as pd
        import toad

        def frame(rs: list[dict]) -> "pd.DataFrame":
            df = pd.DataFrame(rs)[cols]
            return df.astype({c: float for c in num})

        start = time.perf_counter()
        df_train, df_test = frame(train), frame(test)
        combiner = toad.transform.Combiner().fit(df_train, y_train, method="chi", min_samples=0.05)
        woe = toad.transform.WOETransformer()
        x_train = woe.fit_transform(combiner.transform(df_train), y_train)
        x_test = woe.transform(combiner.transform(df_test))
        lr = LogisticRegression(max_iter=1000).fit(x_train, y_train)
        out.append({"pipeline": f"toad {toad.__version__} chi-merge + WOE + LR", **_ks_auc(y_test, lr.decision_function(x_test)),
                    "features": len(cols), "fit_seconds": round(time.perf_counter() - start, 3)})
    except ImportError as exc:
        out.append({"pipeline": f"toad unavailable ({exc.name})", "auc": None, "ks": None, "features": 0, "fit_seconds": 0})
    start = time.perf_counter()
    enc, scaler = OneHotEncoder(handle_unknown="ignore", sparse_output=False), StandardScaler()
    def onehot(rs: list[dict], fit: bool):
        c = [[r[k] for k in cat] for r in rs]
        n = [[float(r[k]) for k in num] for r in rs]
        return np.hstack([enc.fit_transform(c) if fit else enc.transform(c), scaler.fit_transform(n) if fit else scaler.transform(n)])
    lr = LogisticRegression(max_iter=2000).fit(onehot(train, True), y_train)
    out.append({"pipeline": "sklearn one-hot + LR", **_ks_auc(y_test, lr.decision_function(onehot(test, False))),
                "features": len(cols), "fit_seconds": round(time.perf_counter() - start, 3)})
    return out


def _in_child(fn, *args):
    """Run in a forked process so peak RSS belongs to this step alone (ru_maxrss never goes down)."""
    with mp.get_context("fork").Pool(1) as pool:
        return pool.apply(fn, args)


def _rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def _prepare(n: int, base: str) -> dict:
    from agent.risk.generator import generate
    from agent.risk.importer import import_dir

    start = time.perf_counter()
    truth = generate(20261123, n, Path(base) / "gen")
    generated = time.perf_counter()
    report = import_dir(Path(base) / "gen", url=f"sqlite:///{base}/scan.db")
    return {"as_of": truth["as_of"], "generate_seconds": round(generated - start, 1),
            "import_seconds": round(time.perf_counter() - generated, 1), "rows_imported": report.accepted}


def _scan(base: str, as_of: str) -> dict:
    from agent.risk.scan import scan

    rss0, start = _rss_mb(), time.perf_counter()
    out = scan(url=f"sqlite:///{base}/scan.db", as_of=date.fromisoformat(as_of))
    return {"scan_seconds": round(time.perf_counter() - start, 1), "scan_peak_rss_mb": _rss_mb(), "rss_before_mb": rss0,
            "tenants": len(out), "warnings": sum(len(v) for v in out.values())}


def scan_benchmark(n: int) -> dict:
    with tempfile.TemporaryDirectory() as base:
        prep = _in_child(_prepare, n, base)
        return {"enterprises": n, **prep, **_in_child(_scan, base, prep["as_of"])}


def _rings(n_edges: int, hub_max_degree: int) -> dict:
    """Enterprises ↔ identifiers, a few agency hubs, small planted rings; the same steps as `find_rings`."""
    import networkx as nx

    rng = random.Random(7)
    n_ent = n_edges // 4
    n_ids = 20 * n_edges  # most identifiers are private to one firm, as in real registries
    edges: list[tuple[int, int]] = []
    for e in range(n_ent):
        edges += [(e, rng.randrange(n_ids)) for _ in range(3)]
    for r in range(n_ent // 500):  # planted rings of 5 firms sharing one phone
        edges += [(rng.randrange(n_ent), n_ids + 100 + r) for _ in range(5)]
    hubs = [n_ids + h for h in range(50)]
    while len(edges) < n_edges:
        edges.append((rng.randrange(n_ent), rng.choice(hubs)))
    rss0, start = _rss_mb(), time.perf_counter()
    degree = Counter(i for _, i in edges)
    dropped = {i for i, d in degree.items() if d > hub_max_degree}
    graph = nx.Graph()
    graph.add_edges_from((("e", e), ("i", i)) for e, i in edges if i not in dropped and degree[i] > 1)
    sizes = [sum(1 for n in c if n[0] == "e") for c in nx.connected_components(graph)]
    return {"edges": len(edges), "enterprises": n_ent, "hubs_dropped": len(dropped),
            "graph_edges_after_filter": graph.number_of_edges(), "components": len(sizes),
            "largest_component": max(sizes, default=0), "ring_seconds": round(time.perf_counter() - start, 1),
            "peak_rss_mb": _rss_mb(), "rss_before_mb": rss0}


def ring_benchmark(n_edges: int) -> dict:
    from agent.risk.signal_rules import load_risk_rules

    return _in_child(_rings, n_edges, load_risk_rules().fraud_ring.hub_max_degree)


if __name__ == "__main__":
    main()
