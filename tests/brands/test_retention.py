"""Retention per brand: a brand keeps comments no longer than its own retention_days (never longer than
KUULO_RETENTION_DAYS); a comment of a thread several brands watch goes when the last brand's period has passed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.brands.records import add_brand, set_value
from bot.errors import ConfigError
from bot.privacy.retention import brand_periods, run_retention
from bot.storage.db import Database
from bot.storage.models import Comment, Opportunity, Thread, Watch
from tests.conftest import make_settings

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)


def _thread(db: Database, target: str, brand_ids: list[int], seen_days_ago: int) -> int:
    """A thread watched by these brands, one comment first seen ``seen_days_ago``, assessed by each; its id."""
    with db.write() as session:
        watches = [
            Watch(
                url=f"https://www.reddit.com/r/Suomi/comments/{target}/x/",
                platform="reddit",
                target=target,
                objective="trust",
                poll_interval_minutes=30,
                brand_id=brand_id,
            )
            for brand_id in brand_ids
        ]
        session.add_all(watches)
        session.flush()
        thread = Thread(watch_id=watches[0].id, platform="reddit", external_id=target, url=watches[0].url)
        session.add(thread)
        session.flush()
        comment = Comment(
            thread_id=thread.id,
            platform="reddit",
            external_id=f"c{target}",
            author_name="matti",
            author_id="t2_matti",
            text="Paljonko maksaa?",
            first_seen_at=NOW - timedelta(days=seen_days_ago),
        )
        session.add(comment)
        session.flush()
        for watch in watches:
            session.add(
                Opportunity(
                    comment_id=comment.id,
                    brand_id=watch.brand_id,
                    watch_id=watch.id,
                    score=0.5,
                    reason="r",
                    action="digest",
                )
            )
        return comment.id


def _state(db: Database, comment_id: int) -> tuple[str | None, list[int]]:
    with db.read() as session:
        text = session.scalar(select(Comment.text).where(Comment.id == comment_id))
        brands = sorted(session.scalars(select(Opportunity.brand_id).where(Opportunity.comment_id == comment_id)))
        return text, brands


def test_each_brand_keeps_comments_for_its_own_period_and_a_shared_comment_for_the_longest(
    db: Database, tmp_path: Path
) -> None:
    settings = make_settings(tmp_path, retention_days=90)
    acme = add_brand(db, "acme").id
    set_value(db, "acme", "retention_days", "10")
    add_brand(db, "globex")
    set_value(db, "globex", "retention_days", "365")  # never longer than the install's 90
    assert brand_periods(db, settings) == {1: 90, acme: 10, acme + 1: 90}
    acme_only = _thread(db, "a1", [acme], seen_days_ago=20)
    shared = _thread(db, "s1", [1, acme], seen_days_ago=20)
    fresh = _thread(db, "a2", [acme], seen_days_ago=5)
    result = run_retention(db, settings, NOW)
    assert _state(db, acme_only) == (None, [])  # past acme's 10 days: redacted, its assessment gone
    assert _state(db, shared) == ("Paljonko maksaa?", [1])  # default keeps it 90 days; acme's assessment went
    assert _state(db, fresh) == ("Paljonko maksaa?", [acme])
    assert result.comments_redacted == 1 and result.assessments_removed == 2  # acme's on both old threads
    again = run_retention(db, settings, NOW)
    assert again.comments_redacted == 0 and again.assessments_removed == 0
    later = run_retention(db, settings, NOW + timedelta(days=71))  # the shared comment is 91 days old
    assert later.comments_redacted == 2  # it, and acme's fresh one (76 days > 10)
    assert _state(db, shared) == (None, []) and _state(db, fresh) == (None, [])


def test_a_retention_of_no_days_is_refused(db: Database) -> None:
    add_brand(db, "acme")
    with pytest.raises(ConfigError, match="1 or more"):
        set_value(db, "acme", "retention_days", "0")
