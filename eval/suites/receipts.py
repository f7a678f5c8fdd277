"""SROIE receipts: OCR lines → company, date, address, total; exact match after whitespace normalisation.

Calls `agent.invoices.receipts.extract_receipt`, the extractor the invoice CLI and API use, and
reports micro-averaged precision, recall and F1 per field and overall (the competition's convention).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from eval.schema import CaseRecord, MetricSpec
from eval.scorers import FieldCounts, field_counts, normalize_ws, precision_recall_f1
from eval.suite import CaseScore, RunContext, Suite

DATASET = Path(__file__).resolve().parent.parent / "datasets" / "sroie-dev" / "receipts.jsonl"
FIELDS = ("company", "date", "address", "total")


class OcrLine(BaseModel):
    text: str
    box: list[float] = Field(default_factory=list)


class ReceiptGold(BaseModel):
    company: str = ""
    date: str = ""
    address: str = ""
    total: str = ""


class ReceiptRow(BaseModel):
    id: str
    lines: list[OcrLine] = Field(min_length=1)
    gold: ReceiptGold


def _task(row: ReceiptRow, ctx: RunContext, state: object) -> dict[str, Any]:
    from agent.invoices.receipts import extract_receipt

    result = extract_receipt([line.model_dump() for line in row.lines])
    fields = {f: result.fields.get(f) for f in FIELDS}
    lines = {f: ev.line_index for f, ev in result.evidence.items() if f in FIELDS}
    return {"fields": fields, "evidence_lines": lines}


def _score(row: ReceiptRow, outputs: dict[str, Any]) -> CaseScore:
    gold = row.gold.model_dump()
    scores: dict[str, float] = {}
    counts: dict[str, float] = {}
    evidence: list[str] = []
    for f in FIELDS:
        pred = outputs["fields"].get(f)
        c = field_counts(pred, gold[f])
        counts.update({f"{f}.tp": c.tp, f"{f}.fp": c.fp, f"{f}.fn": c.fn})
        scores[f] = 1.0 if normalize_ws(pred) == normalize_ws(gold[f]) else 0.0
        if not scores[f]:
            where = outputs.get("evidence_lines", {}).get(f)
            evidence.append(f"{f}: predicted {normalize_ws(pred) or '∅'!r}"
                            + (f" (OCR line {where})" if where is not None else "") + f", gold {normalize_ws(gold[f]) or '∅'!r}")
    scores["all"] = 1.0 if all(scores[f] for f in FIELDS) else 0.0
    return CaseScore(scores=scores, counts=counts, evidence=evidence or ["all four fields exact"])


def micro_prf(cases: list[CaseRecord]) -> dict[str, float]:
    """Sum true/false positives and misses over all receipts, then P/R/F1 per field and overall."""
    totals = {f: FieldCounts() for f in FIELDS}
    for case in cases:
        for f in FIELDS:
            totals[f] = totals[f] + FieldCounts(int(case.counts.get(f"{f}.tp", 0)), int(case.counts.get(f"{f}.fp", 0)),
                                                int(case.counts.get(f"{f}.fn", 0)))
    overall = sum(totals.values(), FieldCounts())
    metrics: dict[str, float] = {}
    for name, counts in (*totals.items(), ("overall", overall)):
        p, r, f1 = precision_recall_f1(counts)
        metrics.update({f"{name}.precision": p, f"{name}.recall": r, f"{name}.f1": f1})
    return metrics


SUITE = Suite(
    name="receipts",
    description="SROIE receipts (dev, 100): company/date/address/total exact-match P/R/F1 from OCR lines",
    version="sroie-dev (ICDAR 2019 SROIE, 100 receipts)",
    metrics=[MetricSpec(name=f"{f}.{m}", case_key=("all" if f == "overall" else f), tolerance=0.02,
                        description=f"micro-averaged {m} of {f}")
             for f in (*FIELDS, "overall") for m in ("precision", "recall", "f1")],
    primary="all",
    requires=("agent.invoices.receipts:extract_receipt",),
    dataset=DATASET,
    row_model=ReceiptRow,
    task=_task,
    score=_score,
    aggregate=micro_prf,
    inputs_of=lambda row: {"id": row.id, "lines": len(row.lines), "first_lines": [ln.text for ln in row.lines[:4]]},
    expected_of=lambda row: row.gold.model_dump(),
    fast_limit=30,
)
