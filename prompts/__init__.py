"""Prompt templates live here as files (`NAME.md`, `NAME.en.md`); code only loads them."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

PROMPT_DIR = Path(__file__).parent


@lru_cache(maxsize=None)
def load_prompt(name: str, lang: str = "zh") -> str:
    """Return the template text; the English variant falls back to the Chinese one."""
    for candidate in ([f"{name}.{lang}.md"] if lang != "zh" else []) + [f"{name}.md"]:
        path = PROMPT_DIR / candidate
        if path.exists():
            return path.read_text(encoding="utf-8")
    raise FileNotFoundError(f"prompt template {name!r} not found in {PROMPT_DIR}")
