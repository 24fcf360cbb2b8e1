"""Unfinished work is found from the rows each stage writes and finished, oldest first, before new work.

The database states here are the ones a SIGKILL leaves (``tests/crash/test_random_kills.py`` makes
them with real processes): comments stored whose assessment never committed, an edit stored whose
drafts were never made stale, an approval whose publish job is missing.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import delete, func, select, update

from bot.digest import text
from bot.drafting import resume
from bot.publishing.outbox import run_outbox
from bot.review import decisions as review
from bot.services import Services
from bot.slack.digest import digest_for
from bot.storage.models import Comment, Draft, Opportunity, PublishJob, Signal, utcnow
from bot.watching.threads import comment_hash
from scheduler.status import collect, render
from scheduler.tasks import poll_request


def counts(services: Services) -> dict[str, int]:
    return {item.stage: item.count for item in resume.unfinished_for(services)}


def strand(services: Services, how_many: int) -> list[int]:
    """Make the oldest comments look stored-but-never-assessed, as a kill right after storing leaves them."""
    with services.db.write() as session:
        ids = list(session.scalars(select(Opportunity.comment_id).order_by(Opportunity.comment_id).limit(how_many)))
        session.execute(delete(Draft).where(Draft.comment_id.in_(ids)))
        session.execute(delete(Opportunity).where(Opportunity.comment_id.in_(ids)))
        session.execute(delete(Signal).where(Signal.comment_id.in_(ids)))
    return ids


def test_a_poll_assesses_and_drafts_stranded_comments_first_and_says_how_many(polled: Services) -> None:
    assert counts(polled) == {"signals": 0, "opportunity": 0, "draft": 0, "outbox": 0}
    with polled.db.read() as session:
        drafted_before = session.scalar(select(func.count(func.distinct(Draft.comment_id))))
    stranded = strand(polled, 3)
    assert counts(polled)["signals"] == 3

    lines = poll_request(polled, {"include_all": True})["lines"]

    with polled.db.read() as session:
        actions = dict(session.execute(select(Opportunity.comment_id, Opportunity.action)).all())
        drafted_after = session.scalar(select(func.count(func.distinct(Draft.comment_id))))
    redrafted = sum(actions[i] == "draft" for i in stranded)
    assert redrafted >= 1
    assert lines[0] == f"resumed unfinished work: 3 comments assessed, {redrafted} drafted"
    assert lines[1].endswith(": 0 new, 0 changed, 0 deleted")  # the new work came after
    assert drafted_after == drafted_before
    assert counts(polled) == {"signals": 0, "opportunity": 0, "draft": 0, "outbox": 0}
    again = poll_request(polled, {"include_all": True})["lines"]
    assert not again[0].startswith("resumed")


def test_resuming_twice_redoes_nothing(polled: Services) -> None:
    strand(polled, 2)
    first = resume.resume(polled)
    with polled.db.read() as session:
        signals = {s.comment_id: (s.computed_at, s.content_hash) for s in session.scalars(select(Signal))}
        drafts = list(session.scalars(select(Draft.id).order_by(Draft.id)))
    second = resume.resume(polled)
    with polled.db.read() as session:
        assert {s.comment_id: (s.computed_at, s.content_hash) for s in session.scalars(select(Signal))} == signals
        assert list(session.scalars(select(Draft.id).order_by(Draft.id))) == drafts
    assert first.assessed == 2
    assert second.resumed == 0 and second.line() is None


def test_an_edit_stored_before_a_crash_makes_the_old_drafts_stale_and_is_drafted_again(polled: Services) -> None:
    with polled.db.read() as session:
        draft = session.scalars(select(Draft).where(Draft.status == "pending").order_by(Draft.id)).first()
        assert draft is not None
        comment = session.get(Comment, draft.comment_id)
        assert comment is not None
    edited = (comment.text or "") + " Ja toimiiko se myös pakkasella?"
    with polled.db.write() as session:  # what store_thread commits for an edit, and nothing after it
        session.execute(
            update(Comment)
            .where(Comment.id == comment.id)
            .values(text=edited, content_hash=comment_hash(edited, False, None), updated_at=utcnow())
        )
    assert counts(polled)["signals"] == 1

    report = resume.resume(polled)

    with polled.db.read() as session:
        statuses = dict(session.execute(select(Draft.id, Draft.status).where(Draft.comment_id == comment.id)).all())
        action = session.scalar(select(Opportunity.action).where(Opportunity.comment_id == comment.id))
    assert report.assessed == 1
    assert statuses[draft.id] == "stale"
    if action == "draft":
        assert report.drafted == 1
        assert sum(s == "pending" for s in statuses.values()) >= 1
    assert counts(polled)["draft"] == 0


def test_a_skipped_draft_answers_its_opportunity_and_is_not_drafted_again(polled: Services) -> None:
    with polled.db.read() as session:
        pending = list(session.scalars(select(Draft).where(Draft.status == "pending").order_by(Draft.id)))
    comment_id = pending[0].comment_id
    for draft in [d for d in pending if d.comment_id == comment_id]:
        review.skip(polled.db, draft.id, "anna", "cli", "not relevant")
    report = resume.resume(polled)
    assert report.resumed == 0
    with polled.db.read() as session:
        assert (
            session.scalar(select(func.count()).where(Draft.comment_id == comment_id, Draft.status == "pending")) == 0
        )


def test_status_shows_each_unfinished_stage_with_its_oldest_item(polled: Services) -> None:
    strand(polled, 2)
    with polled.db.write() as session:
        session.execute(update(Comment).values(first_seen_at=utcnow() - timedelta(hours=2)))
    lines = render(collect(polled.db, utcnow(), polled.settings), polled.settings)
    head = lines.index(next(line for line in lines if line.startswith("Unfinished work")))
    assert lines[head].startswith("Unfinished work (each poll resumes it, oldest first")
    assert lines[head + 1].startswith("  signals: 2 comments waiting for signals, oldest since ")
    resume.resume(polled)
    assert "Unfinished work: none" in render(collect(polled.db, utcnow(), polled.settings), polled.settings)


def test_the_digest_mentions_unfinished_work_only_once_it_is_over_an_hour_old(polled: Services) -> None:
    strand(polled, 2)
    today = date.today()
    fresh = text.render(digest_for(polled.db, polled.settings, today, utcnow()), "fi")
    assert "kesken" not in fresh
    later = utcnow() + timedelta(hours=2)
    rendered = text.render(digest_for(polled.db, polled.settings, today, later), "fi")
    assert "Yli tunnin kesken ollut työ: seuraava haku jatkaa sitä" in rendered
    assert "  2 kommenttia odottaa signaaleja, vanhin 2 h" in rendered
    english = text.render(digest_for(polled.db, polled.settings, today, later), "en")
    assert "2 comments waiting for signals, oldest 2 h" in english


def test_an_approved_draft_without_a_publish_job_is_queued_by_the_outbox(polled: Services) -> None:
    with polled.db.read() as session:
        draft = session.scalars(select(Draft).where(Draft.status == "pending").order_by(Draft.id)).first()
        assert draft is not None
    shown = review.view(polled.db, draft.id)
    review.approve(polled.db, draft.id, "anna", "cli", review.text_hash(shown.text))
    with polled.db.write() as session:  # an approval from before the outbox existed
        session.execute(delete(PublishJob).where(PublishJob.draft_id == draft.id))
    assert counts(polled)["outbox"] == 1
    report = run_outbox(polled)
    with polled.db.read() as session:
        job = session.scalar(select(PublishJob).where(PublishJob.draft_id == draft.id))
    assert job is not None and job.text == shown.text
    assert report.resumed == [job.id]
    assert job.state == "manual"  # reddit is not in KUULO_PUBLISH: a person posts it
    assert counts(polled)["outbox"] == 0
