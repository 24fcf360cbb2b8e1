"""The install-wide cap per community (``KUULO_INSTALL_COMMUNITY_WEEKLY_REPLIES``): several brands together
cannot each spend a weekly budget in one subreddit. A brand's own budget (``community_weekly_replies``)
counts its own replies; the cap counts every brand's. Both are checked where budgets are: when a comment is
assessed (no draft) and again when an approved reply is about to be published (the job waits)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select

from bot.brands.records import add_brand, set_value
from bot.opportunities.assess import _score_input
from bot.opportunities.scoring import Score, ScoreInput, score_opportunity
from bot.publishing.outbox import BUDGET_WINDOW, _gates, enqueue
from bot.services import Services
from bot.signals.types import Signals
from bot.storage.db import Database
from bot.storage.models import Comment, Draft, Post, PublishJob, Thread
from tests.slack.factory import make_draft

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
QUESTION = Signals(language="fi", intent="question", emotion="neutral", method="offline")


def _in_suomi(db: Database, draft_id: int) -> tuple[int, int]:
    """Put the draft's thread in r/Suomi; (comment id, thread id)."""
    with db.write() as session:
        draft = session.get(Draft, draft_id)
        assert draft is not None
        comment = session.get(Comment, draft.comment_id)
        assert comment is not None
        thread = session.get(Thread, comment.thread_id)
        assert thread is not None
        thread.extra = {"subreddit": "Suomi"}
        return comment.id, thread.id


def _published(db: Database, draft_id: int, at: datetime) -> None:
    _in_suomi(db, draft_id)
    with db.write() as session:
        session.add(
            Post(
                draft_id=draft_id,
                platform="reddit",
                external_id=f"r{draft_id}",
                text="vastaus",
                approver="U1",
                drafter="offline",
                published_at=at,
            )
        )


def _inputs(services: Services, brand: str, draft_id: int) -> dict[str, Any]:
    comment_id, thread_id = _in_suomi(services.db, draft_id)
    scoped = services.for_brand(brand)
    with services.db.read() as session:
        comment, thread = session.get(Comment, comment_id), session.get(Thread, thread_id)
        assert comment is not None and thread is not None
        return _score_input(session, scoped.settings, comment, thread, QUESTION, "trust", {}, NOW, scoped.brand_id or 1)


def _score(inputs: dict[str, Any]) -> Score:
    """Scored as a question the brand's guidance answers, so only the budgets can stop its draft."""
    return score_opportunity(ScoreInput(**inputs, answer_similarity=0.95, answer_kind="faq", relevance=0.9))


def test_a_brands_budget_counts_its_own_replies_and_the_install_cap_every_brands(
    services_factory: Callable[..., Services], database_url: str
) -> None:
    services = services_factory(database_url=database_url, community_weekly_replies=2)  # cap: the default 3
    add_brand(services.db, "kajo")
    for n in range(2):  # default spends its own budget of 2 in r/Suomi
        _published(services.db, make_draft(services.db), NOW - timedelta(days=1, minutes=n))
    default_in, kajo_in = (
        _inputs(services, "default", make_draft(services.db)),
        _inputs(services, "kajo", make_draft(services.db, brand_id=2)),
    )
    assert default_in["community_replies_this_week"] == 2 and kajo_in["community_replies_this_week"] == 0
    assert default_in["install_community_replies_this_week"] == kajo_in["install_community_replies_this_week"] == 2
    assert kajo_in["install_community_cap"] == 3
    # default's own budget is spent; kajo's is not and the install's cap of 3 is not reached yet
    assert "weekly budget of 2" in _score(default_in).reason
    assert kajo_in["community_replies_this_week"] < kajo_in["community_budget"]

    _published(services.db, make_draft(services.db, brand_id=2), NOW - timedelta(hours=5))  # kajo's first
    kajo_in = _inputs(services, "kajo", make_draft(services.db, brand_id=2))
    assert (kajo_in["community_replies_this_week"], kajo_in["install_community_replies_this_week"]) == (1, 3)
    capped = _score(kajo_in)
    assert capped.parts["gate"] == "all brands' weekly cap of 3 replies in this community is spent"
    assert capped.action != "draft"

    set_value(services.db, "kajo", "community_weekly_replies", "5")
    wider = services_factory(database_url=database_url, community_weekly_replies=2, install_community_weekly_replies=10)
    kajo_in = _inputs(wider, "kajo", make_draft(wider.db, brand_id=2))
    assert kajo_in["install_community_cap"] == 10 and kajo_in["community_budget"] == 5
    assert _score(kajo_in).parts["gate"] is None


def _job(db: Database, draft_id: int) -> int:
    _in_suomi(db, draft_id)
    with db.write() as session:
        enqueue(session, draft_id, "reddit", "vastaus", "h")
    with db.read() as session:
        job = session.scalar(select(PublishJob.id).where(PublishJob.draft_id == draft_id))
    assert job is not None
    return job


def test_publishing_waits_while_every_brands_replies_fill_the_install_cap(
    services_factory: Callable[..., Services], database_url: str
) -> None:
    services = services_factory(
        database_url=database_url, community_weekly_replies=3, install_community_weekly_replies=3
    )
    add_brand(services.db, "kajo")
    first = NOW - timedelta(days=2)
    for n in range(2):
        _published(services.db, make_draft(services.db), first + timedelta(hours=n))  # default: 2 of its 3
    _published(services.db, make_draft(services.db, brand_id=2), first + timedelta(hours=2))  # kajo: 1 of its 3
    blocked, wait = _gates(services, _job(services.db, make_draft(services.db, brand_id=2)), NOW)
    assert blocked is None and wait == first + BUDGET_WINDOW  # all brands: 3 of 3; waits for the oldest to age

    roomy = services_factory(database_url=database_url, community_weekly_replies=3, install_community_weekly_replies=5)
    assert _gates(roomy, _job(roomy.db, make_draft(roomy.db, brand_id=2)), NOW) == (None, None)
    _published(roomy.db, make_draft(roomy.db), first + timedelta(hours=3))  # default: 3 of its own 3
    blocked, wait = _gates(roomy, _job(roomy.db, make_draft(roomy.db)), NOW)
    assert wait == first + BUDGET_WINDOW  # default's own budget is spent; the cap (4 of 5) is not
    assert _gates(roomy, _job(roomy.db, make_draft(roomy.db, brand_id=2)), NOW) == (None, None)  # kajo: 1 of 3
