"""Backends register by name; adding one is adding a module and a line here."""
from __future__ import annotations

import importlib
import threading

from agent.config import Settings, get_settings
from agent.errors import ConfigError
from agent.llm.base import LLMBackend

BACKENDS: dict[str, str] = {
    "local": "agent.llm.local_backend:LocalBackend",
    "openai": "agent.llm.openai_backend:OpenAIBackend",
}

_cache: dict[tuple, LLMBackend] = {}
_lock = threading.Lock()


def create_backend(name: str, settings: Settings) -> LLMBackend:
    try:
        target = BACKENDS[name]
    except KeyError:
        raise ConfigError(
            f"Unknown LLM backend {name!r}. Set FENGTIAO_LLM_BACKEND to one of: {', '.join(sorted(BACKENDS))}."
        ) from None
    module, _, attr = target.partition(":")
    return getattr(importlib.import_module(module), attr)(settings)


# Backends whose requests leave the machine: wrapped so personal identifiers go out only as placeholders.
REMOTE_BACKENDS = frozenset({"openai"})


def get_backend(settings: Settings | None = None) -> LLMBackend:
    """One backend instance per configuration: the local model is loaded once per process.

    A remote backend comes wrapped in `MaskingBackend` when FENGTIAO_MASK_PII_REMOTE is on, so no caller can
    forget to mask (agent/llm/masking.py).
    """
    s = settings or get_settings()
    mask = s.llm_backend in REMOTE_BACKENDS and s.mask_pii_remote
    key = (s.llm_backend, s.llm_base_url, s.llm_model, str(s.local_model_gguf), str(s.data_dir), mask)
    with _lock:
        if key not in _cache:
            backend = create_backend(s.llm_backend, s)
            if mask:
                from agent.llm.masking import MaskingBackend

                backend = MaskingBackend(backend)
            _cache[key] = backend
        return _cache[key]


def reset_backends() -> None:
    """Forget the cached backends (settings changed, e.g. in tests or an eval pointing at another server)."""
    with _lock:
        _cache.clear()
