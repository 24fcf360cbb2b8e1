"""Stable identities: move a watch, its thread and its comments from an older key to the stable one.

Watches are keyed by the stable form of what they watch (a Bluesky post by its author's DID, a
Mastodon status by its ActivityPub ``uri``), learned when the watch is added
(:meth:`bot.sources.base.Source.canonical`). Rows stored before that (a Bluesky post under
``at://<handle>/…``, a Mastodon status and its replies under an instance's local ids) are moved
by the first poll that reads them: the source answers with the stable id, and
:func:`adopt_stable_id` rekeys the watch, the thread and the comments in the poll's transaction,
before the fetched thread is stored, so nothing is stored twice.

When the stable id is already another watch's (the same post was added through a handle link and
a DID link, or through two instances), the two become one: the comments move to the kept watch's
thread and the later watch is removed, with an audit event saying which it joined.
"""

from __future__ import annotations

import logging

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from bot.sources import source_class
from bot.storage.models import AuditEvent, Comment, Thread, Watch

log = logging.getLogger(__name__)


def adopt_stable_id(session: Session, watch: Watch, stable: str) -> Watch:
    """Rekey ``watch`` (and what it stored) from ``watch.target`` to ``stable``; return the watch
    the thread is stored under from now on (``watch`` itself, or the one that already had ``stable``)."""
    platform, old = watch.platform, watch.target
    keep = session.scalar(
        select(Watch).where(Watch.platform == platform, Watch.target == stable, Watch.id != watch.id).limit(1)
    )
    old_thread = session.scalar(select(Thread).where(Thread.platform == platform, Thread.external_id == old))
    new_thread = session.scalar(select(Thread).where(Thread.platform == platform, Thread.external_id == stable))
    if old_thread is not None:
        rekey_comments(session, old_thread.id, platform)
        if new_thread is None:
            old_thread.external_id = stable
            if keep is not None:
                old_thread.watch_id = keep.id
        else:
            session.execute(update(Comment).where(Comment.thread_id == old_thread.id).values(thread_id=new_thread.id))
            session.delete(old_thread)
    elif new_thread is not None and keep is None:
        new_thread.watch_id = watch.id
    session.flush()
    if keep is None:
        session.execute(update(Watch).where(Watch.id == watch.id).values(target=stable))
        watch.target = stable
        log.info("watch=%s: %s key %s is now %s", watch.id, platform, old, stable)
        return watch
    session.add(
        AuditEvent(
            actor="poll",
            action="watch.merge",
            subject_type="watch",
            subject_id=str(watch.id),
            detail={"url": watch.url, "joined": keep.id, "target": stable},
        )
    )
    session.execute(delete(Watch).where(Watch.id == watch.id))
    log.info("watch=%s: the same %s post as watch %s; merged into it", watch.id, platform, keep.id)
    return keep


def rekey_comments(session: Session, thread_id: int, platform: str) -> int:
    """Move a thread's comments (and their parents) to the source's stable comment keys; return how many moved.

    A key another stored comment already holds is left alone (that row is the stable one)."""
    key = source_class(platform).comment_key
    rows = session.execute(
        select(Comment.id, Comment.external_id, Comment.parent_external_id, Comment.extra).where(
            Comment.thread_id == thread_id
        )
    ).all()
    moves = {row.external_id: key(row.external_id, row.extra or {}) for row in rows}
    moves = {old: new for old, new in moves.items() if new != old}
    if not moves:
        return 0
    taken = set(
        session.scalars(
            select(Comment.external_id).where(Comment.platform == platform, Comment.external_id.in_(moves.values()))
        )
    )
    moved = 0
    for row in rows:
        values: dict[str, str] = {}
        new = moves.get(row.external_id)
        if new is not None and new not in taken:
            values["external_id"] = new
        if row.parent_external_id in moves:
            values["parent_external_id"] = moves[row.parent_external_id]
        if values:
            session.execute(update(Comment).where(Comment.id == row.id).values(**values))
            moved += "external_id" in values
    return moved
