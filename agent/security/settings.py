"""Security knobs, read from `FENGTIAO_*` env vars apart from the core Settings so tests that build the app
without keys keep working. Production (`python serve.py` behind a lender's network) sets FENGTIAO_AUTH_REQUIRED=true."""
from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class SecuritySettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="FENGTIAO_", env_file=".env", extra="ignore")

    auth_required: bool = Field(False, description="Require an API key on every /v1 route (production: true)")
    rate_limit_per_minute: float = Field(600.0, description="Sustained requests per minute per key (0 = no limit)")
    rate_limit_burst: int = Field(60, description="Requests a key may send at once before the sustained rate applies")
    max_request_mb: float = Field(60.0, description="Request bodies larger than this get 413")
    cors_origins: list[str] = Field(default_factory=list, description="Allowed browser origins (JSON list); empty = CORS off")
    audit_enabled: bool = Field(True, description="Write one hash-chained audit row per /v1 request")
