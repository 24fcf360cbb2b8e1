"""The checks' verdict kept with a draft: an approval compares hashes instead of running the checks."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select, update

from bot.checks import frozen
from bot.checks.version import checks_version
from bot.errors import InvalidTransition
from bot.review import decisions as review
from bot.storage.db import Database
from bot.storage.models import Decision, Draft, DraftVersion, PublishJob
from bot.textnorm import text_hash
from tests.slack.factory import make_draft


@pytest.fixture
def checks_run(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts the draft checks were run on during the test."""
    seen: list[str] = []
    real = frozen.run_checks

    def counting(text: str, context: Any) -> Any:
        seen.append(text)
        return real(text, context)

    monkeypatch.setattr(frozen, "run_checks", counting)
    return seen


def _draft(db: Database, draft_id: int) -> Draft:
    with db.read() as session:
        draft = session.get(Draft, draft_id)
        assert draft is not None
        return draft


def _count(db: Database, model: Any, draft_id: int) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(model).where(model.draft_id == draft_id)) or 0)


def test_draft_with_a_passing_verdict_is_approved_without_running_the_checks(
    db: Database, checks_run: list[str]
) -> None:
    draft_id = make_draft(db)  # with its verdict, as the drafting stage stores it
    checks_run.clear()
    shown = review.view(db, draft_id)
    assert shown.approvable and checks_run == []  # the card shows the kept verdict too
    assert review.approve_if_checked(db, draft_id, "U1", "slack", shown.text_hash) is True
    assert checks_run == []
    assert review.view(db, draft_id).status == "approved"
    assert (_count(db, Decision, draft_id), _count(db, PublishJob, draft_id)) == (1, 1)
    with pytest.raises(InvalidTransition, match="already approved by U1"):
        review.approve_if_checked(db, draft_id, "U2", "slack", shown.text_hash)
    assert (_count(db, Decision, draft_id), _count(db, PublishJob, draft_id)) == (1, 1)


def test_draft_without_a_verdict_is_not_approved_until_its_checks_run(db: Database, checks_run: list[str]) -> None:
    draft_id = make_draft(db, checked=False)
    shown_hash = text_hash("Kiitos kysymyksestä! Sovellus toimii myös offline-tilassa.")
    assert review.approve_if_checked(db, draft_id, "U1", "slack", shown_hash) is False
    assert checks_run == [] and _draft(db, draft_id).status == "pending"
    assert _count(db, Decision, draft_id) == 0
    review.decide_approval(db, draft_id, "U1", "slack", shown_hash)  # what the background does next
    draft = _draft(db, draft_id)
    assert checks_run and draft.status == "approved"
    assert (draft.checked_hash, draft.checks_version, draft.checks_passed) == (shown_hash, checks_version(), True)


def test_verdict_of_other_checks_is_not_trusted(db: Database) -> None:
    draft_id = make_draft(db)
    with db.write() as session:
        session.execute(update(Draft).where(Draft.id == draft_id).values(checks_version="0" * 16))
    shown = review.view(db, draft_id)
    assert review.approve_if_checked(db, draft_id, "U1", "slack", shown.text_hash) is False
    assert _draft(db, draft_id).status == "pending"


def test_passing_verdict_of_another_text_approves_nothing(db: Database) -> None:
    draft_id = make_draft(db)
    bad = "Osta nyt: https://phishing.example.net/x"
    with db.write() as session:  # the text changed without its verdict (a hand edit of the row)
        session.execute(
            update(DraftVersion).where(DraftVersion.draft_id == draft_id).values(text=bad, content_hash=text_hash(bad))
        )
    assert review.approve_if_checked(db, draft_id, "U1", "slack", text_hash(bad)) is False  # its verdict is another's
    with db.write() as session:  # and a verdict naming the shown hash does not cover a current text that differs
        session.execute(
            update(Draft).where(Draft.id == draft_id).values(checked_hash=text_hash("Kiitos!"), checks_passed=True)
        )
    with pytest.raises(InvalidTransition, match="text changed since it was shown"):
        review.approve_if_checked(db, draft_id, "U1", "slack", text_hash("Kiitos!"))
    with pytest.raises(InvalidTransition, match="links"):
        review.approve(db, draft_id, "U1", "slack", text_hash(bad))
    assert _draft(db, draft_id).status == "pending" and _count(db, PublishJob, draft_id) == 0


def test_failing_verdict_refuses_with_its_failures_without_running_the_checks(
    db: Database, checks_run: list[str]
) -> None:
    draft_id = make_draft(db, text="Lue lisää: https://phishing.example.net/x")
    checks_run.clear()
    shown = review.view(db, draft_id)
    assert not shown.approvable and any("links" in f for f in shown.blocking)
    with pytest.raises(InvalidTransition, match="cannot be approved: links"):
        review.approve_if_checked(db, draft_id, "U1", "slack", shown.text_hash)
    assert checks_run == [] and _draft(db, draft_id).status == "pending"


def test_edit_keeps_the_verdict_it_was_checked_with_or_none(db: Database) -> None:
    draft_id = make_draft(db)
    shown = review.view(db, draft_id)
    checked_text = "Kyllä toimii, myös lentotilassa."
    review.edit(db, draft_id, "carol", "slack", checked_text, shown.text_hash, failures=[])
    draft = _draft(db, draft_id)
    assert (draft.checked_hash, draft.checks_passed, draft.check_failures) == (text_hash(checked_text), True, [])
    review.edit(db, draft_id, "carol", "cli", "Toimii.", text_hash(checked_text))  # not checked by the caller
    draft = _draft(db, draft_id)
    assert (draft.checked_hash, draft.checks_version, draft.checks_passed) == (None, None, None)
    assert review.approve_if_checked(db, draft_id, "U1", "cli", text_hash("Toimii.")) is False
