"""The review service and `kuulo review`: compare-and-set decisions bound to the text shown."""

from __future__ import annotations

import io
import json
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from bot.errors import InvalidTransition
from bot.review import decisions as review
from bot.storage.db import Database
from bot.storage.models import AuditEvent, Decision, Draft, DraftVersion, Post
from tests.slack.factory import make_draft
from tests.test_exports import validate_rows


def _decisions(db: Database, draft_id: int) -> list[Decision]:
    with db.read() as session:
        return list(session.scalars(select(Decision).where(Decision.draft_id == draft_id).order_by(Decision.id)))


def _audit_actions(db: Database, draft_id: int) -> list[str]:
    with db.read() as session:
        rows = session.scalars(select(AuditEvent).where(AuditEvent.subject_id == str(draft_id)).order_by(AuditEvent.id))
        return [row.action for row in rows]


def test_approve_with_the_shown_hash_approves_once_and_audits(db: Database) -> None:
    draft_id = make_draft(db)
    shown = review.view(db, draft_id)
    assert shown.approvable
    assert shown.intent == "question"
    assert shown.cited == ("faq-offline-1",)
    done = review.approve(db, draft_id, "U1", "slack", shown.text_hash)
    assert done.status == "approved"
    assert done.decided_by == "U1"
    [decision] = _decisions(db, draft_id)
    assert (decision.action, decision.via, decision.text_hash) == ("approved", "slack", shown.text_hash)
    assert _audit_actions(db, draft_id) == ["draft.approved"]


def test_second_approval_is_refused_saying_who_already_approved(db: Database) -> None:
    draft_id = make_draft(db)
    shown = review.view(db, draft_id)
    review.approve(db, draft_id, "alice", "cli", shown.text_hash)
    with pytest.raises(InvalidTransition, match=r"already approved by alice at \d{4}-\d{2}-\d{2}"):
        review.approve(db, draft_id, "bob", "slack", shown.text_hash)
    assert len(_decisions(db, draft_id)) == 1
    assert _audit_actions(db, draft_id) == ["draft.approved", "draft.approve_refused"]


def test_approval_with_a_stale_hash_is_refused_after_an_edit(db: Database) -> None:
    draft_id = make_draft(db)
    shown = review.view(db, draft_id)
    review.edit(db, draft_id, "carol", "slack", "Kyllä toimii, myös lentotilassa.", shown.text_hash)
    with pytest.raises(InvalidTransition, match="text changed since it was shown"):
        review.approve(db, draft_id, "bob", "slack", shown.text_hash)
    now = review.view(db, draft_id)
    assert now.status == "pending"
    assert now.version == 2
    assert now.version_author == "human:carol"
    assert now.model_text.startswith("Kiitos kysymyksestä")
    approved = review.approve(db, draft_id, "bob", "slack", now.text_hash)
    assert approved.status == "approved"
    assert approved.text == "Kyllä toimii, myös lentotilassa."


def test_approve_with_edited_text_keeps_the_model_version_beside_it(db: Database) -> None:
    draft_id = make_draft(db)
    shown = review.view(db, draft_id)
    done = review.approve(db, draft_id, "alice", "cli", shown.text_hash, text="Toimii offline.")
    assert done.status == "approved"
    assert done.version == 2
    assert done.edited_by_human
    with db.read() as session:
        texts = session.scalars(select(DraftVersion.text).where(DraftVersion.draft_id == draft_id)).all()
    assert sorted(texts) == sorted([shown.text, "Toimii offline."])
    assert [d.action for d in _decisions(db, draft_id)] == ["edited", "approved"]


def test_approving_an_empty_edit_is_refused_and_leaves_no_version(db: Database) -> None:
    draft_id = make_draft(db)
    shown = review.view(db, draft_id)
    with pytest.raises(InvalidTransition, match="the draft is empty"):
        review.approve(db, draft_id, "alice", "slack", shown.text_hash, text="   ")
    after = review.view(db, draft_id)
    assert after.status == "pending"
    assert after.version == 1
    assert _decisions(db, draft_id) == []
    assert _audit_actions(db, draft_id) == ["draft.approve_refused"]


def test_overlong_bluesky_draft_is_not_approvable(db: Database) -> None:
    draft_id = make_draft(db, platform="bluesky", text="x" * 301)
    shown = review.view(db, draft_id)
    assert not shown.approvable
    assert "bluesky allows 300" in shown.blocking[0]
    with pytest.raises(InvalidTransition, match="cannot be approved"):
        review.approve(db, draft_id, "alice", "cli", shown.text_hash)


def test_skip_after_approval_is_refused_and_audited(db: Database) -> None:
    draft_id = make_draft(db)
    review.approve(db, draft_id, "alice", "cli", review.view(db, draft_id).text_hash)
    with pytest.raises(InvalidTransition, match="already approved by alice"):
        review.skip(db, draft_id, "bob", "slack", "risky")
    assert _audit_actions(db, draft_id)[-1] == "draft.skip_refused"


def test_concurrent_approve_and_skip_race_yields_exactly_one_decision(db: Database) -> None:
    draft_id = make_draft(db)
    shown = review.view(db, draft_id)
    barrier = threading.Barrier(6)
    outcomes: list[str] = []

    def act(i: int) -> None:
        barrier.wait()
        try:
            if i % 2:
                review.approve(db, draft_id, f"U{i}", "slack", shown.text_hash)
            else:
                review.skip(db, draft_id, f"U{i}", "slack", "risky")
            outcomes.append("won")
        except InvalidTransition:
            outcomes.append("lost")

    threads = [threading.Thread(target=act, args=(i,)) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes) == ["lost"] * 5 + ["won"]
    assert len(_decisions(db, draft_id)) == 1
    with db.read() as session:
        assert session.scalar(select(Draft.status).where(Draft.id == draft_id)) in ("approved", "skipped")


