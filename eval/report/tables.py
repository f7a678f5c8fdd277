"""Shape metrics for display: `group.measure` names become a pivot table (methods × hit@k, fields × P/R/F1)."""
from __future__ import annotations

from eval.schema import CaseRecord, SuiteResult
from eval.scorers import percentile


def pivot(metrics: dict[str, float]) -> tuple[list[str], list[str], dict[tuple[str, str], float]] | None:
    """Rows and columns when every metric is `row.column` and there are at least two rows; else None."""
    if not metrics or not all("." in k for k in metrics):
        return None
    cells = {tuple(k.split(".", 1)): v for k, v in metrics.items()}
    rows = list(dict.fromkeys(r for r, _ in cells))
    cols = list(dict.fromkeys(c for _, c in cells))
    return (rows, cols, cells) if len(rows) > 1 else None


def latency_summary(cases: list[CaseRecord]) -> dict[str, float]:
    values = [c.latency_s for c in cases if c.scored]
    if not values:
        return {}
    return {"p50": percentile(values, 50), "p95": percentile(values, 95), "max": max(values)}


def worst_cases(result: SuiteResult, n: int = 10) -> list[CaseRecord]:
    """Errors first, then the lowest primary score (ties: slowest first)."""
    def key(c: CaseRecord) -> tuple:
        primary = c.scores.get(result.primary, 0.0) if result.primary else min(c.scores.values(), default=0.0)
        return (0 if c.error else 1, primary, -c.latency_s)
    return sorted(result.cases, key=key)[:n]


def token_totals(cases: list[CaseRecord]) -> tuple[int, int]:
    return sum(c.tokens_in for c in cases), sum(c.tokens_out for c in cases)


def models_used(cases: list[CaseRecord]) -> str:
    used = sorted({m for c in cases if c.model != "none" for m in c.model.split(",")})
    return ", ".join(used) if used else "none"
