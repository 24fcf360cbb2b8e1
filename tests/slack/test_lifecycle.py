"""Card lifecycle: the expiry time on the card, one threaded reminder at half the expiry, expired shown in place."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from bot.config import Settings
from bot.services import Services
from bot.slack import lifecycle
from bot.slack.app import web_client
from bot.slack.cards import ChannelPacer, post_new_cards
from bot.storage.db import Database
from bot.storage.models import Draft, SlackCard
from scheduler import tasks
from scheduler.registry import JOBS
from scheduler.tasks import expire_drafts as expire_job
from tests.fakes.slack_api import FakeSlack
from tests.slack.conftest import CHANNEL
from tests.slack.factory import make_draft


def _post_cards(db: Database, settings: Settings) -> None:
    post_new_cards(db, web_client(settings), settings, "test", ChannelPacer(interval=0))


def test_card_of_a_pending_draft_shows_when_it_expires(
    sdb: Database, slack_settings: Settings, fake_slack: FakeSlack
) -> None:
    created = datetime(2030, 1, 1, 12, 0, tzinfo=UTC)
    make_draft(sdb, created_at=created)
    _post_cards(sdb, slack_settings)
    [call] = fake_slack.calls_to("chat.postMessage")
    assert "Expires 2030-01-04 12:00 UTC" in json.dumps(call.params["blocks"])  # 72 h by default


def test_waiting_draft_gets_exactly_one_threaded_reminder_after_half_the_expiry(
    sdb: Database, slack_settings: Settings, fake_slack: FakeSlack
) -> None:
    now = datetime.now(UTC)
    old = make_draft(sdb, created_at=now - timedelta(hours=37))
    make_draft(sdb, created_at=now - timedelta(hours=35))  # not yet half of 72 h
    _post_cards(sdb, slack_settings)
    card_ts = {m["metadata"]["event_payload"]["draft_id"]: m["ts"] for m in fake_slack.messages[CHANNEL]}
    clients = [web_client(slack_settings) for _ in range(3)]
    start = threading.Barrier(3)
    results: list[int] = []

    def run(i: int) -> None:
        start.wait()
        results.append(lifecycle.remind_waiting(sdb, clients[i], slack_settings, now))

    threads = [threading.Thread(target=run, args=(i,)) for i in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results) == [0, 0, 1]
    assert lifecycle.remind_waiting(sdb, clients[0], slack_settings, now + timedelta(minutes=30)) == 0
    replies = [c for c in fake_slack.calls_to("chat.postMessage") if c.params.get("thread_ts")]
    assert len(replies) == 1
    assert replies[0].params["thread_ts"] == card_ts[old] and f"#{old}" in replies[0].params["text"]
    with sdb.read() as session:
        reminded = {c.draft_id: c.reminded_at for c in session.scalars(select(SlackCard))}
    assert reminded[old] is not None and sum(v is not None for v in reminded.values()) == 1


def test_expired_draft_card_is_updated_in_place_once(
    sdb: Database,
    slack_settings: Settings,
    fake_slack: FakeSlack,
    services_factory: Callable[..., Services],
) -> None:
    now = datetime.now(UTC)
    expiring = make_draft(sdb, created_at=now - timedelta(hours=73))
    fresh = make_draft(sdb, created_at=now - timedelta(hours=1))
    _post_cards(sdb, slack_settings)
    services = services_factory(
        database_url=sdb.engine.url.render_as_string(hide_password=False), draft_expiry_hours=72
    )
    assert (
        JOBS["expire-drafts"].target is tasks.expire_drafts and JOBS["expire-drafts"].interval(services.settings) == 900
    )
    assert expire_job(services, now) == "1 draft(s) expired after 72 h without a decision"
    assert expire_job(services, now) is None
    client = web_client(slack_settings)
    assert lifecycle.show_expired(sdb, client, slack_settings) == 1
    assert lifecycle.show_expired(sdb, client, slack_settings) == 0
    [update] = fake_slack.calls_to("chat.update")
    shown = json.dumps(update.params["blocks"])
    assert "Expired without a decision" in shown and "kuulo_approve" not in shown
    card = next(m for m in fake_slack.messages[CHANNEL] if m["metadata"]["event_payload"]["draft_id"] == expiring)
    assert update.params["ts"] == card["ts"]
    with sdb.read() as session:
        assert session.get(Draft, fresh).status == "pending"  # type: ignore[union-attr]
