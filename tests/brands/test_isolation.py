"""Isolation of brands, end to end: two brands whose guidance contradicts each other (brand name, site,
campaign prices) watch the same recorded questions in two threads. Real Chroma (one collection each),
the offline drafter, the real Slack client against the fake Slack Web API, a real Bolt app.

No guidance, draft, card, approval or digest line of one brand may reach the other.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from bot.brands.records import add_brand, set_value
from bot.demo.replay import ReplayServer
from bot.review import decisions as review
from bot.services import Services
from bot.slack import blocks
from bot.slack.app import build_app
from bot.slack.cards import ChannelPacer, post_new_cards
from bot.slack.client import web_client
from bot.slack.digest import digest_job
from bot.storage.models import Comment, Draft, DraftVersion, Thread, Watch
from bot.watching.polling import poll
from bot.watching.watches import add_watch
from knowledge.ingest import ingest
from tests.conftest import FI_THREAD, RECORDINGS, SAMPLE
from tests.fakes.slack_api import FakeSlack
from tests.slack.conftest import SECRET, block_action, dispatch, interaction

GLOBEX_THREAD = "https://www.reddit.com/r/Suomi/comments/1kuu77/lampopumppu_omakotitaloon/"
DEFAULT_CHANNEL, GLOBEX_CHANNEL = "C0DEFAULTREVIEW", "C0GLOBEXREVIEW"
DEFAULT_DIGEST, GLOBEX_DIGEST = "C0DEFAULTDIGEST", "C0GLOBEXDIGEST"
DEFAULT_APPROVER, GLOBEX_APPROVER = "UDEFAULTAPPROVER", "UGLOBEXAPPROVER"
# What only brand default's guidance says, and what only Globex's says (the same facts, contradicting).
REVONTULI_ONLY = ("Revontuli", "revontuli.example", "1 000 €", "500 €")
GLOBEX_ONLY = ("Globex", "globex.example", "7 777 €", "4 444 €")


def _globexify(text: str) -> str:
    for ours, theirs in zip(REVONTULI_ONLY, GLOBEX_ONLY, strict=True):
        text = text.replace(ours, theirs)
    return text


def _globex_guidance(folder: Path) -> Path:
    """Brand Globex: the sample's Finnish guidance and brand file with its own name, site and prices."""
    (folder / "fi").mkdir(parents=True)
    for path in (SAMPLE / "fi").glob("*.md"):
        (folder / "fi" / path.name).write_text(_globexify(path.read_text("utf-8")), "utf-8")
    (folder / "brand.yaml").write_text(_globexify((SAMPLE / "brand.yaml").read_text("utf-8")), "utf-8")
    return folder


def _globex_thread(replay: ReplayServer) -> None:
    """The recorded Finnish thread again as thread 1kuu77, with its own comment ids (g1, g2, ...)."""
    cassette = json.loads(RECORDINGS.read_text("utf-8"))
    [first] = [i for i in cassette["interactions"] if i["request"]["path"] == "/comments/1kuu01.json"]
    text = re.sub(r'(?<=["_/])f(\d+)(?=["/])', r"g\1", json.dumps(first).replace("1kuu01", "1kuu77"))
    replay.load({"interactions": [json.loads(text)]})


@pytest.fixture
def two_brands(
    services_factory: Callable[..., Services],
    replay: ReplayServer,
    embedding_cache: Path,
    database_url: str,
    tmp_path: Path,
) -> Iterator[tuple[Services, FakeSlack]]:
    replay.load(RECORDINGS)
    _globex_thread(replay)
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
            digest_channel=DEFAULT_DIGEST,
            digest_time="00:00",
        )
        globex = _globex_guidance(tmp_path / "globex")
        add_brand(services.db, "globex", display_name="Globex Oy", locale="fi")
        for key, value in (
            ("review_channel", GLOBEX_CHANNEL),
            ("approvers", GLOBEX_APPROVER),
            ("digest_channel", GLOBEX_DIGEST),
            ("digest_time", "00:00"),
            ("brand_file", str(globex / "brand.yaml")),
        ):
            set_value(services.db, "globex", key, value)
        ingest(services.guidance, [SAMPLE / "fi"])
        ingest(services.for_brand("globex").guidance, [globex / "fi"])
        add_watch(services.db, services.settings, FI_THREAD, objective="trust", topics=["lämpöpumput"])
        add_watch(
            services.db, services.settings, GLOBEX_THREAD, objective="trust", topics=["lämpöpumput"], brand="globex"
        )
        poll(services, include_all=True)
        yield services, fake


