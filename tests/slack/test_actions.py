"""Signed requests dispatched into the real Bolt app, against the fake Slack Web API."""

from __future__ import annotations

import json
import threading
import time

from slack_bolt import App
from sqlalchemy import func, select

from bot.config import Settings
from bot.review import decisions as review
from bot.slack import blocks
from bot.slack.app import build_app, web_client
from bot.slack.cards import ChannelPacer, post_new_cards
from bot.storage.db import Database
from bot.storage.models import AuditEvent, Decision, SlackDelivery, WorkRequest
from tests.fakes.slack_api import FakeSlack
from tests.slack.conftest import (
    APPROVER,
    GROUP_MEMBER,
    OUTSIDER,
    block_action,
    interaction,
    view_submission,
)
from tests.slack.factory import make_draft


def _carded(sdb: Database, settings: Settings) -> tuple[int, str, str]:
    draft_id = make_draft(sdb)
    post_new_cards(sdb, web_client(settings), settings, "test", ChannelPacer(sleep=lambda s: None))
    draft = review.view(sdb, draft_id)
    value = blocks.action_value(draft)
    from bot.slack.cards import card_location

    _channel, ts = card_location(sdb, draft_id)
    assert ts is not None
    return draft_id, value, ts


def _decisions(sdb: Database, draft_id: int) -> int:
    with sdb.read() as session:
        return int(session.scalar(select(func.count()).select_from(Decision).where(Decision.draft_id == draft_id)) or 0)


def test_approver_click_approves_and_updates_the_card_in_place(
    app: App, sdb: Database, slack_settings: Settings, fake_slack: FakeSlack
) -> None:
    draft_id, value, ts = _carded(sdb, slack_settings)
    response = app.dispatch(interaction(block_action(blocks.APPROVE, value, ts=ts)))
    assert response.status == 200
    [update] = fake_slack.wait_for("chat.update")
    assert update.params["ts"] == ts
    text = json.dumps(update.params["blocks"])
    assert f"<@{APPROVER}>" in text
    assert blocks.MARK_POSTED in text
    assert blocks.APPROVE not in text
    assert review.view(sdb, draft_id).status == "approved"
    assert update.params["text"] == f"Reply draft #{draft_id} for a reddit comment was approved by {APPROVER}."


def test_group_member_may_approve(app: App, sdb: Database, slack_settings: Settings, fake_slack: FakeSlack) -> None:
    draft_id, value, ts = _carded(sdb, slack_settings)
    app.dispatch(interaction(block_action(blocks.APPROVE, value, user=GROUP_MEMBER, ts=ts)))
    fake_slack.wait_for("chat.update")
    assert review.view(sdb, draft_id).decided_by == GROUP_MEMBER


def test_non_approver_is_refused_privately_and_audited(
    app: App, sdb: Database, slack_settings: Settings, fake_slack: FakeSlack
) -> None:
    draft_id, value, ts = _carded(sdb, slack_settings)
    app.dispatch(interaction(block_action(blocks.APPROVE, value, user=OUTSIDER, ts=ts)))
    [note] = fake_slack.wait_for("chat.postEphemeral")
    assert note.params["user"] == OUTSIDER
    assert "not an approver" in note.params["text"]
    assert review.view(sdb, draft_id).status == "pending"
    with sdb.read() as session:
        actions = list(session.scalars(select(AuditEvent.action).where(AuditEvent.actor == f"slack:{OUTSIDER}")))
    assert actions == ["draft.approve_refused"]


def test_empty_approver_list_admits_nobody(sdb: Database, slack_settings: Settings, fake_slack: FakeSlack) -> None:
    settings = slack_settings.model_copy(update={"approvers": ""})
    app = build_app(sdb, settings)
    draft_id, value, ts = _carded(sdb, settings)
    app.dispatch(interaction(block_action(blocks.APPROVE, value, user=APPROVER, ts=ts)))
    fake_slack.wait_for("chat.postEphemeral")
    assert review.view(sdb, draft_id).status == "pending"


def test_unknown_user_group_admits_nobody(sdb: Database, slack_settings: Settings, fake_slack: FakeSlack) -> None:
    settings = slack_settings.model_copy(update={"approvers": "SMISSING"})
    app = build_app(sdb, settings)
    draft_id, value, ts = _carded(sdb, settings)
    app.dispatch(interaction(block_action(blocks.APPROVE, value, user=GROUP_MEMBER, ts=ts)))
    fake_slack.wait_for("chat.postEphemeral")
    assert review.view(sdb, draft_id).status == "pending"


