"""The audience board in App Home: Block Kit limits, the user's language, page switching, refresh after polls."""

from __future__ import annotations

import json
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from slack_bolt import App
from slack_sdk import WebClient

from bot.config import Settings
from bot.insights.alert_view import AlertQuote, AlertThread, AlertView
from bot.insights.board import Board, BoardQuote, BoardTheme, WatchInfo
from bot.services import Services
from bot.slack.app import build_app
from bot.slack.board import NAV_ACTIONS, audience_view, refresh_audience_homes, remember
from bot.storage.db import Database
from bot.storage.models import Comment, Signal, Thread, Watch
from bot.watching.polling import WatchOutcome
from scheduler.tasks import refresh_homes_after_poll
from tests.conftest import make_settings
from tests.fakes.slack_api import FakeSlack
from tests.slack.conftest import APPROVER, SECRET, block_action, interaction, signed

WEEKS = ("2026-W45", "2026-W46", "2026-W47", "2026-W48", "2026-W49")
LONG = "Akku hyytyy pakkasella <script> & loppuu kesken " * 40


def _theme(n: int, quote: str = "Akku hyytyy pakkasella") -> BoardTheme:
    return BoardTheme(
        key=f"t{n}",
        name=f"Theme {n} <b>",
        week_count=10 - n % 10,
        total=30,
        weeks=WEEKS,
        counts=(2, 3, 2, 3, 10),
        baseline=2.5,
        change=3.0 if n % 2 else None,
        emerging=n == 0,
        new=n == 1,
        questions=[(LONG, 3), ("Miten akku kestää talven?", 2)],
        needs=[("battery range in the cold", 4)],
        barriers=[(LONG, 2)],
        emotions={"negative": 6, "neutral": 4},
        languages={"fi": 5, "sv": 3, "en": 2},
        quotes=[BoardQuote(100 + n, quote, f"https://www.reddit.com/r/x/comments/{n}/", "fi")] * 3,
        watches=[(WatchInfo(1, "https://www.reddit.com/r/x/", "trust"), 10)],
    )


def _board(themes: int, week_comments: int = 120) -> Board:
    return Board(
        title="Audience",
        week="2026-W49",
        language="en",
        weeks=WEEKS,
        themes=[_theme(n) for n in range(themes)],
        week_comments=week_comments,
        emotions={"negative": 60, "neutral": 60},
        platforms={"reddit": 100, "mastodon": 20},
        watches=[(WatchInfo(1, "https://www.reddit.com/r/x/", "trust"), 120)],
        engagement={},
        generated_at=datetime(2026, 12, 2, 8, 0, tzinfo=UTC),
    )


def _alert() -> AlertView:
    now = datetime(2026, 12, 2, 7, 0, tzinfo=UTC)
    return AlertView(
        id=7,
        state="open",
        kind="negative",
        key="",
        label="",
        since=now - timedelta(hours=1),
        last_burst_at=now,
        closed_at=None,
        count=12,
        people=11,
        window_hours=1,
        expected=0.4,
        p_value=1e-9,
        threads=(AlertThread("https://www.reddit.com/r/x/comments/1/", "Battery", 12),),
        quotes=(AlertQuote(1, "The battery died at -5", None, "en"),),
        risk={},
        facets=(),
    )


def _texts(view: dict[str, Any]) -> list[str]:
    found = []
    for block in view["blocks"]:
        if "text" in block:
            found.append(block["text"]["text"])
        for element in block.get("elements") or []:
            text = element.get("text")
            found.append(text["text"] if isinstance(text, dict) else str(text or ""))
    return found


@pytest.mark.parametrize("language", ["en", "fi", "sv"])
def test_audience_view_keeps_to_block_kit_limits_with_many_long_themes(language: str) -> None:
    view = audience_view(_board(60), [_alert()] * 9, language)
    assert view["type"] == "home"
    assert len(view["blocks"]) <= 100
    assert all(len(text) <= 3000 for text in _texts(view))
    headers = [b["text"]["text"] for b in view["blocks"] if b["type"] == "header"]
    assert all(len(h) <= 150 for h in headers)
    title = {"en": "Audience · week 2026-W49", "fi": "Yleisö · viikko 2026-W49", "sv": "Publiken · vecka 2026-W49"}
    assert headers[0] == title[language]
    dump = json.dumps(view, ensure_ascii=False)
    assert "<script>" not in dump and "&lt;script&gt;" in dump  # untrusted text escaped
    assert "Theme 0 &lt;b&gt;" in dump
    assert sum(1 for b in view["blocks"] if b["type"] == "divider") < 60  # some themes left out, and said so
    more = {"en": "smaller themes are not shown", "fi": "pienempää teemaa ei näytetä", "sv": "mindre teman visas inte"}
    assert more[language] in dump
    assert view["blocks"][-1]["type"] == "context"  # the "updated" footer is never cut off


