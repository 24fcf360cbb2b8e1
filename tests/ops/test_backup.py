"""kuulo backup / restore: a consistent copy with a manifest, brought back with every watch, draft and decision."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import delete, select

from bot.review import decisions as review
from bot.storage.db import Database
from bot.storage.models import Decision, Draft, Watch, WorkRequest
from knowledge.embeddings import LOCAL_MODEL_NAME
from scheduler import lease
from scheduler.registry import request_handler
from scheduler.requests import process_queued
from tests.conftest import CliResult, make_settings
from tests.ops.conftest import guidance_collection, migrated_database
from tests.slack.factory import make_draft

Kuulo = Callable[..., CliResult]


def _snapshot(db: Database) -> dict[str, list[tuple[object, ...]]]:
    with db.read() as session:
        return {
            "watches": [(w.id, w.url, w.target) for w in session.scalars(select(Watch).order_by(Watch.id))],
            "drafts": [(d.id, d.status, d.current_version) for d in session.scalars(select(Draft).order_by(Draft.id))],
            "decisions": [
                (d.id, d.draft_id, d.action, d.decided_by, d.text_hash)
                for d in session.scalars(select(Decision).order_by(Decision.id))
            ],
        }


def _populate(data_dir: Path) -> dict[str, list[tuple[object, ...]]]:
    db = migrated_database(data_dir)
    approved, skipped, _pending = make_draft(db), make_draft(db), make_draft(db)
    review.approve(db, approved, "UANNA", "slack", review.text_hash(review.view(db, approved).text))
    review.skip(db, skipped, "UBEN", "cli", "off topic")
    state = _snapshot(db)
    db.dispose()
    assert len(state["watches"]) == 3 and len(state["decisions"]) == 2
    return state


def test_backup_then_restore_over_changed_data_brings_back_every_watch_draft_and_decision(
    kuulo: Kuulo, tmp_path: Path
) -> None:
    data_dir = tmp_path / "data"
    before = _populate(data_dir)
    guidance_collection(data_dir, LOCAL_MODEL_NAME)
    backup = tmp_path / "backups" / "monday"

    made = kuulo("backup", str(backup))
    assert made.code == 0, made.err
    assert "Backed up the database and the guidance store" in made.out
    manifest = json.loads((backup / "manifest.json").read_text())
    assert manifest["schema_revision"] == "0004" or manifest["schema_revision"] > "0004"
    assert manifest["counts"]["watches"] == 3 and manifest["counts"]["decisions"] == 2
    assert (backup / "chroma" / "chroma.sqlite3").is_file()

    db = migrated_database(data_dir)  # life goes on: a watch is removed, another draft is made
    with db.write() as session:
        session.execute(delete(Watch).where(Watch.id == before["watches"][0][0]))
    make_draft(db)
    db.dispose()
    (data_dir / "chroma").rename(tmp_path / "lost-chroma")

    restored = kuulo("restore", str(backup))
    assert restored.code == 0, restored.err
    assert "Moved the current database aside" in restored.out
    db = migrated_database(data_dir)
    assert _snapshot(db) == before
    db.dispose()
    assert list(data_dir.glob("kuulo.db.before-restore-*"))  # the replaced data is kept, not deleted
    doctor = kuulo("doctor")
    assert next(line for line in doctor.out.splitlines() if " chroma:" in line).startswith("✓ OK")


def test_restore_while_a_service_holds_the_lease_refuses_and_changes_nothing(kuulo: Kuulo, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    _populate(data_dir)
    backup = tmp_path / "backup"
    assert kuulo("backup", str(backup)).code == 0
    db = migrated_database(data_dir)
    holder = lease.Holder("elsewhere:4242:abc", "elsewhere", 4242)
    assert lease.acquire(db, holder, 300, datetime.now(UTC))
    make_draft(db)
    after = _snapshot(db)
    db.dispose()

    result = kuulo("restore", str(backup))
    assert result.code == 1
    assert "a Kuulo service is running (host elsewhere pid 4242); stop it first" in result.err
    db = migrated_database(data_dir)
    assert _snapshot(db) == after
    db.dispose()
    assert not list(data_dir.glob("*.before-restore-*"))


def test_backup_while_a_service_runs_is_taken_by_the_service_through_a_work_request(
    kuulo: Kuulo, tmp_path: Path
) -> None:
    from bot.services import Services

    data_dir = tmp_path / "data"
    before = _populate(data_dir)
    services = Services(make_settings(tmp_path))
    assert lease.acquire(services.db, lease.Holder("svc:1:x", "svc", 1), 300, datetime.now(UTC))
    stop = threading.Event()

    def service_loop() -> None:  # what the service's "work-requests" job does every few seconds
        while not stop.is_set():
            process_queued(services, request_handler)
            stop.wait(0.05)

    worker = threading.Thread(target=service_loop)
    worker.start()
    try:
        result = kuulo("backup", str(tmp_path / "b"))
    finally:
        stop.set()
        worker.join()
    assert result.code == 0, result.err
    assert "A scheduler is running (host svc pid 1); it does this backup" in result.err
    assert "Backed up the database" in result.out
    with services.db.read() as session:
        request = session.scalars(select(WorkRequest).where(WorkRequest.kind == "backup")).one()
    assert request.status == "done"
    services.close()
    copy = Database.open(f"sqlite:///{tmp_path / 'b' / 'kuulo.db'}", migrate=False)
    assert _snapshot(copy) == before
    copy.dispose()


def test_backup_of_a_postgresql_database_points_to_pg_dump(kuulo: Kuulo, tmp_path: Path) -> None:
    result = kuulo("backup", str(tmp_path / "b"), KUULO_DATABASE_URL="postgresql://kuulo@db.example/kuulo")
    assert result.code == 1
    assert "pg_dump" in result.err
    assert not (tmp_path / "b").exists()


def test_backup_into_a_non_empty_folder_refuses(kuulo: Kuulo, tmp_path: Path) -> None:
    _populate(tmp_path / "data")
    target = tmp_path / "b"
    target.mkdir()
    (target / "notes.txt").write_text("keep me")
    result = kuulo("backup", str(target))
    assert result.code == 1 and "is not empty" in result.err
    assert sorted(p.name for p in target.iterdir()) == ["notes.txt"]


def test_restore_of_a_folder_without_a_manifest_says_it_is_not_a_backup(kuulo: Kuulo, tmp_path: Path) -> None:
    (tmp_path / "nothing").mkdir()
    result = kuulo("restore", str(tmp_path / "nothing"))
    assert result.code == 1 and "is not a Kuulo backup" in result.err
