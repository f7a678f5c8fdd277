"""Load a versioned YAML rule file and resolve every citation against the shipped law corpus.

A rule that cites an article the corpus does not have, or an article whose text does not contain the
phrase the rule relies on, is a wrong citation: loading fails with `RuleCitationError`, never silently.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, Field, ValidationError

from agent.errors import FengtiaoError

RULES_DIR = Path(__file__).parent


class RuleFileError(FengtiaoError):
    """The rule file is missing or malformed."""

    code = "rule_file_error"


class RuleCitationError(FengtiaoError):
    """A rule cites an article that is not in the law corpus, or that does not say what the rule relies on."""

    code = "rule_citation_error"

    def __init__(self, rule_id: str, instrument: str, article: int, reason: str) -> None:
        super().__init__(
            f"Rule {rule_id!r} cites {instrument} article {article}: {reason}. "
            "Fix the citation in the rule file before using these rules."
        )
        self.rule_id, self.instrument, self.article, self.reason = rule_id, instrument, article, reason


class Citation(BaseModel):
    instrument: str          # key into RuleSet.instruments, or a corpus title
    article: int
    must_contain: str


class ResolvedCitation(BaseModel):
    instrument: str          # full title from the corpus
    label: str               # 第二十五条 / 一、
    text: str
    source_path: str
    start: int
    end: int


class RuleSpec(BaseModel):
    id: str
    version: str
    severity: Literal["info", "warning", "high"]
    scope: Literal["any", "private_lending", "licensed"]
    cites: list[Citation]
    title_zh: str
    title_en: str
    explanation_zh: str
    explanation_en: str
    resolved: list[ResolvedCitation] = Field(default_factory=list)


class RuleSet(BaseModel):
    version: str
    instruments: dict[str, str]
    thresholds: dict[str, str | int | float]
    licensed_lenders: list[dict] = Field(default_factory=list)
    enterprise_markers: list[str] = Field(default_factory=list)
    rules: list[RuleSpec]
    # rules the chat applies to a term a user states ("提前还款收3%违约金") that no contract check reads: cited and
    # resolved like the rules, never run on a contract
    notes: list[RuleSpec] = Field(default_factory=list)
    source: str = ""

    def rule(self, rule_id: str) -> RuleSpec:
        return _by_id(self.rules, rule_id)

    def note(self, note_id: str) -> RuleSpec:
        return _by_id(self.notes, note_id)

    def threshold(self, name: str) -> str:
        return str(self.thresholds[name])


def _resolve(rule: RuleSpec, instruments: dict[str, str]) -> list[ResolvedCitation]:
    from retrieval.laws import lookup_article

    out = []
    for c in rule.cites:
        title = instruments.get(c.instrument, c.instrument)
        art = lookup_article(title, c.article)
        if art is None:
            raise RuleCitationError(rule.id, title, c.article, "no such article in the shipped law corpus")
        if c.must_contain not in art.text:
            raise RuleCitationError(
                rule.id, title, c.article, f"{art.label} does not contain {c.must_contain!r} — wrong article number?"
            )
        out.append(ResolvedCitation(instrument=art.instrument, label=art.label, text=art.text,
                                    source_path=art.source_path, start=art.start, end=art.end))
    return out


def load_rule_set(path: Path | str = RULES_DIR / "contract_rules.yaml") -> RuleSet:
    """Parse, validate and resolve citations. Cached per path; edit the file → restart to reload."""
    return _load(str(Path(path).resolve()))


def _by_id(specs: list[RuleSpec], spec_id: str) -> RuleSpec:
    for r in specs:
        if r.id == spec_id:
            return r
    raise KeyError(spec_id)


@lru_cache(maxsize=8)
def _load(path: str) -> RuleSet:
    p = Path(path)
    if not p.exists():
        raise RuleFileError(f"Rule file {p} not found.")
    try:
        raw = yaml.safe_load(p.read_text(encoding="utf-8"))
        rs = RuleSet.model_validate({**raw, "source": str(p)})
    except (yaml.YAMLError, ValidationError, TypeError) as exc:
        raise RuleFileError(f"Rule file {p} is malformed: {str(exc)[:400]}") from exc
    ids = [r.id for r in rs.rules + rs.notes]
    if len(ids) != len(set(ids)):
        raise RuleFileError(f"Rule file {p} has duplicate rule ids.")
    for r in rs.rules + rs.notes:
        r.resolved = _resolve(r, rs.instruments)
    return rs