def test_audience_view_shows_emerging_alerts_top_questions_and_verbatim_quotes() -> None:
    view = audience_view(_board(3), [_alert()], "en")
    dump = json.dumps(view, ensure_ascii=False)
    headers = [b["text"]["text"] for b in view["blocks"] if b["type"] == "header"]
    assert headers[1:] == ["Emerging", "Recent alerts", "Top questions this week", "This week's themes"]
    assert "*#7* Burst: negative comments" in dump
    assert "12 comments from 11 people" in dump
    assert "Miten akku kestää talven? (6)" in dump  # two themes ask it twice each and one more
    assert "> Akku hyytyy pakkasella <https://www.reddit.com/r/x/comments/0/|open>" in dump
    assert "_new_" in dump and "_emerging_" in dump
    nav = view["blocks"][0]
    assert [e["action_id"] for e in nav["elements"]] == [NAV_ACTIONS["queue"], NAV_ACTIONS["audience"]]
    assert nav["elements"][1]["style"] == "primary"


def test_audience_view_of_an_empty_week_says_what_to_check() -> None:
    view = audience_view(_board(0, week_comments=0), [], "fi")
    dump = json.dumps(view, ensure_ascii=False)
    assert "Viikolla 2026-W49 ei ole vielä kerätty kommentteja" in dump
    assert "Ei hälytyksiä" in dump
    assert len(view["blocks"]) < 20


# -- through Bolt, the fake Slack Web API and stored comments --------------------------------

NOISE = [
    ("fi", "negative", "Ulkoyksikkö pitää kovaa ääntä yöllä, naapuri valittaa."),
    ("en", "negative", "The outdoor unit is so loud at night that the neighbours complain."),
    ("sv", "negative", "Utedelen låter väldigt högt på natten, grannarna klagar."),
    ("en", "neutral", "How noisy is the outdoor unit when it runs at full power at night?"),
]


def _seed_now(db: Database, now: datetime, timezone: str) -> None:
    """Noise comments of the last half hour, kept inside the team's current week (in the first half hour of a week in
    ``timezone``, half an hour back is last week)."""
    local = now.astimezone(ZoneInfo(timezone))
    week_start = datetime.combine(local.date() - timedelta(days=local.weekday()), time(), local.tzinfo)
    with db.write() as session:
        watch = Watch(
            url="https://www.reddit.com/r/heatpumps/comments/abc/",
            platform="reddit",
            target="abc",
            objective="trust",
            poll_interval_minutes=30,
        )
        session.add(watch)
        session.flush()
        thread = Thread(watch_id=watch.id, platform="reddit", external_id="abc", url=watch.url)
        session.add(thread)
        session.flush()
        for n, (language, emotion, text) in enumerate(NOISE):
            comment = Comment(
                thread_id=thread.id,
                platform="reddit",
                external_id=f"c{n}",
                author_id=f"author{n}",
                author_name=f"user{n}",
                text=text,
                created_at=max(now - timedelta(minutes=30 + n), week_start + (now - week_start) / 2),
                url=f"https://www.reddit.com/r/heatpumps/comments/abc/_/c{n}/",
                language=language,
            )
            session.add(comment)
            session.flush()
            intent = "question" if text.endswith("?") else "complaint"
            session.add(
                Signal(comment_id=comment.id, language=language, intent=intent, emotion=emotion, method="offline")
            )


@pytest.fixture
def board_settings(tmp_path: Path, fake_slack: FakeSlack) -> Settings:
    return make_settings(
        tmp_path,
        database_url=f"sqlite:///{tmp_path / 'board.db'}",
        slack_bot_token="xoxb-test-token",
        slack_signing_secret=SECRET,
        slack_api_url=fake_slack.url,
        approvers=APPROVER,
    )


