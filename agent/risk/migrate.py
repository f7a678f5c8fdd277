"""Schema migrations for the risk database (Alembic), and the check that they never drift from the models.

Why both create_all and migrations: a SQLite file for a laptop or a test is created from the models on first use
(agent.risk.db); a shared PostgreSQL database is changed only by reviewed revisions. `migrate` also adopts a
database that create_all made earlier: when its schema equals the models it is stamped at head, otherwise it
is refused with the differences, never silently altered.
"""
from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from pydantic import BaseModel
from sqlalchemy import create_engine, inspect, pool
from sqlalchemy.engine import Connection

from agent.errors import ConfigError
from agent.risk.db import database_url
from agent.risk.models import Base

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


class MigrationResult(BaseModel):
    url: str
    action: str          # created | upgraded | up to date | adopted
    revision: str


def alembic_config(url: str | None = None) -> Config:
    """An Alembic config pointing at the packaged migrations; the URL travels in attributes (no ini escaping)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["url"] = url or database_url()
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head() or ""


def current_revision(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


def schema_differences(conn: Connection) -> list:
    """What Alembic's autogenerate would change to make this database match the models ([] = identical)."""
    ctx = MigrationContext.configure(conn, opts={"compare_type": True})
    return compare_metadata(ctx, Base.metadata)


def _safe(url: str) -> str:
    """The URL without its password, for messages."""
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def migrate(url: str | None = None) -> MigrationResult:
    """`alembic upgrade head` on the risk database (adopting a create_all-made schema that matches the models)."""
    url = url or database_url()
    engine = create_engine(url, poolclass=pool.NullPool)
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            before = current_revision(conn) if "alembic_version" in tables else None
            if before is None and tables & set(Base.metadata.tables):
                diffs = schema_differences(conn)
                if diffs:
                    raise ConfigError(f"{_safe(url)} holds risk tables not made by migrations and differing from the "
                                      f"models ({len(diffs)} difference(s), first: {diffs[0]!r}); migrate a copy by hand "
                                      "or start from an empty database")
                command.stamp(alembic_config(url), "head")
                return MigrationResult(url=_safe(url), action="adopted", revision=head_revision())
    finally:
        engine.dispose()
    command.upgrade(alembic_config(url), "head")
    head = head_revision()
    action = "created" if before is None else "up to date" if before == head else "upgraded"
    return MigrationResult(url=_safe(url), action=action, revision=head)
