"""Which tenant a request acts for. Unknown tenants are refused before any data layer is touched."""
from __future__ import annotations

from agent.config import Settings, get_settings
from agent.errors import TenantAccessError


def resolve_tenant(tenant: str | None, settings: Settings | None = None) -> str | None:
    """None means public data only (regulations); any other value must be a registered institution."""
    if tenant is None or tenant == "":
        return None
    s = settings or get_settings()
    if tenant not in s.tenants:
        raise TenantAccessError(
            f"Unknown tenant {tenant!r}: ask your administrator to register it (FENGTIAO_TENANTS)."
        )
    return tenant
