"""Stored comments for insights tests: three themes in fi/sv/en, over several weeks."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.storage.db import Database
from bot.storage.models import Comment, Signal, Thread, Watch

NOW = datetime(2026, 5, 13, 9, 0, tzinfo=UTC)  # Wednesday of ISO week 2026-W20
TEXTS = [
    ("fi", "negative", "Ulkoyksikkö pitää kovaa ääntä yöllä, naapuri valittaa."),
    ("en", "negative", "The outdoor unit is so loud at night that the neighbours complain."),
    ("sv", "negative", "Utedelen låter väldigt högt på natten, grannarna klagar."),
    ("en", "neutral", "How noisy is the outdoor unit when it runs at full power at night?"),
    ("fi", "neutral", "Paljonko asennus maksaa ja kauanko siinä menee?"),
    ("en", "neutral", "What does installation cost and how long does it take?"),
    ("sv", "neutral", "Vad kostar installationen och hur lång tid tar den?"),
    ("en", "positive", "Installation was quick, how much did yours cost in total?"),
    ("fi", "neutral", "Mikä on paras tapa puhdistaa suodattimet?"),
    ("en", "neutral", "How often should I clean the filters, and how?"),
    ("sv", "neutral", "Hur ofta ska man rengöra filtren?"),
    ("en", "neutral", "Filter cleaning tips? Mine is dusty after a month."),
]


def seed(db: Database, *, listen_only: bool = False) -> dict[str, int]:
    """Noise comments all in the report week (a spike), the others spread over earlier weeks."""
    ids: dict[str, int] = {}
    with db.write() as session:
        watch = Watch(
            url="https://www.reddit.com/r/heatpumps/comments/abc/",
            platform="reddit",
            target="abc",
            objective="trust",
            poll_interval_minutes=30,
            listen_only=listen_only,
        )
        session.add(watch)
        session.flush()
        thread = Thread(watch_id=watch.id, platform="reddit", external_id="abc", url=watch.url)
        session.add(thread)
        session.flush()
        for n, (language, emotion, text) in enumerate(TEXTS):
            created = NOW - timedelta(days=1) if n < 4 else NOW - timedelta(weeks=1 + n % 5)
            comment = Comment(
                thread_id=thread.id,
                platform="reddit",
                external_id=f"c{n}",
                author_id=f"author{n}",
                author_name=f"user{n}",
                text=text,
                created_at=created,
                url=f"https://www.reddit.com/r/heatpumps/comments/abc/_/c{n}/",
                language=language,
            )
            session.add(comment)
            session.flush()
            session.add(
                Signal(comment_id=comment.id, language=language, intent="question", emotion=emotion, method="offline")
            )
            ids[f"c{n}"] = comment.id
        ids["watch"] = watch.id
    return ids
