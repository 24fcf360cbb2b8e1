"""Escalation cards: risky comments go to the escalation channel once, without a draft; approvers mark them handled."""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from slack_bolt import App
from sqlalchemy import func, select

from bot.config import Settings
from bot.slack import escalations
from bot.slack.app import CardLoop, build_app, web_client
from bot.slack.cards import ChannelPacer
from bot.storage.db import Database
from bot.storage.models import AuditEvent, Comment, Draft, Opportunity, Signal, SlackDelivery, Thread, Watch
from scheduler.status import collect, render
from tests.conftest import make_settings
from tests.fakes.slack_api import FakeSlack
from tests.slack.conftest import APPROVER, OUTSIDER, SECRET, block_action, interaction

ESC_CHANNEL = "C0ESCALATE"


def make_escalation(db: Database, text: str = "Haastan teidät oikeuteen <!channel>", n: int = 1) -> int:
    with db.write() as session:
        watch = Watch(
            url=f"https://www.reddit.com/r/Suomi/comments/e{n}/x/",
            platform="reddit",
            target=f"e{n}",
            objective="trust",
            poll_interval_minutes=30,
        )
        session.add(watch)
        session.flush()
        thread = Thread(watch_id=watch.id, platform="reddit", external_id=f"e{n}", url=watch.url, title="Huono palvelu")
        session.add(thread)
        session.flush()
        comment = Comment(
            thread_id=thread.id, platform="reddit", external_id=f"ec{n}", author_name="<@U999>", text=text
        )
        session.add(comment)
        session.flush()
        session.add(
            Signal(
                comment_id=comment.id,
                language="fi",
                intent="complaint",
                emotion="negative",
                risk=["legal_threat"],
                method="offline",
            )
        )
        opportunity = Opportunity(comment_id=comment.id, score=0.9, reason="legal threat", action="escalate")
        session.add(opportunity)
        session.flush()
        return opportunity.id


def _settings(tmp_path: Path, fake: FakeSlack, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "slack_bot_token": "xoxb-test-token",
        "slack_signing_secret": SECRET,
        "slack_api_url": fake.url,
        "approvers": APPROVER,
        "escalation_channel": ESC_CHANNEL,
    }
    values.update(overrides)
    return make_settings(tmp_path, **values)


