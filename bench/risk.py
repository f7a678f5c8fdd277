"""Benchmark borrower risk: `python bench/risk.py [--parts signals,scorecard,opscore,scan,rings] [--with-100k]`.

signals: precision/recall per signal on the held-out synthetic seeds (one JSON line per seed + summary).
scorecard: our WOE scorecard beside toad's default pipeline (chi-merge bins → WOE → logistic regression) and
  a one-hot logistic regression, AUC/KS on the same German-credit split.
opscore: the operating-risk scorecard of each institution on the synthetic market's planted loan outcomes
  (features as of the observation date, defaults after it), held-out AUC/KS beside scikit-learn on the same
  features and split: logistic regression on imputed raw values, and a histogram gradient-boosting model.
scan: time and peak RSS of a full `scan()` (every tenant, every borrower) over 10k enterprises; 100k with
  `--with-100k` (generating and importing 100k takes about an hour on 2 cores, so that size is opt-in).
  Each market is generated and imported once into bench/results/cache/ (keyed by size, seed and the
  generator/importer/model sources) and copied for every run, so a scan always starts from the same state.
rings: entity resolution on a 1M-edge enterprise↔identifier graph: our `resolve_components` (networkx with the
  hub filter, what `find_rings` runs) beside scipy.sparse.csgraph on the same filtered edges, and networkx
  without the hub filter (what happens when agency phones are not dropped).
Prints rich tables and writes bench/results/risk.json.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing as mp
import os
import random
import resource
import shutil
import sys
import tempfile
import time
from collections import Counter
from datetime import date
from pathlib import Path

os.environ.setdefault("FENGTIAO_PLATFORM_KEY", "bench-platform-key")

from rich.console import Console
from rich.table import Table

from agent.risk.evaluate import evaluate_warnings

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "eval" / "datasets" / "risk" / "seeds.json"
RESULTS = Path(__file__).resolve().parent / "results" / "risk.json"
CACHE = RESULTS.parent / "cache"
MARKET_SEED = 20261123
console = Console(width=None if sys.stdout.isatty() else 170)  # logs keep whole columns


def _table(title: str, rows: list[dict]) -> None:
    table = Table(title=title)
    for col in rows[0]:
        table.add_column(col, justify="right" if isinstance(rows[0][col], (int, float)) else "left")
    for r in rows:
        table.add_row(*("" if r[c] is None else str(r[c]) for c in rows[0]))
    console.print(table)


def main() -> None:
    spec = json.loads(SEEDS.read_text(encoding="utf-8"))
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--parts", default="signals,scorecard,opscore,scan,rings")
    parser.add_argument("--enterprises", type=int, default=spec["enterprises"], help="market size for `signals`")
    parser.add_argument("--scan-sizes", default="10000", help="comma-separated market sizes for `scan` and `opscore`")
    parser.add_argument("--with-100k", action="store_true", help="also scan a 100k-enterprise market (about an hour to build once)")
    parser.add_argument("--ring-edges", type=int, default=1_000_000)
    args = parser.parse_args()
    parts, out = set(args.parts.split(",")), {}
    sizes = [int(s) for s in args.scan_sizes.split(",") if s] + ([100_000] if args.with_100k else [])
    if "signals" in parts:
        out["signals"] = signals(spec, args.enterprises)
    if "scorecard" in parts:
        out["scorecard"] = compare_scorecards()
        _table("scorecard, German credit held-out rows", out["scorecard"])
    if "opscore" in parts:
        out["opscore"] = operating_scorecards(sizes[0])
        _table(f"operating-risk scorecard per institution, {sizes[0]:,} enterprises, held-out borrowers", out["opscore"]["rows"])
    if "scan" in parts:
        out["scan"] = [scan_benchmark(n) for n in sizes]
        _table("full scan (all tenants, all borrowers)", out["scan"])
    if "rings" in parts:
        out["rings"] = ring_benchmark(args.ring_edges)
        _table(f"ring detection, {out['rings'][0]['edges']:,} edges", out["rings"])
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    previous = json.loads(RESULTS.read_text(encoding="utf-8")) if RESULTS.exists() else {}
    RESULTS.write_text(json.dumps({**previous, **out}, ensure_ascii=False, indent=1), encoding="utf-8")
    console.print(f"wrote {RESULTS}")


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

    from agent.risk.scorecard import fit_scorecard, load_german, scorecard_settings

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

        def frame(rs: list[dict]) -> pd.DataFrame:
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


# --- synthetic markets, built once --------------------------------------------------------------------------------

def _in_child(fn, *args):
    """Run in a forked process so peak RSS belongs to this step alone (ru_maxrss never goes down)."""
    with mp.get_context("fork").Pool(1) as pool:
        return pool.apply(fn, args)


def _rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def _sources_hash() -> str:
    """A market cache is valid only for the generator, importer and schema that built it."""
    h = hashlib.sha256()
    for name in ("generator.py", "outcomes.py", "importer.py", "models.py", "rows.py", "keys.py"):
        h.update((ROOT / "agent" / "risk" / name).read_bytes())
    h.update(os.environ["FENGTIAO_PLATFORM_KEY"].encode())
    return h.hexdigest()[:10]


def _prepare(n: int, folder: str) -> dict:
    from agent.risk.generator import generate
    from agent.risk.importer import import_dir

    base = Path(folder)
    start = time.perf_counter()
    truth = generate(MARKET_SEED, n, base / "gen")
    generated = time.perf_counter()
    report = import_dir(base / "gen", url=f"sqlite:///{base}/market.db", today=date(2026, 11, 23))
    return {"as_of": truth["as_of"], "generate_seconds": round(generated - start, 1),
            "import_seconds": round(time.perf_counter() - generated, 1), "rows_imported": report.accepted,
            "rows_rejected": report.rejected, "import_peak_rss_mb": _rss_mb(),
            "default_rate": truth["defaults"]["rate"]}


def cached_market(n: int) -> tuple[Path, dict]:
    """(folder with market.db and gen/, preparation facts); built on first use."""
    folder = CACHE / f"risk-n{n}-s{MARKET_SEED}-{_sources_hash()}"
    facts = folder / "prepared.json"
    if not facts.exists():
        for stale in CACHE.glob(f"risk-n{n}-s{MARKET_SEED}-*"):  # built by older sources: never valid again
            shutil.rmtree(stale, ignore_errors=True)
        folder.mkdir(parents=True)
        console.print(f"building the {n:,}-enterprise market once into {folder} …")
        prep = _in_child(_prepare, n, str(folder))
        facts.write_text(json.dumps(prep), encoding="utf-8")
    return folder, json.loads(facts.read_text(encoding="utf-8"))


def _scan(db: str, as_of: str) -> dict:
    from agent.risk.scan import scan

    rss0, start = _rss_mb(), time.perf_counter()
    out = scan(url=f"sqlite:///{db}", as_of=date.fromisoformat(as_of))
    return {"scan_seconds": round(time.perf_counter() - start, 1), "scan_peak_rss_mb": _rss_mb(), "rss_before_mb": rss0,
            "tenants": len(out), "warnings": sum(len(v) for v in out.values())}


def scan_benchmark(n: int) -> dict:
    folder, prep = cached_market(n)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "scan.db"
        shutil.copy(folder / "market.db", db)  # the scan writes its log; the cached market stays pristine
        return {"enterprises": n, **{k: prep[k] for k in ("generate_seconds", "import_seconds", "rows_imported")},
                **_in_child(_scan, str(db), prep["as_of"])}


# --- operating-risk scorecard on planted outcomes ------------------------------------------------------------------

def _operating(db: str, as_of: str) -> list[dict]:
    import numpy as np
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.impute import SimpleImputer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler
    from sqlalchemy import select

    from agent.risk import models as m
    from agent.risk.db import session_scope
    from agent.risk.features import FEATURES
    from agent.risk.operating_score import is_held_out, operating_settings, training_population
    from agent.risk.scorecard import fit_scorecard

    url, cfg, out = f"sqlite:///{db}", operating_settings(), []
    with session_scope(url) as s:
        tenants = list(s.scalars(select(m.Tenant.id).order_by(m.Tenant.id)))
    for tenant in tenants:
        start = time.perf_counter()
        with session_scope(url) as s:
            _, rows = training_population(s, tenant, as_of=date.fromisoformat(as_of))
        build = time.perf_counter() - start
        train = [r for c, r in rows if not is_held_out(c, cfg.test_share)]
        test = [r for c, r in rows if is_held_out(c, cfg.test_share)]
        y_tr = np.array([r["target"] == "bad" for r in train], dtype=int)
        y_te = np.array([r["target"] == "bad" for r in test], dtype=int)
        base = {"tenant": tenant, "borrowers": len(rows), "bads": int(y_tr.sum() + y_te.sum()), "test_bads": int(y_te.sum())}
        start = time.perf_counter()
        card = fit_scorecard(train)
        out.append({**base, "model": "fengtiao WOE scorecard", **_ks_auc(y_te, -card.score(test)),
                    "features": len(card.features), "fit_seconds": round(time.perf_counter() - start, 2),
                    "feature_build_seconds": round(build, 1)})

        def matrix(rs: list[dict]):
            return np.array([[np.nan if r[f] is None else float(r[f]) for f in FEATURES] for r in rs])
        for name, model in (("sklearn LR (median-imputed, scaled)", make_pipeline(SimpleImputer(strategy="median"), StandardScaler(),
                                                                               LogisticRegression(max_iter=2000))),
                            ("sklearn HistGradientBoosting", HistGradientBoostingClassifier(max_depth=3, random_state=0))):
            start = time.perf_counter()
            model.fit(matrix(train), y_tr)
            out.append({**base, "model": name, **_ks_auc(y_te, model.predict_proba(matrix(test))[:, 1]),
                        "features": len(FEATURES), "fit_seconds": round(time.perf_counter() - start, 2),
                        "feature_build_seconds": None})
    return out


def operating_scorecards(n: int) -> dict:
    folder, prep = cached_market(n)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "op.db"
        shutil.copy(folder / "market.db", db)
        rows = _in_child(_operating, str(db), prep["as_of"])
    mean = {model: {k: round(sum(r[k] for r in rows if r["model"] == model) / sum(1 for r in rows if r["model"] == model), 4)
                    for k in ("auc", "ks")} for model in dict.fromkeys(r["model"] for r in rows)}
    console.print(f"mean over tenants: {json.dumps(mean, ensure_ascii=False)} (planted default rate {prep['default_rate']})")
    return {"enterprises": n, "default_rate": prep["default_rate"], "mean_over_tenants": mean, "rows": rows}


# --- ring detection --------------------------------------------------------------------------------------------------

def _identifier_graph(n_edges: int) -> tuple[dict[int, set], set[int]]:
    """Enterprises ↔ identifiers: most identifiers private, small planted rings, 50 agency hubs."""
    rng = random.Random(7)
    n_ent = n_edges // 4
    n_ids = 20 * n_edges  # most identifiers belong to one firm, as in real registries
    ids: dict[int, set] = {e: {("i", rng.randrange(n_ids)) for _ in range(3)} for e in range(n_ent)}
    for r in range(n_ent // 500):  # planted rings of 5 firms sharing one phone
        for _ in range(5):
            ids[rng.randrange(n_ent)].add(("i", n_ids + 100 + r))
    hubs = [("i", n_ids + h) for h in range(50)]
    edges = sum(len(v) for v in ids.values())
    while edges < n_edges:
        before = len(ids[e := rng.randrange(n_ent)])
        ids[e].add(rng.choice(hubs))
        edges += len(ids[e]) - before
    return ids, set(range(n_ent))


def _partition(components) -> set[tuple[int, ...]]:
    return {tuple(sorted(n[1] for n in c if n[0] == "e")) for c in components}


def _ours(n_edges: int, hub_max_degree: int) -> dict:
    from agent.risk.rings import resolve_components

    ids, applicants = _identifier_graph(n_edges)
    rss0, start = _rss_mb(), time.perf_counter()
    _graph, comps, hubs = resolve_components(ids, applicants, hub_max_degree)
    seconds = time.perf_counter() - start
    return {"pipeline": "fengtiao resolve_components (networkx, hub filter)", "edges": sum(map(len, ids.values())),
            "seconds": round(seconds, 2), "peak_rss_mb": _rss_mb(), "rss_after_build_mb": rss0, "hubs_dropped": len(hubs),
            "candidate_rings": len(comps), "largest_component": max((len(p) for p in _partition(comps)), default=0),
            "_partition": sorted(_partition(comps))}


def _scipy(n_edges: int, hub_max_degree: int) -> dict:
    import numpy as np
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    ids, applicants = _identifier_graph(n_edges)
    rss0, start = _rss_mb(), time.perf_counter()
    degree = Counter(node for nodes in ids.values() for node in nodes)
    keep = {node for node, d in degree.items() if 1 < d <= hub_max_degree}
    index = {node: len(applicants) + i for i, node in enumerate(sorted(keep))}
    rows, cols = [], []
    for e in applicants:
        for node in ids[e]:
            if node in index:
                rows.append(e)
                cols.append(index[node])
    size = len(applicants) + len(index)
    adj = coo_matrix((np.ones(len(rows), dtype=np.int8), (rows, cols)), shape=(size, size)).tocsr()
    _, labels = connected_components(adj, directed=False)
    groups: dict[int, list[int]] = {}
    for e in sorted(applicants):
        groups.setdefault(int(labels[e]), []).append(e)
    partition = {tuple(g) for g in groups.values() if len(g) >= 2}
    seconds = time.perf_counter() - start
    return {"pipeline": "scipy.sparse.csgraph (same hub filter)", "edges": sum(map(len, ids.values())),
            "seconds": round(seconds, 2), "peak_rss_mb": _rss_mb(), "rss_after_build_mb": rss0,
            "hubs_dropped": sum(1 for d in degree.values() if d > hub_max_degree), "candidate_rings": len(partition),
            "largest_component": max((len(p) for p in partition), default=0), "_partition": sorted(partition)}


def _networkx_unfiltered(n_edges: int, _hub_max_degree: int) -> dict:
    import networkx as nx

    ids, applicants = _identifier_graph(n_edges)
    rss0, start = _rss_mb(), time.perf_counter()
    graph = nx.Graph()
    graph.add_edges_from((("e", e), node) for e in applicants for node in ids[e])
    comps = [c for c in nx.connected_components(graph) if sum(1 for n in c if n[0] == "e") >= 2]
    seconds = time.perf_counter() - start
    return {"pipeline": "networkx connected_components, no hub filter", "edges": sum(map(len, ids.values())),
            "seconds": round(seconds, 2), "peak_rss_mb": _rss_mb(), "rss_after_build_mb": rss0, "hubs_dropped": 0,
            "candidate_rings": len(comps), "largest_component": max((len(p) for p in _partition(comps)), default=0),
            "_partition": None}


def ring_benchmark(n_edges: int) -> list[dict]:
    from agent.risk.signal_rules import load_risk_rules

    hub = load_risk_rules().fraud_ring.hub_max_degree
    rows = [_in_child(fn, n_edges, hub) for fn in (_ours, _scipy, _networkx_unfiltered)]
    same = rows[0]["_partition"] == rows[1]["_partition"]
    for r in rows:
        r["same_rings_as_ours"] = same if r["_partition"] is not None else None
        del r["_partition"]
    return rows


if __name__ == "__main__":
    main()
