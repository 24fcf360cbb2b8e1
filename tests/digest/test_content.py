"""Digest content from a populated database: labels follow the locale, quotes keep their language."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from bot.digest import text
from bot.digest.topics import group_needs, growth, poisson_tail
from bot.slack import digest_blocks as blocks
from bot.slack.digest import digest_for
from bot.storage.db import Database
from bot.wording import say
from tests.conftest import make_settings
from tests.digest import factory
from tests.digest.fake import DigestSlack

DAY = date(2026, 11, 27)
NOW = datetime(2026, 11, 27, 7, 0, tzinfo=UTC)  # 09:00 in Helsinki
YESTERDAY = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)
QUOTES = {
    "fi": "Toimiiko sovellus ilman nettiä? <!channel>",
    "sv": "Fungerar appen utan internet?",
    "en": "Does the app work offline?",
}


def _populate(db: Database) -> None:
    trust = factory.watch(db, objective="trust")
    sales = factory.watch(db, objective="sales")
    for language, quote in QUOTES.items():
        _, opp = factory.comment(db, trust, quote, YESTERDAY, language=language, need="toimiiko ilman nettiä")
        assert opp is not None
    _, pending = factory.comment(db, sales, "Paljonko maksaa?", YESTERDAY, emotion="negative", need="hinta")
    assert pending is not None
    factory.draft(db, pending, YESTERDAY - timedelta(hours=20), channel="CREVIEW", ts="1700000000.000100")
    _, approved = factory.comment(db, trust, "Kiitos!", YESTERDAY, intent="praise", emotion="positive")
    assert approved is not None
    draft_id = factory.draft(db, approved, YESTERDAY)
    factory.decide(db, draft_id, "approved", YESTERDAY + timedelta(minutes=30), publish=True, replies=2)
    factory.watch(db, status="error", error="HTTP 403 <b>")
    factory.comment(db, trust, "Someone got hurt", YESTERDAY, intent="complaint", action="escalate")


def _all_text(payload: list[dict[str, object]]) -> str:
    return json.dumps(payload, ensure_ascii=False)


@pytest.mark.parametrize("locale", ["en", "fi", "sv"])
def test_digest_blocks_use_locale_labels_and_keep_quotes_in_their_language(
    db: Database, tmp_path: Path, locale: str
) -> None:
    _populate(db)
    settings = make_settings(tmp_path, locale=locale)
    digest = digest_for(db, settings, DAY, NOW)
    rendered = _all_text(blocks.digest_blocks(digest, locale))
    assert say(locale, "digest_engage", count=4) in rendered
    assert say(locale, "digest_objective_trust") in rendered
    assert say(locale, "digest_waiting", count=1) in rendered
    assert say(locale, "digest_escalations", count=1) in rendered
    assert say(locale, "digest_troubles", count=1) in rendered
    # the three comments share one need: one topic, quoted in the words of the first one (Finnish)
    assert digest.topics[0].count == 3 and digest.topics[0].quote.startswith("Toimiiko sovellus")
    assert "Toimiiko sovellus ilman nettiä? &lt;!channel&gt;" in rendered and "<!channel>" not in rendered
    assert "HTTP 403 &lt;b&gt;" in rendered
    trust = next(o for o in digest.outcomes if o.objective == "trust")
    assert (trust.count("approved"), trust.count("published"), trust.count("reply")) == (1, 1, 2)
    assert trust.median_minutes_to_approval == 30
    assert digest.emotions == {"positive": 1, "neutral": 4, "negative": 1}
    terminal = text.render(digest, locale)
    assert say(locale, "digest_header", date="2026-11-27") in terminal and "“Toimiiko sovellus" in terminal


def test_digest_button_opens_the_review_card_permalink_when_the_card_was_posted(db: Database, tmp_path: Path) -> None:
    _populate(db)
    digest = digest_for(db, make_settings(tmp_path), DAY, NOW)
    with DigestSlack() as fake:
        from slack_sdk import WebClient

        from bot.slack.digest import permalinks

        links = permalinks(WebClient(token="xoxb-test", base_url=fake.url), digest)
    rendered = _all_text(blocks.digest_blocks(digest, "en", links))
    assert "https://kuulo.slack.com/archives/CREVIEW/p1700000000000100" in rendered


def test_digest_of_an_empty_day_is_one_line(db: Database, tmp_path: Path) -> None:
    digest = digest_for(db, make_settings(tmp_path), DAY, NOW)
    assert digest.empty
    payload = blocks.digest_blocks(digest, "fi")
    assert len(payload) == 2 and say("fi", "digest_empty", date="2026-11-27") in _all_text(payload)
    assert text.render(digest, "en").splitlines()[-1] == say("en", "digest_empty", date="2026-11-27")


def test_digest_with_200_opportunities_stays_inside_slack_limits_and_is_accepted(db: Database, tmp_path: Path) -> None:
    w = factory.watch(db)
    for i in range(200):
        factory.comment(db, w, f"Kysymys {i}? " + "x" * 3000, YESTERDAY, need=f"aihe {i}", reason="r" * 4000)
    digest = digest_for(db, make_settings(tmp_path), DAY, NOW)
    payload = blocks.digest_blocks(digest, "en")
    assert len(payload) <= 50
    assert all(len(b.get("text", {}).get("text", "")) <= 3000 for b in payload)
    assert say("en", "digest_more", count=192) in _all_text(payload)
    with DigestSlack() as fake:
        from slack_sdk import WebClient

        WebClient(token="xoxb-test", base_url=fake.url).chat_postMessage(channel="C1", text="d", blocks=payload)
        assert len(fake.messages["C1"]) == 1


def test_needs_group_by_normalised_text_without_embeddings() -> None:
    assert group_needs(["Toimiiko ilman nettiä?", "toimiiko  ilman nettiä", "hinta"]) == [0, 0, 1]


def test_needs_group_by_similarity_with_embeddings() -> None:
    vectors = {"offline": [1.0, 0.0], "ilman nettiä": [0.95, 0.05], "hinta": [0.0, 1.0]}
    assert group_needs(list(vectors), lambda texts: [vectors[t] for t in texts]) == [0, 0, 1]


def test_topic_growth_flags_a_sharp_rise_and_not_a_steady_topic() -> None:
    assert poisson_tail(0, 2.0) == 1.0 and 0 < poisson_tail(5, 1.0) < 0.01
    assert growth(6, [1, 0, 1, 0, 1, 0, 0]) is not None
    assert growth(6, [6, 5, 7, 6, 6, 5, 7]) is None
    assert growth(2, [0] * 7) is None  # too few to call a trend
