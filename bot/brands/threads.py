"""One thread, several brands: the thread and its comments are stored once, judged per brand.

Several brands may watch the same thread (one watch each, unique per brand, platform and target).
The thread row points at the watch that first stored it (``threads.watch_id``, its *owner*); the
other brands' watches of the same platform and target are its *siblings*. A poll fetches the
thread once and hands the new comments to every sibling, each with its own brand's guidance,
objective and approvers; each brand's assessment is its own ``opportunities`` row (``brand_id``,
``watch_id``), and its drafts hang from that row. These queries are the one place that knows it.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, bindparam, func, select, update
from sqlalchemy.orm import Session, aliased

from bot.storage.models import DEFAULT_BRAND_ID, Comment, Draft, Opportunity, Post, Thread, Watch


def siblings(session: Session, watch_id: int, *, active_only: bool = True) -> list[Watch]:
    """Every watch of the same thread as ``watch_id`` (itself included), one per brand, oldest first."""
    watch = session.get(Watch, watch_id)
    if watch is None:
        return []
    query = select(Watch).where(Watch.platform == watch.platform, Watch.target == watch.target, Watch.kind == "thread")
    if active_only:
        query = query.where(Watch.paused.is_(False), Watch.status != "inactive")
    found = list(session.scalars(query.order_by(Watch.id)))
    return found if watch.kind == "thread" else [watch]


_WATCHES: Any = Watch.__table__
_MINE = _WATCHES.alias("mine")
# Built once: every poll of a thread asks it. siblings(active_only=True) without the watch itself, as Core rows.
_OTHER_SIBLINGS = (
    select(_WATCHES.c.id, _WATCHES.c.poll_interval_minutes)
    .select_from(
        _MINE.join(_WATCHES, and_(_WATCHES.c.platform == _MINE.c.platform, _WATCHES.c.target == _MINE.c.target))
    )
    .where(
        _MINE.c.id == bindparam("watch_id"),
        _MINE.c.kind == "thread",
        _WATCHES.c.kind == "thread",
        _WATCHES.c.id != _MINE.c.id,
        _WATCHES.c.paused.is_(False),
        _WATCHES.c.status != "inactive",
    )
    .order_by(_WATCHES.c.id)
)


def other_siblings(session: Session, watch_id: int) -> list[tuple[int, int]]:
    """(id, poll interval in minutes) of the active sibling watches of ``watch_id``, itself left out, oldest first:
    :func:`siblings` for the poll's hot path (one prebuilt statement, no ORM objects)."""
    return [(row.id, row.poll_interval_minutes) for row in session.execute(_OTHER_SIBLINGS, {"watch_id": watch_id})]


def threads_of_watch(watch_id: int) -> Any:
    """A select of the ids of the threads ``watch_id`` sees: those stored by it or by a sibling of it."""
    mine, owner = aliased(Watch), aliased(Watch)
    return (
        select(Thread.id)
        .join(owner, Thread.watch_id == owner.id)
        .join(mine, and_(mine.platform == owner.platform, mine.target == owner.target))
        .where(mine.id == watch_id)
    )


def threads_of_brand(brand_id: int) -> Any:
    """A select of the ids of the threads some watch of ``brand_id`` sees (shared threads included)."""
    mine, owner = aliased(Watch), aliased(Watch)
    return (
        select(Thread.id)
        .join(owner, Thread.watch_id == owner.id)
        .join(mine, and_(mine.platform == owner.platform, mine.target == owner.target))
        .where(mine.brand_id == brand_id)
    )


def comments_of_brand(brand_id: int) -> Any:
    """A select of the ids of the comments ``brand_id`` sees."""
    return select(Comment.id).where(Comment.thread_id.in_(threads_of_brand(brand_id)))


def drafts_of_brand(brand_id: int) -> Any:
    """A select of the ids of ``brand_id``'s drafts (through their opportunity: a shared comment has one per brand)."""
    return (
        select(Draft.id)
        .join(Opportunity, Draft.opportunity_id == Opportunity.id)
        .where(Opportunity.brand_id == brand_id)
    )


def brand_of_draft(session: Session, draft_id: int) -> int | None:
    """The brand id of a draft; None when the draft does not exist."""
    found = session.execute(
        select(Draft.id, Opportunity.brand_id)
        .outerjoin(Opportunity, Draft.opportunity_id == Opportunity.id)
        .where(Draft.id == draft_id)
    ).first()
    if found is None:
        return None
    return found[1] if found[1] is not None else DEFAULT_BRAND_ID


def other_brands_replied(session: Session, draft_id: int) -> list[int]:
    """The brands other than the draft's own that published a reply in the draft's thread, first reply
    first: the draft's card names them (an agency answering itself is astroturfing; the reviewer must know)."""
    row = session.execute(
        select(Comment.thread_id, func.coalesce(Opportunity.brand_id, DEFAULT_BRAND_ID))
        .select_from(Draft)
        .join(Comment, Draft.comment_id == Comment.id)
        .outerjoin(Opportunity, Draft.opportunity_id == Opportunity.id)
        .where(Draft.id == draft_id)
    ).first()
    if row is None:
        return []
    thread_id, own = row
    replied = session.execute(
        select(func.coalesce(Opportunity.brand_id, DEFAULT_BRAND_ID))
        .select_from(Post)
        .join(Draft, Post.draft_id == Draft.id)
        .join(Comment, Draft.comment_id == Comment.id)
        .outerjoin(Opportunity, Draft.opportunity_id == Opportunity.id)
        .where(Comment.thread_id == thread_id)
        .order_by(Post.published_at, Post.id)
    ).scalars()
    return [b for b in dict.fromkeys(replied) if b != own]


def brands_of_comment(session: Session, comment_id: int) -> list[int]:
    """The brands that watch ``comment_id``'s thread (its owner's brand first)."""
    owner_watch = session.scalar(
        select(Thread.watch_id).join(Comment, Comment.thread_id == Thread.id).where(Comment.id == comment_id)
    )
    if owner_watch is None:
        return []
    owner = session.get(Watch, owner_watch)
    ids = [w.brand_id for w in siblings(session, owner_watch, active_only=False)]
    first = owner.brand_id if owner is not None else DEFAULT_BRAND_ID
    return [first] + [b for b in dict.fromkeys(ids) if b != first]


def hand_over(session: Session, watch_id: int) -> int:
    """Before ``watch_id`` goes: give the threads it stores to a sibling of another brand, so that brand's
    comments, opportunities and drafts stay. Returns how many threads changed hands."""
    heirs = [w for w in siblings(session, watch_id, active_only=False) if w.id != watch_id]
    if not heirs:
        return 0
    result = session.execute(
        update(Thread)
        .where(Thread.watch_id == watch_id)
        .values(watch_id=heirs[0].id)
        .execution_options(synchronize_session=False)
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]
