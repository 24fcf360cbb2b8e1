"""Migration 0016 (brands): an existing database becomes brand default's, and the step is reversible."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import inspect, select

from bot.brands.records import add_brand, list_brands
from bot.storage.db import Database, alembic_config
from bot.storage.models import Digest, Watch
from tests.slack.factory import make_draft


def _alembic(db: Database, action: str, revision: str) -> None:
    """Run an Alembic command on the database as ``Database.migrate`` does (foreign keys off on SQLite)."""
    with db.engine.connect() as connection:
        sqlite = db.engine.dialect.name == "sqlite"
        if sqlite:
            connection.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
        with connection.begin():
            config = alembic_config()
            config.attributes["connection"] = connection
            getattr(command, action)(config, revision)
        if sqlite:
            connection.connection.driver_connection.execute("PRAGMA foreign_keys=ON")  # type: ignore[union-attr]


def test_downgrade_and_upgrade_keep_watches_and_make_them_brand_defaults(db: Database) -> None:
    make_draft(db)
    _alembic(db, "downgrade", "0009")
    assert "brands" not in inspect(db.engine).get_table_names()
    assert "brand_id" not in {c["name"] for c in inspect(db.engine).get_columns("watches")}
    _alembic(db, "upgrade", "head")
    with db.read() as session:
        assert list(session.scalars(select(Watch.brand_id))) == [1]
        assert session.scalar(select(Digest.id)) is None
    assert [b.name for b in list_brands(db)] == ["default"]
    add_brand(db, "acme")  # the id sequence moved past the migration's own row (PostgreSQL)
    assert [b.name for b in list_brands(db)] == ["default", "acme"]


def test_downgrade_is_refused_while_other_brands_exist(db: Database) -> None:
    add_brand(db, "acme")
    with pytest.raises(RuntimeError, match="remove them"):
        _alembic(db, "downgrade", "0009")
    assert [b.name for b in list_brands(db)] == ["default", "acme"]
