"""A channel belongs to one brand; the weekly report is per brand, each with only its own audience."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.brands.records import add_brand
from bot.brands.settings import resolve, set_setting
from bot.errors import ConfigError
from bot.services import Services
from bot.slack.weekly import weekly_report_job
from bot.storage.db import Database
from tests.conftest import CliResult, make_settings
from tests.digest.fake import DigestSlack
from tests.insights.seed import TEXTS, seed

Kuulo = Callable[..., CliResult]


def test_a_channel_another_brand_uses_is_refused_and_nothing_changes(db: Database, tmp_path: Path) -> None:
    install = make_settings(tmp_path, review_channel="C0MAINREVIEW", digest_channel="C0MAINDIGEST")
    add_brand(db, "acme")
    add_brand(db, "globex")
    for channel in ("C0MAINREVIEW", "C0MAINDIGEST"):  # brand default's, from KUULO_*
        with pytest.raises(ConfigError, match=f"channel {channel} is already brand default's"):
            set_setting(db, install, "acme", "review_channel", channel)
    set_setting(db, install, "acme", "review_channel", "C0ACMEREVIEW")
    set_setting(db, install, "acme", "escalation_channel", "C0ACMEREVIEW")  # its own channel twice is fine
    with pytest.raises(ConfigError, match="already brand acme's; a channel belongs to one brand"):
        set_setting(db, install, "globex", "digest_channel", "C0ACMEREVIEW")
    with pytest.raises(ConfigError, match="already brand acme's"):
        set_setting(db, install, "default", "escalation_channel", "C0ACMEREVIEW")
    assert resolve(db, install, "globex").digest_channel is None
    set_setting(db, install, "acme", "review_channel", "")  # clearing is always allowed
    assert resolve(db, install, "acme").review_channel is None


@pytest.fixture
def fake() -> Iterator[DigestSlack]:
    with DigestSlack() as server:
        yield server


def test_weekly_report_is_per_brand_in_its_own_channel_with_only_its_own_audience_or_switched_off(
    tmp_path: Path, fake: DigestSlack
) -> None:
    settings = make_settings(
        tmp_path,
        digest_time="09:00",
        digest_channel="CREPORTS",
        slack_bot_token="xoxb-test",
        slack_api_url=fake.url,
        timezone="Europe/Helsinki",
    )
    services = Services(settings)
    try:
        seed(services.db)  # brand default's audience
        monday = datetime(2026, 5, 18, 7, 0, tzinfo=UTC)
        set_setting(services.db, settings, "default", "weekly_report", "off")
        assert weekly_report_job(services, monday) is None
        set_setting(services.db, settings, "default", "weekly_report", "on")
        add_brand(services.db, "acme")
        set_setting(services.db, settings, "acme", "digest_channel", "CACMEREPORTS")
        outcome = weekly_report_job(services, monday)
        assert outcome is not None and "weekly report 2026-W20 sent" in outcome and "acme: weekly report" in outcome
        assert weekly_report_job(services, monday) is None  # once per brand per week
        ours, theirs = (json.dumps(fake.messages[c], ensure_ascii=False) for c in ("CREPORTS", "CACMEREPORTS"))
        assert len(fake.messages["CREPORTS"]) == len(fake.messages["CACMEREPORTS"]) == 1
        seeded = [text for _lang, _emotion, text in TEXTS]
        assert any(text[:30] in ours for text in seeded)  # default's report quotes its audience
        assert not [text for text in seeded if text[:30] in theirs]  # acme's never does
        set_setting(services.db, settings, "acme", "weekly_report", "off")
    finally:
        services.close()


def test_watch_add_refuses_another_brands_channel_and_shares_another_brands_thread(
    kuulo: Kuulo, tmp_path: Path
) -> None:
    assert kuulo("brand", "add", "acme").code == 0
    assert kuulo("brand", "set", "acme", "review_channel", "C0ACMEREVIEW").code == 0
    url = "https://example.test/feed.xml"
    unchosen = kuulo("watch", "add", url)
    assert unchosen.code == 1 and "this install has 2 brands: default, acme; say which one with --brand" in unchosen.err
    taken = kuulo("watch", "add", url, "--channel", "C0ACMEREVIEW", "--brand", "default")
    assert taken.code == 1 and "channel C0ACMEREVIEW is already brand acme's" in taken.err
    unknown = kuulo("watch", "add", url, "--brand", "acne")
    assert unknown.code == 1 and "no brand 'acne'; the brands are: default, acme" in unknown.err
    assert "No watches yet" in kuulo("watch", "list").out
    thread = "https://www.reddit.com/r/Suomi/comments/1kuu01/lampopumppu_omakotitaloon/"
    added = kuulo("watch", "add", thread, "--brand", "acme")
    assert added.code == 0 and "for brand acme" in added.out
    other = kuulo("watch", "add", thread, "--brand", "default")  # a thread several brands watch: one watch each
    assert other.code == 0 and "Watching reddit thread 1kuu01" in other.out
    assert kuulo("watch", "add", thread, "--brand", "default").out.startswith("Already watching")
    assert "1kuu01" in kuulo("watch", "list", "--brand", "default").out
    assert "1kuu01" in kuulo("watch", "list", "--brand", "acme").out
