"""Refusals the security layer answers with, each carrying its HTTP status; rendered as problem+json."""
from __future__ import annotations

from starlette.responses import JSONResponse

from agent.errors import FengtiaoError


class SecurityRefusal(FengtiaoError):
    status: int = 400
    code = "security_refusal"
    title: str | None = None   # the problem's title when several classes answer the same `code` (default: class name)

    def headers(self) -> dict[str, str]:
        return {}


class AuthenticationError(SecurityRefusal):
    """No key, an unknown key, or a revoked key."""

    status = 401
    code = "authentication_error"

    def headers(self) -> dict[str, str]:
        return {"WWW-Authenticate": 'Bearer realm="fengtiao"'}


class TenantMismatch(SecurityRefusal):
    """The key belongs to one institution and the request names another."""

    status = 403
    code = "tenant_access_error"
    title = "TenantAccessError"   # as serve.py titles agent.errors.TenantAccessError


class RateLimited(SecurityRefusal):
    status = 429
    code = "rate_limited"

    def __init__(self, message: str, *, retry_after_s: int) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s

    def headers(self) -> dict[str, str]:
        return {"Retry-After": str(self.retry_after_s)}


class RequestTooLarge(SecurityRefusal):
    status = 413
    code = "request_too_large"


def problem_response(exc: SecurityRefusal) -> JSONResponse:
    """The same problem+json shape serve.py uses for every FengtiaoError."""
    body = {"type": exc.code, "title": exc.title or type(exc).__name__, "status": exc.status, "detail": exc.message}
    return JSONResponse(body, status_code=exc.status, media_type="application/problem+json", headers=exc.headers())
