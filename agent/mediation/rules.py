"""Load `agent/rules/mediation.yaml` and resolve every citation against the shipped law corpus.

Like the contract rules: an article the corpus lacks, or one that does not contain the phrase we rely on,
stops loading with `RuleCitationError` — a draft must never cite an article we could not verify.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

import yaml

from agent.rules.loader import RULES_DIR, RuleCitationError, RuleFileError

MEDIATION_RULES = RULES_DIR / "mediation.yaml"


@dataclass(frozen=True)
class Cite:
    """One verified article: `citation` is the form drafts print, e.g. 《中华人民共和国民法典 合同编》第五百六十一条."""

    instrument: str
    number: int
    label: str
    text: str
    source_path: str

    @property
    def citation(self) -> str:
        return f"《{self.instrument}》{self.label}"


@dataclass(frozen=True)
class MediationRules:
    version: str
    raw: dict
    cites: dict[str, tuple[Cite, ...]]
    source: str

    def threshold(self, name: str) -> str:
        return str(self.raw["thresholds"][name])

    @property
    def lpr_multiple(self) -> Decimal:
        return Decimal(self.threshold("lpr_multiple"))

    @property
    def lpr_first_date(self) -> date:
        return date.fromisoformat(self.threshold("lpr_first_date"))

    @property
    def basis_days(self) -> int:
        return int(self.raw["day_count"]["basis_days"])

    @property
    def money_quantum(self) -> Decimal:
        return Decimal(self.raw["rounding"]["money_quantum"])

    @property
    def options(self) -> dict:
        return self.raw["options"]

    def cite_labels(self, rule_id: str) -> tuple[str, ...]:
        return tuple(c.citation for c in self.cites[rule_id])

    def all_citations(self) -> dict[str, Cite]:
        return {c.citation: c for group in self.cites.values() for c in group}


def _resolve(rule_id: str, spec: dict, instruments: dict[str, str]) -> Cite:
    from retrieval.laws import lookup_article

    title = instruments.get(spec["instrument"], spec["instrument"])
    art = lookup_article(title, int(spec["article"]))
    if art is None:
        raise RuleCitationError(rule_id, title, spec["article"], "no such article in the shipped law corpus")
    if spec["must_contain"] not in art.text:
        raise RuleCitationError(rule_id, title, spec["article"], f"{art.label} does not contain {spec['must_contain']!r}")
    return Cite(art.instrument, art.number, art.label, art.text, art.source_path)


def load_mediation_rules(path: Path | str = MEDIATION_RULES) -> MediationRules:
    return _load(str(Path(path).resolve()))


@lru_cache(maxsize=4)
def _load(path: str) -> MediationRules:
    p = Path(path)
    if not p.exists():
        raise RuleFileError(f"Mediation rule file {p} not found.")
    try:
        raw = yaml.safe_load(p.read_text(encoding="utf-8"))
        instruments = raw["instruments"]
        cites = {rid: tuple(_resolve(rid, s, instruments) for s in specs) for rid, specs in raw["cites"].items()}
        for key in ("day_count", "rounding", "thresholds", "allocation_order", "lender_kinds", "options"):
            raw[key]
    except (yaml.YAMLError, KeyError, TypeError) as exc:
        raise RuleFileError(f"Mediation rule file {p} is malformed: {exc!s}"[:400]) from exc
    return MediationRules(version=str(raw["version"]), raw=raw, cites=cites, source=str(p))
