"""The OpenAPI document as the API really answers: every error is problem+json (RFC 7807).

FastAPI documents a 422 with its own `HTTPValidationError` body (`{"detail": [...]}`), but serve.py and the
routers' ProblemRoute answer validation errors, like every other error, as problem+json. A client generated from
the default document would parse errors wrongly, so each operation's 422 is rewritten to the `Problem` schema and
a `default` problem response covers the other statuses (401, 403, 404, 413, 429, 503, ...).
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from pydantic import BaseModel, ConfigDict, Field

PROBLEM_MEDIA = "application/problem+json"


class Problem(BaseModel):
    """An error, as every route answers it (RFC 7807)."""

    model_config = ConfigDict(extra="allow")

    type: str = Field(description="machine-readable code, e.g. request_validation_error, tenant_access_error")
    title: str = Field(description="the error class, e.g. RequestValidationError, NotFound")
    status: int = Field(description="the HTTP status, repeated")
    detail: str = Field(description="what went wrong and what to do about it")
    errors: list[dict[str, Any]] | None = Field(
        None, description="request validation only: each bad field (loc, msg, type), as FastAPI reports it")


def _problem_response(description: str) -> dict[str, Any]:
    return {"description": description,
            "content": {PROBLEM_MEDIA: {"schema": {"$ref": "#/components/schemas/Problem"}}}}


def problem_openapi(app: FastAPI) -> Callable[[], dict[str, Any]]:
    """An `app.openapi` replacement: FastAPI's document with the error responses the API really sends."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
            schemas = schema.setdefault("components", {}).setdefault("schemas", {})
            schemas["Problem"] = Problem.model_json_schema(ref_template="#/components/schemas/{model}")
            for operations in schema.get("paths", {}).values():
                for operation in operations.values():
                    responses = operation.setdefault("responses", {})
                    if "422" in responses:
                        responses["422"] = _problem_response(
                            "The request is malformed (bad JSON, a missing or out-of-range field); `errors` names "
                            "each field")
                    responses.setdefault("default", _problem_response("Any other error, as problem+json"))
            for unused in ("HTTPValidationError", "ValidationError"):
                if f"#/components/schemas/{unused}" not in str(schema["paths"]):
                    schemas.pop(unused, None)
            app.openapi_schema = schema
        return app.openapi_schema

    return openapi