def _open_home(app: App, event_id: str) -> None:
    event = {
        "type": "event_callback",
        "team_id": "T0KUULO",
        "api_app_id": "AKUULO",
        "event_id": event_id,
        "event_time": 1,
        "event": {"type": "app_home_opened", "user": APPROVER, "tab": "home"},
    }
    assert app.dispatch(signed(json.dumps(event), "application/json")).status == 200


def test_home_switches_to_the_audience_page_in_the_users_language_and_is_refreshed_after_polls(
    board_settings: Settings, fake_slack: FakeSlack
) -> None:
    fake_slack.locales[APPROVER] = "fi-FI"
    services = Services(board_settings)
    try:
        now = datetime.now(UTC)
        _seed_now(services.db, now, board_settings.timezone)
        app = build_app(services.db, board_settings)

        _open_home(app, "EvBoard1")
        [queue] = fake_slack.wait_for("views.publish", timeout=30)
        queue_headers = [b["text"]["text"] for b in queue.params["view"]["blocks"] if b["type"] == "header"]
        assert queue_headers[0] == "Kuulon tarkistusjono"  # the queue page first, in the user's Slack language

        assert app.dispatch(interaction(block_action(NAV_ACTIONS["audience"], "audience"))).status == 200
        published = fake_slack.wait_for("views.publish", count=2, timeout=60)
        view = published[-1].params["view"]
        dump = json.dumps(view, ensure_ascii=False)
        assert published[-1].params["user_id"] == APPROVER
        assert "Yleisö · viikko" in dump and "Viikon teemat" in dump
        assert "Ulkoyksikkö pitää kovaa ääntä yöllä, naapuri valittaa." in dump  # verbatim, in its own language
        assert "How noisy is the outdoor unit when it runs at full power at night?" in dump  # a top question
        assert "4 kommenttia 1 seurannasta" in dump

        _open_home(app, "EvBoard2")  # the page chosen is remembered
        reopened = fake_slack.wait_for("views.publish", count=3, timeout=60)[-1].params["view"]
        assert "Yleisö · viikko" in json.dumps(reopened, ensure_ascii=False)

        quiet = [WatchOutcome(1, "https://www.reddit.com/r/heatpumps/comments/abc/")]
        assert refresh_homes_after_poll(services, quiet, now) is None  # nothing new: nobody is republished
        assert len(fake_slack.calls_to("views.publish")) == 3

        remember(services.db, "UQUEUEONLY", page="queue")
        busy = [WatchOutcome(1, "https://www.reddit.com/r/heatpumps/comments/abc/", new=1)]
        assert refresh_homes_after_poll(services, busy, now) == "audience home refreshed for 1 user(s)"
        calls = fake_slack.calls_to("views.publish")
        assert len(calls) == 4 and calls[-1].params["user_id"] == APPROVER
        assert "Yleisö · viikko" in json.dumps(calls[-1].params["view"], ensure_ascii=False)
    finally:
        services.close()


def test_refresh_skips_a_user_slack_refuses_and_publishes_the_others(
    board_settings: Settings, fake_slack: FakeSlack
) -> None:
    services = Services(board_settings)
    try:
        now = datetime.now(UTC)
        _seed_now(services.db, now, board_settings.timezone)
        remember(services.db, "UFIRST", page="audience", locale="sv")
        remember(services.db, "USECOND", page="audience", locale="sv")
        remember(services.db, "UTHIRD", page="audience")  # no Slack language known: the team's locale (en)
        fake_slack.rate_limit("views.publish", 1)  # the first user's publish is refused (no retry handler here)
        client = WebClient(token="xoxb-test-token", base_url=board_settings.slack_api_url)
        assert refresh_audience_homes(services, client, now) == 2
        published = {c.params["user_id"]: c.params["view"] for c in fake_slack.calls_to("views.publish")}
        assert set(published) == {"UFIRST", "USECOND", "UTHIRD"}  # UFIRST was tried, and refused
        assert "Publiken · vecka" in json.dumps(published["USECOND"], ensure_ascii=False)
        assert "Audience · week" in json.dumps(published["UTHIRD"], ensure_ascii=False)
    finally:
        services.close()
