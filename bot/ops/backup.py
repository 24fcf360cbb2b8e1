"""Backups of the embedded stores, and bringing one back.

A backup is a folder: ``kuulo.db`` (a consistent copy made with SQLite's online
backup API, safe while the service writes), ``chroma/`` (the embedded guidance
store; its own SQLite file is copied with the same API, the vector segment
files are copied as they are) and ``manifest.json`` (Kuulo's version, the
schema revision, the time, row counts). Chroma is not process-safe, so while a
service holds the scheduler lease the command hands the copy to it (request
kind ``backup``) and the one writer takes it between its own jobs.

Restore refuses while a service runs, moves the current files aside (never
deletes them), copies the backup in and migrates it forward, so a backup from
an older Kuulo comes back at today's schema. PostgreSQL and a Chroma server are
backed up with their own tools (``pg_dump``, the server's volume).
"""

from __future__ import annotations

import json
import logging
import shutil
import sqlite3
import time
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot import __version__
from bot.config import Settings
from bot.errors import ConfigError, KuuloError
from bot.storage.db import Database, alembic_config, head_revision
from scheduler.lease import live_holder

if TYPE_CHECKING:
    pass

log = logging.getLogger(__name__)

MANIFEST = "manifest.json"
DATABASE_FILE = "kuulo.db"
CHROMA_DIR = "chroma"
CHROMA_SQLITE = "chroma.sqlite3"
COUNTED = ("watches", "threads", "comments", "drafts", "decisions", "posts")
PG_DUMP_HINT = (
    "the database is PostgreSQL: back it up with `pg_dump --format=custom -f kuulo.dump DBNAME` and restore with "
    "`pg_restore --clean -d DBNAME kuulo.dump` (see docs/operations.md)"
)


@dataclass
class Manifest:
    kuulo_version: str
    schema_revision: str | None
    created_at: str
    database: str
    chroma: str | None
    counts: dict[str, int] = field(default_factory=dict)

    def lines(self, where: Path) -> list[str]:
        counts = ", ".join(f"{n} {name}" for name, n in self.counts.items())
        chroma = "and the guidance store" if self.chroma else "(no embedded guidance store to copy)"
        return [
            f"Backed up the database {chroma} to {where}.",
            f"Schema revision {self.schema_revision}, Kuulo {self.kuulo_version}, {self.created_at}: {counts}.",
        ]


def sqlite_path(settings: Settings) -> Path:
    if not settings.uses_sqlite:
        raise ConfigError(PG_DUMP_HINT)
    return Path(settings.resolved_database_url.split("///", 1)[-1])


def make_backup(settings: Settings, destination: Path, now: datetime) -> Manifest:
    """Copy the database and the embedded Chroma folder into ``destination`` (new or empty) with a manifest."""
    source = sqlite_path(settings)
    if not source.exists():
        raise KuuloError(f"there is no database at {source} to back up; check KUULO_DATA_DIR")
    if destination.exists() and any(destination.iterdir()):
        raise KuuloError(f"{destination} is not empty; give a new folder for the backup")
    started = time.monotonic()
    destination.mkdir(parents=True, exist_ok=True)
    copy_sqlite(source, destination / DATABASE_FILE)
    chroma = settings.data_dir / CHROMA_DIR
    copied_chroma = not settings.chroma_url and chroma.is_dir()
    if copied_chroma:
        copy_chroma(chroma, destination / CHROMA_DIR)
    revision, counts = _describe(destination / DATABASE_FILE)
    manifest = Manifest(
        __version__, revision, now.isoformat(), DATABASE_FILE, CHROMA_DIR if copied_chroma else None, counts
    )
    (destination / MANIFEST).write_text(json.dumps(asdict(manifest), indent=2) + "\n", encoding="utf-8")
    log.info("backup written revision=%s ms=%d", revision, (time.monotonic() - started) * 1000)
    return manifest


