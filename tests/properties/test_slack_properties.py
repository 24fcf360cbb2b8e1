"""Slack card clicks (block actions), damaged, dispatched as signed requests to the real Bolt app.

Property: Kuulo never answers with Bolt's 500 (an exception in a listener or middleware); a click
it cannot read is acknowledged, logged with the missing field, and the clicker told. What is
damaged is what Kuulo reads (user, trigger_id, channel, container, message, the button's value);
Bolt's own routing fields are left whole (Bolt itself fails on those, outside Kuulo's code).
"""

from __future__ import annotations

import io
import json
import time
from typing import Any
from urllib.parse import urlencode

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from slack_bolt import App
from slack_sdk.signature import SignatureVerifier

from bot.review.verdicts import Verdict
from bot.slack import blocks
from bot.slack.app import fast_path
from bot.storage.db import Database
from tests.properties.strategies import mutate
from tests.slack.conftest import SECRET, app, block_action, fake_slack, interaction, sdb, slack_settings
from tests.slack.factory import make_draft

pytestmark = pytest.mark.fuzz
__all__ = ["app", "fake_slack", "sdb", "slack_settings"]  # the Slack fixtures, used by name
CLICKS = [blocks.APPROVE, blocks.EDIT, blocks.SKIP, blocks.REGENERATE, blocks.MARK_POSTED]
KUULO_READS = ("user", "trigger_id", "channel", "container", "message")


@given(data=st.data(), action=st.sampled_from(CLICKS))
@example(data=None, action=blocks.EDIT)  # found by the fuzzing: a click without trigger_id crashed the listener
def test_a_damaged_card_click_is_never_answered_with_an_error(
    app: App, sdb: Database, draft_verdict: Verdict, data: st.DataObject | None, action: str
) -> None:
    draft_id = make_draft(sdb, verdict=draft_verdict)
    value = json.dumps({"draft_id": draft_id, "hash": "x"})
    payload: dict[str, Any] = block_action(action, value)
    if data is None:
        del payload["trigger_id"]
    else:  # damage what Kuulo reads; Bolt's own routing fields (type, actions[0].action_id) stay
        read = {key: payload.pop(key) for key in KUULO_READS}
        read["value"] = payload["actions"][0].pop("value")
        damaged = mutate(data.draw, read)
        damaged = damaged if isinstance(damaged, dict) else {}
        for key in ("user", "channel", "container", "message"):  # Bolt reads these itself while building
            if key in damaged and not isinstance(damaged[key], dict):  # the request: a non-object fails
                del damaged[key]  # inside Bolt (found by make fuzz), before any Kuulo code runs
        if "value" in damaged:
            payload["actions"][0]["value"] = damaged.pop("value")
        payload.update(damaged)
    assert app.dispatch(interaction(payload)).status != 500


@given(data=st.data())
def test_a_damaged_approve_click_never_raises_in_the_wsgi_fast_path(
    app: App, sdb: Database, draft_verdict: Verdict, data: st.DataObject
) -> None:
    """The fast path (bot/slack/fastpath.py) reads the whole payload itself, Bolt's routing fields too: any damage
    anywhere is answered by it or handed to Bolt, never raised."""
    draft_id = make_draft(sdb, verdict=draft_verdict)
    payload = mutate(data.draw, block_action(blocks.APPROVE, json.dumps({"draft_id": draft_id, "hash": "x"})))
    body = urlencode({"payload": json.dumps(payload)}).encode()
    ts = str(int(time.time()))
    environ = {
        "CONTENT_TYPE": "application/x-www-form-urlencoded",
        "HTTP_X_SLACK_REQUEST_TIMESTAMP": ts,
        "HTTP_X_SLACK_SIGNATURE": SignatureVerifier(SECRET).generate_signature(timestamp=ts, body=body),
        "wsgi.input": io.BytesIO(body),
    }
    fast = fast_path(app)
    assert fast is not None
    assert fast.answer(body, environ) in (True, False)


@pytest.mark.parametrize("action", [blocks.APPROVE, blocks.SKIP])
def test_a_click_whose_user_id_is_a_lone_surrogate_is_answered_not_a_500(
    app: App, sdb: Database, draft_verdict: Verdict, action: str
) -> None:
    """Found by make fuzz (session 7, after 5,662 examples): the delivery key (user.id inside it) was inserted
    as given, and SQLite's UTF-8 encoding raised UnicodeEncodeError in the dedupe middleware (Approve: in the
    listener's own claim). Now the key is stored with the surrogate escaped and the click is refused as any
    unknown user's."""
    draft_id = make_draft(sdb, verdict=draft_verdict)
    payload = block_action(action, json.dumps({"draft_id": draft_id, "hash": "x"}), user="\ud800")
    assert app.dispatch(interaction(payload)).status == 200
    assert app.dispatch(interaction(payload)).status == 200  # the same delivery again: dropped, not a 500
