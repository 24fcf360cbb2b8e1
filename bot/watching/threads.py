"""Store what a source fetched: threads and comments, without ever duplicating.

A comment's ``content_hash`` covers what matters for change detection (the
normalised text, deleted flag, edit time), so a re-poll of an unchanged thread
writes no rows (engagement numbers are refreshed in place without counting as a
change). Both forms of the text are stored: ``text`` normalised for machines,
``original_text`` as the author wrote it for people (``bot/textnorm.py``); a row
stored before the original was kept gets it on its next read, not counted as an edit.

A thread whose read lost a part (``FetchedThread.missing``) is marked
``incomplete = "failure"`` with what is missing: every comment that arrived is
stored, none is deleted for being absent, and the next poll reads it in full.

Storing is batched per thread: the thread's known comments are read in one
query, compared in memory, and the new ones inserted with one ``INSERT … ON
CONFLICT DO NOTHING`` (``bot/storage/bulk.py``), the changed ones updated with
one executemany. A thread also keeps a fingerprint of everything the source
returned (``threads.content_hash``); a re-poll that returns exactly the same
thread (the common case) skips normalising, hashing and comparing comments.

A full read (``reconciled_at`` given) of a thread the source read completely
also finds comments that vanished from the platform without a trace (Reddit
drops deleted comments without replies, Algolia forgets them): they are marked
deleted as an upstream deletion is, and their pending drafts become ``stale``.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from bot.domain import FetchedComment, FetchedThread
from bot.privacy.suppress import erased_among
from bot.privacy.upstream import purge_deleted
from bot.review.status import DraftStatus, move
from bot.storage.bulk import insert_new, update_rows
from bot.storage.models import Comment, Draft, Thread, Watch, utcnow
from bot.textnorm import normalise, original, storable

log = logging.getLogger(__name__)
COMMENTS: Any = Comment.__table__
THREADS: Any = Thread.__table__
# Built once: a re-poll runs these for every thread, and building a statement costs more than running it.
_HEAD = select(THREADS.c.id, THREADS.c.content_hash, THREADS.c.cursor, THREADS.c.incomplete, THREADS.c.missing).where(
    THREADS.c.platform == bindparam("platform"), THREADS.c.external_id == bindparam("external_id")
)
_KNOWN_IDS = select(COMMENTS.c.external_id).where(COMMENTS.c.thread_id == bindparam("thread_id"))
# A reconciling read of an unchanged thread: every stored comment's id and whether it is still there.
_KNOWN_STATE = select(COMMENTS.c.id, COMMENTS.c.external_id, COMMENTS.c.deleted, COMMENTS.c.edited_at).where(
    COMMENTS.c.thread_id == bindparam("thread_id")
)
_LIVE = select(COMMENTS.c.id, COMMENTS.c.external_id, COMMENTS.c.edited_at).where(
    COMMENTS.c.thread_id == bindparam("thread_id"), COMMENTS.c.deleted.is_(False)
)
# The SET clause comes from the parameters given (last_fetched_at, and cursor or last_reconciled_at when they change).
_TOUCH = update(THREADS).where(THREADS.c.id == bindparam("thread_row"))
FINGERPRINT_VERSION = 1  # bump when what the fingerprint covers changes: every thread is then compared once


@dataclass
class StoreResult:
    thread_id: int
    new: list[int] = field(default_factory=list)  # comment row ids
    changed: list[int] = field(default_factory=list)
    deleted: list[int] = field(default_factory=list)
    unchanged: int = 0
    missing: list[str] = field(default_factory=list)  # parts of the thread that failed to arrive
    deferred: str | None = None  # what the source left for the next poll on purpose
    linked: list[int] = field(default_factory=list)  # new replies to our published replies (bot.conversation.live)


def comment_hash(text: str | None, deleted: bool, edited_at: datetime | None) -> str:
    key = f"{int(deleted)}|{edited_at.isoformat() if edited_at else ''}|{text or ''}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def thread_fingerprint(fetched: FetchedThread, max_chars: int) -> str:
    """A hash of everything stored from ``fetched`` (not its cursor): equal means storing it again changes nothing."""
    comments = [
        [
            c.id,
            c.parent_id,
            c.author_id,
            c.author,
            c.text,
            c.created_at,
            c.edited_at,
            c.url,
            c.deleted,
            c.metrics,
            c.extra,
        ]
        for c in fetched.comments
    ]
    head = [fetched.title, fetched.author, fetched.body, fetched.created_at, fetched.metrics, fetched.extra]
    payload = json.dumps([FINGERPRINT_VERSION, max_chars, fetched.ref.url, head, comments], sort_keys=True, default=str)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _update_thread(
    session: Session, thread: Thread | None, watch: Watch, fetched: FetchedThread, max_chars: int, *, erased: bool
) -> Thread:
    ref = fetched.ref
    title = normalise(fetched.title, 500).text if fetched.title else None
    body = normalise(fetched.body, max_chars).text if fetched.body else None
    if thread is None:
        thread = Thread(
            watch_id=watch.id,
            platform=ref.platform,
            external_id=ref.thread_id,
            url=ref.url,
        )
        session.add(thread)
    if erased:  # started by a person erased on request
        title = body = None
        fetched_author = None
    else:
        fetched_author = fetched.author
    thread.title = title
    thread.author = fetched_author
    thread.body = body
    thread.created_at = fetched.created_at
    if thread.metrics != fetched.metrics:
        thread.metrics = dict(fetched.metrics)
    if thread.extra != fetched.extra:
        thread.extra = dict(fetched.extra)
    community = fetched.extra.get("community")
    if isinstance(community, str) and community:
        thread.community = community[:256]  # a subreddit, a channel, an account: engagement budgets use it
    if fetched.cursor and thread.cursor != fetched.cursor:
        thread.cursor = dict(fetched.cursor)
    mark_completeness(thread, fetched)
    thread.last_fetched_at = utcnow()
    session.flush()
    return thread


def mark_completeness(thread: Thread, fetched: FetchedThread) -> None:
    """Record whether the read was whole, cut short on purpose, or lost a part (and which)."""
    thread.incomplete = fetched.incomplete
    missing = list(fetched.missing) or ([fetched.deferred] if fetched.deferred else [])
    if thread.missing != missing:
        thread.missing = missing


def make_storable(fetched: FetchedThread) -> None:
    """Replace, in place, what no column can hold (NUL, lone surrogates: ``bot.textnorm.storable``) in every
    string the platform sent, so the caller goes on with the same ids and texts that are stored. That includes
    the thread's own id, which Mastodon and Bluesky take from the payload (a status's ``uri``)."""
    ref = fetched.ref
    fetched.ref = replace(ref, thread_id=storable(ref.thread_id), url=storable(ref.url))
    fetched.title, fetched.body = storable(fetched.title, text=True), storable(fetched.body, text=True)
    fetched.author, fetched.metrics, fetched.extra = (
        storable(fetched.author),
        storable(fetched.metrics),
        storable(fetched.extra),
    )
    fetched.cursor, fetched.missing, fetched.deferred = (
        storable(fetched.cursor),
        storable(fetched.missing),
        storable(fetched.deferred),
    )
    for c in fetched.comments:
        c.id, c.parent_id, c.author_id, c.author = (
            storable(c.id),
            storable(c.parent_id),
            storable(c.author_id),
            storable(c.author),
        )
        c.text, c.url, c.metrics, c.extra = (
            storable(c.text, text=True),
            storable(c.url),
            storable(c.metrics),
            storable(c.extra),
        )


def store_thread(
    session: Session,
    watch: Watch,
    fetched: FetchedThread,
    max_chars: int,
    *,
    reconciled_at: datetime | None = None,
) -> StoreResult:
    """Insert new comments, update changed ones, mark deletions; return what moved.

    ``reconciled_at``: this was a full read (no conditional request); it is recorded
    on the thread, and when ``fetched.complete`` stored comments missing from it are deleted.
    """
    make_storable(fetched)
    ref = fetched.ref
    head = session.execute(_HEAD, {"platform": ref.platform, "external_id": ref.thread_id}).first()
    if head is not None and fetched.not_modified:  # 304: nothing but the fetch time changes
        _touch(session, head.id, head.cursor, {})
        return StoreResult(thread_id=head.id, unchanged=-1)
    fingerprint = None if fetched.not_modified else thread_fingerprint(fetched, max_chars)
    if head is not None and head.content_hash == fingerprint and _same_completeness(head, fetched):
        if reconciled_at is None:
            return _same_again(session, head.id, head.cursor, fetched)
        return _reconciled_again(session, head.id, head.cursor, fetched, reconciled_at)
    thread = session.get(Thread, head.id) if head is not None else None
    if fetched.not_modified:  # a 304 for a thread never stored: keep what the source said
        thread = _update_thread(session, thread, watch, fetched, max_chars, erased=False)
        return StoreResult(thread_id=thread.id, unchanged=-1)
    # One look-up for every identity that may need storing: the thread's author and each comment's.
    identities = [fetched.author] + [i for c in fetched.comments for i in (c.author_id, c.author)]
    erased = erased_among(session, ref.platform, identities)
    thread = _update_thread(session, thread, watch, fetched, max_chars, erased=fetched.author in erased)
    result = _store_comments(session, thread, fetched, max_chars, erased)
    if reconciled_at is not None:
        thread.last_reconciled_at = reconciled_at
        if fetched.complete:
            result.deleted.extend(_vanish_missing(session, thread.id, fetched))
    thread.content_hash = fingerprint
    session.flush()
    purge_deleted(session, result.deleted)  # deleted upstream: signals, opportunity, unsent drafts go too
    if result.deleted:  # drafts kept because the comment was answered must not be approved any more
        move(session, Draft.comment_id.in_(result.deleted), DraftStatus.STALE)
    return result


def _touch(
    session: Session,
    thread_id: int,
    stored_cursor: dict[str, Any],
    cursor: dict[str, Any],
    reconciled_at: datetime | None = None,
) -> None:
    """Record the fetch (and a new cursor, and a full read's time) without loading the thread."""
    values: dict[str, Any] = {"thread_row": thread_id, "last_fetched_at": utcnow()}
    if cursor and stored_cursor != cursor:
        values["cursor"] = dict(cursor)
    if reconciled_at is not None:
        values["last_reconciled_at"] = reconciled_at
    session.execute(_TOUCH, values)


def _same_completeness(head: Any, fetched: FetchedThread) -> bool:
    """The stored thread already says what this read says about its completeness (mark_completeness)."""
    missing = list(fetched.missing) or ([fetched.deferred] if fetched.deferred else [])
    return bool(head.incomplete == fetched.incomplete and list(head.missing or []) == missing)


def _same_again(session: Session, thread_id: int, stored_cursor: dict[str, Any], fetched: FetchedThread) -> StoreResult:
    """The source returned what was stored last time: only the fetch time (and cursor) change."""
    _touch(session, thread_id, stored_cursor, fetched.cursor)
    known = set(session.scalars(_KNOWN_IDS, {"thread_id": thread_id}))
    return StoreResult(thread_id=thread_id, unchanged=len({c.id for c in fetched.comments} & known))


def _reconciled_again(
    session: Session, thread_id: int, stored_cursor: dict[str, Any], fetched: FetchedThread, reconciled_at: datetime
) -> StoreResult:
    """A full read that returned what was stored last time: nothing is compared per comment (the fingerprint
    covers every comment's content), but comments stored and no longer listed are still found and deleted,
    as :func:`store_thread`'s full path does, with the same one query of the thread's comments."""
    _touch(session, thread_id, stored_cursor, fetched.cursor, reconciled_at)
    rows = session.execute(_KNOWN_STATE, {"thread_id": thread_id}).all()
    listed = {c.id for c in fetched.comments}
    result = StoreResult(thread_id=thread_id, unchanged=len(listed & {row.external_id for row in rows}))
    if fetched.complete:
        result.deleted = _mark_vanished(session, [row for row in rows if not row.deleted], listed)
    if result.deleted:
        purge_deleted(session, result.deleted)
        move(session, Draft.comment_id.in_(result.deleted), DraftStatus.STALE)
    return result


def _store_comments(
    session: Session, thread: Thread, fetched: FetchedThread, max_chars: int, erased: set[str]
) -> StoreResult:
    """The batch: known rows in one query, the comparison in memory, one insert and one update statement."""
    result = StoreResult(thread_id=thread.id)
    known = {
        row.external_id: row
        for row in session.execute(
            select(
                COMMENTS.c.id,
                COMMENTS.c.external_id,
                COMMENTS.c.content_hash,
                COMMENTS.c.deleted,
                COMMENTS.c.metrics,
                COMMENTS.c.original_text,
            ).where(COMMENTS.c.thread_id == thread.id)
        )
    }
    now = utcnow()
    seen: set[str] = set()
    new_rows: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    for item in fetched.comments:
        if item.id in seen:
            continue
        seen.add(item.id)
        row = known.get(item.id)
        if row is None:
            if item.author_id in erased or item.author in erased:
                continue  # erased on request: never stored again (bot/privacy/erase.py)
            new_rows.append(_new_row(thread.id, item, max_chars, now))
            continue
        change: dict[str, Any] = {}
        if row.metrics != item.metrics:
            change["metrics"] = dict(item.metrics)
        if row.deleted and not item.deleted:
            pass  # once deleted, stays deleted: text is not restored from a stale cache
        else:
            fields = _text_fields(item, max_chars)
            if fields["content_hash"] != row.content_hash:
                change.update(fields, updated_at=now)
                if fields["deleted"]:
                    change["author_name"] = None
                (result.deleted if fields["deleted"] else result.changed).append(row.id)
            elif fields["original_text"] != row.original_text:  # kept since the upgrade, or a display-only change
                change["original_text"] = fields["original_text"]
        if "content_hash" not in change:
            result.unchanged += 1
        if change:
            updates.append({"id": row.id, **change})
    if new_rows:
        inserted = {
            external_id: row_id
            for row_id, external_id in insert_new(
                session, COMMENTS, new_rows, ("platform", "external_id"), ("id", "external_id")
            )
        }
        result.new = [inserted[r["external_id"]] for r in new_rows if r["external_id"] in inserted]
        if len(result.new) < len(new_rows):
            log.warning(
                "thread %s: %d comments already stored under another thread were left there",
                thread.id,
                len(new_rows) - len(result.new),
            )
    update_rows(session, COMMENTS, updates)
    return result


def _vanish_missing(session: Session, thread_id: int, fetched: FetchedThread) -> list[int]:
    """Comments the platform no longer lists: deleted, as if the platform had said so."""
    rows = session.execute(_LIVE, {"thread_id": thread_id}).all()
    return _mark_vanished(session, rows, {c.id for c in fetched.comments})


def _mark_vanished(session: Session, rows: Sequence[Any], listed: set[str]) -> list[int]:
    """Of the live comment ``rows`` (id, external_id, edited_at), delete those not ``listed``; their ids."""
    now = utcnow()
    gone = [
        {
            "id": row.id,
            "text": None,
            "original_text": None,
            "deleted": True,
            "truncated": False,
            "removed_chars": 0,
            "author_name": None,
            "content_hash": comment_hash(None, True, row.edited_at),
            "updated_at": now,
        }
        for row in rows
        if row.external_id not in listed
    ]
    update_rows(session, COMMENTS, gone)
    return [row["id"] for row in gone]


def _new_row(thread_id: int, item: FetchedComment, max_chars: int, now: datetime) -> dict[str, Any]:
    return {
        "thread_id": thread_id,
        "platform": item.platform,
        "external_id": item.id,
        "parent_external_id": item.parent_id,
        "author_id": item.author_id,
        "author_name": item.author,
        "created_at": item.created_at,
        "url": item.url,
        "metrics": dict(item.metrics),
        "extra": dict(item.extra),
        "language": None,
        "first_seen_at": now,
        "updated_at": now,
        **_text_fields(item, max_chars),
    }


def _text_fields(item: FetchedComment, max_chars: int) -> dict[str, Any]:
    """The columns a comment's content sets, with the hash that detects their change."""
    if item.deleted or item.text is None:
        text, original_text, deleted, truncated, removed = None, None, True, False, 0
    else:
        clean = normalise(item.text, max_chars)
        text, deleted, truncated, removed = clean.text, False, clean.truncated, clean.removed_chars
        original_text = original(item.text, max_chars).text or None
    return {
        "text": text,
        "original_text": original_text,
        "deleted": deleted,
        "truncated": truncated,
        "removed_chars": removed,
        "edited_at": item.edited_at,
        "content_hash": comment_hash(text, deleted, item.edited_at),
    }
