"""`/kuulo` answers: help, approver-only changes, watch listing."""

from __future__ import annotations

from bot.config import Settings
from bot.slack.app import Deps, web_client
from bot.slack.approvers import Approvers
from bot.slack.commands import run_command
from bot.storage.db import Database
from tests.slack.conftest import APPROVER, OUTSIDER
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
