"""The pipeline after storing: drafts with their frozen checks, regeneration, edits making drafts stale."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from bot.demo.replay import ReplayServer
from bot.drafting import pipeline
from bot.services import Services
from bot.storage.models import Draft, DraftVersion, Opportunity
from bot.watching.polling import poll
from bot.watching.watches import add_watch
from knowledge.ingest import ingest
from tests.conftest import FI_THREAD, RECORDINGS, SAMPLE


def _pending(services: Services) -> list[Draft]:
    with services.db.read() as session:
        return list(session.scalars(select(Draft).where(Draft.status == "pending").order_by(Draft.id)))


def test_poll_drafts_with_a_frozen_check_context_that_passes(polled: Services) -> None:
    drafts = _pending(polled)
    assert drafts
    for draft in drafts:
        assert draft.check_context["platform"] == "reddit"
        assert draft.check_context["disclosure_required"] is True
        with polled.db.read() as session:
            version = session.scalar(select(DraftVersion).where(DraftVersion.draft_id == draft.id))
        assert version is not None
        assert pipeline.draft_checks.blocking(version.text, draft.check_context, "reddit") == []


def test_polling_again_drafts_nothing_new(polled: Services) -> None:
    before = len(_pending(polled))
    outcomes = poll(polled, include_all=True)
    assert [o.new for o in outcomes] == [0]
    assert [o.drafted for o in outcomes] == [0]
    assert len(_pending(polled)) == before


def _text(services: Services, draft_id: int) -> str:
    with services.db.read() as session:
        text = session.scalar(select(DraftVersion.text).where(DraftVersion.draft_id == draft_id))
    assert text is not None
    return text


def test_regenerate_with_shorter_replaces_the_draft_and_keeps_the_old_as_stale(polled: Services) -> None:
    # The longest draft of the thread (an answer of two statements) can lose one.
    old = max(_pending(polled), key=lambda d: len(_text(polled, d.id)))
    result = pipeline.regenerate(polled, {"draft_id": old.id, "instruction": "shorter"})
    assert result["lines"][0].startswith(f"Draft {old.id} regenerated as draft ")
    with polled.db.read() as session:
        refreshed = session.get(Draft, old.id)
        new = session.scalar(select(Draft).where(Draft.comment_id == old.comment_id, Draft.status == "pending"))
        old_text = session.scalar(select(DraftVersion.text).where(DraftVersion.draft_id == old.id))
        new_text = session.scalar(select(DraftVersion.text).where(DraftVersion.draft_id == new.id)) if new else None
    assert refreshed is not None and refreshed.status == "stale"
    assert new is not None and new.id != old.id
    assert new_text is not None and old_text is not None and len(new_text) < len(old_text)


def test_regenerate_with_shorter_keeps_a_draft_that_is_already_minimal_and_says_so(polled: Services) -> None:
    # One statement and the sign-off that says who writes: nothing can go, so no identical draft replaces it.
    drafts = _pending(polled)
    minimal = min(drafts, key=lambda d: len(_text(polled, d.id)))
    result = pipeline.regenerate(polled, {"draft_id": minimal.id, "instruction": "lyhyemmin"})
    assert result["lines"] == [f"Draft {minimal.id} kept: {pipeline.NO_SHORTER}."]
    assert [d.id for d in _pending(polled)] == [d.id for d in drafts]
    with polled.db.read() as session:
        opportunity = session.get(Opportunity, minimal.opportunity_id)
    assert opportunity is not None and opportunity.action == "draft"  # still a reply to make, not a digest item


def test_regenerate_of_a_decided_draft_changes_nothing(polled: Services) -> None:
    old = _pending(polled)[0]
    with polled.db.write() as session:
        draft = session.get(Draft, old.id)
        assert draft is not None
        draft.status = "approved"
    result = pipeline.regenerate(polled, {"draft_id": old.id, "instruction": "shorter"})
    assert result["lines"] == [f"Draft {old.id} is approved; nothing to regenerate."]


def test_an_edited_comment_makes_its_pending_draft_stale(polled: Services) -> None:
    draft = _pending(polled)[0]
    assert pipeline.mark_stale(polled, [draft.comment_id]) == 1
    with polled.db.read() as session:
        refreshed = session.get(Draft, draft.id)
    assert refreshed is not None and refreshed.status == "stale"


def test_own_comments_are_our_published_replies_and_brand_accounts(polled: Services) -> None:
    from bot.storage.models import Comment, Post

    with polled.db.write() as session:
        comments = list(session.scalars(select(Comment).order_by(Comment.id).limit(3)))
        draft = session.scalar(select(Draft))
        assert draft is not None
        session.add(
            Post(
                draft_id=draft.id,
                platform=comments[0].platform,
                external_id=comments[0].external_id,
                text="ours",
                approver="U1",
                drafter="offline",
            )
        )
        comments[1].author_name = "Revontuli_Official"
    ids = [c.id for c in comments]
    services = polled
    services.settings = services.settings.model_copy(update={"brand_accounts": "@revontuli_official"})
    assert pipeline.own_comments(services, ids) == {ids[0], ids[1]}


def test_a_brand_file_stating_the_brands_own_account_drafts_without_a_personal_line_and_checks_so(
    services_factory: Callable[..., Services], replay: ReplayServer, embedding_cache: Path, tmp_path: Path
) -> None:
    """``replies_from: brand_account``: the drafter and the frozen checks read it from the same brand file."""
    brand_file = tmp_path / "brand.yaml"
    brand_file.write_text((SAMPLE / "brand.yaml").read_text("utf-8") + "replies_from: brand_account\n", "utf-8")
    replay.load(RECORDINGS)
    services = services_factory(reddit_url=replay.url, embedding_cache=embedding_cache, brand_file=brand_file)
    ingest(services.guidance, [SAMPLE])
    add_watch(services.db, services.settings, FI_THREAD, objective="trust", topics=["lämpöpumput"])
    poll(services, include_all=True)
    drafts = _pending(services)
    assert drafts
    for draft in drafts:
        assert draft.check_context["replies_from"] == "brand_account"
        assert draft.check_context["disclosure_required"] is False
        with services.db.read() as session:
            version = session.scalar(select(DraftVersion).where(DraftVersion.draft_id == draft.id))
        assert version is not None
        assert "brand's own account" in (draft.rationale or "")  # the drafter read it: no personal line
        assert pipeline.draft_checks.blocking(version.text, draft.check_context, "reddit") == []
        # the voice's own sign-off ("– Aino, Revontuli") may stay; without it no disclosure is missing
        unsigned = version.text.replace("– Aino, Revontuli", "").strip()
        results = pipeline.draft_checks.check(unsigned, draft.check_context, "reddit")
        assert next(r for r in results if r.name == "disclosure").passed
