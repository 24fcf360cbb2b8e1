"""A card's fallback text (notifications, screen readers) says what was decided, in every locale."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from bot.review.view import DraftView
from bot.slack.blocks import fallback_text

T = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)
PENDING = DraftView(
    id=7,
    status="pending",
    drafter="llm",
    language="fi",
    version=1,
    text="Kiitos!",
    text_hash="h",
    version_author="llm",
    model_text="Kiitos!",
    cited=(),
    created_at=T,
    platform="mastodon",
    comment_id="https://mastodon.example/users/liisa/statuses/1",
    comment_text="Onko siinä sokeria?",
    comment_author="liisa",
    comment_url=None,
    comment_created_at=T,
    thread_id="https://mastodon.example/users/kahvila/statuses/0",
    thread_title=None,
    thread_url="https://mastodon.example/@kahvila/0",
    watch_id=1,
    objective="trust",
    channel="CREVIEW",
)
APPROVED = replace(PENDING, status="approved", decision="approved", decided_by="U_ANNA", decided_at=T)
SKIPPED = replace(PENDING, status="skipped", decision="skipped", decided_by="U_BEN", decided_at=T)
STALE = replace(PENDING, status="stale")


@pytest.mark.parametrize(
    ("draft", "published", "locale", "expected"),
    [
        (PENDING, False, "en", "Reply draft #7 for a mastodon comment is waiting for review."),
        (APPROVED, False, "en", "Reply draft #7 for a mastodon comment was approved by U_ANNA."),
        (APPROVED, True, "en", "Reply draft #7 for a mastodon comment was approved by U_ANNA and published."),
        (SKIPPED, False, "en", "Reply draft #7 for a mastodon comment was skipped by U_BEN."),
        (STALE, False, "en", "Reply draft #7 for a mastodon comment is closed (stale)."),
        (APPROVED, True, "fi", "Vastausluonnos #7 (mastodon) on hyväksytty (U_ANNA) ja julkaistu."),
        (SKIPPED, False, "fi", "Vastausluonnos #7 (mastodon) ohitettiin (U_BEN)."),
        (APPROVED, False, "sv", "Svarsutkast #7 (mastodon) har godkänts av U_ANNA."),
        (SKIPPED, False, "sv", "Svarsutkast #7 (mastodon) hoppades över av U_BEN."),
    ],
)
def test_decided_card_fallback_text_says_what_was_decided(
    draft: DraftView, published: bool, locale: str, expected: str
) -> None:
    text = fallback_text(draft, locale, published=published)
    assert text == expected
    if draft.status != "pending":
        assert "waiting" not in text and "odottaa" not in text and "väntar" not in text
