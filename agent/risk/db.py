"""Engine and sessions. Default: SQLite file `<data_dir>/risk/risk.db`; any SQLAlchemy URL via `FENGTIAO_RISK_DB_URL`."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from agent.config import get_settings
from agent.errors import ConfigError
from agent.risk.models import Base


def database_url() -> str:
    url = get_settings().risk_db_url
    return url or f"sqlite:///{get_settings().path('risk', 'risk.db')}"


@lru_cache(maxsize=8)
def engine_for(url: str) -> Engine:
    """One engine per URL. A SQLite file (a laptop, a test) gets its tables from the models on first use
    (create_all is idempotent); any other database is changed only by migrations and must be at their head."""
    engine = create_engine(url)
    if url.startswith("sqlite"):
        @event.listens_for(engine, "connect")
        def _fk_on(dbapi_conn, _record) -> None:  # SQLite ignores foreign keys unless asked
            dbapi_conn.execute("PRAGMA foreign_keys=ON")
        Base.metadata.create_all(engine)
    else:
        _require_migrated(engine)
    return engine


def _require_migrated(engine: Engine) -> None:
    from agent.risk.migrate import current_revision, head_revision

    with engine.connect() as conn:
        at = current_revision(conn)
    if at != head_revision():
        where = engine.url.render_as_string(hide_password=True)
        raise ConfigError(f"the risk database {where} is at schema revision {at or 'none'}, not the latest; "
                          f"run `fengtiao data migrate --db {where}` first")


def get_engine(url: str | None = None) -> Engine:
    return engine_for(url or database_url())


@contextmanager
def session_scope(url: str | None = None) -> Iterator[Session]:
    """Commit on success, roll back on any error."""
    session = sessionmaker(get_engine(url), expire_on_commit=False)()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
