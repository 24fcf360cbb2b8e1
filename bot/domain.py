"""Plain types that cross module boundaries. No I/O, no ORM, no clients.

Sources produce :class:`FetchedThread` with :class:`FetchedComment` rows; the
poll pass stores them; signals, scoring and drafting read the stored rows back
as these types too, so the core never depends on SQLAlchemy or HTTP.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

PLATFORMS: tuple[str, ...] = (
    "reddit",
    "hackernews",
    "bluesky",
    "mastodon",
    "youtube",
    "wordpress",
    "rss",
    "instagram",
    "linkedin",
    "tiktok",
    "facebook",
    "other",
)


@dataclass(frozen=True)
class ThreadRef:
    """A watched conversation, as a source understands its URL."""

    platform: str
    thread_id: str  # the platform's own id of the root post (Reddit id36, HN item id, at-URI, ...)
    url: str  # canonical public link to the thread
    api_base: str | None = None  # per-instance base for federated platforms (Mastodon, WordPress)


@dataclass
class FetchedComment:
    """One comment as the platform documents it, normalised to Kuulo's fields."""

    platform: str
    id: str
    parent_id: str | None  # None for a comment on the post itself
    author_id: str | None
    author: str | None
    text: str | None  # None when deleted or removed
    created_at: datetime | None
    edited_at: datetime | None = None
    url: str | None = None
    deleted: bool = False
    metrics: dict[str, int] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)  # platform specifics (Bluesky uri/cid, ...)


@dataclass(frozen=True)
class SkippedComment:
    """A comment the source could not read: skipped, the rest of its thread stored, and the payload kept
    for inspection (``bot/watching/quarantine.py``) so nothing is silently lost."""

    where: str  # its position in the payload, e.g. "comment t1_abc" or "children[3] under k2j"
    reason: str  # what was wrong with it (Kuulo's MalformedPayload message)
    raw: Any  # the comment as the platform sent it: a JSON value, or a feed entry


@dataclass
class FetchedThread:
    """A thread's root post and every comment the source could read."""

    ref: ThreadRef
    title: str | None
    author: str | None
    body: str | None
    created_at: datetime | None
    comments: list[FetchedComment]
    metrics: dict[str, int] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)
    not_modified: bool = False  # the platform answered 304: nothing changed since the cursor
    cursor: dict[str, Any] = field(default_factory=dict)  # what the next poll sends back (ETag, ...)
    complete: bool = False  # every comment of the thread was read: one missing from it is gone upstream
    # Incomplete by failure: a part of the thread could not be read (what, and why). Every comment that
    # did arrive is stored, nothing stored is deleted, and the next poll reads the thread in full.
    missing: list[str] = field(default_factory=list)
    # Incomplete by design: the source stopped on purpose (an expansion or page cap) and reads the rest
    # on the next poll. Not an error.
    deferred: str | None = None
    # Comments that could not be read (each also named in ``missing``): quarantined by the poll.
    skipped: list[SkippedComment] = field(default_factory=list)

    @property
    def incomplete(self) -> str | None:
        """``"failure"``, ``"design"`` or None (everything the source meant to read arrived)."""
        if self.missing:
            return "failure"
        return "design" if self.deferred else None


@dataclass(frozen=True)
class Passage:
    """A retrieved piece of brand guidance."""

    id: str
    text: str
    kind: str  # voice, faq, fact, do, dont, campaign, disclosure, support
    language: str | None
    visibility: str  # public or internal
    source: str
    heading: str = ""
    score: float = 0.0
    brand: str = ""  # the front matter's brand name, when the file gives one


@dataclass(frozen=True)
class CommentView:
    """What drafting and scoring see of a stored comment."""

    id: int
    platform: str
    external_id: str
    thread_title: str | None
    thread_body: str | None
    author: str | None
    text: str
    url: str | None
    language: str | None
    parents: tuple[str, ...] = ()  # ancestors' text, oldest first
    need: str | None = None  # the need behind the comment (its question), from the signals
