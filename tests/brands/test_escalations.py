"""Risky comments go to their own brand's escalation channel, never another brand's."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select, update

from bot.brands.records import add_brand, set_value
from bot.slack import escalations
from bot.slack.app import build_app
from bot.slack.cards import ChannelPacer
from bot.slack.client import web_client
from bot.storage.db import Database
from bot.storage.models import AuditEvent, Comment, Opportunity, Thread, Watch
from tests.conftest import make_settings
from tests.fakes.slack_api import FakeSlack
from tests.slack.conftest import SECRET, block_action, interaction
from tests.slack.test_escalations import make_escalation


def _give(db: Database, opportunity_id: int, brand_id: int) -> None:
    with db.write() as session:
        watch_id = session.scalar(
            select(Thread.watch_id)
            .join(Comment, Comment.thread_id == Thread.id)
            .join(Opportunity, Opportunity.comment_id == Comment.id)
            .where(Opportunity.id == opportunity_id)
        )
        session.execute(update(Watch).where(Watch.id == watch_id).values(brand_id=brand_id))
        session.execute(update(Opportunity).where(Opportunity.id == opportunity_id).values(brand_id=brand_id))


def test_each_brands_escalations_go_to_its_own_channel_and_a_brand_without_one_posts_none(
    tmp_path: Path, sdb: Database, fake_slack: FakeSlack
) -> None:
    settings = make_settings(
        tmp_path, slack_bot_token="xoxb-test-token", slack_api_url=fake_slack.url, escalation_channel="C0DEFAULTESC"
    )
    globex, initech = add_brand(sdb, "globex"), add_brand(sdb, "initech")
    set_value(sdb, "globex", "escalation_channel", "C0GLOBEXESC")
    set_value(sdb, "globex", "locale", "sv")
    ours = make_escalation(sdb, "Haastan teidät oikeuteen", n=91)
    theirs = make_escalation(sdb, "Jag stämmer er", n=92)
    nobodys = make_escalation(sdb, "I will sue you", n=93)
    _give(sdb, theirs, globex.id)
    _give(sdb, nobodys, initech.id)

    counts = escalations.post_escalations(sdb, web_client(settings), settings, ChannelPacer(interval=0))

    assert counts == {"posted": 2, "failed": 0, "lost": 0, "reconciled": 0}
    posted = {
        call.params["metadata"]["event_payload"]["opportunity_id"]: call.params
        for call in fake_slack.calls_to("chat.postMessage")
    }
    assert set(posted) == {ours, theirs}
    assert posted[ours]["channel"] == "C0DEFAULTESC" and "Haastan" in json.dumps(posted[ours], ensure_ascii=False)
    assert posted[theirs]["channel"] == "C0GLOBEXESC" and "Jag stämmer" in json.dumps(
        posted[theirs], ensure_ascii=False
    )
    assert escalations.unposted(sdb, datetime.now(UTC)) == [nobodys]  # claimed once initech has a channel


def test_only_an_approver_of_the_comments_brand_may_mark_its_escalation_handled(
    tmp_path: Path, sdb: Database, fake_slack: FakeSlack
) -> None:
    settings = make_settings(
        tmp_path,
        slack_bot_token="xoxb-test-token",
        slack_signing_secret=SECRET,
        slack_api_url=fake_slack.url,
        approvers="UDEFAULTAPPROVER",
        escalation_channel="C0DEFAULTESC",
    )
    globex = add_brand(sdb, "globex")
    set_value(sdb, "globex", "escalation_channel", "C0GLOBEXESC")
    set_value(sdb, "globex", "approvers", "UGLOBEXAPPROVER")
    opportunity_id = make_escalation(sdb, "Jag stämmer er", n=94)
    _give(sdb, opportunity_id, globex.id)
    app = build_app(sdb, settings)
    escalations.post_escalations(sdb, web_client(settings), settings, ChannelPacer(interval=0))
    ts = fake_slack.messages["C0GLOBEXESC"][0]["ts"]
    for user, n in (("UDEFAULTAPPROVER", 1), ("UGLOBEXAPPROVER", 2)):
        click = block_action(escalations.MARK_HANDLED, str(opportunity_id), user=user, ts=ts, action_ts=f"{n}.0")
        click["channel"] = {"id": "C0GLOBEXESC"}
        assert app.dispatch(interaction(click)).status == 200
    fake_slack.wait_for("chat.update")
    with sdb.read() as session:
        events = [(e.actor, e.action) for e in session.scalars(select(AuditEvent).order_by(AuditEvent.id))]
    assert [e for e in events if e[1].startswith("escalation.")] == [
        ("UDEFAULTAPPROVER", "escalation.refused"),
        ("UGLOBEXAPPROVER", "escalation.handled"),
    ]