def test_forged_and_stale_signatures_are_rejected_with_no_side_effects(
    app: App, sdb: Database, slack_settings: Settings, fake_slack: FakeSlack
) -> None:
    draft_id, value, ts = _carded(sdb, slack_settings)
    before = len(fake_slack.calls)
    forged = app.dispatch(interaction(block_action(blocks.APPROVE, value, ts=ts), secret="not-the-secret"))
    stale = app.dispatch(interaction(block_action(blocks.APPROVE, value, ts=ts), timestamp=int(time.time()) - 301))
    assert (forged.status, stale.status) == (401, 401)
    time.sleep(0.2)  # give any (wrongly) started handler time to show itself
    assert len(fake_slack.calls) == before
    assert review.view(sdb, draft_id).status == "pending"
    with sdb.read() as session:
        assert session.scalar(select(func.count()).select_from(SlackDelivery)) == 0


def test_double_click_gives_exactly_one_decision(
    app: App, sdb: Database, slack_settings: Settings, fake_slack: FakeSlack
) -> None:
    draft_id, value, ts = _carded(sdb, slack_settings)
    threads = [
        threading.Thread(target=app.dispatch, args=(interaction(block_action(blocks.APPROVE, value, ts=ts)),))
        for _ in range(4)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    fake_slack.wait_for("chat.update", 4)
    assert _decisions(sdb, draft_id) == 1
    assert len(fake_slack.wait_for("chat.postEphemeral", 3)) == 3  # the losers are told who won


def test_approve_and_skip_race_gives_exactly_one_decision(
    app: App, sdb: Database, slack_settings: Settings, fake_slack: FakeSlack
) -> None:
    draft_id, value, ts = _carded(sdb, slack_settings)
    meta = json.dumps(
        {"draft_id": draft_id, "hash": review.view(sdb, draft_id).text_hash, "channel": "C0REVIEW", "ts": ts}
    )
    skip = view_submission(
        blocks.SKIP_VIEW, meta, {"reason": {"value": {"type": "static_select", "selected_option": {"value": "risky"}}}}
    )
    requests = [interaction(block_action(blocks.APPROVE, value, ts=ts)), interaction(skip)]
    threads = [threading.Thread(target=app.dispatch, args=(r,)) for r in requests]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    fake_slack.wait_for("chat.update", 2)
    assert _decisions(sdb, draft_id) == 1
    assert review.view(sdb, draft_id).status in ("approved", "skipped")


def test_retried_delivery_of_the_same_click_is_dropped(
    app: App, sdb: Database, slack_settings: Settings, fake_slack: FakeSlack
) -> None:
    draft_id, value, ts = _carded(sdb, slack_settings)
    payload = block_action(blocks.APPROVE, value, ts=ts, action_ts="1712345678.000001")
    first = app.dispatch(interaction(payload))
    fake_slack.wait_for("chat.update")
    replay = app.dispatch(interaction(payload))
    assert (first.status, replay.status) == (200, 200)
    time.sleep(0.2)
    assert len(fake_slack.calls_to("chat.update")) == 1
    assert fake_slack.calls_to("chat.postEphemeral") == []  # not even a "already approved" note
    assert _decisions(sdb, draft_id) == 1


def test_retried_event_is_handled_once(app: App, sdb: Database, fake_slack: FakeSlack) -> None:
    from tests.slack.conftest import signed

    event = {
        "type": "event_callback",
        "team_id": "T0KUULO",
        "api_app_id": "AKUULO",
        "event_id": "Ev0001",
        "event_time": int(time.time()),
        "event": {"type": "app_home_opened", "user": APPROVER, "tab": "home"},
    }
    for _ in range(3):
        assert app.dispatch(signed(json.dumps(event), "application/json")).status == 200
    fake_slack.wait_for("views.publish")
    time.sleep(0.2)
    [published] = fake_slack.calls_to("views.publish")
    assert published.params["view"]["type"] == "home"


def test_edit_with_a_failed_check_is_refused_in_the_modal(
    app: App, sdb: Database, slack_settings: Settings, fake_slack: FakeSlack
) -> None:
    draft_id, value, ts = _carded(sdb, slack_settings)
    app.dispatch(interaction(block_action(blocks.EDIT, value, ts=ts)))
    [opened] = fake_slack.wait_for("views.open")
    view = opened.params["view"]
    assert view["blocks"][0]["element"]["initial_value"] == review.view(sdb, draft_id).text
    empty = {"text": {"value": {"type": "plain_text_input", "value": "  "}}}
    response = app.dispatch(interaction(view_submission(blocks.EDIT_VIEW, view["private_metadata"], empty)))
    assert response.status == 200
    assert json.loads(response.body) == {
        "response_action": "errors",
        "errors": {"text": "length: the draft is empty: write a reply or skip the comment"},
    }
    assert review.view(sdb, draft_id).version == 1


def test_edit_then_approve_own_edit_binds_to_the_new_text(
    app: App, sdb: Database, slack_settings: Settings, fake_slack: FakeSlack
) -> None:
    draft_id, old_value, ts = _carded(sdb, slack_settings)
    meta = json.dumps(
        {"draft_id": draft_id, "hash": review.view(sdb, draft_id).text_hash, "channel": "C0REVIEW", "ts": ts}
    )
    edited = {"text": {"value": {"type": "plain_text_input", "value": "Toimii myös ilman verkkoa."}}}
    assert app.dispatch(interaction(view_submission(blocks.EDIT_VIEW, meta, edited))).status == 200
    [update] = fake_slack.wait_for("chat.update")
    assert "Toimii myös ilman verkkoa." in json.dumps(update.params["blocks"], ensure_ascii=False)
    # The old card's button (old hash) can no longer approve the changed text.
    app.dispatch(interaction(block_action(blocks.APPROVE, old_value, ts=ts)))
    [note] = fake_slack.wait_for("chat.postEphemeral")
    assert "changed since it was shown" in note.params["text"]
    new_value = blocks.action_value(review.view(sdb, draft_id))
    app.dispatch(interaction(block_action(blocks.APPROVE, new_value, ts=ts)))
    fake_slack.wait_for("chat.update", 3)
    done = review.view(sdb, draft_id)
    assert done.status == "approved"
    assert done.text == "Toimii myös ilman verkkoa."


def test_ack_returns_quickly_while_slow_work_continues(
    app: App, sdb: Database, slack_settings: Settings, fake_slack: FakeSlack
) -> None:
    draft_id, value, ts = _carded(sdb, slack_settings)
    fake_slack.delay("chat.update", 2.0)
    started = time.monotonic()
    response = app.dispatch(interaction(block_action(blocks.APPROVE, value, ts=ts)))
    elapsed = time.monotonic() - started
    assert response.status == 200
    assert elapsed < 1.0
    fake_slack.wait_for("chat.update", timeout=5)
    assert review.view(sdb, draft_id).status == "approved"


def test_regenerate_is_queued_as_a_work_request(
    app: App, sdb: Database, slack_settings: Settings, fake_slack: FakeSlack
) -> None:
    draft_id, _value, ts = _carded(sdb, slack_settings)
    meta = json.dumps({"draft_id": draft_id, "hash": "x", "channel": "C0REVIEW", "ts": ts})
    values = {"instruction": {"value": {"type": "plain_text_input", "value": "shorter, mention the free plan"}}}
    app.dispatch(interaction(view_submission(blocks.REGENERATE_VIEW, meta, values)))
    fake_slack.wait_for("chat.postEphemeral")
    with sdb.read() as session:
        [request] = session.scalars(select(WorkRequest)).all()
    assert request.kind == "regenerate"
    assert request.payload == {"draft_id": draft_id, "instruction": "shorter, mention the free plan"}


def test_mark_posted_records_the_post_and_updates_the_card(
    app: App, sdb: Database, slack_settings: Settings, fake_slack: FakeSlack
) -> None:
    draft_id, _value, ts = _carded(sdb, slack_settings)
    review.approve(sdb, draft_id, APPROVER, "slack", review.view(sdb, draft_id).text_hash)
    meta = json.dumps({"draft_id": draft_id, "hash": "x", "channel": "C0REVIEW", "ts": ts})
    bad = {"link": {"value": {"type": "plain_text_input", "value": "javascript:alert(1)"}}}
    refused = app.dispatch(interaction(view_submission(blocks.POSTED_VIEW, meta, bad)))
    assert json.loads(refused.body)["response_action"] == "errors"
    good = {"link": {"value": {"type": "plain_text_input", "value": "https://www.reddit.com/r/x/comments/1/y/z/"}}}
    assert app.dispatch(interaction(view_submission(blocks.POSTED_VIEW, meta, good))).status == 200
    [update] = fake_slack.wait_for("chat.update")
    assert "reddit.com/r/x/comments/1/y/z/" in json.dumps(update.params["blocks"])
