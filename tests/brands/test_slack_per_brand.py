"""``/kuulo`` and App Home per brand: a command acts on ``--brand NAME`` or the channel's brand, and only for an
approver of that brand; a direct message with several brands asks which; App Home shows the person's brands only.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select

from bot.brands.records import add_brand, set_value
from bot.config import Settings
from bot.slack.app import Deps
from bot.slack.approvers import Approvers
from bot.slack.client import web_client
from bot.slack.commands import run_command
from bot.slack.home import publish_home
from bot.storage.db import Database
from bot.storage.models import Watch
from tests.fakes.slack_api import FakeSlack
from tests.slack.conftest import APPROVER, CHANNEL
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
