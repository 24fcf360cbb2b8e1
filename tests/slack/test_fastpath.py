"""The WSGI fast path for Approve clicks (bot/slack/fastpath.py): signed requests over real HTTP into waitress,
against the fake Slack Web API; every guarantee of Bolt's path holds, and Bolt answers what it leaves alone."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest
from slack_bolt import App, BoltRequest, BoltResponse
from slack_sdk.signature import SignatureVerifier
from sqlalchemy import delete, func, select

from bot.config import Settings
from bot.review import decisions as review
from bot.slack import blocks
from bot.slack.app import http_server, web_client
from bot.slack.cards import ChannelPacer, post_new_cards
from bot.slack.fastpath import _may_approve
from bot.storage.db import Database
from bot.storage.models import AuditEvent, Decision, Draft, PublishJob, SlackDelivery
from bot.wording import say
from tests.fakes.slack_api import FakeSlack
from tests.slack.conftest import APPROVER, GROUP_MEMBER, OUTSIDER, SECRET, block_action
from tests.slack.factory import make_draft


@pytest.fixture
def bolt_dispatches(app: App, monkeypatch: pytest.MonkeyPatch) -> list[BoltRequest]:
    """Every request Bolt dispatched (the fast path answers without it)."""
    seen: list[BoltRequest] = []
    dispatch = app.dispatch

    def counting(request: BoltRequest) -> BoltResponse:
        seen.append(request)
        return dispatch(request)

    monkeypatch.setattr(app, "dispatch", counting)
    return seen


@pytest.fixture
def url(app: App, bolt_dispatches: list[BoltRequest]) -> Iterator[str]:
    server = http_server(app, 0, host="127.0.0.1")
    thread = threading.Thread(target=server.serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.port}"
    server.stop()
    thread.join(timeout=5)


def _click(draft_id: int, db: Database, user: str = APPROVER, action_ts: str | None = None) -> str:
    value = blocks.action_value(review.view(db, draft_id))
    return urlencode({"payload": json.dumps(block_action(blocks.APPROVE, value, user=user, action_ts=action_ts))})


def _post(
    url: str, body: str, *, secret: str = SECRET, timestamp: int | None = None, retry: int | None = None
) -> httpx.Response:
    ts = str(timestamp if timestamp is not None else int(time.time()))
    headers = {
        "content-type": "application/x-www-form-urlencoded",
        "x-slack-request-timestamp": ts,
        "x-slack-signature": SignatureVerifier(secret).generate_signature(timestamp=ts, body=body) or "",
    }
    if retry is not None:
        headers |= {"x-slack-retry-num": str(retry), "x-slack-retry-reason": "http_timeout"}
    with httpx.Client(timeout=10) as client:
        return client.post(f"{url}/slack/events", content=body, headers=headers)


def _count(db: Database, model: Any, **where: Any) -> int:
    with db.read() as session:
        query = select(func.count()).select_from(model)
        for column, value in where.items():
            query = query.where(getattr(model, column) == value)
        return int(session.scalar(query) or 0)


def test_signed_approve_click_is_decided_without_bolt_and_its_card_refreshed_after(
    url: str, sdb: Database, slack_settings: Settings, fake_slack: FakeSlack, bolt_dispatches: list[BoltRequest]
) -> None:
    draft_id = make_draft(sdb)
    post_new_cards(sdb, web_client(slack_settings), slack_settings, "t", ChannelPacer(sleep=lambda s: None))
    answer = _post(url, _click(draft_id, sdb))
    assert (answer.status_code, answer.content) == (200, b"")
    assert review.view(sdb, draft_id).status == "approved"  # decided before the answer
    assert bolt_dispatches == []
    assert (_count(sdb, Decision), _count(sdb, PublishJob), _count(sdb, SlackDelivery)) == (1, 1, 1)
    assert _count(sdb, AuditEvent, action="draft.approved") == 1
    fake_slack.wait_for("chat.update")  # the card, in the background


def test_forged_signature_and_stale_timestamp_are_refused_401_and_approve_nothing(url: str, sdb: Database) -> None:
    draft_id = make_draft(sdb)
    body = _click(draft_id, sdb)
    assert _post(url, body, secret="forged-secret-0123456789").status_code == 401
    assert _post(url, body, timestamp=int(time.time()) - 301).status_code == 401  # outside Slack's 5 minutes
    tampered = body.replace("UAPPROVER", "UOUTSIDER")  # signed as sent, then changed
    ts = str(int(time.time()))
    signature = SignatureVerifier(SECRET).generate_signature(timestamp=ts, body=body) or ""
    with httpx.Client(timeout=10) as client:
        answer = client.post(
            f"{url}/slack/events",
            content=tampered,
            headers={
                "content-type": "application/x-www-form-urlencoded",
                "x-slack-request-timestamp": ts,
                "x-slack-signature": signature,
            },
        )
    assert answer.status_code == 401
    assert review.view(sdb, draft_id).status == "pending"
    assert (_count(sdb, Decision), _count(sdb, SlackDelivery)) == (0, 0)


def test_a_retried_or_replayed_click_is_handled_once(
    url: str, sdb: Database, fake_slack: FakeSlack, bolt_dispatches: list[BoltRequest]
) -> None:
    draft_id = make_draft(sdb)
    body = _click(draft_id, sdb, action_ts="7.000001")
    assert _post(url, body).status_code == 200
    audits = _count(sdb, AuditEvent)
    assert _post(url, body, retry=1).status_code == 200  # Slack's retry: same click, X-Slack-Retry-Num
    assert _post(url, body).status_code == 200  # a replay inside the 5-minute window
    assert bolt_dispatches == []
    assert (_count(sdb, Decision), _count(sdb, PublishJob), _count(sdb, SlackDelivery)) == (1, 1, 1)
    assert _count(sdb, AuditEvent) == audits  # the repeats wrote nothing, not even a refusal


def test_concurrent_clicks_of_two_approvers_approve_the_draft_once(
    url: str, sdb: Database, fake_slack: FakeSlack
) -> None:
    draft_id = make_draft(sdb)
    bodies = [_click(draft_id, sdb, action_ts=f"8.{n:06d}") for n in range(8)]
    answers: list[int] = []
    barrier = threading.Barrier(len(bodies))

    def click(body: str) -> None:
        barrier.wait()
        answers.append(_post(url, body).status_code)

    threads = [threading.Thread(target=click, args=(body,)) for body in bodies]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert answers == [200] * len(bodies)
    assert _count(sdb, Decision, action="approved") == 1 and _count(sdb, PublishJob) == 1
    assert _count(sdb, SlackDelivery) == len(bodies)  # each a click of its own, seven of them refused
    assert _count(sdb, AuditEvent, action="draft.approve_refused") == len(bodies) - 1
    fake_slack.wait_for("chat.postEphemeral", len(bodies) - 1, timeout=20)  # the others told who won


def test_a_click_by_a_non_approver_goes_to_bolt_and_is_refused(
    url: str, sdb: Database, fake_slack: FakeSlack, slack_settings: Settings, bolt_dispatches: list[BoltRequest]
) -> None:
    draft_id = make_draft(sdb)
    assert _post(url, _click(draft_id, sdb, user=OUTSIDER)).status_code == 200
    assert len(bolt_dispatches) == 1  # the fast path wrote nothing and left it to Bolt's listener
    assert review.view(sdb, draft_id).status == "pending"
    assert _count(sdb, Decision) == 0 and _count(sdb, PublishJob) == 0
    assert _count(sdb, AuditEvent, action="draft.approve_refused") == 1
    [note] = fake_slack.wait_for("chat.postEphemeral", 1, timeout=10)
    assert note.params["text"] == say(slack_settings.locale, "not_authorised")


def test_a_user_group_member_not_yet_looked_up_is_approved_through_bolt_then_on_the_fast_path(
    url: str, sdb: Database, fake_slack: FakeSlack, bolt_dispatches: list[BoltRequest]
) -> None:
    first, second = make_draft(sdb), make_draft(sdb)
    assert _post(url, _click(first, sdb, user=GROUP_MEMBER)).status_code == 200
    assert review.view(sdb, first).status == "approved"
    assert len(bolt_dispatches) == 1 and len(fake_slack.calls_to("usergroups.users.list")) == 1
    assert _post(url, _click(second, sdb, user=GROUP_MEMBER)).status_code == 200  # the group's members cached
    assert review.view(sdb, second).status == "approved"
    assert len(bolt_dispatches) == 1
    assert _count(sdb, Decision, action="approved") == 2 and _count(sdb, SlackDelivery) == 2


def test_a_click_without_a_kept_verdict_is_checked_after_the_answer_then_approved(
    url: str, sdb: Database, fake_slack: FakeSlack, bolt_dispatches: list[BoltRequest]
) -> None:
    draft_id = make_draft(sdb, checked=False)
    assert _post(url, _click(draft_id, sdb)).status_code == 200
    assert bolt_dispatches == []
    deadline = time.monotonic() + 20
    while review.view(sdb, draft_id).status != "approved" and time.monotonic() < deadline:
        time.sleep(0.05)
    assert review.view(sdb, draft_id).status == "approved"
    assert (_count(sdb, Decision), _count(sdb, PublishJob)) == (1, 1)


def test_other_requests_and_unreadable_clicks_go_to_bolt(
    url: str, sdb: Database, fake_slack: FakeSlack, bolt_dispatches: list[BoltRequest]
) -> None:
    draft_id = make_draft(sdb)
    edit = block_action(blocks.EDIT, blocks.action_value(review.view(sdb, draft_id)))
    assert _post(url, urlencode({"payload": json.dumps(edit)})).status_code == 200
    unreadable = block_action(blocks.APPROVE, "not json")
    assert _post(url, urlencode({"payload": json.dumps(unreadable)})).status_code == 200
    assert len(bolt_dispatches) == 2
    fake_slack.wait_for("views.open")
    [note] = fake_slack.wait_for("chat.postEphemeral", 1, timeout=10)
    assert "actions[0].value" in note.params["text"]
    assert review.view(sdb, draft_id).status == "pending"


def test_a_click_on_a_draft_removed_since_its_card_is_answered_and_the_clicker_told(
    url: str, sdb: Database, fake_slack: FakeSlack
) -> None:
    draft_id = make_draft(sdb)
    body = _click(draft_id, sdb)
    with sdb.write() as session:
        session.execute(delete(Draft).where(Draft.id == draft_id))
    assert _post(url, body).status_code == 200
    [note] = fake_slack.wait_for("chat.postEphemeral", 1, timeout=10)
    assert f"no draft {draft_id}" in note.params["text"]
    assert _count(sdb, Decision) == 0 and _count(sdb, PublishJob) == 0


def _with_card(action_id: str, draft_id: int, db: Database, *, card_last: bool = False) -> str:
    """A click as Slack sends it: the whole card in ``message.blocks`` (so Approve's id is in every click's body),
    ``actions`` last unless ``card_last``."""
    draft = review.view(db, draft_id)
    payload = block_action(action_id, blocks.action_value(draft))
    card = {"ts": "1.0", "blocks": blocks.card_blocks(draft, "en")}
    actions = payload.pop("actions")
    payload = (
        {**payload, "actions": actions, "message": card}
        if card_last
        else {**payload, "message": card, "actions": actions}
    )
    return urlencode({"payload": json.dumps(payload)})


def test_edit_and_skip_clicks_carrying_the_card_are_left_to_bolt_unparsed(sdb: Database) -> None:
    draft_id = make_draft(sdb)
    for action_id in (blocks.EDIT, blocks.SKIP, blocks.REGENERATE):
        body = _with_card(action_id, draft_id, sdb).encode()
        assert blocks.APPROVE.encode() in body  # the card's Approve button
        assert not _may_approve(body)
    assert _may_approve(_with_card(blocks.APPROVE, draft_id, sdb).encode())
    assert _may_approve(_with_card(blocks.APPROVE, draft_id, sdb, card_last=True).encode())
    assert _may_approve(_click(draft_id, sdb).encode())
    assert not _may_approve(b"payload=%7B%22type%22%3A%22block_actions%22%7D")


def test_an_approve_click_carrying_the_card_is_decided_on_the_fast_path_and_an_edit_by_bolt(
    url: str, sdb: Database, fake_slack: FakeSlack, bolt_dispatches: list[BoltRequest]
) -> None:
    approved, edited = make_draft(sdb), make_draft(sdb)
    assert _post(url, _with_card(blocks.APPROVE, approved, sdb)).status_code == 200
    assert bolt_dispatches == []
    assert review.view(sdb, approved).status == "approved"
    assert _post(url, _with_card(blocks.EDIT, edited, sdb)).status_code == 200
    assert len(bolt_dispatches) == 1
    fake_slack.wait_for("views.open")
    assert review.view(sdb, edited).status == "pending"