def copy_sqlite(source: Path, target: Path) -> None:
    """SQLite's online backup: a consistent snapshot even while another connection writes."""
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    try:
        with dst:
            src.backup(dst)
    finally:
        dst.close()
        src.close()


def copy_chroma(source: Path, target: Path) -> None:
    shutil.copytree(source, target, ignore=shutil.ignore_patterns(f"{CHROMA_SQLITE}*"))
    if (source / CHROMA_SQLITE).exists():
        copy_sqlite(source / CHROMA_SQLITE, target / CHROMA_SQLITE)


def read_manifest(folder: Path) -> Manifest:
    path = folder / MANIFEST
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        manifest = Manifest(**data)
    except FileNotFoundError:
        raise KuuloError(f"{folder} is not a Kuulo backup (no {MANIFEST})") from None
    except (json.JSONDecodeError, TypeError) as exc:
        raise KuuloError(f"{path} is damaged ({exc}); use another backup") from None
    if not (folder / manifest.database).is_file():
        raise KuuloError(f"{folder} lacks {manifest.database}; the backup is incomplete")
    return manifest


def restore_backup(settings: Settings, folder: Path, now: datetime) -> list[str]:
    """Bring a backup back in place of the current data; the current files are moved aside, not deleted."""
    target = sqlite_path(settings)
    manifest = read_manifest(folder)
    if target.exists():
        db = Database.open(settings.resolved_database_url, migrate=False)
        try:
            holder = live_holder(db, now) if "leases" in db.table_names() else None
        finally:
            db.dispose()
        if holder is not None:
            raise KuuloError(
                f"a Kuulo service is running (host {holder.host} pid {holder.pid}); stop it first "
                "(`systemctl stop kuulo`), restore, then start it again"
            )
    _check_known_revision(manifest)
    stamp = now.strftime("%Y%m%dT%H%M%S")
    lines = []
    target.parent.mkdir(parents=True, exist_ok=True)
    for path in [target, *(target.with_name(target.name + s) for s in ("-wal", "-shm"))]:
        if path.exists():
            aside = path.with_name(f"{path.name}.before-restore-{stamp}")
            path.rename(aside)
            if path == target:
                lines.append(f"Moved the current database aside to {aside}.")
    copy_sqlite(folder / manifest.database, target)
    chroma = settings.data_dir / CHROMA_DIR
    if manifest.chroma and not settings.chroma_url:
        if chroma.exists():
            aside = chroma.with_name(f"{CHROMA_DIR}.before-restore-{stamp}")
            chroma.rename(aside)
            lines.append(f"Moved the current guidance store aside to {aside}.")
        copy_chroma(folder / manifest.chroma, chroma)
    db = Database.open(settings.resolved_database_url)  # a backup from an older Kuulo is migrated forward
    try:
        revision = db.current_revision()
    finally:
        db.dispose()
    _revision, counts = _describe(target)
    lines.append(
        f"Restored the backup of {manifest.created_at} (revision {manifest.schema_revision}, now {revision}; "
        f"latest {head_revision()}): " + ", ".join(f"{n} {name}" for name, n in counts.items()) + "."
    )
    return lines


def _check_known_revision(manifest: Manifest) -> None:
    from alembic.script import ScriptDirectory

    if manifest.schema_revision is None:
        return
    known = {script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    if manifest.schema_revision not in known:
        raise KuuloError(
            f"the backup has schema revision {manifest.schema_revision}, made by Kuulo {manifest.kuulo_version}, "
            f"which this Kuulo ({__version__}) does not know; upgrade Kuulo first, then restore"
        )


def _describe(database: Path) -> tuple[str | None, dict[str, int]]:
    connection = sqlite3.connect(database)
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        revision = None
        if "alembic_version" in tables:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        counts = {
            name: int(connection.execute(f"SELECT count(*) FROM {name}").fetchone()[0])
            for name in COUNTED
            if name in tables
        }
    finally:
        connection.close()
    return revision, counts
