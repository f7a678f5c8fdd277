"""Load `agent/rules/risk_signals.yaml` into typed settings; a malformed file fails loudly with RuleFileError."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ValidationError

from agent.rules.loader import RULES_DIR, RuleFileError

Level = Literal["red", "orange", "yellow"]
LEVEL_RANK: dict[str, int] = {"yellow": 1, "orange": 2, "red": 3}


class MultiLenderLevel(BaseModel):
    level: Level
    min_other_institutions: int


class MultiLenderRules(BaseModel):
    window_days: int
    rationale: str
    levels: list[MultiLenderLevel]
    action_zh: dict[Level, str]


class RingRules(BaseModel):
    lookback_days: int
    hub_max_degree: int
    hub_rationale: str
    min_size: int
    burst_days: int
    min_burst_members: int
    min_shared_attributes: int
    rationale: str
    red_min_size: int
    action_zh: dict[Level, str]


class OperatingLevels(BaseModel):
    red_min_symptoms: int
    orange_min_symptoms: int
    escalating: list[str]


class OperatingRules(BaseModel):
    revenue_drop_pct: float
    revenue_rationale: str
    headcount_drop_pct: float
    headcount_min_drop: int
    headcount_rationale: str
    utility_drop_pct: float
    utility_rationale: str
    tax_arrears_months: int
    tax_arrears_ratio: float
    tax_rationale: str
    judicial_days: int
    judicial_rationale: str
    abnormal_rationale: str
    levels: OperatingLevels
    action_zh: dict[Level, str]


class RenewalRules(BaseModel):
    horizon_days: int
    min_operating_level: Level
    rationale: str
    action_zh: dict[Level, str]


class RiskRules(BaseModel):
    version: str
    multi_lender: MultiLenderRules
    fraud_ring: RingRules
    operating_risk: OperatingRules
    renewal_watch: RenewalRules


DEFAULT_PATH = RULES_DIR / "risk_signals.yaml"


@lru_cache(maxsize=4)
def load_risk_rules(path: Path = DEFAULT_PATH) -> RiskRules:
    try:
        return RiskRules.model_validate(yaml.safe_load(Path(path).read_text(encoding="utf-8")))
    except FileNotFoundError as exc:
        raise RuleFileError(f"Risk rule file {path} not found.") from exc
    except (yaml.YAMLError, ValidationError, TypeError) as exc:
        raise RuleFileError(f"Risk rule file {path} is malformed: {str(exc)[:400]}") from exc
