"""Filters written into ``/kuulo ask``: ``key:value`` words in fi/sv/en narrow the comments; bad ones say what works."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.insights.data import Scope
from bot.insights.filters import FilterError, parse_filters
from bot.services import Services
from bot.slack.app import Deps, web_client
from bot.slack.approvers import Approvers
from bot.slack.commands import run_command
from tests.conftest import make_settings
from tests.fakes.slack_api import FakeSlack
from tests.insights.seed import seed


def test_filters_in_any_of_the_three_languages_set_the_scope_and_leave_the_question() -> None:
    question, scope = parse_filters("kieli:fi alusta:reddit mitä sanotaan melusta? aie:complaint alkaen:2026-11-01")
    assert question == "mitä sanotaan melusta?"
    assert scope == Scope(platform="reddit", language="fi", intent="complaint", since=datetime(2026, 11, 1, tzinfo=UTC))
    question, scope = parse_filters("Vad säger folk om ljudet? språk:SV bevakning:#12 mål:trust till:2026-12-01")
    assert question == "Vad säger folk om ljudet?"
    assert scope == Scope(watch_id=12, language="sv", objective="trust", until=datetime(2026, 12, 1, tzinfo=UTC))


def test_words_that_only_look_like_filters_stay_in_the_question() -> None:
    text = "Huom: does the 10:30 ferry allow dogs? see https://example.com/a:b"
    question, scope = parse_filters(text)
    assert question == text
    assert scope == Scope()


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("intent:angry why?", "en", "use one of: question,"),
        ("tunne:vihainen miksi?", "fi", "käytä jotakin näistä:"),
        ("watch:abc why?", "en", "a watch is given by its number"),
        ("sedan:igår varför?", "sv", "skriv dagen som ÅÅÅÅ-MM-DD"),
        ("lang:finnish why?", "en", "two-letter code"),
        ("lang:fi kieli:sv why?", "fi", "annettu kahdesti"),
        ("since:2026-12-01 until:2026-11-01 why?", "en", "The period is empty"),
    ],
)
def test_a_bad_filter_is_refused_with_what_works(text: str, locale: str, expected: str) -> None:
    with pytest.raises(FilterError) as caught:
        parse_filters(text, locale)
    assert expected in str(caught.value)


@pytest.fixture
def fake() -> Iterator[FakeSlack]:
    server = FakeSlack()
    with server:
        yield server


def test_kuulo_ask_with_a_language_filter_cites_only_that_language(tmp_path: Path, fake: FakeSlack) -> None:
    settings = make_settings(tmp_path, slack_bot_token="xoxb-test", slack_api_url=fake.url)
    services = Services(settings)
    try:
        seed(services.db)
        deps = Deps(services.db, settings, Approvers(web_client(settings), settings.approver_ids))
        everyone = run_command(deps, "ask Is the outdoor unit noisy at night?", "UANYONE", "C1")
        swedish = run_command(deps, "ask lang:sv Is the outdoor unit noisy at night?", "UANYONE", "C1")
        refused = run_command(deps, "ask intent:angry Is the outdoor unit noisy at night?", "UANYONE", "C1")
    finally:
        services.close()
    # Every language's noise comment speaks to it (the group counts them); which three of the four are quoted
    # follows their e5 ranking, where the Finnish and the Swedish one are a near tie that flipped on a fresh
    # machine on 2026-12-04 (the code of the last passing run too), so the test does not pin it. The group's count
    # lists languages most first, ties by code, whatever order the ranking found them in ("sv 1, fi 1" once).
    assert "/c1/" in everyone and "4 comments: en 2, fi 1, sv 1" in everyone
    assert "/c2/" in swedish  # the Swedish one
    assert "/c1/" not in swedish and "/c0/" not in swedish  # not the English or the Finnish one
    assert "use one of:" in refused and "`lang:fi`" in refused  # what works, and no answer from every comment
    assert "/c1/" not in refused
