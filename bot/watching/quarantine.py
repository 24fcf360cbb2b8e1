"""Quarantine: keep what a source could not read, so nothing is silently lost.

A comment a source cannot read is skipped, the rest of its thread stored, and the thread marked
incomplete with the comment named in ``missing`` (``bot/sources/base.py:skip_comment``); its payload
is kept here. So is the answer of a whole read that failed as malformed (``MalformedPayload``: the
response body as the platform sent it). Each row holds the raw payload (the comment's JSON, or the
answer's bytes) cut at ``KUULO_QUARANTINE_MAX_BYTES``, its size, the watch, the thread, where in the
payload, why, and when first and last seen. The same payload for the same watch is kept once
(``times`` counts the polls that met it), so polling the same input again adds no row.

It holds strangers' words, so it is erasable: ``kuulo quarantine drop``, ``kuulo erase --author``
(every row whose payload names the author), removing the watch (cascade), and retention
(``KUULO_RETENTION_DAYS`` after it was last seen). ``kuulo quarantine`` lists it and ``kuulo status``
counts it.
"""

from __future__ import annotations

import hashlib
import html
import json
import logging
import re
from collections.abc import Collection, Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from bot.domain import FetchedThread
from bot.storage.db import Database
from bot.storage.models import QuarantinedPayload, Watch, utcnow
from bot.textnorm import storable

log = logging.getLogger(__name__)
WHOLE_READ = "the whole answer"  # the position of a read that failed as a whole


def encode(raw: Any) -> bytes:
    """The payload as bytes: bytes as they came, anything else as JSON (a feed entry's odd values as text)."""
    if isinstance(raw, bytes):
        return raw
    if isinstance(raw, str):
        return raw.encode("utf-8", "backslashreplace")  # a lone surrogate from JSON is kept as \udxxx
    try:
        text = json.dumps(raw, ensure_ascii=False, sort_keys=True, default=str)
    except (TypeError, ValueError, RecursionError):  # a key that is not a string, or nesting too deep
        text = repr(raw)
    return text.encode("utf-8", "backslashreplace")


def keep(
    session: Session,
    watch: Watch,
    thread: str,
    position: str,
    reason: str,
    raw: Any,
    max_bytes: int,
    now: datetime | None = None,
) -> bool:
    """Keep one payload for ``watch`` (True), or count another meeting of one already kept (False).

    ``thread``, ``position`` and ``reason`` may quote the payload (a skipped comment is named by the id it gave):
    NUL and lone surrogates in them are replaced (``bot.textnorm.storable``) before they reach a column or the log.
    """
    now = now or utcnow()
    thread, position, reason = storable(thread), storable(position), storable(reason)
    body = encode(raw)
    digest = hashlib.sha256(body).hexdigest()
    row = session.scalars(
        select(QuarantinedPayload).where(QuarantinedPayload.watch_id == watch.id, QuarantinedPayload.digest == digest)
    ).first()
    if row is not None:
        row.last_seen_at = now
        row.times += 1
        return False
    session.add(
        QuarantinedPayload(
            watch_id=watch.id,
            platform=watch.platform,
            thread=thread[:1000],
            position=position[:500],
            reason=reason[:2000],
            raw=body[:max_bytes],
            size=len(body),
            digest=digest,
            first_seen_at=now,
            last_seen_at=now,
            times=1,
        )
    )
    session.flush()
    log.warning("watch=%s thread=%s: quarantined %s (%d bytes): %s", watch.id, thread, position, len(body), reason)
    return True


def keep_skipped(session: Session, watch: Watch, fetched: FetchedThread, max_bytes: int) -> int:
    """Keep every comment the source skipped in ``fetched``; return how many were new to the quarantine."""
    return sum(
        keep(session, watch, fetched.ref.thread_id, s.where, s.reason, s.raw, max_bytes) for s in fetched.skipped
    )


def keep_failed_read(db: Database, watch: Watch, reason: str, body: bytes | None, max_bytes: int) -> None:
    """A whole read failed as malformed: keep the answer it failed on (nothing, when none arrived)."""
    if body is None:
        return
    with db.write() as session:
        keep(session, watch, watch.target, WHOLE_READ, reason, body, max_bytes)


def count(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(QuarantinedPayload)) or 0)


def listing(session: Session, watch_id: int | None = None) -> list[QuarantinedPayload]:
    query = select(QuarantinedPayload).order_by(QuarantinedPayload.id)
    if watch_id is not None:
        query = query.where(QuarantinedPayload.watch_id == watch_id)
    return list(session.scalars(query))


def drop(session: Session, ids: Collection[int] | None) -> int:
    """Delete the given rows (None: every row); return how many went."""
    query = delete(QuarantinedPayload)
    if ids is not None:
        query = query.where(QuarantinedPayload.id.in_(list(ids)))
    return int(session.execute(query).rowcount or 0)  # type: ignore[attr-defined]


def naming(session: Session, identities: Iterable[str]) -> list[int]:
    """Erasure: the rows whose payload names one of ``identities`` (an author id or name).

    Matched as the rest of erasure matches authors (``bot/privacy/erase.py``: stripped, case-insensitive),
    in the payload as text whichever way the platform wrote the name: raw, with JSON's ``\\uXXXX`` escapes
    (a whole answer kept as the platform sent it) or XML/HTML character references (a feed) undone.
    """
    needles = {i.strip().lower() for i in identities if i and i.strip()}
    if not needles:
        return []
    rows = session.execute(select(QuarantinedPayload.id, QuarantinedPayload.raw)).all()
    return [row.id for row in rows if any(needle in form for form in _searchable(row.raw) for needle in needles)]


_JSON_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})|\\([\"\\/bfnrt])")
_SHORT_ESCAPES = {"b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


def _searchable(raw: bytes) -> set[str]:
    """The payload's text forms an author's name may hide in, lower-cased. Each is read piecewise (a payload
    cut at the size cap is no whole JSON or XML document any more)."""
    text = raw.decode("utf-8", "replace")

    def unescape(match: re.Match[str]) -> str:
        if match.group(1):
            return chr(int(match.group(1), 16))
        return _SHORT_ESCAPES.get(match.group(2), match.group(2))

    unescaped = _JSON_ESCAPE.sub(unescape, text)
    # a pair of \\uD8xx\\uDCxx escapes is one character outside the BMP: join the two halves
    joined = unescaped.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return {form.lower() for form in (text, joined, html.unescape(text))}


def drop_older(session: Session, cutoff: datetime) -> int:
    """Retention: delete rows last seen before ``cutoff``."""
    result = session.execute(delete(QuarantinedPayload).where(QuarantinedPayload.last_seen_at < cutoff))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]
