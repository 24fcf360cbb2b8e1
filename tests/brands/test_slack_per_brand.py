"""``/kuulo`` and App Home per brand: a command acts on ``--brand NAME`` or the channel's brand, and only for an
approver of that brand; a direct message with several brands asks which; App Home shows the person's brands only.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from sqlalchemy import select

from bot.brands.records import add_brand, set_value
from bot.brands.settings import approvers_of_draft_in, for_draft_in
from bot.brands.threads import other_brands_replied
from bot.config import Settings
from bot.drafting.pipeline import own_comments
from bot.services import Services
from bot.slack.app import Deps, build_app
from bot.slack.approvers import Approvers
from bot.slack.cards import ChannelPacer, post_new_cards
from bot.slack.client import web_client
from bot.slack.commands import run_command
from bot.slack.home import publish_home
from bot.storage.db import Database
from bot.storage.models import Comment, Draft, Post, Watch
from tests.fakes.slack_api import FakeSlack
from tests.slack.conftest import APPROVER, CHANNEL, block_action, dispatch, interaction, signed
from tests.slack.factory import make_draft

ACME_APPROVER, ACME_CHANNEL = "UACMEAPPROVER", "C0ACMEREVIEW"


def _deps(sdb: Database, settings: Settings) -> Deps:
    add_brand(sdb, "acme", display_name="Acme Oy")
    set_value(sdb, "acme", "review_channel", ACME_CHANNEL)
    set_value(sdb, "acme", "approvers", ACME_APPROVER)
    return Deps(sdb, settings, Approvers(web_client(settings), settings.approver_ids))


def _watch_ids(sdb: Database) -> dict[int, int]:
    with sdb.read() as session:
        return {brand_id: watch_id for watch_id, brand_id in session.execute(select(Watch.id, Watch.brand_id))}


def test_kuulo_command_acts_on_the_channels_brand_for_its_approvers_only(
    sdb: Database, slack_settings: Settings
) -> None:
    deps = _deps(sdb, slack_settings)
    make_draft(sdb)
    make_draft(sdb, brand_id=2)
    watches = _watch_ids(sdb)
    listed = run_command(deps, "watches", ACME_APPROVER, ACME_CHANNEL)
    assert f"#{watches[2]} ·" in listed and f"#{watches[1]} ·" not in listed
    refused = run_command(deps, "watches", APPROVER, ACME_CHANNEL)  # default's approver in acme's channel
    assert "not an approver of brand acme" in refused and "#" not in refused
    assert "several brands (default, acme)" in run_command(deps, "watches", ACME_APPROVER, "D0DIRECT")
    by_name = run_command(deps, "watches --brand acme", ACME_APPROVER, "D0DIRECT")
    assert f"#{watches[2]} ·" in by_name and f"#{watches[1]} ·" not in by_name
    assert f"#{watches[1]} ·" in run_command(deps, "watches", APPROVER, CHANNEL)
    other = run_command(deps, f"pause {watches[1]}", ACME_APPROVER, ACME_CHANNEL)  # default's watch from acme's channel
    assert f"Watch #{watches[1]} is not brand acme's" in other
    with sdb.read() as session:
        assert not any(session.scalars(select(Watch.paused)))
    assert "paused" in run_command(deps, f"pause {watches[2]}", ACME_APPROVER, ACME_CHANNEL).lower()
    unknown = run_command(deps, "watches --brand acne", ACME_APPROVER, "D0DIRECT")
    assert "no brand 'acne'; the brands are: default, acme" in unknown


def test_app_home_shows_only_the_brands_the_person_approves_for(
    sdb: Database, slack_settings: Settings, fake_slack: FakeSlack
) -> None:
    deps = _deps(sdb, slack_settings)
    make_draft(sdb)
    make_draft(sdb, brand_id=2)
    make_draft(sdb, brand_id=2)
    watches = _watch_ids(sdb)
    client = web_client(slack_settings)
    views: dict[str, dict[str, Any]] = {}
    for user in (ACME_APPROVER, APPROVER, "USTRANGER"):
        publish_home(deps, client, user)
        [call] = [c for c in fake_slack.calls_to("views.publish") if c.params["user_id"] == user]
        views[user] = call.params["view"]
    acme, default, stranger = (json.dumps(views[u], ensure_ascii=False) for u in (ACME_APPROVER, APPROVER, "USTRANGER"))
    assert "Your brands: Acme Oy" in acme and "Pending 2 " in acme
    assert f"#{watches[2]} ·" in acme and f"#{watches[1]} ·" not in acme
    assert "Your brands: Default" in default and "Pending 1 " in default and f"#{watches[2]} ·" not in default
    assert "Your brands: -" in stranger and "Pending 0 " in stranger and "· reddit ·" not in stranger


def _signed_command(text: str, user: str, channel: str, response_url: str) -> Any:
    form = {
        "command": "/kuulo",
        "text": text,
        "user_id": user,
        "channel_id": channel,
        "team_id": "T0KUULO",
        "response_url": response_url,
    }
    return signed(urlencode(form), "application/x-www-form-urlencoded")


def test_kuulo_in_a_direct_message_with_several_brands_asks_which_with_buttons_and_runs_for_the_one_picked(
    sdb: Database, slack_settings: Settings, fake_slack: FakeSlack
) -> None:
    _deps(sdb, slack_settings)
    make_draft(sdb)
    make_draft(sdb, brand_id=2)
    watches = _watch_ids(sdb)
    app = build_app(sdb, slack_settings)
    response_url = f"{fake_slack.url}response"
    assert dispatch(app, _signed_command("watches", ACME_APPROVER, "D0DIRECT", response_url)).status == 200
    [asked] = fake_slack.wait_for("response")
    buttons = [e for b in asked.params["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert [b["text"]["text"] for b in buttons] == ["Acme Oy"]  # only the brands the person approves for
    assert "Which brand is `/kuulo watches` for?" in json.dumps(asked.params["blocks"])
    assert "several brands (default, acme)" in asked.params["text"]  # the fallback text says how to choose

    def click(value: str, user: str = ACME_APPROVER) -> Any:
        payload = block_action(buttons[0]["action_id"], value, user=user)
        payload.update(channel={"id": "D0DIRECT"}, response_url=response_url)
        before = len(fake_slack.calls_to("response"))  # counted before the click: a quick refusal may beat the count
        assert dispatch(app, interaction(payload)).status == 200
        return fake_slack.wait_for("response", before + 1)[-1]

    answer = click(buttons[0]["value"])
    assert f"#{watches[2]} ·" in answer.params["text"] and f"#{watches[1]} ·" not in answer.params["text"]
    assert answer.params.get("replace_original") is True
    forged = click(json.dumps({"brand": "default", "text": "watches"}))  # a button for a brand not theirs
    assert "not an approver of brand default" in forged.params["text"] and "#" not in forged.params["text"]
    stranger = click(buttons[0]["value"], user="USTRANGER")  # a button passed on to someone else
    assert "not an approver of brand acme" in stranger.params["text"]

    for text, channel in (("watches --brand acme", "D0DIRECT"), ("watches", ACME_CHANNEL), ("help", "D0DIRECT")):
        before = len(fake_slack.calls_to("response"))
        dispatch(app, _signed_command(text, ACME_APPROVER, channel, response_url))
        assert "blocks" not in fake_slack.wait_for("response", before + 1)[-1].params  # no choice needed


def test_a_card_names_the_other_brands_that_already_replied_in_its_thread(
    sdb: Database, slack_settings: Settings, fake_slack: FakeSlack, tmp_path: Path
) -> None:
    _deps(sdb, slack_settings)
    set_value(sdb, "default", "display_name", "Revontuli Oy")
    theirs, ours = make_draft(sdb), make_draft(sdb, brand_id=2)
    with sdb.write() as session:  # one thread both brands watch: acme's comment is in default's thread
        default_comment = session.scalar(select(Comment).join(Draft).where(Draft.id == theirs))
        acme_comment = session.scalar(select(Comment).join(Draft).where(Draft.id == ours))
        assert default_comment is not None and acme_comment is not None
        acme_comment.thread_id = default_comment.thread_id
        session.add(Post(draft_id=theirs, platform="reddit", external_id="r_published", text="Revontulen vastaus",
                         approver=APPROVER, drafter="offline"))  # fmt: skip
        published = Comment(thread_id=default_comment.thread_id, platform="reddit", external_id="r_published",
                            author_name="revontuli_bot", text="Revontulen vastaus")  # fmt: skip
        session.add(published)
        session.flush()
        published_id = published.id
        draft = session.get(Draft, theirs)
        assert draft is not None
        draft.status = "approved"
    counts = post_new_cards(sdb, web_client(slack_settings), slack_settings, "test", ChannelPacer(0))
    assert counts["posted"] == 1
    [card] = fake_slack.calls_to("chat.postMessage")
    assert card.params["channel"] == ACME_CHANNEL
    shown = json.dumps(card.params["blocks"], ensure_ascii=False)
    assert "Brand: Acme Oy · Revontuli Oy already replied in this thread" in shown

    with sdb.read() as session:  # and acme never answers Revontuli's published reply
        assert other_brands_replied(session, ours) == [1] and other_brands_replied(session, theirs) == []
    settings = slack_settings.model_copy(update={"database_url": f"sqlite:///{tmp_path / 'slack.db'}"})
    services = Services(settings)
    try:
        assert own_comments(services.for_brand("acme"), [published_id, acme_comment.id]) == {published_id}
    finally:
        services.close()


def test_a_drafts_approvers_from_one_query_match_its_brands_resolved_settings(
    sdb: Database, slack_settings: Settings
) -> None:
    """The Approve click's lookup (``approvers_of_draft_in``) agrees with the one resolver for every kind of brand."""
    _deps(sdb, slack_settings)  # brand acme (id 2) with approvers of its own
    add_brand(sdb, "beta", display_name="Beta")  # brand 3: no approvers of its own, so nobody (fail closed)
    drafts = [make_draft(sdb), make_draft(sdb, brand_id=2), make_draft(sdb, brand_id=3)]
    with sdb.read() as session:
        found = [approvers_of_draft_in(session, slack_settings, draft_id) for draft_id in drafts]
        resolved = [for_draft_in(session, slack_settings, draft_id) for draft_id in drafts]
        assert approvers_of_draft_in(session, slack_settings, 10_000) is None
    assert found == [(b.id, b.approver_ids) for b in resolved if b is not None]
    assert [ids for _brand, ids in (f for f in found if f is not None)] == [
        slack_settings.approver_ids,
        (ACME_APPROVER,),
        (),
    ]
