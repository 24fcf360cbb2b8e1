"""The privacy notice of a first reply (GDPR Art. 14): a short line with the notice's link.

When ``KUULO_PRIVACY_NOTICE_URL`` is set and the brand never published a reply
to this person on this platform (no ``posts`` row whose draft answered a
comment by the same author id), the reply carries the line from
``phrases.yaml`` in the reply's language. The phrases are data; the link is the
operator's setting, never anything a comment said.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.drafting.phrasebook import phrases
from bot.storage.models import Comment, Draft, Post


def answered_before(session: Session, comment_id: int) -> bool:
    """Whether a reply to this comment's author (same platform, same author id) was already published."""
    author = session.execute(select(Comment.platform, Comment.author_id).where(Comment.id == comment_id)).first()
    if author is None or not author.author_id:
        return False  # unknown author: tell them, to be safe
    earlier = session.scalar(
        select(Post.id)
        .join(Draft, Post.draft_id == Draft.id)
        .join(Comment, Draft.comment_id == Comment.id)
        .where(Comment.platform == author.platform, Comment.author_id == author.author_id)
        .limit(1)
    )
    return earlier is not None


def notice_line(url: str, language: str | None) -> str:
    table: dict[str, str] = phrases()["privacy_notice"]
    return table.get(language or "en", table["en"]).format(url=url)


def notice_domain(url: str) -> str | None:
    host = urlsplit(url).hostname
    return host.lower() if host else None
