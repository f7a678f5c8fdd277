"""Parser thresholds, read once from `limits.yaml` next to this file."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

_LIMITS = Path(__file__).with_name("limits.yaml")


@lru_cache(maxsize=1)
def limits() -> dict[str, Any]:
    """The parsed `limits.yaml` (cached; the file ships with the package)."""
    with _LIMITS.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def limit(section: str, key: str) -> Any:
    return limits()[section][key]
