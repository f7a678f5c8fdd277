"""Rules as data: legal caps, thresholds and the articles they come from (YAML + CSV), plus their loader."""
from agent.rules.loader import RULES_DIR, RuleCitationError, RuleFileError, RuleSet, RuleSpec, load_rule_set

__all__ = ["RULES_DIR", "RuleCitationError", "RuleFileError", "RuleSet", "RuleSpec", "load_rule_set"]
