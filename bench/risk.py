"""Benchmark the borrower-risk signals on the held-out synthetic seeds: `python bench/risk.py [--enterprises N]`.

Prints one JSON line per seed (precision/recall per signal, hub false-ring rate, timings) and a summary.
"""
from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

os.environ.setdefault("FENGTIAO_PLATFORM_KEY", "bench-platform-key")

from agent.risk.evaluate import evaluate_warnings  # noqa: E402

SEEDS = Path(__file__).resolve().parent.parent / "eval" / "datasets" / "risk" / "seeds.json"


def main() -> None:
    spec = json.loads(SEEDS.read_text(encoding="utf-8"))
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--enterprises", type=int, default=spec["enterprises"])
    args = parser.parse_args()
    results = []
    for seed in spec["held_out"]:
        start = time.perf_counter()
        r = evaluate_warnings(seed, args.enterprises)
        r["seconds"] = round(time.perf_counter() - start, 2)
        results.append(r)
        print(json.dumps(r, ensure_ascii=False))
    keys = ("multi_lender", "fraud_ring_members", "operating_risk_orange_plus", "renewal_watch")
    summary = {k: {m: min(r[k][m] for r in results) for m in ("precision", "recall")} for k in keys}
    summary["max_hub_false_ring_rate"] = max(r["hub_false_ring_rate"] for r in results)
    summary["min_hub_false_ring_rate_without_filter"] = min(r["hub_false_ring_rate_without_hub_filter"] for r in results)
    print(json.dumps({"summary_worst_over_seeds": summary}, ensure_ascii=False))


if __name__ == "__main__":
    main()
