"""One thread watched by two brands whose guidance contradicts each other on price: fetched once per
poll, its comments stored once, assessed and drafted per brand against that brand's own guidance,
each brand's cards in its own channel, its approvers only; removing one brand's watch keeps the
other's comments and drafts. Real Chroma, the offline drafter, the fake Slack Web API.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.brands.records import add_brand, remove_brand, set_value
from bot.demo.replay import ReplayServer
from bot.drafting.resume import resume, unfinished_for
from bot.review import decisions as review
from bot.services import Services
from bot.slack import blocks
from bot.slack.app import build_app
from bot.slack.cards import ChannelPacer, post_new_cards
from bot.slack.client import web_client
from bot.storage.models import Comment, Draft, DraftVersion, Opportunity, Thread, Watch
from bot.watching.polling import poll
from bot.watching.watches import add_watch, list_watches, remove_watch
from knowledge.ingest import ingest
from tests.brands.test_isolation import (
    DEFAULT_APPROVER,
    DEFAULT_CHANNEL,
    GLOBEX_APPROVER,
    GLOBEX_CHANNEL,
    GLOBEX_ONLY,
    REVONTULI_ONLY,
    _globex_guidance,
)
from tests.conftest import FI_THREAD, RECORDINGS, SAMPLE
from tests.fakes.slack_api import FakeSlack
from tests.slack.conftest import SECRET, block_action, dispatch, interaction


@pytest.fixture
def shared(
    services_factory: Callable[..., Services],
    replay: ReplayServer,
    embedding_cache: Path,
    database_url: str,
    tmp_path: Path,
) -> Iterator[tuple[Services, FakeSlack, ReplayServer]]:
    replay.load(RECORDINGS)
    with FakeSlack() as fake:
        services = services_factory(
            database_url=database_url,
            reddit_url=replay.url,
            embedding_cache=embedding_cache,
            brand_file=SAMPLE / "brand.yaml",
            slack_bot_token="xoxb-test-token",
            slack_signing_secret=SECRET,
            slack_api_url=fake.url,
            review_channel=DEFAULT_CHANNEL,
            approvers=DEFAULT_APPROVER,
        )
        globex = _globex_guidance(tmp_path / "globex")
        add_brand(services.db, "globex", display_name="Globex Oy", locale="fi")
        for key, value in (
            ("review_channel", GLOBEX_CHANNEL),
            ("approvers", GLOBEX_APPROVER),
            ("brand_file", str(globex / "brand.yaml")),
        ):
            set_value(services.db, "globex", key, value)
        ingest(services.guidance, [SAMPLE / "fi"])
        ingest(services.for_brand("globex").guidance, [globex / "fi"])
        add_watch(services.db, services.settings, FI_THREAD, objective="trust", topics=["lämpöpumput"])
        added = add_watch(
            services.db, services.settings, FI_THREAD, objective="sales", topics=["lämpöpumput"], brand="globex"
        )
        assert added.created, "a thread another brand watches gets a watch of this brand too"
        poll(services, include_all=True)
        yield services, fake, replay


def _drafts_by_brand(services: Services) -> dict[int, list[tuple[int, int, str, list[str]]]]:
    """Pending drafts by brand id (through their opportunity): (draft id, comment id, text, cited)."""
    out: dict[int, list[tuple[int, int, str, list[str]]]] = {}
    with services.db.read() as session:
        rows = session.execute(
            select(Draft.id, Draft.comment_id, DraftVersion.text, DraftVersion.cited, Opportunity.brand_id)
            .join(DraftVersion, (DraftVersion.draft_id == Draft.id) & (DraftVersion.version == Draft.current_version))
            .join(Opportunity, Opportunity.id == Draft.opportunity_id)
            .where(Draft.status == "pending")
        ).all()
    for draft_id, comment_id, text, cited, brand_id in rows:
        out.setdefault(brand_id, []).append((draft_id, comment_id, text, [str(c) for c in cited or []]))
    return out


@pytest.mark.slow
def test_a_thread_two_brands_watch_is_fetched_once_and_judged_by_each_with_its_own_guidance(
    shared: tuple[Services, FakeSlack, ReplayServer],
) -> None:
    services, fake, replay = shared
    assert len(replay.requests_to("/comments/1kuu01.json")) == 1  # one fetch for both brands
    globex_id = next(w.brand_id for w in list_watches(services.db, "globex"))
    with services.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Thread)) == 1
        comments = session.scalar(select(func.count()).select_from(Comment)) or 0
        judged = dict(session.execute(select(Opportunity.brand_id, func.count()).group_by(Opportunity.brand_id)).all())
        watches = {w.brand_id: w.id for w in session.scalars(select(Watch))}
        by_watch = dict(session.execute(select(Opportunity.brand_id, Opportunity.watch_id).distinct()).all())
    assert comments > 0 and judged == {1: judged[1], globex_id: judged[1]}  # every comment assessed by each brand
    assert by_watch == watches  # each brand's assessment is its own watch's (its objective, its topics)

    drafts = _drafts_by_brand(services)
    assert drafts.get(1) and drafts.get(globex_id), "both brands must draft for the test to mean anything"
    shared_comments = {c for _, c, _, _ in drafts[1]} & {c for _, c, _, _ in drafts[globex_id]}
    assert shared_comments, "the same comment gets a draft of each brand"
    for brand_id, forbidden in ((1, GLOBEX_ONLY), (globex_id, REVONTULI_ONLY)):
        own = services.for_brand_id(brand_id).guidance._vs.get()["ids"]
        for draft_id, _comment, text, cited in drafts[brand_id]:
            assert not [word for word in forbidden if word in text], (brand_id, draft_id, text)
            assert set(cited) <= set(own), (brand_id, draft_id, cited)

    # cards: each brand's drafts in its own channel; each brand's approver decides only its own
    counts = post_new_cards(services.db, web_client(services.settings), services.settings, "test", ChannelPacer(0))
    assert counts["failed"] == 0
    channel_of = {
        call.params["metadata"]["event_payload"]["draft_id"]: call.params["channel"]
        for call in fake.calls_to("chat.postMessage")
    }
    for brand_id, channel in ((1, DEFAULT_CHANNEL), (globex_id, GLOBEX_CHANNEL)):
        assert {channel_of[d] for d, _, _, _ in drafts[brand_id]} == {channel}
    app = build_app(services.db, services.settings, web_client(services.settings))
    globex_draft = drafts[globex_id][0][0]
    value = blocks.action_value(review.view(services.db, globex_draft))
    dispatch(app, interaction(block_action(blocks.APPROVE, value, user=DEFAULT_APPROVER, ts="9.1")))
    assert review.view(services.db, globex_draft).status == "pending"
    dispatch(app, interaction(block_action(blocks.APPROVE, value, user=GLOBEX_APPROVER, ts="9.2")))
    assert review.view(services.db, globex_draft).status == "approved"
    assert review.view(services.db, globex_draft).objective == "sales"  # Globex's watch's objective

    # nothing is left unfinished for either brand, and resuming adds nothing
    assert not [u for u in unfinished_for(services) if u.stage in ("signals", "opportunity", "draft") and u.count]
    assert resume(services).resumed == 0


@pytest.mark.slow
def test_removing_the_watch_that_stored_a_shared_thread_keeps_it_for_the_other_brand(
    shared: tuple[Services, FakeSlack, ReplayServer],
) -> None:
    services, _fake, _replay = shared
    globex_id = next(w.brand_id for w in list_watches(services.db, "globex"))
    before = _drafts_by_brand(services)
    [default_watch] = list_watches(services.db, "default")
    remove_watch(services.db, default_watch.id)
    after = _drafts_by_brand(services)
    assert after.get(globex_id) == before[globex_id] and not after.get(1)
    with services.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Comment))
        [thread] = session.scalars(select(Thread))
        assert thread.watch_id == next(w.id for w in list_watches(services.db, "globex"))
    removal = remove_brand(services.db, "globex", force=True)
    assert removal.drafts_removed == len(before[globex_id])
    with services.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Comment)) == 0
