"""Alembic migrations build exactly the schema the models declare, ship inside the package, and `fengtiao data
migrate` upgrades, stays idempotent, adopts a matching create_all database and refuses a diverging one."""
from __future__ import annotations

from importlib import resources

import pytest
from sqlalchemy import create_engine, inspect, text
from typer.testing import CliRunner

from agent.errors import ConfigError


def _schema(url: str) -> dict:
    """Every table's columns (name, type, nullable, primary key), foreign keys, unique constraints and indexes."""
    insp = inspect(create_engine(url))
    out = {}
    for table in sorted(t for t in insp.get_table_names() if t != "alembic_version"):
        out[table] = {
            "columns": [(c["name"], str(c["type"]), c["nullable"]) for c in insp.get_columns(table)],
            "pk": insp.get_pk_constraint(table)["constrained_columns"],
            "fks": sorted((tuple(f["constrained_columns"]), f["referred_table"], tuple(f["referred_columns"]))
                          for f in insp.get_foreign_keys(table)),
            "unique": sorted(tuple(u["column_names"]) for u in insp.get_unique_constraints(table)),
            "indexes": sorted((i["name"], tuple(i["column_names"]), bool(i["unique"])) for i in insp.get_indexes(table)),
        }
    return out


def test_upgrade_head_on_an_empty_file_builds_exactly_the_models_schema(tmp_path) -> None:
    from agent.risk.db import engine_for
    from agent.risk.migrate import migrate, schema_differences
    from agent.risk.models import Base

    migrated, modelled = f"sqlite:///{tmp_path / 'migrated.db'}", f"sqlite:///{tmp_path / 'models.db'}"
    result = migrate(migrated)
    assert result.action == "created" and result.revision
    engine_for(modelled)  # create_all from the models
    got, want = _schema(migrated), _schema(modelled)
    assert set(got) == set(Base.metadata.tables) and got == want
    with create_engine(migrated).connect() as conn:
        assert schema_differences(conn) == []
        assert conn.execute(text("select version_num from alembic_version")).scalar() == result.revision


def test_migrate_is_idempotent_and_adopts_a_create_all_database(tmp_path) -> None:
    from agent.risk.db import engine_for
    from agent.risk.migrate import migrate

    url = f"sqlite:///{tmp_path / 'a.db'}"
    first = migrate(url)
    assert migrate(url).action == "up to date" and migrate(url).revision == first.revision
    made = f"sqlite:///{tmp_path / 'made.db'}"
    engine_for(made)
    assert migrate(made).action == "adopted" and migrate(made).action == "up to date"


def test_migrate_refuses_a_database_whose_tables_differ_from_the_models(tmp_path) -> None:
    from agent.risk.migrate import migrate

    url = f"sqlite:///{tmp_path / 'odd.db'}"
    with create_engine(url).begin() as conn:
        conn.execute(text("create table tenants (id varchar(64) primary key, name varchar(200), region text)"))
    with pytest.raises(ConfigError, match="differing from the models"):
        migrate(url)


def test_migrations_ship_inside_the_package() -> None:
    from agent.risk.migrate import MIGRATIONS, head_revision

    package = resources.files("agent.risk.migrations")
    assert (package / "env.py").is_file() and (package / "versions" / "__init__.py").is_file()
    assert MIGRATIONS.parent.name == "risk" and any((MIGRATIONS / "versions").glob(f"{head_revision()}_*.py"))


def test_cli_data_migrate(tmp_path) -> None:
    from agent.cli.main import app
    from agent.cli.risk import register

    if not any(g.name == "data" for g in app.registered_groups):
        register(app)
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    runner = CliRunner()
    r = runner.invoke(app, ["data", "migrate", "--db", url])
    assert r.exit_code == 0 and "created" in r.output, r.output
    r = runner.invoke(app, ["data", "migrate", "--db", url])
    assert r.exit_code == 0 and "up to date" in " ".join(r.output.split())
    odd = f"sqlite:///{tmp_path / 'odd.db'}"
    with create_engine(odd).begin() as conn:
        conn.execute(text("create table tenants (id varchar(64) primary key)"))
    r = runner.invoke(app, ["data", "migrate", "--db", odd])
    assert r.exit_code == 2 and "differing from the models" in " ".join(r.output.split())
