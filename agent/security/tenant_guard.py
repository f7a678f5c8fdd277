"""Make the API key decide the tenant: refuse a request that names another tenant, fill the key's tenant in
where a route takes `tenant` and the caller left it out.

Which routes take a tenant, and where (query, `X-Tenant` header, JSON body field, form field), is read from
the routes' own FastAPI signatures, so a new router is covered without listing it here.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode

from fastapi.routing import APIRoute
from pydantic import BaseModel

from agent.security.errors import TenantMismatch

TENANT_HEADER = "x-tenant"


@dataclass(frozen=True)
class TenantSlots:
    query: bool = False
    header: bool = False
    json_field: bool = False
    form_field: bool = False


def _walk(dependant) -> Iterator:
    yield dependant
    for sub in dependant.dependencies:
        yield from _walk(sub)


def tenant_slots(route: APIRoute) -> TenantSlots:
    query = header = json_field = form_field = False
    for d in _walk(route.dependant):
        query |= any(p.alias == "tenant" for p in d.query_params)
        header |= any(p.alias.lower() == TENANT_HEADER for p in d.header_params)
        for p in d.body_params:
            kind = type(p.field_info).__name__
            if kind == "Form" and p.alias == "tenant":
                form_field = True
            annotation = p.field_info.annotation
            if isinstance(annotation, type) and issubclass(annotation, BaseModel) and "tenant" in annotation.model_fields:
                json_field = True
    return TenantSlots(query=query, header=header, json_field=json_field, form_field=form_field)


def api_routes(app) -> Iterator[tuple[APIRoute, re.Pattern, str]]:
    """(route, path regex, path template) of every API route, through included routers.

    FastAPI ≤0.15x flattens included routers into `app.router.routes`; newer versions keep them as lazy
    branches exposing `effective_route_contexts()` with the prefixed regex. Both are handled.
    """
    for item in app.router.routes:
        if isinstance(item, APIRoute):
            yield item, item.path_regex, item.path_format
        elif hasattr(item, "effective_route_contexts"):
            for ctx in item.effective_route_contexts():
                if isinstance(ctx.original_route, APIRoute) and ctx.path_regex is not None:
                    yield ctx.original_route, ctx.path_regex, ctx.path_format


def match_route(app, scope: dict) -> tuple[APIRoute | None, str | None, dict]:
    """The API route this request will reach, its path template and path params (None when no route matches)."""
    for route, regex, template in api_routes(app):
        m = regex.match(scope["path"])
        if m and (not route.methods or scope["method"] in route.methods):
            return route, template, m.groupdict()
    return None, None, {}


def named_tenants(scope: dict) -> set[str]:
    """Tenants the request names in its query string or X-Tenant header."""
    names = {v for k, v in parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True) if k == "tenant"}
    names |= {v.decode("utf-8", "replace") for k, v in scope.get("headers", []) if k.lower() == b"x-tenant"}
    return {n for n in names if n}


def check_named(scope: dict, tenant: str) -> None:
    others = named_tenants(scope) - {tenant}
    if others:
        raise TenantMismatch(f"this API key belongs to tenant {tenant!r} and cannot act for {sorted(others)[0]!r}")


def inject_query_and_header(scope: dict, slots: TenantSlots, tenant: str) -> dict:
    """A copy of the scope with the key's tenant added where the route takes it and the caller left it out."""
    scope = dict(scope)
    if slots.query:
        pairs = parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
        if not any(k == "tenant" and v for k, v in pairs):
            pairs = [(k, v) for k, v in pairs if k != "tenant"] + [("tenant", tenant)]
            scope["query_string"] = urlencode(pairs).encode("latin-1")
    if slots.header and not any(k.lower() == b"x-tenant" for k, _ in scope.get("headers", [])):
        scope["headers"] = [*scope.get("headers", []), (b"x-tenant", tenant.encode("utf-8"))]
    return scope


def rewrite_body(body: bytes, content_type: str, slots: TenantSlots, tenant: str) -> bytes:
    """Check the tenant a JSON or form body names; add the key's tenant when it names none."""
    ctype = content_type.split(";")[0].strip().lower()
    if slots.json_field and ctype == "application/json" and body:
        try:
            data = json.loads(body)
        except ValueError:
            return body  # FastAPI answers 422 for malformed JSON
        if isinstance(data, dict):
            named = data.get("tenant")
            if named and named != tenant:
                raise TenantMismatch(f"this API key belongs to tenant {tenant!r} and cannot act for {named!r}")
            data["tenant"] = tenant
            return json.dumps(data, ensure_ascii=False).encode("utf-8")
    if slots.form_field and ctype == "application/x-www-form-urlencoded":
        pairs = parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True)
        _check_values([v for k, v in pairs if k == "tenant"], tenant)
        pairs = [(k, v) for k, v in pairs if k != "tenant"] + [("tenant", tenant)]
        return urlencode(pairs).encode("utf-8")
    if slots.form_field and ctype == "multipart/form-data":
        return _rewrite_multipart(body, content_type, tenant)
    return body


def _check_values(values: list[str], tenant: str) -> None:
    for v in values:
        if v and v != tenant:
            raise TenantMismatch(f"this API key belongs to tenant {tenant!r} and cannot act for {v!r}")


def _rewrite_multipart(body: bytes, content_type: str, tenant: str) -> bytes:
    """Read the `tenant` parts of a multipart body; when there is none, append one before the closing boundary."""
    params = dict(p.strip().split("=", 1) for p in content_type.split(";")[1:] if "=" in p)
    boundary = params.get("boundary", "").strip('"').encode("latin-1")
    if not boundary:
        return body
    delimiter = b"--" + boundary
    found: list[str] = []
    for part in body.split(delimiter)[1:-1]:
        head, _, value = part.partition(b"\r\n\r\n")
        if b'name="tenant"' in head and b"filename=" not in head:
            found.append(value.removesuffix(b"\r\n").decode("utf-8", "replace"))
    _check_values(found, tenant)
    if found:
        return body
    closing = body.rfind(delimiter + b"--")
    if closing < 0:
        return body
    part = delimiter + b'\r\nContent-Disposition: form-data; name="tenant"\r\n\r\n' + tenant.encode("utf-8") + b"\r\n"
    return body[:closing] + part + body[closing:]
