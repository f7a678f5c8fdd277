"""Score `check_contract` against a gold set: field F1, rate exactness, finding precision and recall.

The dataset is a folder with contract files and `gold.jsonl`: one row per file with `fields` (expected
flat values, null = expected absent; an amount delivered equal to the principal matches a report that states
none apart, which means the whole principal), `findings` (expected rule ids), optional `as_of`, `expect_error`
(a DocumentError kind or an `errors[].type` the report must carry) and `expect_warning` (a rule id whose
finding must carry a data warning). Plain function; the eval harness wraps it in a suite.
"""
from __future__ import annotations

import json
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from agent.contracts.check import check_contract
from agent.errors import DocumentError


def _same(field: str, pred: object, gold: object) -> bool:
    if field in ("annual_rate", "overdue_rate", "penalty_rate", "principal", "amount_delivered"):
        try:
            return Decimal(str(pred)) == Decimal(str(gold))
        except InvalidOperation:
            return False
    return pred == gold


def _ratio(a: int, b: int) -> float:
    return round(a / b, 4) if b else 1.0


def eval_contracts(dataset_dir: str | Path) -> dict:
    """Run every gold row; return metrics plus per-file mismatches (so a failure says where to look)."""
    root = Path(dataset_dir)
    rows = [json.loads(ln) for ln in (root / "gold.jsonl").read_text(encoding="utf-8").splitlines() if ln.strip()]
    f_tp = f_fp = f_fn = 0
    r_total = r_exact = 0
    k_tp = k_fp = k_fn = 0
    expected_errors = errors_met = 0
    per_field: dict[str, list[int]] = {}
    mismatches: list[dict] = []
    for row in rows:
        path = root / row["file"]
        as_of = date.fromisoformat(row["as_of"]) if row.get("as_of") else None
        try:
            report = check_contract(path, as_of=as_of)
        except DocumentError as exc:
            if row.get("expect_error") == exc.kind:
                expected_errors += 1
                errors_met += 1
            else:
                mismatches.append({"file": row["file"], "unexpected_error": exc.to_dict()})
                k_fn += len(row.get("findings", []))
            continue
        if row.get("expect_error"):
            expected_errors += 1
            if any(e.get("type") == row["expect_error"] for e in report.errors):
                errors_met += 1
            else:
                mismatches.append({"file": row["file"], "missing_error": row["expect_error"]})
        if row.get("expect_warning"):
            expected_errors += 1
            if any(f.rule_id == row["expect_warning"] and f.warnings for f in report.findings):
                errors_met += 1
            else:
                mismatches.append({"file": row["file"], "missing_warning": row["expect_warning"]})
        for field, gold in row.get("fields", {}).items():
            pred = report.fields.get(field)
            if field == "amount_delivered" and pred is None and gold is not None \
                    and _same("principal", report.fields.get("principal"), gold):
                pred = gold     # none stated apart, nothing deducted: the whole principal, which the gold wrote out
            stats = per_field.setdefault(field, [0, 0, 0])
            if field == "annual_rate" and gold is not None:
                r_total += 1
                r_exact += int(pred is not None and _same(field, pred, gold))
            if gold is None and pred is None:
                continue
            if gold is not None and pred is not None and _same(field, pred, gold):
                f_tp += 1
                stats[0] += 1
                continue
            if pred is not None:
                f_fp += 1
                stats[1] += 1
            if gold is not None:
                f_fn += 1
                stats[2] += 1
            mismatches.append({"file": row["file"], "field": field, "gold": gold, "pred": pred})
        got = {f.rule_id for f in report.findings}
        want = set(row.get("findings", []))
        k_tp += len(got & want)
        k_fp += len(got - want)
        k_fn += len(want - got)
        if got != want:
            mismatches.append({"file": row["file"], "findings_missing": sorted(want - got), "findings_extra": sorted(got - want)})
    fp_, fr_ = _ratio(f_tp, f_tp + f_fp), _ratio(f_tp, f_tp + f_fn)
    return {
        "files": len(rows),
        "field_precision": fp_,
        "field_recall": fr_,
        "field_f1": round(2 * fp_ * fr_ / (fp_ + fr_), 4) if fp_ + fr_ else 0.0,
        "rate_exact": _ratio(r_exact, r_total),
        "rate_cases": r_total,
        "finding_precision": _ratio(k_tp, k_tp + k_fp),
        "finding_recall": _ratio(k_tp, k_tp + k_fn),
        "expected_errors_met": _ratio(errors_met, expected_errors),
        "per_field": {k: {"tp": v[0], "fp": v[1], "fn": v[2]} for k, v in sorted(per_field.items())},
        "mismatches": mismatches,
    }
