"""What the injection defences cost: `python bench/injection.py [--repeat 3]`.

Side by side on the same inputs, one process: the wording patterns alone (`semantic=False`) vs patterns + the
learnt classifier (agent/security/instruction_classifier.py), on
- the contract check of every contract in eval/datasets/contracts/ (rules only, no model: the sanitiser runs on
  the whole contract before rules read it),
- sanitising 200 law-article sentences (what a chat answer's evidence goes through),
- sentences per second of the classifier on fresh (uncached) sentences,
- finding parties' self-statements in every contract: the patterns of agent/rules/self_statements.yaml alone vs
  patterns + the learnt self-statement classifier (agent/security/statement_classifier.py), which is what the
  chat runs on each cited document; and, as the chat does, right after the sanitiser has read the same sentences
  (they share one embedding per sentence), timing the self-statement pass alone.
Prints a rich table and writes bench/results/injection.json.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from rich.console import Console  # noqa: E402
from rich.table import Table  # noqa: E402

from agent.contracts.check import check_text  # noqa: E402
from agent.security import instruction_classifier, self_statements, statement_classifier  # noqa: E402
from agent.security.injection import find_instructions, normalise, sentence_spans, strip_instructions  # noqa: E402
from retrieval.laws import load_corpus  # noqa: E402

OUT = REPO / "bench" / "results" / "injection.json"


def _timed(fn, repeat: int) -> list[float]:
    runs = []
    for _ in range(repeat):
        instruction_classifier._scores.clear()   # every run pays for embedding, as a new document does
        statement_classifier._seen.clear()
        instruction_classifier._vectors.clear()
        started = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - started)
    return runs


def _is_contract(text: str) -> bool:
    from agent.contracts.document import require_contract
    from agent.errors import DocumentError

    try:
        require_contract(text, "<bench>")
        return True
    except DocumentError:   # the set's non-contract samples
        return False


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    contracts = [t for p in sorted((REPO / "eval" / "datasets" / "contracts").glob("*.txt"))
                 for t in [p.read_text(encoding="utf-8")] if _is_contract(t)]
    articles = [a.text for inst in load_corpus() for a in inst.articles]
    law_texts = random.Random(3).sample(articles, 60)
    n_law_sentences = sum(len(sentence_spans(t)) for t in law_texts)
    instruction_classifier.flags(["预热：加载模型。"])   # load once, outside the timings
    self_statements.find_self_statements("预热：本公司无任何未决诉讼。")

    def contract_checks(semantic: bool):
        os.environ["FENGTIAO_INJECTION_CLASSIFIER"] = "true" if semantic else "false"
        from agent.config import reset_settings

        reset_settings()
        return lambda: [check_text(t) for t in contracts]

    def pattern_statements(text: str) -> list[str]:
        return [s for a, b, _ in sentence_spans(text) for s in [" ".join(text[a:b].split())]
                if s and any(p.search(normalise(s)) for p in self_statements._patterns())]

    rows = []
    for label, semantic in (("patterns only", False), ("patterns + classifier", True)):
        check_runs = _timed(contract_checks(semantic), args.repeat)
        law_runs = _timed(lambda: [find_instructions(t, semantic=semantic) for t in law_texts], args.repeat)
        find = self_statements.find_self_statements if semantic else pattern_statements
        statement_runs = _timed(lambda: [find(t) for t in contracts], args.repeat)
        rows.append({"defence": label,
                     "contract_check_ms": round(1000 * statistics.median(check_runs) / len(contracts), 1),
                     "law_sanitise_ms_per_article": round(1000 * statistics.median(law_runs) / len(law_texts), 1),
                     "self_statements_ms_per_contract": round(1000 * statistics.median(statement_runs) / len(contracts), 1)})
    os.environ.pop("FENGTIAO_INJECTION_CLASSIFIER", None)
    after = []
    for _ in range(args.repeat):
        statement_classifier._seen.clear()
        instruction_classifier._vectors.clear()
        instruction_classifier._scores.clear()
        sanitised = [strip_instructions(t, semantic=True)[0] for t in contracts]   # embeds every sentence
        started = time.perf_counter()
        [self_statements.find_self_statements(t) for t in sanitised]
        after.append(time.perf_counter() - started)
    after_sanitiser_ms = round(1000 * statistics.median(after) / len(contracts), 1)
    fresh = [normalise(t).strip() for t in random.Random(5).sample(articles, 40)]
    started = time.perf_counter()
    instruction_classifier.instruction_scores(fresh)
    per_s = len(fresh) / (time.perf_counter() - started)

    table = Table(title=f"injection defences: {len(contracts)} contracts, {len(law_texts)} law articles "
                        f"({n_law_sentences} sentences), median of {args.repeat}")
    for col in ("defence", "contract check (ms/contract)", "sanitise law evidence (ms/article)",
                "find self-statements (ms/contract)"):
        table.add_column(col)
    for r in rows:
        table.add_row(r["defence"], str(r["contract_check_ms"]), str(r["law_sanitise_ms_per_article"]),
                      str(r["self_statements_ms_per_contract"]))
    Console().print(table)
    Console().print(f"classifier on fresh text: {per_s:.1f} passages/s (embedding dominates)")
    Console().print(f"self-statements right after the sanitiser (shared embeddings): {after_sanitiser_ms} ms/contract")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps({"rows": rows, "classifier_passages_per_s": round(per_s, 1),
                               "self_statements_after_sanitiser_ms_per_contract": after_sanitiser_ms,
                               "contracts": len(contracts),
                               "law_articles": len(law_texts), "law_sentences": n_law_sentences,
                               "repeat": args.repeat}, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
