"""Load `rules.yaml` once: tax rates, tolerances and date bounds are data a compliance officer can edit."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

import yaml
from pydantic import BaseModel

RULES_PATH = Path(__file__).with_name("rules.yaml")


class InvoiceRules(BaseModel):
    allowed_tax_rates: list[str]
    tax_free_labels: list[str]
    amount_tolerance: Decimal
    line_tax_tolerance: Decimal
    earliest_issue_date: date
    digital_invoice_since: date
    invoice_code_lengths: list[int]
    invoice_number_lengths: list[int]
    check_code_length: int


@lru_cache(maxsize=4)
def load_rules(path: Path = RULES_PATH) -> InvoiceRules:
    return InvoiceRules.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
