"""Signed sign-offs in Slack: the card shows the slot, the approver's signature fills it."""

from __future__ import annotations

import json

from slack_bolt import App

from bot.checks import CheckContext, frozen
from bot.config import Settings
from bot.review import decisions as review
from bot.slack import blocks
from bot.slack.app import Deps, web_client
from bot.slack.approvers import Approvers
from bot.slack.cards import ChannelPacer, card_location, post_new_cards
from bot.slack.commands import run_command
from bot.storage.db import Database
from tests.fakes.slack_api import FakeSlack
from tests.slack.conftest import APPROVER, block_action, interaction
from tests.slack.factory import make_draft

SLOTTED = "Ingen bindningstid, uppsägningstiden är en månad. /{name}, Kraftverk"


def _carded(sdb: Database, settings: Settings) -> tuple[int, str, str]:
    context = frozen.snapshot(
        CheckContext(platform="reddit", comment_language="sv", legacy=True, signature="/{name}, Kraftverk")
    )
    draft_id = make_draft(sdb, text=SLOTTED, language="sv", comment_text="Bindningstid?", check_context=context)
    post_new_cards(sdb, web_client(settings), settings, "test", ChannelPacer(sleep=lambda s: None))
    _channel, ts = card_location(sdb, draft_id)
    assert ts is not None
    return draft_id, blocks.action_value(review.view(sdb, draft_id)), ts


def test_card_shows_the_slot_and_says_who_fills_it(
    app: App, sdb: Database, slack_settings: Settings, fake_slack: FakeSlack
) -> None:
    _carded(sdb, slack_settings)
    [posted] = fake_slack.calls_to("chat.postMessage")
    shown = json.dumps(posted.params["blocks"], ensure_ascii=False)
    assert "/{name}, Kraftverk" in shown and "Signed when approved" in shown


def test_approve_click_signs_with_the_slack_profile_first_name_looked_up_once(
    app: App, sdb: Database, slack_settings: Settings, fake_slack: FakeSlack
) -> None:
    fake_slack.profiles[APPROVER] = {"first_name": "Mikko", "real_name": "Mikko Virtanen"}
    for _ in range(2):
        draft_id, value, ts = _carded(sdb, slack_settings)
        assert app.dispatch(interaction(block_action(blocks.APPROVE, value, ts=ts))).status == 200
        done = review.view(sdb, draft_id)
        assert (done.status, done.text) == ("approved", SLOTTED.replace("{name}", "Mikko"))
    assert len(fake_slack.calls_to("users.info")) == 1  # cached


def test_own_signature_set_with_kuulo_signature_wins_and_a_bad_one_is_refused(
    app: App, sdb: Database, slack_settings: Settings, fake_slack: FakeSlack
) -> None:
    fake_slack.profiles[APPROVER] = {"first_name": "Mikko"}
    deps = Deps(sdb, slack_settings, Approvers(web_client(slack_settings), slack_settings.approver_ids))
    assert "Mikko" in run_command(deps, "signature", APPROVER, None)  # the profile's, until one is set
    assert "not a name" in run_command(deps, "signature evil.example.com", APPROVER, None)
    assert "*Mikke*" in run_command(deps, 'signature "Mikke"', APPROVER, None)
    draft_id, value, ts = _carded(sdb, slack_settings)
    app.dispatch(interaction(block_action(blocks.APPROVE, value, ts=ts)))
    assert review.view(sdb, draft_id).text.endswith("/Mikke, Kraftverk")
    assert "profile" in run_command(deps, "signature clear", APPROVER, None)


def test_approver_without_a_usable_name_is_told_how_to_set_one(
    app: App, sdb: Database, slack_settings: Settings, fake_slack: FakeSlack
) -> None:
    fake_slack.profiles[APPROVER] = {"first_name": "", "real_name": "R2-D2"}
    draft_id, value, ts = _carded(sdb, slack_settings)
    app.dispatch(interaction(block_action(blocks.APPROVE, value, ts=ts)))
    notes = fake_slack.wait_for("chat.postEphemeral")
    assert "/kuulo signature" in json.dumps([n.params for n in notes], ensure_ascii=False)
    assert review.view(sdb, draft_id).status == "pending"
