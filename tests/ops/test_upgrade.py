"""Upgrades: a database of an earlier schema (tests/fixtures/db/kuulo-0002.sql) migrates forward, keeping its data."""

from __future__ import annotations

import json
import sqlite3
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select

from bot.demo.replay import ReplayServer
from bot.review import decisions as review
from bot.storage.db import Database, head_revision
from bot.storage.models import Comment, Decision, Draft, DraftVersion, Opportunity, Post, Thread, Watch, post_account
from bot.watching.threads import comment_hash
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
        assert post.account == post_account(post.url)  # 0017: the host it was published on joins the key
        thread_watch = session.scalars(select(Thread.watch_id)).one()
        assert {(o.brand_id, o.watch_id) for o in session.scalars(select(Opportunity))} == {(1, thread_watch)}
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


def _reddit_thread(*comments: tuple[str, str, str, float]) -> dict[str, Any]:
    """``GET /comments/1abcde.json`` as https://www.reddit.com/dev/api/ documents it (raw_json=1)."""
    children = [
        {
            "kind": "t1",
            "data": {
                "id": cid,
                "name": f"t1_{cid}",
                "parent_id": "t3_1abcde",
                "link_id": "t3_1abcde",
                "author": author,
                "author_fullname": f"t2_{author}",
                "body": body,
                "created_utc": created,
                "score": 5,
                "permalink": f"/r/Suomi/comments/1abcde/sovellus/{cid}/",
                "replies": "",
                "edited": False,
            },
        }
        for cid, author, body, created in comments
    ]
    post = {
        "kind": "t3",
        "data": {
            "id": "1abcde",
            "name": "t3_1abcde",
            "title": "Kokemuksia Revontuli-sovelluksesta?",
            "selftext": "Onko kukaan kokeillut?",
            "author": "op_user",
            "created_utc": 1740643200.0,
            "score": 41,
            "num_comments": len(children),
            "subreddit": "Suomi",
            "permalink": "/r/Suomi/comments/1abcde/sovellus/",
            "locked": False,
        },
    }
    return {
        "status": 200,
        "json": [
            {"kind": "Listing", "data": {"children": [post]}},
            {"kind": "Listing", "data": {"after": None, "before": None, "children": children}},
        ],
    }


def test_first_poll_after_the_upgrade_writes_no_comment_rows_and_fills_the_original_text(
    kuulo: Kuulo, tmp_path: Path, replay: ReplayServer
) -> None:
    """Change detection stays on the normalised form: an unchanged thread is not re-stored after
    the upgrade, yet its rows get what the authors wrote (here NFD letters, as some keyboards send)."""
    path = _load_old_database(tmp_path / "data")
    connection = sqlite3.connect(path)
    for row_id, text in connection.execute("SELECT id, text FROM comments").fetchall():  # hashes as 0002 wrote them
        connection.execute(
            "UPDATE comments SET content_hash = ? WHERE id = ?", (comment_hash(text, False, None), row_id)
        )
    connection.commit()
    connection.close()
    as_written = unicodedata.normalize("NFD", "Toimiiko tämä ilman nettiä?")
    replay.add(
        "GET",
        "/comments/1abcde.json",
        _reddit_thread(
            ("c001", "matti", as_written, 1740646800.0),
            ("c002", "anna", "Fungerar appen på svenska?", 1740650400.0),
        ),
    )
    env = {"KUULO_REDDIT_URL": replay.url}
    assert kuulo("migrate", **env).code == 0
    result = kuulo("poll", "--all", **env)
    assert result.code == 0, result.out + result.err
    assert "watch 1 https://www.reddit.com/r/Suomi/comments/1abcde/sovellus/: 0 new, 0 changed, 0 deleted" in result.out

    db = Database.open(f"sqlite:///{path}", migrate=False)
    with db.read() as session:
        rows = {c.external_id: c for c in session.scalars(select(Comment))}
    db.dispose()
    assert rows["c001"].text == "Toimiiko tämä ilman nettiä?"  # normalised (NFC) as before
    assert rows["c001"].original_text == as_written  # as it was written
    assert rows["c001"].updated_at == rows["c002"].updated_at  # not counted as an edit
    assert rows["c002"].original_text == "Fungerar appen på svenska?"
