"""Approving a draft whose sign-off is signed by the approver: one compare-and-set fills the slot."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from bot.checks import CheckContext, frozen
from bot.errors import InvalidTransition
from bot.publishing.outbox import enqueue
from bot.review import decisions as review
from bot.storage.db import Database
from bot.storage.models import AuditEvent, Decision, Draft, DraftVersion, PublishJob
from bot.textnorm import text_hash
from tests.slack.factory import make_draft

SLOTTED = "Ingen bindningstid, uppsägningstiden är en månad. /{name}, Kraftverk"
SIGNED = "Ingen bindningstid, uppsägningstiden är en månad. /Mikko, Kraftverk"


def _context() -> dict[str, Any]:
    """A frozen context whose voice guidance asks for "/Name, Kraftverk" (no guidance to ground against)."""
    return frozen.snapshot(
        CheckContext(
            platform="reddit",
            comment_language="sv",
            brand_name="Kraftverk",
            legacy=True,
            signature="/{name}, Kraftverk",
        )
    )


def _slotted(db: Database, *, checked: bool = True) -> int:
    return make_draft(
        db, text=SLOTTED, comment_text="Har ni bindningstid?", language="sv", check_context=_context(), checked=checked
    )


def _rows(db: Database, draft_id: int) -> tuple[Draft, list[DraftVersion], list[PublishJob], list[Decision]]:
    with db.read() as session:
        draft = session.get(Draft, draft_id)
        assert draft is not None
        versions = list(session.scalars(select(DraftVersion).where(DraftVersion.draft_id == draft_id)))
        jobs = list(session.scalars(select(PublishJob).where(PublishJob.draft_id == draft_id)))
        decisions = list(session.scalars(select(Decision).where(Decision.draft_id == draft_id)))
        session.expunge_all()
        return draft, sorted(versions, key=lambda v: v.version), jobs, decisions


def test_kept_verdict_approval_signs_the_slot_in_the_same_compare_and_set(db: Database) -> None:
    draft_id = _slotted(db)
    shown = review.view(db, draft_id)
    assert shown.approvable, shown.blocking
    assert review.approve_if_checked(db, draft_id, "U1", "slack", shown.text_hash, signer="Mikko") is True
    draft, versions, [job], [decision] = _rows(db, draft_id)
    assert draft.status == "approved" and draft.current_version == 2
    assert [v.text for v in versions] == [SLOTTED, SIGNED]
    assert versions[1].author == "signature:U1"
    assert (job.text, job.text_hash, decision.text_hash) == (SIGNED, text_hash(SIGNED), text_hash(SIGNED))
    with db.read() as session:
        audit = session.scalars(select(AuditEvent).where(AuditEvent.action == "draft.approved")).one()
        assert audit.detail["signed_as"] == "Mikko" and audit.detail["shown_hash"] == shown.text_hash
    assert review.view(db, draft_id).text == SIGNED  # what the card and the log show


def test_approval_without_a_signer_is_refused_audited_and_publishes_nothing(db: Database) -> None:
    draft_id = _slotted(db)
    shown = review.view(db, draft_id)
    with pytest.raises(InvalidTransition, match=r"no signature is known.*/kuulo signature"):
        review.approve(db, draft_id, "U1", "cli", shown.text_hash)
    draft, versions, jobs, decisions = _rows(db, draft_id)
    assert (draft.status, len(versions), jobs, decisions) == ("pending", 1, [], [])
    with db.read() as session:
        refused = session.scalars(select(AuditEvent).where(AuditEvent.action == "draft.approve_refused")).all()
        assert refused and "signature" in refused[0].detail["reason"]


@pytest.mark.parametrize("name", ["evil.example.com", "Mikko 2", "<!channel>", "Name", "A" * 40])
def test_bad_signature_name_is_refused_with_a_clear_message(db: Database, name: str) -> None:
    draft_id = _slotted(db)
    shown = review.view(db, draft_id)
    with pytest.raises(InvalidTransition, match=r"cannot be signed: .*(not a name|placeholder|longer than 30)"):
        review.approve_if_checked(db, draft_id, "U1", "slack", shown.text_hash, signer=name)
    draft, versions, jobs, _decisions = _rows(db, draft_id)
    assert (draft.status, len(versions), jobs) == ("pending", 1, [])


def test_approval_that_runs_the_checks_signs_too_and_a_human_edit_keeps_its_slot(db: Database) -> None:
    draft_id = _slotted(db, checked=False)
    shown = review.view(db, draft_id)
    edited = "Nej, ingen bindningstid. /{name}, Kraftverk"
    review.approve(db, draft_id, "carol", "cli", shown.text_hash, text=edited, signer="Carol")
    draft, versions, [job], _decisions = _rows(db, draft_id)
    assert draft.status == "approved" and [v.version for v in versions] == [1, 2, 3]
    assert [v.author for v in versions[1:]] == ["human:carol", "signature:carol"]
    assert job.text == "Nej, ingen bindningstid. /Carol, Kraftverk"


def test_draft_without_a_slot_never_asks_for_a_signer(db: Database) -> None:
    draft_id = make_draft(db)

    def no_signer() -> str | None:
        raise AssertionError("a draft without a slot must not look up a signature")

    shown = review.view(db, draft_id)
    assert review.approve_if_checked(db, draft_id, "U1", "slack", shown.text_hash, signer=no_signer) is True
    _draft, versions, [job], _decisions = _rows(db, draft_id)
    assert len(versions) == 1 and job.text == shown.text


def test_text_with_a_slot_or_a_literal_placeholder_cannot_be_approved_or_queued(db: Database) -> None:
    draft_id = _slotted(db)
    shown = review.view(db, draft_id)
    literal = "Ingen bindningstid. /Name, Kraftverk"
    with pytest.raises(InvalidTransition, match="placeholder 'Name'"):
        review.approve(db, draft_id, "U1", "cli", shown.text_hash, text=literal, signer="Mikko")
    assert _rows(db, draft_id)[0].status == "pending"
    with db.write() as session, pytest.raises(InvalidTransition, match="must be signed first"):
        enqueue(session, draft_id, "reddit", SLOTTED, text_hash(SLOTTED))
