"""Batch-level lending flags: what a credit officer should look at before accepting invoices as evidence.

- duplicate_invoice: the same invoice (发票代码+号码, or the 20-digit 数电票 number) appears twice — possible
  repeat financing on one receivable;
- red_letter: reversed invoices (负数 / 红字) — the sale was cancelled;
- buyer_is_seller: an invoice to oneself;
- amount_outlier: total far above the borrower's usual range (robust: median / MAD);
- seller_tax_id_invalid: the seller's 统一社会信用代码 fails its GB 32100 check digit.
"""
from __future__ import annotations

from collections import defaultdict
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from statistics import median
from typing import Any

import yaml

from agent.invoices.validators import check_tax_id

FLAGS_PATH = Path(__file__).with_name("flags.yaml")


@lru_cache(maxsize=1)
def load_flag_rules(path: Path = FLAGS_PATH) -> dict[str, Any]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _dec(value: Any) -> Decimal | None:
    try:
        return Decimal(str(value)) if value not in (None, "") else None
    except InvalidOperation:
        return None


def invoice_key(fields: dict[str, Any]) -> str | None:
    """Identity of an invoice: the 20-digit 数电票 number alone, else code + number."""
    number = (fields.get("invoice_number") or "").strip()
    if len(number) == 20:
        return number
    code = (fields.get("invoice_code") or "").strip()
    return f"{code}-{number}" if number and code else None


def _flag(code: str, message: str, **extra: Any) -> dict[str, Any]:
    return {"code": code, "message": message, **extra}


def is_outlier(total: Decimal, history: list[Decimal], rules: dict[str, Any] | None = None) -> bool:
    """Robust outlier test against the borrower's usual invoice totals."""
    rules = (rules or load_flag_rules())["outlier"]
    values = [abs(h) for h in history if h is not None]
    if len(values) < rules["min_history"]:
        return False  # too little history to call anything unusual
    med = Decimal(median(values))
    mad = Decimal(median([abs(v - med) for v in values]))
    if abs(total) < med * Decimal(str(rules["min_ratio"])):
        return False  # statistically unusual but not materially larger: not worth an officer's time
    if mad > 0:
        return Decimal("0.6745") * (abs(total) - med) / mad > Decimal(str(rules["robust_z"]))
    return med > 0 and abs(total) > med * Decimal(str(rules["median_multiple"]))  # MAD = 0: most totals identical


def flag_batch(records: list[dict[str, Any]], *, history: list[Decimal] | None = None) -> dict[str, list[dict[str, Any]]]:
    """records: [{"file", "fields"}]; returns file -> flags. `history`: the borrower's usual totals
    (default: the other invoices in this batch)."""
    out: dict[str, list[dict[str, Any]]] = {r["file"]: [] for r in records}
    seen: dict[str, list[str]] = defaultdict(list)
    for r in records:
        key = invoice_key(r.get("fields") or {})
        if key:
            seen[key].append(r["file"])
    totals = {r["file"]: _dec((r.get("fields") or {}).get("total_with_tax")) for r in records}
    for r in records:
        f, fields = r["file"], r.get("fields") or {}
        key = invoice_key(fields)
        if key and len(seen[key]) > 1:
            others = [x for x in seen[key] if x != f]
            out[f].append(_flag("duplicate_invoice", f"同一张发票（{key}）在本批次出现 {len(seen[key])} 次，可能被重复用于融资",
                                related=others))
        total = totals[f]
        if fields.get("red_letter") or (total is not None and total < 0):
            out[f].append(_flag("red_letter", "红字（负数）发票：对应的销售已被冲销，不能作为应收账款依据"))
        b, s = fields.get("buyer_tax_id"), fields.get("seller_tax_id")
        bn, sn = fields.get("buyer_name"), fields.get("seller_name")
        if (b and s and b == s) or (bn and sn and bn == sn):
            out[f].append(_flag("buyer_is_seller", "购买方与销售方相同：自开自受的发票不能证明真实交易"))
        pool = history if history is not None else [t for g, t in totals.items() if g != f and t is not None]
        if total is not None and is_outlier(total, pool):
            out[f].append(_flag("amount_outlier", f"价税合计 {total} 远高于该借款人通常的发票金额（中位数 "
                                                  f"{Decimal(median([abs(x) for x in pool])):.2f}）", total=str(total)))
        if s and check_tax_id(s, "seller_tax_id"):
            out[f].append(_flag("seller_tax_id_invalid", f"销售方纳税人识别号 {s} 校验不通过，可能是伪造或抄录错误"))
    return out
