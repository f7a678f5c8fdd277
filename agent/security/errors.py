"""Refusals the security layer answers with, each carrying its HTTP status, and the problem+json (RFC 7807) body
every FengtiaoError answers with over HTTP."""
from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus

from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException
from starlette.responses import JSONResponse

from agent.errors import (
    BackendUnavailable,
    DocumentError,
    FengtiaoError,
    NotFound,
    PromptError,
    TenantAccessError,
)

# The status of each error class over HTTP, first match wins; anything else is 400. Kept equal to serve.py's _STATUS.
HTTP_STATUS: Mapping[type[FengtiaoError], int] = {
    TenantAccessError: 403,
    NotFound: 404,
    DocumentError: 422,
    PromptError: 422,
    BackendUnavailable: 503,
}
_RESERVED = {"type", "title", "status", "detail", "message"}


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


def problem_status(exc: FengtiaoError, statuses: Mapping[type[FengtiaoError], int] = HTTP_STATUS) -> int:
    """A refusal carries its own status; any other error takes the first class in `statuses` it is, else 400."""
    if isinstance(exc, SecurityRefusal):
        return exc.status
    return next((code for cls, code in statuses.items() if isinstance(exc, cls)), 400)


def problem_response(exc: FengtiaoError, *, status: int | None = None) -> JSONResponse:
    """The same problem+json shape serve.py uses for every FengtiaoError: type, title, status, detail.

    What an error's `to_dict` says beyond its type and message (a dispute's `file` and `field`, a document's
    `kind`) follows as extension members, so a client can still point at the field to correct.
    """
    title = exc.title if isinstance(exc, SecurityRefusal) and exc.title else type(exc).__name__
    extensions = {k: v for k, v in exc.to_dict().items() if k not in _RESERVED}
    headers = exc.headers() if isinstance(exc, SecurityRefusal) else None
    return _problem(exc.code, title, status or problem_status(exc), exc.message, headers, **extensions)


def http_problem(exc: HTTPException) -> JSONResponse:
    """An HTTPException as problem+json, type and title from its status (404 → not_found, NotFound: as
    agent.errors.NotFound answers); a structured detail moves to `errors` under the status phrase."""
    try:
        phrase = HTTPStatus(exc.status_code).phrase
    except ValueError:
        phrase = "HTTP Error"
    words = phrase.replace("-", " ").split()
    structured = {} if isinstance(exc.detail, str) else {"errors": exc.detail}
    return _problem("_".join(w.lower() for w in words), "".join(w.capitalize() for w in words), exc.status_code,
                    exc.detail if isinstance(exc.detail, str) else phrase, exc.headers, **structured)


def validation_problem(exc: RequestValidationError) -> JSONResponse:
    """FastAPI's request validation 422 as problem+json: one line naming each bad field, FastAPI's list in `errors`."""
    errors = jsonable_encoder(exc.errors())
    detail = "; ".join(f"{'.'.join(str(part) for part in e.get('loc', ()))}: {e.get('msg', '')}" for e in errors)
    return _problem("request_validation_error", "RequestValidationError", 422, detail or "invalid request", None,
                    errors=errors)


def _problem(type_: str, title: str, status: int, detail: str, headers: Mapping[str, str] | None,
             **extensions: object) -> JSONResponse:
    body = {"type": type_, "title": title, "status": status, "detail": detail, **extensions}
    return JSONResponse(body, status_code=status, media_type="application/problem+json", headers=dict(headers or {}))
