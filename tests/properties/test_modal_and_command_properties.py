"""Slack modal submissions (view submissions) and ``/kuulo`` slash commands, damaged, oversized and of
the wrong types, dispatched as signed requests to the real Bolt app.

Properties: Kuulo never answers with Bolt's 500 (an exception in a listener); a submission it cannot
read is answered in the modal with the field it lacked, and changes nothing; only an approver's
submission ever decides a draft, and at most once; ``/kuulo`` with any text at all (unicode, controls,
lone surrogates, megabytes) gives a reply, never an exception. What is damaged is what Kuulo reads
(user, private_metadata, the state values, the command's text, user and channel); Bolt's own routing
fields (type, view.callback_id, command) stay whole, as in ``test_slack_properties.py``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlencode

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from slack_bolt import App
from sqlalchemy import func, select

from bot.config import Settings
from bot.review import decisions as review
from bot.review.verdicts import Verdict
from bot.slack import blocks
from bot.slack.app import Deps, build_app, web_client
from bot.slack.approvers import Approvers
from bot.slack.background import Background
from bot.slack.commands import run_command
from bot.slack.modals import INPUT_MAX
from bot.storage.db import Database
from bot.storage.models import Decision
from bot.watching.watches import add_watch, list_watches
from bot.wording import say
from tests.fakes.slack_api import FakeSlack
from tests.properties.strategies import any_text, json_values, mutate
from tests.slack.conftest import APPROVER, CHANNEL, OUTSIDER, app, fake_slack, interaction, sdb, signed, slack_settings
from tests.slack.conftest import view_submission as submission
from tests.slack.factory import make_draft

pytestmark = pytest.mark.fuzz
__all__ = ["app", "fake_slack", "sdb", "slack_settings"]  # the Slack fixtures, used by name

PLAIN = {"type": "plain_text_input", "value": "Kiitos! Sovellus toimii myös ilman verkkoa."}
VIEWS: dict[str, tuple[str, dict[str, Any]]] = {
    blocks.EDIT_VIEW: ("text", PLAIN),
    blocks.SKIP_VIEW: ("reason", {"type": "static_select", "selected_option": {"value": "risky"}}),
    blocks.REGENERATE_VIEW: ("instruction", {"type": "plain_text_input", "value": "Lyhyemmin, kiitos."}),
    blocks.POSTED_VIEW: ("link", {"type": "plain_text_input", "value": "https://www.reddit.com/r/x/comments/a/b/c/"}),
}
# Oversized values at their door and past it: Slack's input limit for a modal's value; KUULO_SLACK_COMMAND_MAX_CHARS
# for `/kuulo`'s text. Past a limit the code path is the same refusal at any size, so the sizes stop at four times
# the limit (a 2,000,000-character value spent some 0.3 s CPU in urlencoding and Bolt's parsing alone, and
# `/kuulo`'s shlex 2 µs a character before the door existed; tests/slack/test_commands.py keeps that size).
COMMAND_MAX = int(Settings.model_fields["slack_command_max_chars"].default)
HUGE = st.sampled_from([INPUT_MAX, INPUT_MAX + 1, 4 * INPUT_MAX]).map(lambda n: "ä" * n)
LONG = st.sampled_from([COMMAND_MAX - 1, COMMAND_MAX, COMMAND_MAX + 1, 4 * COMMAND_MAX]).map(lambda n: "ä" * n)


def _decisions(db: Database, draft_id: int) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(Decision).where(Decision.draft_id == draft_id)) or 0)


@given(data=st.data(), view=st.sampled_from(list(VIEWS)))
@example(data=None, view=blocks.EDIT_VIEW)  # private_metadata that is not JSON: json.loads raised in the listener
def test_a_damaged_modal_submission_is_answered_and_only_an_approver_decides(
    app: App, sdb: Database, draft_verdict: Verdict, data: st.DataObject | None, view: str
) -> None:
    draft_id = make_draft(sdb, verdict=draft_verdict)
    meta: Any = {"draft_id": draft_id, "hash": review.view(sdb, draft_id).text_hash, "channel": CHANNEL, "ts": "1.0"}
    block, value = VIEWS[view]
    state: Any = {block: {"value": dict(value)}}
    user: Any = {"id": APPROVER}
    if data is None:
        meta = "not json {"
    else:
        read = mutate(data.draw, {"user": user, "meta": meta, "state": state})
        read = read if isinstance(read, dict) else {}
        user, meta, state = read.get("user"), read.get("meta"), read.get("state")
        if data.draw(st.booleans()):  # sometimes the entered value is oversized, or any JSON at all
            state = {block: {"value": {**value, "value": data.draw(HUGE | json_values)}}}
        form = data.draw(st.sampled_from(["json", "json", "text", "value"]))
        meta = json.dumps(meta) if form == "json" else data.draw(any_text) if form == "text" else meta
    payload = submission(view, "{}", {})
    payload["view"]["private_metadata"] = meta
    payload["view"]["state"] = {"values": state}
    if isinstance(user, dict):  # Bolt reads user.id itself; a non-object fails inside Bolt, before Kuulo
        payload["user"] = user
    else:
        del payload["user"]
    response = app.dispatch(interaction(payload))
    assert response.status != 500, response.body
    decided = _decisions(sdb, draft_id)
    assert decided <= 1
    if decided:  # a decision only from the approver, carrying the draft's own metadata
        assert isinstance(user, dict) and user.get("id") == APPROVER


def _deps(sdb: Database, settings: Settings) -> Deps:
    return Deps(sdb, settings, Approvers(web_client(settings), settings.approver_ids))


WORDS = st.sampled_from(["help", "watch", "watches", "pause", "resume", "digest", "ask", "stats", "WATCH", ""])
# Arguments of any shape, but no web link: `watch <link>` would probe the page over the network.
ARGS = (any_text | st.integers().map(str) | LONG).filter(lambda a: "://" not in a)


@given(word=WORDS, args=st.lists(ARGS, max_size=4), user=st.sampled_from([APPROVER, OUTSIDER, "", "U\ud800"]))
@example(word="pause", args=["99999999999999999999999"], user=APPROVER)  # a watch id past any integer column
@example(word="ask", args=["AA", "AA", "AAAA\ud800"], user=APPROVER)  # make fuzz: lingua raised UnicodeEncodeError
def test_a_slash_command_with_any_text_gets_a_reply(
    sdb: Database, slack_settings: Settings, word: str, args: list[str], user: str
) -> None:
    text = " ".join([word, *args])
    reply = run_command(_deps(sdb, slack_settings), text, user, CHANNEL)
    assert isinstance(reply, str) and reply.strip()
    assert ("KUULO_SLACK_COMMAND_MAX_CHARS" in reply) == (len(text) > COMMAND_MAX)  # the door, and only past it


DOOR_WORDS = WORDS | st.sampled_from(["pause 1", "resume 1", "watch https://www.reddit.com/r/x/comments/1abcde/y/"])


@given(
    limit=st.integers(100, 400),
    word=DOOR_WORDS,
    filler=st.text(st.sampled_from(" \"'\\ä\u200b\x00\ud800-=a"), min_size=1),
    user=st.sampled_from([APPROVER, OUTSIDER]),
    locale=st.sampled_from(["en", "fi", "sv"]),
)
def test_a_slash_command_past_the_door_limit_is_refused_before_parsing_and_changes_nothing(
    sdb: Database, slack_settings: Settings, limit: int, word: str, filler: str, user: str, locale: str
) -> None:
    """Whatever the command, a text one character past KUULO_SLACK_COMMAND_MAX_CHARS is refused whole, in the
    team's language, naming the setting and both lengths, and changes nothing: no watch is added (a `watch` link
    would be probed over the network, which here has no answer) or paused. It is not parsed: `help` followed by
    the same text at the limit is answered with the help."""
    settings = slack_settings.model_copy(update={"slack_command_max_chars": limit, "locale": locale})
    deps = _deps(sdb, settings)
    watched = add_watch(sdb, settings, "https://www.reddit.com/r/x/comments/door1/y/", objective="trust").watch.id
    text = (word + " " + filler * (limit // len(filler) + 1))[: limit + 1]
    reply = run_command(deps, text, user, CHANNEL)
    assert reply == say(locale, "command_too_long", length=limit + 1, limit=limit)
    assert [(w.id, w.paused) for w in list_watches(sdb)] == [(watched, False)]
    assert run_command(deps, ("help " + text)[:limit], user, CHANNEL) == say(locale, "help")


@pytest.fixture
def command_app(sdb: Database, slack_settings: Settings) -> Iterator[App]:
    """The Bolt app with a background of its own, drained before the fake Slack closes: the replies to the
    commands go to its response_url from that background, and one still running would meet a closed server."""
    background = Background()
    yield build_app(sdb, slack_settings, background=background)
    background.shutdown(wait=True)


@given(
    fields=st.fixed_dictionaries({}, optional={"text": any_text | LONG, "user_id": any_text, "channel_id": any_text})
)
def test_a_damaged_slash_command_request_is_acknowledged(
    command_app: App, fake_slack: FakeSlack, fields: dict[str, str]
) -> None:
    app = command_app
    form = {"command": "/kuulo", "team_id": "T0KUULO", "response_url": f"{fake_slack.url}/api/response", **fields}
    body = urlencode({k: v.encode("utf-8", "surrogatepass") for k, v in form.items()})
    response = app.dispatch(signed(body, "application/x-www-form-urlencoded"))
    assert response.status != 500, response.body
