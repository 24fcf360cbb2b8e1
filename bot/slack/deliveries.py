"""Slack retries and replays are dropped: each delivery key is recorded once.

Events carry ``event_id``; a button click is unique by action, user and
``action_ts``; a modal submission by view id and hash; a slash command by its
``trigger_id``.
"""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import Table, delete
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.slack.blocks import APPROVE
from bot.storage.db import Database
from bot.storage.models import SlackDelivery, utcnow

# Actions whose listener records the delivery key in its own decision transaction (one write per click).
DEFERRED: frozenset[str] = frozenset({APPROVE})


def delivery_key(body: dict[str, Any]) -> str | None:
    """The key that makes a retried delivery recognisable, storable; None when the payload carries none."""
    key = _delivery_key(body)
    return None if key is None else _storable(key)


def _storable(key: str) -> str:
    """``key`` as any database stores it: a lone surrogate (JSON's "\\ud800" decodes to one) and a NUL written
    as escapes, so distinct keys stay distinct. Found by make fuzz (session 7): a click whose user.id was a lone
    surrogate failed the insert with UnicodeEncodeError, and Bolt answered 500."""
    if key.isascii() and "\x00" not in key:
        return key
    readable = key.encode("utf-8", "surrogatepass").decode("utf-8", "backslashreplace")
    return readable.replace("\x00", "\\x00")[:255]


def _delivery_key(body: dict[str, Any]) -> str | None:
    """The key as the payload gives it.

    Read defensively: a payload missing or mistyping a field gives no key rather than an error
    (the listener then reports what it could not read).
    """

    def part(holder: Any, key: str) -> Any:
        return holder.get(key) if isinstance(holder, dict) else None

    if body.get("event_id"):
        return f"event:{body['event_id']}"[:255]
    kind = body.get("type")
    actions = body.get("actions")
    if kind == "block_actions" and isinstance(actions, list) and actions:
        action = actions[0]
        user = part(body.get("user"), "id")
        return f"action:{part(action, 'action_id')}:{user}:{part(action, 'action_ts')}"[:255]
    view = body.get("view")
    if kind == "view_submission" and view:
        return f"view:{part(view, 'id')}:{part(view, 'hash')}"[:255]
    if body.get("command") and body.get("trigger_id"):
        return f"command:{body['trigger_id']}"[:255]
    return None


def first_delivery(db: Database, key: str) -> bool:
    """True the first time ``key`` is seen; False for a retry or replay."""
    try:
        with db.write() as session:
            session.add(SlackDelivery(key=key))
    except IntegrityError:
        return False
    return True


class RepeatedDelivery(Exception):
    """A retry or replay of a delivery already handled: nothing is to be done again."""


_TABLE = cast(Table, SlackDelivery.__table__)
# One statement per dialect, built once (an Approve click's answer waits for it): the two dialects' inserts
# both spell ON CONFLICT DO NOTHING this way.
_CLAIM: dict[str, Any] = {
    name: dialect.insert(_TABLE).on_conflict_do_nothing(index_elements=["key"]).returning(_TABLE.c.key)
    for name, dialect in (("sqlite", sqlite), ("postgresql", postgresql))
}


def claim_new(session: Session, keys: list[str]) -> set[str]:
    """Record ``keys`` inside the caller's transaction in one statement; returns those seen for the first time
    (a batch of Approve clicks, bot/slack/approvals.py). A key given twice is new at most once."""
    if not keys:
        return set()
    now = utcnow()
    statement = _CLAIM[session.get_bind().dialect.name]
    # The rows as executemany parameters, not ``.values([...])``: SQLAlchemy sends them as one multi-row INSERT
    # either way ("insertmanyvalues"), but a statement with its rows inside is compiled anew for every batch.
    rows = [{"key": key, "seen_at": now} for key in dict.fromkeys(keys)]
    return set(session.scalars(statement, rows))


def unclaim(session: Session, keys: list[str]) -> None:
    """Forget ``keys`` claimed earlier in the caller's transaction (clicks a batch hands back to be decided alone)."""
    if keys:
        session.execute(delete(_TABLE).where(_TABLE.c.key.in_(keys)))


def claim(session: Session, key: str) -> None:
    """Record ``key`` inside the caller's transaction (one write per click); :class:`RepeatedDelivery` if seen.

    ``INSERT … ON CONFLICT DO NOTHING RETURNING`` rather than catching an IntegrityError, so on PostgreSQL
    the transaction stays usable until the caller's ``with`` block rolls it back.
    """
    statement = _CLAIM[session.get_bind().dialect.name]
    if session.execute(statement, {"key": key, "seen_at": utcnow()}).first() is None:
        raise RepeatedDelivery(key)
