"""The tenant a request acts for, as one FastAPI dependency shared by the routers, and the route class that
answers every error of those routers as problem+json.

The tenant is read from `X-Tenant`, which the security middleware fills in from the API key when keys are on
(it finds the header through this dependency), and checked by `agent.tenancy.resolve_tenant`. FastAPI has no
router-level exception handlers and its default handlers answer `{"detail": ...}` as plain JSON, so the router's
own route class renders its errors: a router mounted on a bare FastAPI app answers exactly as it does under
serve.py.
"""
from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import Annotated, ClassVar

from fastapi import Depends, Header, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.routing import APIRoute
from starlette.exceptions import HTTPException

from agent.errors import FengtiaoError, TenantAccessError
from agent.security.errors import (
    HTTP_STATUS,
    SecurityRefusal,
    http_problem,
    problem_response,
    problem_status,
    validation_problem,
)
from agent.tenancy import resolve_tenant


class TenantRefused(SecurityRefusal, TenantAccessError):
    """The request names a tenant that is not registered, or a route holding one institution's data got none."""

    status = 403
    code = "tenant_access_error"
    title = "TenantAccessError"


class ProblemRoute(APIRoute):
    """A route that answers what its dependencies or its endpoint raise as problem+json: a FengtiaoError with the
    status `statuses` gives it (a SecurityRefusal with its own), an HTTPException with its status, and FastAPI's
    request validation as 422 with FastAPI's error list under `errors`. Anything else stays a 500."""

    statuses: ClassVar[Mapping[type[FengtiaoError], int]] = HTTP_STATUS

    def get_route_handler(self) -> Callable[[Request], Awaitable[Response]]:
        handler = super().get_route_handler()
        statuses = self.statuses

        async def answer(request: Request) -> Response:
            try:
                return await handler(request)
            except FengtiaoError as exc:
                return problem_response(exc, status=problem_status(exc, statuses))
            except RequestValidationError as exc:
                return validation_problem(exc)
            except HTTPException as exc:
                return http_problem(exc)

        return answer


def request_tenant(x_tenant: str | None = Header(None, alias="X-Tenant")) -> str | None:
    """The registered tenant the request names; None (no header, keys off) is the local operator."""
    try:
        return resolve_tenant(x_tenant)
    except TenantAccessError as exc:
        raise TenantRefused(exc.message) from None


def institution_tenant(tenant: str | None = Depends(request_tenant)) -> str:
    """As request_tenant, for data that always belongs to one institution: the local operator has none."""
    if tenant is None:
        raise TenantRefused("this data belongs to an institution: send its registered id in the X-Tenant header")
    return tenant


RequestTenant = Annotated[str | None, Depends(request_tenant)]
InstitutionTenant = Annotated[str, Depends(institution_tenant)]
