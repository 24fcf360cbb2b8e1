"""Batched writes: many rows per statement, on SQLite and PostgreSQL alike.

``insert_new`` is ``INSERT … ON CONFLICT DO NOTHING … RETURNING`` with the
dialect's own insert construct (``sqlalchemy.dialects.sqlite.insert`` /
``sqlalchemy.dialects.postgresql.insert``); SQLAlchemy sends a list of rows as
a few multi-row statements ("insertmanyvalues"), so storing a 500-comment
thread is a handful of round trips instead of 500 flushes. ``update_rows``
is an executemany ``UPDATE … WHERE id = ?``. Both run in the caller's
session and transaction, and neither touches objects already loaded in the
session (callers use them on rows they did not load as ORM objects).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import Table, bindparam, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from bot.errors import ConfigError

CHUNK = 500  # rows or bound IN values per statement; well inside both databases' parameter limits


def chunks(items: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def insert_new(
    session: Session, table: Table, rows: list[dict[str, Any]], unique: Sequence[str], returning: Sequence[str]
) -> list[tuple[Any, ...]]:
    """Insert ``rows``, skipping any that would break the unique key ``unique``; return ``returning`` of those
    inserted (in no particular order: match them on a unique column)."""
    if not rows:
        return []
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        stmt: Any = postgresql.insert(table).on_conflict_do_nothing(index_elements=list(unique))
    elif dialect == "sqlite":
        stmt = sqlite.insert(table).on_conflict_do_nothing(index_elements=list(unique))
    else:  # pragma: no cover - Database.open accepts only the two databases above
        raise ConfigError(f"Kuulo stores data in SQLite or PostgreSQL, not {dialect}; correct KUULO_DATABASE_URL")
    stmt = stmt.returning(*(table.c[name] for name in returning))
    inserted: list[tuple[Any, ...]] = []
    for chunk in chunks(rows):
        inserted.extend(tuple(row) for row in session.execute(stmt, list(chunk)))
    return inserted


def update_rows(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """``UPDATE table SET … WHERE id = :id`` for each row; rows with the same keys share one executemany."""
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(tuple(sorted(row)), []).append(row)
    for keys, group in groups.items():
        columns = [k for k in keys if k != "id"]
        stmt = (
            update(table)
            .where(table.c.id == bindparam("_id"))
            .values({name: bindparam(f"_{name}") for name in columns})
        )
        params = [{f"_{k}": v for k, v in row.items()} for row in group]
        for chunk in chunks(params):
            session.connection().execute(stmt, list(chunk))
