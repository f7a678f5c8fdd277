"""One ASGI middleware guarding `/v1/*`: body size, API key, rate limit, tenant, and one audit row per request.

Pure ASGI (not BaseHTTPMiddleware) so SSE chat streams pass through untouched. Everything outside /v1
(health, readiness, docs, the web UI's files) stays open.
"""
from __future__ import annotations

import logging
from functools import partial

import anyio

from agent.config import Settings
from agent.security import audit, tenant_guard
from agent.security.errors import AuthenticationError, RequestTooLarge, SecurityRefusal, problem_response
from agent.security.keys import ApiKeyInfo, authenticate
from agent.security.ratelimit import TokenBucketLimiter
from agent.security.settings import SecuritySettings

log = logging.getLogger(__name__)
PROTECTED_PREFIX = "/v1/"


def _header(scope: dict, name: bytes) -> str | None:
    for k, v in scope.get("headers", []):
        if k.lower() == name:
            return v.decode("latin-1")
    return None


def presented_key(scope: dict) -> str | None:
    auth = _header(scope, b"authorization")
    if auth and auth.lower().startswith("bearer "):
        return auth[7:].strip()
    return _header(scope, b"x-api-key")


class _BodyTooLarge(Exception):
    pass


class SecurityMiddleware:
    def __init__(self, app, *, settings: Settings, security: SecuritySettings, fastapi_app) -> None:
        self.app = app
        self.settings = settings
        self.security = security
        self.fastapi_app = fastapi_app
        self.limit = int(security.max_request_mb * 1024 * 1024)
        self.limiter = TokenBucketLimiter(security.rate_limit_per_minute, security.rate_limit_burst)

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith(PROTECTED_PREFIX):
            await self.app(scope, receive, send)
            return
        route, template, path_params = tenant_guard.match_route(self.fastapi_app, scope)
        record = {"method": scope["method"], "route": template or scope["path"],
                  "resource_id": "/".join(str(v) for v in path_params.values()) or None,
                  "key_id": None, "tenant": None, "status": 500}

        async def send_recording(message) -> None:
            if message["type"] == "http.response.start":
                record["status"] = message["status"]
            await send(message)

        try:
            await self._guarded(scope, receive, send_recording, route, record)
        finally:
            if self.security.audit_enabled:
                try:  # off the event loop: a slow disk must not stall every other request
                    await anyio.to_thread.run_sync(partial(audit.append_event, audit.AuditEvent(**record),
                                                           settings=self.settings))
                except Exception:  # noqa: BLE001 - a full disk must not hide the answer; the gap shows in verify
                    log.exception("audit row could not be written for %s %s", record["method"], record["route"])

    async def _guarded(self, scope, receive, send, route, record: dict) -> None:
        try:
            length = _header(scope, b"content-length")
            if length and length.isdigit() and int(length) > self.limit:
                raise RequestTooLarge(self._too_large_message())
            key: ApiKeyInfo | None = None
            if self.security.auth_required:
                key = await anyio.to_thread.run_sync(partial(authenticate, presented_key(scope), settings=self.settings))
                record["key_id"], record["tenant"] = key.id, key.tenant
            self.limiter.take(key.id if key else f"client {(scope.get('client') or ('-',))[0]}")
            if key is None:
                record["tenant"] = next(iter(tenant_guard.named_tenants(scope)), None)
                await self._call(scope, self._limited(receive), send)
                return
            tenant_guard.check_named(scope, key.tenant)
            slots = tenant_guard.tenant_slots(route) if route else tenant_guard.TenantSlots()
            scope = tenant_guard.inject_query_and_header(scope, slots, key.tenant)
            scope.setdefault("state", {})["api_key"] = key
            if slots.json_field or slots.form_field:
                body = await self._read_body(receive)
                body = tenant_guard.rewrite_body(body, _header(scope, b"content-type") or "", slots, key.tenant)
                scope["headers"] = [(k, v) for k, v in scope["headers"] if k.lower() != b"content-length"]
                scope["headers"].append((b"content-length", str(len(body)).encode()))
                receive = _replay(body, receive)
            await self._call(scope, self._limited(receive), send)
        except SecurityRefusal as exc:
            await problem_response(exc)(scope, receive, send)

    async def _call(self, scope, receive, send) -> None:
        started = False

        async def track(message) -> None:
            nonlocal started
            started |= message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, track)
        except _BodyTooLarge:
            if started:
                raise
            await problem_response(RequestTooLarge(self._too_large_message()))(scope, receive, send)

    def _limited(self, receive):
        seen = 0

        async def wrapped():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise _BodyTooLarge()
            return message

        return wrapped

    async def _read_body(self, receive) -> bytes:
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
            if size > self.limit:
                raise RequestTooLarge(self._too_large_message())
            if not message.get("more_body", False):
                break
        return b"".join(chunks)

    def _too_large_message(self) -> str:
        return (f"request body is larger than {self.security.max_request_mb:g} MB (FENGTIAO_MAX_REQUEST_MB); "
                "split the upload or ask your administrator to raise the limit")


def _replay(body: bytes, upstream):
    """Hand the (rewritten) body over once, then pass through to the client's channel: a streaming response
    waits on it for the real disconnect, so answering `http.disconnect` early would cut the SSE stream."""
    sent = False

    async def receive():
        nonlocal sent
        if sent:
            return await upstream()
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return receive


__all__ = ["SecurityMiddleware", "presented_key", "AuthenticationError"]
