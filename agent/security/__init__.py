"""What a lender needs before putting fengtiao on a network: API keys per tenant, rate and size limits,
a hash-chained audit log, and PII masking. `install_security(app, settings)` wires the HTTP parts in."""
from __future__ import annotations

from fastapi import FastAPI

from agent.config import Settings, get_settings
from agent.security.settings import SecuritySettings


def install_security(app: FastAPI, settings: Settings | None = None, security: SecuritySettings | None = None) -> None:
    """Add the /v1 guard (key, tenant, rate, size, audit) and, only when origins are configured, CORS."""
    from fastapi.middleware.cors import CORSMiddleware

    from agent.security.middleware import SecurityMiddleware

    security = security or SecuritySettings()
    app.state.security = security
    app.add_middleware(SecurityMiddleware, settings=settings or get_settings(), security=security, fastapi_app=app)
    if security.cors_origins:  # added last = outermost, so preflight requests are answered before the key check
        app.add_middleware(CORSMiddleware, allow_origins=security.cors_origins, allow_methods=["*"],
                           allow_headers=["Authorization", "X-API-Key", "X-Tenant", "Content-Type"])


__all__ = ["install_security", "SecuritySettings"]
