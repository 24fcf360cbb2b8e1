"""Burst alerts: a planted burst gives exactly one alert, updated in place and closed; flat days stay quiet."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from slack_sdk import WebClient

from bot.config import Settings
from bot.insights.alerts import check_alerts, recent_alerts
from bot.ports import Location, RedactOutcome, SilentNotifier
from bot.services import Services
from bot.slack.alerts import SlackAlertNotifier
from bot.slack.redact import redact_messages
from bot.storage.models import Comment
from tests.conftest import CliResult, make_settings
from tests.fakes.slack_api import FakeSlack
from tests.insights.bursty import COMPLAINTS, Store, background, complaints

NOW = datetime(2026, 5, 13, 12, 0, tzinfo=UTC)
ALERTS = "C0ALERTS"


@pytest.fixture
def fake_slack() -> Iterator[FakeSlack]:
    with FakeSlack() as fake:
        yield fake


@pytest.fixture
def services(services_factory: Callable[..., Services], embedding_cache: Path, fake_slack: FakeSlack) -> Services:
    return services_factory(
        embedding_cache=embedding_cache,
        slack_bot_token="xoxb-test-token",
        slack_api_url=fake_slack.url,
        escalation_channel=ALERTS,
    )


def notifier(fake: FakeSlack) -> SlackAlertNotifier:
    return SlackAlertNotifier(WebClient(token="xoxb-test-token", base_url=fake.url))


def _unescape(text: str) -> str:
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def test_planted_burst_gives_one_alert_that_grows_in_place_and_closes(
    services: Services, fake_slack: FakeSlack
) -> None:
    store = Store(services.db, NOW - timedelta(days=20))
    store.add(background(NOW - timedelta(days=16), NOW - timedelta(hours=2), 3, random.Random(3)))
    quiet = check_alerts(
        services.db, services.settings, services.embedder, NOW - timedelta(hours=1), notifier(fake_slack)
    )
    assert quiet.opened == []

    planted = store.add(complaints(NOW, 12))
    first = check_alerts(services.db, services.settings, services.embedder, NOW, notifier(fake_slack))

    assert len(first.opened) == 1 and first.posted == first.opened
    posts = fake_slack.calls_to("chat.postMessage")
    assert len(posts) == 1 and posts[0].params["channel"] == ALERTS
    sections = [_unescape(b["text"]["text"]) for b in posts[0].params["blocks"] if b["type"] == "section"]
    planted_texts = {text for _, text in COMPLAINTS[:12]}
    quoted = [text for text in sections if text in planted_texts]
    assert len(quoted) == 3  # the three most representative comments, verbatim
    (alert,) = recent_alerts(services.db, services.settings, NOW)
    assert alert.count >= 12 and alert.people >= 12 and set(planted) <= set(_ids(services))
    assert alert.since <= NOW - timedelta(minutes=45)
    assert alert.threads[0].url.startswith("https://www.reddit.com/r/heatpumps/")
    assert all(q.text in planted_texts for q in alert.quotes)
    assert alert.risk == {}

    # Five more complaints twenty minutes later: the same alert grows, updated in place, never re-posted.
    store.add(complaints(NOW + timedelta(minutes=20), 5, minutes=15, first=12))
    grown = check_alerts(
        services.db, services.settings, services.embedder, NOW + timedelta(minutes=20), notifier(fake_slack)
    )
    assert grown.opened == [] and grown.grown == first.opened and grown.updated == first.opened
    assert len(fake_slack.calls_to("chat.postMessage")) == 1
    update = fake_slack.calls_to("chat.update")[-1].params
    assert update["ts"] == fake_slack.messages[ALERTS][0]["ts"]
    assert "17" in update["blocks"][1]["text"]["text"]

    # Quiet for longer than KUULO_ALERT_QUIET_HOURS: closed, and the message says so.
    later = NOW + timedelta(hours=30)
    closed = check_alerts(services.db, services.settings, services.embedder, later, notifier(fake_slack))
    assert closed.closed == first.opened and closed.updated == first.opened
    assert fake_slack.messages[ALERTS][0]["blocks"][0]["text"]["text"].startswith("✓")
    assert recent_alerts(services.db, services.settings, later)[0].state == "closed"
    assert len(fake_slack.calls_to("chat.postMessage")) == 1


def _ids(services: Services) -> list[int]:
    from sqlalchemy import select

    from bot.storage.models import Alert

    with services.db.read() as session:
        return [int(i) for i in session.scalars(select(Alert.comment_ids)).one()]


class _Redactor(SilentNotifier):
    """The Slack redaction of erasure, through a client that points at the fake Slack."""

    def __init__(self, client: WebClient, settings: Settings) -> None:
        self.client, self.settings = client, settings

    def redact(self, locations: Sequence[Location], when: datetime) -> RedactOutcome:
        return redact_messages(self.client, self.settings, locations, when)


def test_erasing_a_person_redacts_the_alert_that_quotes_them(services: Services, fake_slack: FakeSlack) -> None:
    from bot.privacy.erase import erase, plan

    store = Store(services.db, NOW - timedelta(days=20))
    store.add(background(NOW - timedelta(days=16), NOW - timedelta(hours=2), 3, random.Random(3)))
    store.add(complaints(NOW, 12))
    check_alerts(services.db, services.settings, services.embedder, NOW, notifier(fake_slack))
    (alert,) = recent_alerts(services.db, services.settings, NOW)
    quoted = alert.quotes[0]
    with services.db.read() as session:
        author = session.get(Comment, quoted.comment_id).author_id  # type: ignore[union-attr]
    client = WebClient(token="xoxb-test-token", base_url=fake_slack.url)
    erasure = plan(services.db, services.settings, str(author))
    assert erasure.counts["alerts"] == 1
    report = erase(
        services.db, services.settings, erasure, actor="test", now=NOW, notifier=_Redactor(client, services.settings)
    )
    assert len(report.slack.updated) == 1
    message = fake_slack.messages[ALERTS][0]
    assert quoted.text not in str(message) and "erased" in message["text"]
    (after,) = recent_alerts(services.db, services.settings, NOW)
    assert after.quotes == () and quoted.comment_id not in _ids(services)


def test_risk_flags_of_a_burst_are_named(services: Services, fake_slack: FakeSlack) -> None:
    store = Store(services.db, NOW - timedelta(days=20))
    store.add(background(NOW - timedelta(days=15), NOW - timedelta(hours=2), 3, random.Random(5)))
    store.add(complaints(NOW, 8), risk=["injury_or_health"])
    report = check_alerts(services.db, services.settings, services.embedder, NOW, notifier(fake_slack))
    assert len(report.opened) == 1
    (alert,) = recent_alerts(services.db, services.settings, NOW)
    assert alert.risk == {"injury_or_health": 8}
    context = fake_slack.calls_to("chat.postMessage")[0].params["blocks"][2]["elements"]
    assert any("injury_or_health (8)" in element["text"] for element in context)


def test_one_angry_person_is_not_a_burst(services: Services) -> None:
    store = Store(services.db, NOW - timedelta(days=20))
    store.add(background(NOW - timedelta(days=15), NOW - timedelta(hours=2), 3, random.Random(9)))
    ids = store.add(complaints(NOW, 10))
    with services.db.write() as session:
        for comment_id in ids:
            session.get(Comment, comment_id).author_id = "the-same-person"  # type: ignore[union-attr]
    report = check_alerts(services.db, services.settings, services.embedder, NOW, None)
    assert report.opened == []


def test_our_own_replies_are_never_a_burst(services: Services) -> None:
    store = Store(services.db, NOW - timedelta(days=20))
    store.add(background(NOW - timedelta(days=15), NOW - timedelta(hours=2), 3, random.Random(9)))
    ids = store.add(complaints(NOW, 12))
    with services.db.write() as session:
        for comment_id in ids:
            session.get(Comment, comment_id).ours = True  # type: ignore[union-attr]
    assert check_alerts(services.db, services.settings, services.embedder, NOW, None).opened == []


def test_alerts_without_slack_are_recorded_and_listed(
    kuulo: Callable[..., CliResult], tmp_path: Path, embedding_cache: Path
) -> None:
    result = kuulo("alerts")
    assert result.code == 0 and "No alerts in the last 7 days" in result.out
    now = datetime.now(UTC)
    services = Services(make_settings(tmp_path, embedding_cache=embedding_cache))
    try:
        store = Store(services.db, now - timedelta(days=20))
        store.add(background(now - timedelta(days=15), now - timedelta(hours=2), 3, random.Random(4)))
        store.add(complaints(now, 12))
        report = check_alerts(services.db, services.settings, services.embedder, now, None)
    finally:
        services.close()
    assert len(report.opened) == 1
    listed = kuulo("alerts")
    assert listed.code == 0
    assert listed.out.startswith(f"#{report.opened[0]} Burst:") and "12 comments from 12 people" in listed.out
    assert sum(f'"{text}"' in listed.out for _, text in COMPLAINTS[:12]) == 3


@pytest.mark.slow
def test_thirty_flat_days_give_at_most_one_false_alarm(services: Services) -> None:
    rng = random.Random(24)
    start = NOW - timedelta(days=44)
    store = Store(services.db, start)
    store.add(background(start, NOW, 6, rng))
    opened: list[int] = []
    moment = NOW - timedelta(days=30)
    while moment <= NOW:
        opened += check_alerts(services.db, services.settings, services.embedder, moment, None).opened
        moment += timedelta(hours=3)
    assert len(opened) <= 1, recent_alerts(services.db, services.settings, NOW, days=40)
