"""Alembic environment: the target is `agent.risk.models.Base.metadata`; the database is the URL the caller put in
`config.attributes["url"]` (`fengtiao data migrate --db`), else `agent.risk.db.database_url()`.

SQLite cannot ALTER most things in place, so migrations render as batch operations (copy-and-move tables).
"""
from __future__ import annotations

from logging.config import fileConfig

from alembic import context
from sqlalchemy import create_engine, pool

from agent.risk.db import database_url
from agent.risk.models import Base

config = context.config
target_metadata = Base.metadata
if config.config_file_name:  # the alembic CLI with alembic.ini; `fengtiao data migrate` configures no logging
    fileConfig(config.config_file_name, disable_existing_loggers=False)


def _url() -> str:
    return config.attributes.get("url") or config.get_main_option("sqlalchemy.url") or database_url()


def run_offline() -> None:
    context.configure(url=_url(), target_metadata=target_metadata, literal_binds=True, render_as_batch=True,
                      dialect_opts={"paramstyle": "named"})
    with context.begin_transaction():
        context.run_migrations()


def _run(connection) -> None:
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True,
                      compare_type=True)
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = create_engine(_url(), poolclass=pool.NullPool)
    try:
        with engine.connect() as conn:
            _run(conn)
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
