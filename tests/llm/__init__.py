"""Tests of the LLM layer: the openai backend against a stub server, reasoning, structured output, CLI."""
import sys
from pathlib import Path

# `from tests.stub_openai_server import …` needs the repo root on sys.path; pytest's default (prepend)
# import mode only adds `tests/`. Redundant once pyproject sets `pythonpath = ["."]`.
_ROOT = str(Path(__file__).resolve().parents[2])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)
