"""Batched writes: many rows per statement, on SQLite and PostgreSQL alike.

``insert_new`` is ``INSERT … ON CONFLICT DO NOTHING … RETURNING``, so storing a
500-comment thread is one or a few round trips instead of 500 flushes:

- SQLite: the dialect's own insert construct (``sqlalchemy.dialects.sqlite.insert``),
  which SQLAlchemy sends as a few multi-row statements ("insertmanyvalues").
- PostgreSQL: one statement per batch whose rows arrive as one array per column,
  ``INSERT … SELECT * FROM unnest(CAST(:a AS type[]), …)``. A multi-row ``VALUES``
  of 500 rows has 10,000 placeholders, and psycopg converts a query that long in
  Python on every execution (it caches only short ones): that conversion was 80 %
  of the time of storing a thread. The unnest statement has one placeholder per
  column, so psycopg caches it, and the arrays go in binary, built by psycopg's C dumpers.
  Column defaults given in Python (``mapped_column(default=…)``) are applied here
  as SQLAlchemy would, once per batch.

``update_rows``
is an executemany ``UPDATE … WHERE id = ?``. Both run in the caller's
session and transaction, and neither touches objects already loaded in the
session (callers use them on rows they did not load as ORM objects).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Any

from sqlalchemy import Table, bindparam, update
from sqlalchemy.dialects import sqlite
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session
from sqlalchemy.sql import sqltypes

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
        return _insert_unnest(session, table, rows, unique, returning)
    if dialect == "sqlite":
        stmt: Any = sqlite.insert(table).on_conflict_do_nothing(index_elements=list(unique))
    else:  # pragma: no cover - Database.open accepts only the two databases above
        raise ConfigError(f"Kuulo stores data in SQLite or PostgreSQL, not {dialect}; correct KUULO_DATABASE_URL")
    stmt = stmt.returning(*(table.c[name] for name in returning))
    inserted: list[tuple[Any, ...]] = []
    for chunk in chunks(rows):
        inserted.extend(tuple(row) for row in session.execute(stmt, list(chunk)))
    return inserted


PG_CHUNK = 5_000  # rows per unnest statement: a few arrays of this size are well within PostgreSQL's limits


def _insert_unnest(
    session: Session, table: Table, rows: list[dict[str, Any]], unique: Sequence[str], returning: Sequence[str]
) -> list[tuple[Any, ...]]:
    """PostgreSQL: ``INSERT … SELECT * FROM unnest(arrays) ON CONFLICT DO NOTHING RETURNING``, per key set."""
    dialect = session.get_bind().dialect
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(tuple(row), []).append(row)
    inserted: list[tuple[Any, ...]] = []
    for given, group in groups.items():
        defaults = _python_defaults(table, given)
        columns = (*given, *defaults)
        stmt = _unnest_statement(table, columns, tuple(unique), tuple(returning), dialect)
        processors = [_array_processor(table.c[name].type, dialect) for name in columns]
        for chunk in chunks(group, PG_CHUNK):
            params: dict[str, list[Any]] = {}
            for n, name in enumerate(given):
                process = processors[n]
                values = [row[name] for row in chunk]
                params[f"p{n}"] = [process(v) for v in values] if process is not None else values
            for n, value in enumerate(defaults.values(), start=len(given)):
                process = processors[n]
                params[f"p{n}"] = [process(value) if process is not None else value] * len(chunk)
            inserted.extend(tuple(row) for row in session.connection().exec_driver_sql(stmt, params))
    return inserted


def _python_defaults(table: Table, given: Sequence[str]) -> dict[str, Any]:
    """The Python-side defaults SQLAlchemy's own insert would add for the columns not in ``given``."""
    defaults: dict[str, Any] = {}
    for column in table.columns:
        default = column.default
        if column.name in given or default is None or column.primary_key:
            continue
        if default.is_scalar:
            defaults[column.name] = default.arg  # type: ignore[attr-defined]
        elif default.is_callable:
            defaults[column.name] = default.arg(None)  # type: ignore[attr-defined]
    return defaults


@lru_cache(maxsize=64)  # built once per table and column set: building costs more than sending it
def _unnest_statement(
    table: Table, columns: tuple[str, ...], unique: tuple[str, ...], returning: tuple[str, ...], dialect: Dialect
) -> str:
    """The statement in psycopg's own placeholders: ``%(pN)b`` sends each array in binary, which psycopg
    assembles from its C dumpers (the text format escapes every element in Python: ten times the CPU)."""
    quote = dialect.identifier_preparer.quote
    arrays = ", ".join(
        f"CAST(%(p{n})b AS {table.c[name].type.compile(dialect=dialect)}[])" for n, name in enumerate(columns)
    )
    sql = (
        f"INSERT INTO {dialect.identifier_preparer.format_table(table)} ({', '.join(quote(c) for c in columns)}) "
        f"SELECT * FROM unnest({arrays}) "
        f"ON CONFLICT ({', '.join(quote(c) for c in unique)}) DO NOTHING "
        f"RETURNING {', '.join(quote(c) for c in returning)}"
    )
    return sql


def _array_processor(type_: Any, dialect: Dialect) -> Any:
    """How one value of a column of ``type_`` goes into its array: JSON as its text (as SQLAlchemy's JSON type
    serialises it, a Python None as JSON null), other types through the column type's own bind processing."""
    if isinstance(type_, sqltypes.JSON):
        dumps = getattr(dialect, "_json_serializer", None) or json.dumps
        return dumps
    return type_._cached_bind_processor(dialect)


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
