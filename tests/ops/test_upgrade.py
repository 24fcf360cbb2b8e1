"""Upgrades: a database of an earlier schema (tests/fixtures/db/kuulo-0002.sql) migrates forward, keeping its data."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from bot.review import decisions as review
from bot.storage.db import Database, head_revision
from bot.storage.models import Comment, Decision, Draft, DraftVersion, Post, Thread, Watch
from tests.conftest import FIXTURES, CliResult

Kuulo = Callable[..., CliResult]
OLD_SCHEMA = FIXTURES / "db" / "kuulo-0002.sql"


def _load_old_database(data_dir: Path) -> Path:
    data_dir.mkdir(parents=True)
    path = data_dir / "kuulo.db"
    connection = sqlite3.connect(path)
    connection.executescript(OLD_SCHEMA.read_text(encoding="utf-8"))
    connection.close()
    return path


def test_migrate_upgrades_a_revision_0002_database_to_head_without_losing_rows(kuulo: Kuulo, tmp_path: Path) -> None:
    path = _load_old_database(tmp_path / "data")
    old = Database.open(f"sqlite:///{path}", migrate=False)
    assert old.current_revision() == "0002"
    old.dispose()

    result = kuulo("migrate")
    assert result.code == 0, result.err
    assert f"Database at revision {head_revision()}" in result.out

    db = Database.open(f"sqlite:///{path}", migrate=False)
    assert db.current_revision() == head_revision()
    with db.read() as session:
        watches = {w.id: w for w in session.scalars(select(Watch))}
        assert sorted(watches) == [1, 2]
        assert watches[1].topics == ["offline", "hinta"] and watches[1].slack_channel == "CREVIEW"
        assert watches[2].paused and watches[2].failures == 3 and watches[2].thresholds == {"min_score": 0.5}
        assert not watches[1].listen_only and watches[1].parent_watch_id is None  # columns added by 0004
        assert session.scalars(select(Thread)).one().extra == {"subreddit": "Suomi"}
        assert [c.text for c in session.scalars(select(Comment).order_by(Comment.id))] == [
            "Toimiiko tämä ilman nettiä?",
            "Fungerar appen på svenska?",
        ]
        drafts = {d.id: d for d in session.scalars(select(Draft))}
        assert (drafts[1].status, drafts[1].current_version, drafts[2].status) == ("approved", 2, "pending")
        assert drafts[1].check_context == {}  # added by 0003 with its default
        assert len(session.scalars(select(DraftVersion)).all()) == 3
        decisions = session.scalars(select(Decision).order_by(Decision.id)).all()
        assert [(d.action, d.decided_by) for d in decisions] == [("edited", "UANNA"), ("approved", "UANNA")]
        post = session.scalars(select(Post)).one()
        assert post.external_id == "t1_r001" and post.metrics == {}
    assert review.view(db, 2).text == "Ja, appen finns på svenska."
    db.dispose()


def test_backup_before_an_upgrade_keeps_the_old_revision_and_restores_into_the_new_schema(
    kuulo: Kuulo, tmp_path: Path
) -> None:
    _load_old_database(tmp_path / "data")
    made = kuulo("backup", str(tmp_path / "before-upgrade"))
    assert made.code == 0, made.err
    manifest = json.loads((tmp_path / "before-upgrade" / "manifest.json").read_text())
    assert manifest["schema_revision"] == "0002"  # the backup command never migrates
    assert manifest["counts"] == {"watches": 2, "threads": 1, "comments": 2, "drafts": 2, "decisions": 2, "posts": 1}

    assert kuulo("migrate").code == 0
    restored = kuulo("restore", str(tmp_path / "before-upgrade"))
    assert restored.code == 0, restored.err
    assert f"revision 0002, now {head_revision()}" in restored.out
    assert "2 watches" in restored.out and "2 decisions" in restored.out