def test_escalation_card_is_posted_once_escaped_with_risk_and_no_approve_button(
    tmp_path: Path, sdb: Database, fake_slack: FakeSlack
) -> None:
    opportunity_id = make_escalation(sdb)
    settings = _settings(tmp_path, fake_slack)
    client = web_client(settings)
    pacer = ChannelPacer(interval=0)
    counts = [escalations.post_escalations(sdb, client, settings, pacer) for _ in range(2)]
    assert counts[0]["posted"] == 1 and counts[1]["posted"] == 0
    [call] = fake_slack.calls_to("chat.postMessage")
    assert call.params["channel"] == ESC_CHANNEL
    text = json.dumps(call.params["blocks"], ensure_ascii=False)
    assert "<!channel>" not in text and "<@U999>" not in text and "&lt;!channel&gt;" in text
    assert "legal_threat" in text and "legal threat" in text
    action_ids = [e["action_id"] for b in call.params["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert action_ids == [escalations.MARK_HANDLED]
    assert call.params["metadata"]["event_payload"] == {"opportunity_id": opportunity_id}
    with sdb.read() as session:
        assert session.scalar(select(func.count()).select_from(Draft)) == 0


def test_two_processes_racing_post_each_escalation_once(tmp_path: Path, sdb: Database, fake_slack: FakeSlack) -> None:
    for n in range(5):
        make_escalation(sdb, n=100 + n)
    settings = _settings(tmp_path, fake_slack)
    clients = [web_client(settings), web_client(settings)]
    start = threading.Barrier(2)

    def run(i: int) -> None:
        start.wait()
        escalations.post_escalations(sdb, clients[i], settings, ChannelPacer(interval=0))

    threads = [threading.Thread(target=run, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    posted = [c.params["metadata"]["event_payload"]["opportunity_id"] for c in fake_slack.calls_to("chat.postMessage")]
    assert len(posted) == 5 and len(set(posted)) == 5


def _age_claim(db: Database, opportunity_id: int, settings: Settings) -> None:
    """The claim's holder stopped: its claim is older than the lease."""
    with db.write() as session:
        row = session.get(SlackDelivery, escalations.claim_key(opportunity_id))
        assert row is not None
        row.seen_at = datetime.now(UTC) - timedelta(seconds=settings.card_claim_seconds + 1)


def test_a_refused_escalation_card_is_posted_once_after_its_claim_expires_not_lost(
    tmp_path: Path, sdb: Database, fake_slack: FakeSlack
) -> None:
    """Slack refusing the message (a channel not yet joined, say) once lost the card for good; now it is tried
    again after the lease, and exactly once."""
    opportunity_id = make_escalation(sdb)
    settings = _settings(tmp_path, fake_slack)
    client, pacer = web_client(settings), ChannelPacer(interval=0)
    fake_slack.refuse("chat.postMessage", "not_in_channel")
    assert escalations.post_escalations(sdb, client, settings, pacer)["failed"] == 1
    assert escalations.post_escalations(sdb, client, settings, pacer) == {
        "posted": 0,
        "failed": 0,
        "lost": 0,
        "reconciled": 0,
    }  # a fresh claim: a live process may be posting it
    _age_claim(sdb, opportunity_id, settings)
    assert escalations.post_escalations(sdb, client, settings, pacer)["reconciled"] == 1
    assert escalations.post_escalations(sdb, client, settings, pacer)["reconciled"] == 0
    assert len(fake_slack.messages[ESC_CHANNEL]) == 1
    assert fake_slack.messages[ESC_CHANNEL][0]["metadata"]["event_payload"] == {"opportunity_id": opportunity_id}


def test_a_crash_after_posting_an_escalation_card_is_reconciled_from_history_without_a_second_card(
    tmp_path: Path, sdb: Database, fake_slack: FakeSlack
) -> None:
    opportunity_id = make_escalation(sdb)
    settings = _settings(tmp_path, fake_slack)
    client = web_client(settings)
    # A process claimed the card and Slack accepted it, then the process died before recording it as posted.
    assert escalations.first_delivery(sdb, escalations.claim_key(opportunity_id))
    client.chat_postMessage(channel=ESC_CHANNEL, text="card", metadata=escalations.metadata(opportunity_id))
    _age_claim(sdb, opportunity_id, settings)
    counts = escalations.post_escalations(sdb, client, settings, ChannelPacer(interval=0))
    assert counts["reconciled"] == 1
    assert len(fake_slack.calls_to("chat.postMessage")) == 1
    assert escalations.leftovers(sdb, datetime.now(UTC) + timedelta(days=1), timedelta(0)) == []


def test_two_processes_taking_over_one_expired_escalation_claim_post_it_once(
    tmp_path: Path, sdb: Database, fake_slack: FakeSlack
) -> None:
    opportunity_id = make_escalation(sdb)
    settings = _settings(tmp_path, fake_slack)
    assert escalations.first_delivery(sdb, escalations.claim_key(opportunity_id))
    _age_claim(sdb, opportunity_id, settings)
    start = threading.Barrier(3)

    def run() -> None:
        client = web_client(settings)
        start.wait()
        escalations.post_escalations(sdb, client, settings, ChannelPacer(interval=0))

    threads = [threading.Thread(target=run) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(fake_slack.calls_to("chat.postMessage")) == 1


def test_mark_handled_by_approver_audits_and_updates_card_while_outsider_is_refused(
    tmp_path: Path, sdb: Database, fake_slack: FakeSlack
) -> None:
    opportunity_id = make_escalation(sdb)
    settings = _settings(tmp_path, fake_slack)
    app: App = build_app(sdb, settings)
    escalations.post_escalations(sdb, web_client(settings), settings, ChannelPacer(interval=0))
    ts = fake_slack.messages[ESC_CHANNEL][0]["ts"]
    refused = block_action(escalations.MARK_HANDLED, str(opportunity_id), user=OUTSIDER, ts=ts)
    refused["channel"] = {"id": ESC_CHANNEL}
    assert app.dispatch(interaction(refused)).status == 200
    fake_slack.wait_for("chat.postEphemeral")
    handled = block_action(escalations.MARK_HANDLED, str(opportunity_id), ts=ts)
    handled["channel"] = {"id": ESC_CHANNEL}
    assert app.dispatch(interaction(handled)).status == 200
    [update] = fake_slack.wait_for("chat.update")
    shown = json.dumps(update.params["blocks"])
    assert f"<@{APPROVER}>" in shown and escalations.MARK_HANDLED not in shown
    with sdb.read() as session:
        events = [(e.actor, e.action) for e in session.scalars(select(AuditEvent).order_by(AuditEvent.id))]
    assert events == [(OUTSIDER, "escalation.refused"), (APPROVER, "escalation.handled")]


def test_without_escalation_channel_nothing_is_posted_and_status_and_start_say_so(
    tmp_path: Path, sdb: Database, fake_slack: FakeSlack, caplog: pytest.LogCaptureFixture
) -> None:
    import logging

    make_escalation(sdb)
    settings = _settings(tmp_path, fake_slack, escalation_channel=None)
    counts = escalations.post_escalations(sdb, web_client(settings), settings, ChannelPacer(interval=0))
    assert counts == {"posted": 0, "failed": 0, "lost": 0, "reconciled": 0}
    assert fake_slack.calls_to("chat.postMessage") == []
    lines = render(collect(sdb, datetime.now(UTC)), settings)
    assert any("KUULO_ESCALATION_CHANNEL" in line for line in lines)
    loop = CardLoop(sdb, web_client(settings), settings, interval=60)
    with caplog.at_level(logging.WARNING, logger="bot.slack.app"):
        loop.start()
        loop.stop()
    warnings = [r for r in caplog.records if "KUULO_ESCALATION_CHANNEL" in r.getMessage()]
    assert len(warnings) == 1