def _drafts(services: Services) -> dict[str, list[tuple[int, str, list[Any]]]]:
    """Pending drafts by brand name (through their watch): (id, text, cited)."""
    out: dict[str, list[tuple[int, str, list[Any]]]] = {"default": [], "globex": []}
    with services.db.read() as session:
        rows = session.execute(
            select(Draft.id, DraftVersion.text, DraftVersion.cited, Watch.brand_id)
            .join(DraftVersion, (DraftVersion.draft_id == Draft.id) & (DraftVersion.version == Draft.current_version))
            .join(Comment, Comment.id == Draft.comment_id)
            .join(Thread, Thread.id == Comment.thread_id)
            .join(Watch, Watch.id == Thread.watch_id)
            .where(Draft.status == "pending")
        ).all()
    for draft_id, text, cited, brand_id in rows:
        out["default" if brand_id == 1 else "globex"].append((draft_id, text, list(cited or [])))
    return out


def _passages(services: Services, brand: str) -> dict[str, str]:
    """The brand's guidance collection: passage id -> text."""
    found = services.for_brand(brand).guidance._vs.get(include=["documents"])
    return dict(zip(found["ids"], found["documents"] or [], strict=True))


@pytest.mark.slow
def test_two_brands_never_see_each_others_guidance_drafts_cards_approvals_or_digest(
    two_brands: tuple[Services, FakeSlack],
) -> None:
    services, fake = two_brands
    drafts = _drafts(services)
    assert drafts["default"] and drafts["globex"], "both brands must have drafted for the test to mean anything"

    # guidance: each brand's collection holds only its own passages, and drafts cite only their own brand's
    default_guidance, globex_guidance = _passages(services, "default"), _passages(services, "globex")
    assert not [t for t in default_guidance.values() if any(word in t for word in GLOBEX_ONLY)]
    assert not [t for t in globex_guidance.values() if any(word in t for word in REVONTULI_ONLY)]
    for brand, own, forbidden in (
        ("default", default_guidance, GLOBEX_ONLY),
        ("globex", globex_guidance, REVONTULI_ONLY),
    ):
        for draft_id, text, cited in drafts[brand]:
            assert set(cited) <= set(own), (brand, draft_id, cited)
            assert not [word for word in forbidden if word in text], (brand, draft_id, text)
    assert any("Globex" in text for _, text, _ in drafts["globex"])  # Globex signs as Globex, not Revontuli

    # cards: each brand's drafts go to its own review channel, Globex's naming Globex
    counts = post_new_cards(services.db, web_client(services.settings), services.settings, "test", ChannelPacer(0))
    assert counts["posted"] == len(drafts["default"]) + len(drafts["globex"]) and counts["failed"] == 0
    by_draft = {}
    for call in fake.calls_to("chat.postMessage"):
        draft_id = call.params["metadata"]["event_payload"]["draft_id"]
        by_draft[draft_id] = call.params
    for brand, channel, other in (("default", DEFAULT_CHANNEL, GLOBEX_CHANNEL), ("globex", GLOBEX_CHANNEL, None)):
        for draft_id, _text, _cited in drafts[brand]:
            posted = by_draft[draft_id]
            assert posted["channel"] == channel
            shown = json.dumps(posted["blocks"], ensure_ascii=False)
            assert ("Brändi: Globex Oy" in shown) == (brand == "globex")
            assert other is None or other not in shown

    # approvals: an approver of one brand is refused on the other's draft; the right approver decides
    app = build_app(services.db, services.settings, web_client(services.settings))
    globex_draft, default_draft = drafts["globex"][0][0], drafts["default"][0][0]
    for draft_id, stranger, approver in (
        (globex_draft, DEFAULT_APPROVER, GLOBEX_APPROVER),
        (default_draft, GLOBEX_APPROVER, DEFAULT_APPROVER),
    ):
        value = blocks.action_value(review.view(services.db, draft_id))
        dispatch(app, interaction(block_action(blocks.APPROVE, value, user=stranger, ts=f"9.{draft_id}")))
        assert review.view(services.db, draft_id).status == "pending", f"{stranger} decided on draft {draft_id}"
        dispatch(app, interaction(block_action(blocks.APPROVE, value, user=approver, ts=f"8.{draft_id}")))
        assert review.view(services.db, draft_id).status == "approved"
        assert review.view(services.db, draft_id).decided_by == approver
    refusals = fake.wait_for("chat.postEphemeral", count=2)
    assert {call.params["user"] for call in refusals} == {DEFAULT_APPROVER, GLOBEX_APPROVER}

    # digest: one per brand, each in its own channel, listing only its own threads
    outcome = digest_job(services, datetime.now(UTC))
    assert outcome is not None and "globex: digest" in outcome
    digests = {
        call.params["channel"]: json.dumps(call.params, ensure_ascii=False)
        for call in fake.calls_to("chat.postMessage")
        if call.params.get("metadata", {}).get("event_type") == "kuulo_digest"
    }
    assert set(digests) == {DEFAULT_DIGEST, GLOBEX_DIGEST}
    assert "1kuu01" in digests[DEFAULT_DIGEST] and "1kuu77" not in digests[DEFAULT_DIGEST]
    assert "1kuu77" in digests[GLOBEX_DIGEST] and "1kuu01" not in digests[GLOBEX_DIGEST]
    assert digest_job(services, datetime.now(UTC)) is None  # once per brand per day