def test_mark_posted_records_a_human_edit_post(db: Database) -> None:
    draft_id = make_draft(db)
    review.approve(db, draft_id, "alice", "slack", review.view(db, draft_id).text_hash, text="Toimii.")
    post = review.mark_posted(db, draft_id, "alice", "slack", "https://www.reddit.com/r/Suomi/comments/t1/x/abc/")
    assert post.drafter == "human edit"
    assert post.approver == "alice"
    assert post.text == "Toimii."
    again = review.mark_posted(db, draft_id, "alice", "slack", "https://www.reddit.com/r/Suomi/comments/t1/x/abc/")
    assert again.id == post.id
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Post)) == 1


def test_mark_posted_on_a_pending_draft_is_refused(db: Database) -> None:
    draft_id = make_draft(db)
    with pytest.raises(InvalidTransition, match="only approved drafts"):
        review.mark_posted(db, draft_id, "alice", "slack", "https://example.org/x")


def test_expire_stale_marks_old_pending_drafts_stale_only(db: Database) -> None:
    old = make_draft(db, created_at=datetime.now(UTC) - timedelta(hours=100))
    fresh = make_draft(db)
    assert review.expire_stale(db, hours=72) == 1
    assert review.view(db, old).status == "stale"
    assert review.view(db, fresh).status == "pending"


# -- the command line ----------------------------------------------------------------------
@pytest.fixture
def cli_db(tmp_path: Path) -> Iterator[Database]:
    database = Database.open(f"sqlite:///{tmp_path / 'data' / 'kuulo.db'}")
    yield database
    database.dispose()


def test_review_list_json_shows_pending_drafts_with_hash(kuulo: Any, cli_db: Database) -> None:
    draft_id = make_draft(cli_db)
    result = kuulo("review", "list", "--json")
    assert result.code == 0
    [row] = [json.loads(line) for line in result.out.splitlines()]
    assert row["id"] == draft_id
    assert row["approvable"] is True
    assert row["language"] == "fi"
    assert row["text_hash"] == review.view(cli_db, draft_id).text_hash


def test_review_approve_and_skip_commands_decide_as_the_terminal_user(
    kuulo: Any, cli_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("getpass.getuser", lambda: "terminal-user")
    first, second = make_draft(cli_db), make_draft(cli_db)
    assert kuulo("review", "approve", str(first), "--text", "Toimii ilman nettiä.").code == 0
    assert kuulo("review", "skip", str(second), "--reason", "already answered").code == 0
    again = kuulo("review", "approve", str(first))
    assert again.code == 1
    assert "already approved by terminal-user" in again.err
    assert [(d.action, d.decided_by, d.via) for d in _decisions(cli_db, second)] == [
        ("skipped", "terminal-user", "cli")
    ]
    assert review.view(cli_db, first).text == "Toimii ilman nettiä."


def test_interactive_review_approves_first_and_skips_second(
    kuulo: Any, cli_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = make_draft(cli_db), make_draft(cli_db, comment_text="Miksi tämä on niin kallis?")
    monkeypatch.setattr("sys.stdin", io.StringIO("approve\nskip\nrisky\n"))
    result = kuulo("review")
    assert result.code == 0, result.err
    assert "Miksi tämä on niin kallis?" in result.out
    assert "Cites: faq-offline-1" in result.out
    assert review.view(cli_db, first).status == "approved"
    assert review.view(cli_db, second).status == "skipped"
    assert _decisions(cli_db, second)[0].reason == "risky"


def test_drafts_export_matches_its_documented_schema(kuulo: Any, cli_db: Database) -> None:
    approved = make_draft(cli_db, cited=[{"id": "voice-1"}, "faq-2"])
    make_draft(cli_db, drafter="offline", language="sv", text="Tack för frågan!")
    review.approve(cli_db, approved, "alice", "slack", review.view(cli_db, approved).text_hash)
    result = kuulo("export", "--what", "drafts")
    assert result.code == 0
    rows = [json.loads(line) for line in result.out.splitlines()]
    validate_rows("drafts", rows)
    assert [r["status"] for r in rows] == ["approved", "pending"]
    assert rows[0]["cited"] == ["voice-1", "faq-2"]
    assert rows[0]["decided_by"] == "alice"
    assert rows[1]["decision"] is None
    assert rows[1]["drafter"] == "offline"


def test_interactive_edit_without_approval_keeps_the_draft_pending(
    kuulo: Any, cli_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("getpass.getuser", lambda: "editor")
    draft_id = make_draft(cli_db)
    monkeypatch.setattr("sys.stdin", io.StringIO("edit\nToimii, myös ilman verkkoa.\nn\n"))
    assert kuulo("review").code == 0
    after = review.view(cli_db, draft_id)
    assert after.status == "pending"
    assert (after.text, after.version_author) == ("Toimii, myös ilman verkkoa.", "human:editor")


def test_edit_adding_a_link_outside_the_allow_list_cannot_be_approved(db: Database) -> None:
    draft_id = make_draft(db)
    shown = review.view(db, draft_id)
    with pytest.raises(InvalidTransition, match="links"):
        review.approve(db, draft_id, "U1", "cli", shown.text_hash, text=shown.text + " https://evil.example/x")
    assert review.view(db, draft_id).status == "pending"


def test_edit_adding_a_slack_broadcast_cannot_be_approved(db: Database) -> None:
    draft_id = make_draft(db)
    shown = review.view(db, draft_id)
    with pytest.raises(InvalidTransition, match="mentions"):
        review.approve(db, draft_id, "U1", "cli", shown.text_hash, text=shown.text + " <!channel>")
