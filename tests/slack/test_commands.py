"""`/kuulo` answers: help, approver-only changes, watch listing, the door limit on the text."""

from __future__ import annotations

from urllib.parse import urlencode

from slack_bolt import App

from bot.config import Settings
from bot.slack.app import Deps, web_client
from bot.slack.approvers import Approvers
from bot.slack.commands import run_command
from bot.storage.db import Database
from bot.watching.watches import list_watches
from tests.fakes.slack_api import FakeSlack
from tests.slack.conftest import APPROVER, CHANNEL, OUTSIDER, signed
from tests.slack.factory import make_draft


def _deps(sdb: Database, settings: Settings) -> Deps:
    return Deps(sdb, settings, Approvers(web_client(settings), settings.approver_ids))


def test_kuulo_pause_by_non_approver_is_refused_and_changes_nothing(sdb: Database, slack_settings: Settings) -> None:
    make_draft(sdb)
    deps = _deps(sdb, slack_settings)
    assert "not an approver" in run_command(deps, "pause 1", OUTSIDER, "C1")
    assert "paused" not in run_command(deps, "watches", OUTSIDER, "C1")
    assert run_command(deps, "pause 1", APPROVER, "C1") == "Watch 1 paused."
    assert "paused" in run_command(deps, "watches", OUTSIDER, "C1")


def test_kuulo_unknown_and_stats_commands_explain_what_exists(sdb: Database, slack_settings: Settings) -> None:
    deps = _deps(sdb, slack_settings.model_copy(update={"locale": "fi"}))
    assert "Tuntematon komento `&lt;!here&gt;`" in run_command(deps, "<!here>", APPROVER, None)
    assert "kuulo export" in run_command(deps, "stats", APPROVER, None)


def test_kuulo_digest_shows_todays_digest_in_the_team_language(sdb: Database, slack_settings: Settings) -> None:
    from bot.wording import say

    deps = _deps(sdb, slack_settings.model_copy(update={"locale": "sv"}))
    answer = run_command(deps, "digest", APPROVER, None)
    assert answer.splitlines()[0].startswith(say("sv", "digest_header", date="")[:8])
    assert "kuulo export" not in answer


def test_kuulo_with_two_million_characters_is_refused_before_parsing_and_changes_nothing(
    app: App, fake_slack: FakeSlack, sdb: Database
) -> None:
    """Found by make fuzz (session 6): `/kuulo` with a 2,000,000-character text spent ~4.6 s CPU splitting it
    (shlex, ~2 µs a character) before any limit, and an unknown command word that long came back whole in the
    reply. Now the text is refused at the door (KUULO_SLACK_COMMAND_MAX_CHARS), privately, saying what to do."""
    text = "watch https://www.reddit.com/r/x/comments/1abcde/y/ " + "ä" * 2_000_000
    form = {"command": "/kuulo", "text": text, "user_id": APPROVER, "channel_id": CHANNEL, "team_id": "T0KUULO"}
    form["response_url"] = f"{fake_slack.url}response"
    assert app.dispatch(signed(urlencode(form), "application/x-www-form-urlencoded")).status == 200
    [reply] = fake_slack.wait_for("response", timeout=30)
    assert reply.params["text"] == (
        "That command is 2,000,052 characters long; Kuulo reads at most 4,000 (KUULO_SLACK_COMMAND_MAX_CHARS), so "
        "nothing was done. Shorten it: a question for `/kuulo ask` is read up to 500 characters. An admin can raise "
        "the setting."
    )
    assert reply.params.get("response_type", "ephemeral") == "ephemeral" and "blocks" not in reply.params
    assert list_watches(sdb) == []


def test_kuulo_past_its_limit_is_refused_in_the_team_language_and_at_the_limit_read(
    sdb: Database, slack_settings: Settings
) -> None:
    deps = _deps(sdb, slack_settings.model_copy(update={"locale": "fi", "slack_command_max_chars": 1_000}))
    refused = run_command(deps, "help " + "x" * 1_996, APPROVER, None)
    assert refused.startswith("Komento on 2\u00a0001 merkkiä pitkä; Kuulo lukee enintään 1\u00a0000 (KUULO_SLACK")
    assert run_command(deps, "help " + "x" * 995, APPROVER, None) == run_command(deps, "help", APPROVER, None)


def test_kuulo_ask_with_a_lone_surrogate_is_answered(sdb: Database, slack_settings: Settings) -> None:
    """Found by make fuzz (session 7): `/kuulo ask AA AA AAAA\\ud800` raised UnicodeEncodeError in the language
    detector. The text is read as a modal's value is: a lone surrogate becomes U+FFFD, a NUL goes."""
    reply = run_command(_deps(sdb, slack_settings), "ask AA AA AAAA\ud800", APPROVER, None)
    assert reply.strip() and "\ud800" not in reply
