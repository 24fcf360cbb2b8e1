"""Engine, sessions and migrations.

SQLite is the embedded default: WAL journal, a busy timeout, foreign keys on,
and ``BEGIN IMMEDIATE`` for every write transaction so two writers queue on the
lock instead of failing half-way with "database is locked". PostgreSQL is used
as is. Migrations (Alembic) run on open unless told not to.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from bot.errors import StorageError

log = logging.getLogger(__name__)


def database_went_away(exc: BaseException) -> bool:
    """The database failed under a statement, not the statement itself: the connection was dropped
    (server restarted, ``pg_terminate_backend``, the network), or the server gave up on the transaction
    (deadlock, lock or statement timeout). Its transaction rolled back; running it again later is the
    cure, so callers re-raise it instead of recording a failure of the work."""
    return isinstance(exc, DBAPIError) and (
        exc.connection_invalidated or isinstance(exc, (OperationalError, InterfaceError))
    )


MIGRATIONS = Path(__file__).with_name("migrations")
SQLITE_BUSY_TIMEOUT_MS = 30_000
# Connections kept open per process on an SQLite file. SQLAlchemy's default (5, plus 10 opened and closed
# again as needed) made a burst of 100 Slack clicks on 32 HTTP threads open a connection (and run the
# pragmas below) for most clicks; an idle SQLite connection costs a file handle and a little memory.
SQLITE_POOL_SIZE = 48


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event decide how transactions start.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _sqlite_begin(conn: Any) -> None:
    if conn.get_execution_options().get("kuulo_write"):
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        conn.exec_driver_sql("BEGIN")


def make_engine(url: str, **kwargs: Any) -> Engine:
    """Create an engine with Kuulo's connection settings for the URL's dialect."""
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        if path and path != ":memory:":  # a file: every thread of a busy process keeps its connection open
            kwargs.setdefault("pool_size", SQLITE_POOL_SIZE)
            kwargs.setdefault("max_overflow", SQLITE_POOL_SIZE)
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    return create_engine(url, pool_pre_ping=True, **kwargs)


class Database:
    """The engine plus two session factories: ``read()`` and ``write()``."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._read = sessionmaker(engine, expire_on_commit=False)
        self._write = sessionmaker(engine.execution_options(kuulo_write=True), expire_on_commit=False)
        # SQLite has one writer at a time. Threads of this process queue on this lock, so the next one starts
        # the moment the previous commits, instead of polling SQLite's busy handler (which sleeps up to 100 ms
        # between tries). Other processes still queue on SQLite's own lock. Re-entrant: a nested write in the
        # same thread behaves as before (it waits on SQLite, then fails with "database is locked").
        self._write_lock: threading.RLock | None = threading.RLock() if engine.dialect.name == "sqlite" else None

    @classmethod
    def open(cls, url: str, *, migrate: bool = True, **kwargs: Any) -> Database:
        db = cls(make_engine(url, **kwargs))
        if migrate:
            db.migrate()
        return db

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A write transaction: committed on success, rolled back on any error."""
        with self._write_lock or nullcontext(), self._write() as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._read() as session:
            yield session

    def migrate(self, revision: str = "head") -> None:
        """Bring the schema to ``revision`` (Alembic ``upgrade``)."""
        from alembic import command

        sqlite = self.engine.dialect.name == "sqlite"
        try:
            with self.engine.connect() as connection:
                if sqlite:
                    # Batch migrations copy and drop tables; with foreign keys on, SQLite's DROP TABLE
                    # would cascade-delete every child row. The pragma only works outside a transaction.
                    _foreign_keys(connection, on=False)
                try:
                    with connection.begin():
                        config = alembic_config()
                        config.attributes["connection"] = connection
                        command.upgrade(config, revision)
                finally:
                    if sqlite:
                        _foreign_keys(connection, on=True)
        except OperationalError as exc:
            raise StorageError(
                f"cannot migrate the database at {self.engine.url.render_as_string(hide_password=True)}: "
                f"{exc.orig}. Check KUULO_DATABASE_URL and that the database server is running."
            ) from exc

    def current_revision(self) -> str | None:
        from alembic.runtime.migration import MigrationContext

        with self.engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()

    def table_names(self) -> list[str]:
        return inspect(self.engine).get_table_names()

    def dispose(self) -> None:
        self.engine.dispose()


def _foreign_keys(connection: Any, *, on: bool) -> None:
    """Switch SQLite's foreign key enforcement on the raw connection, outside any transaction."""
    connection.connection.driver_connection.execute(f"PRAGMA foreign_keys={'ON' if on else 'OFF'}")


def alembic_config() -> Any:
    from alembic.config import Config

    # Config's stdout default is bound when alembic is imported; pass the current one.
    config = Config(stdout=sys.stdout)
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head
