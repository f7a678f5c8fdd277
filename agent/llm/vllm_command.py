"""The `vllm serve` command we recommend for a reasoning model, built from the model's family.

Flags follow vLLM ≥0.12 (the `gpu` extra): `--reasoning-parser` puts thinking in the `reasoning` field,
`--structured-outputs-config.backend` replaced `--guided-decoding-backend`, and `--enable-reasoning` is gone.
"""
from __future__ import annotations

import re
import shlex
import shutil
from dataclasses import dataclass

from pydantic import BaseModel

from agent.errors import ConfigError

STRUCTURED_BACKENDS = ("auto", "xgrammar", "guidance")


@dataclass(frozen=True)
class ModelFamily:
    """Server-side parsers a model family needs; `note` says why, for the person starting the server."""

    pattern: str
    reasoning_parser: str | None
    tool_call_parser: str | None
    note: str


# First match wins. Parser names from vLLM's reasoning-outputs and tool-calling docs.
FAMILIES: tuple[ModelFamily, ...] = (
    ModelFamily(r"qwen3", "qwen3", "hermes", "Qwen3 thinks by default; its tool calls use the Hermes format."),
    ModelFamily(r"qwq", "deepseek_r1", "hermes", "QwQ emits DeepSeek-R1 style <think> blocks and Hermes tool calls."),
    ModelFamily(
        r"deepseek-r1", "deepseek_r1", None,
        "DeepSeek-R1 distills emit only </think>; they have no reliable tool-call format, so tool calling stays off.",
    ),
)


class VllmCommand(BaseModel):
    model: str
    argv: list[str]
    base_url: str
    notes: list[str]

    @property
    def shell(self) -> str:
        return shlex.join(self.argv)


def family_of(model: str) -> ModelFamily | None:
    return next((f for f in FAMILIES if re.search(f.pattern, model, re.I)), None)


def vllm_serve_command(
    model: str,
    *,
    port: int = 8001,
    host: str = "127.0.0.1",
    max_model_len: int = 8192,
    reasoning_parser: str | None = None,
    tool_call_parser: str | None = None,
    structured_backend: str = "auto",
) -> VllmCommand:
    """Build the argv; explicit parser arguments override what the model family suggests."""
    if not model.strip():
        raise ConfigError("Give the model to serve, e.g. --model Qwen/Qwen3-8B.")
    if structured_backend not in STRUCTURED_BACKENDS:
        raise ConfigError(f"Structured-outputs backend {structured_backend!r} is not one of {', '.join(STRUCTURED_BACKENDS)}.")
    if not 0 < port < 65536:
        raise ConfigError(f"Port {port} is not a valid TCP port.")
    family = family_of(model)
    notes = [family.note] if family else [
        f"No reasoning parser is known for {model}; its thinking (if any) arrives inline as <think>…</think> "
        "and fengtiao separates it. Pass --reasoning-parser to override."
    ]
    reasoning = reasoning_parser or (family.reasoning_parser if family else None)
    tools = tool_call_parser or (family.tool_call_parser if family else None)
    argv = ["vllm", "serve", model, "--host", host, "--port", str(port), "--max-model-len", str(max_model_len)]
    if reasoning:
        argv += ["--reasoning-parser", reasoning]
    if tools:
        argv += ["--enable-auto-tool-choice", "--tool-call-parser", tools]
    argv += ["--structured-outputs-config.backend", structured_backend, "--enable-prefix-caching"]
    if host not in ("127.0.0.1", "localhost", "::1"):
        notes.append("The server listens beyond this machine: start it with --api-key and set FENGTIAO_LLM_API_KEY.")
    url_host = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    return VllmCommand(model=model, argv=argv, base_url=f"http://{url_host}:{port}/v1", notes=notes)


def vllm_executable() -> str | None:
    """Path of the `vllm` program; vLLM is only in the optional `gpu` extra, so usually None on a laptop."""
    return shutil.which("vllm")
