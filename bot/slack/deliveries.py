"""Slack retries and replays are dropped: each delivery key is recorded once.

Events carry ``event_id``; a button click is unique by action, user and
``action_ts``; a modal submission by view id and hash; a slash command by its
``trigger_id``.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.slack.blocks import APPROVE
from bot.storage.bulk import insert_new
from bot.storage.db import Database
from bot.storage.models import SlackDelivery, utcnow

# Actions whose listener records the delivery key in its own decision transaction (one write per click).
DEFERRED: frozenset[str] = frozenset({APPROVE})


def delivery_key(body: dict[str, Any]) -> str | None:
    if body.get("event_id"):
        return f"event:{body['event_id']}"
    kind = body.get("type")
    if kind == "block_actions" and body.get("actions"):
        action = body["actions"][0]
        user = (body.get("user") or {}).get("id")
        return f"action:{action.get('action_id')}:{user}:{action.get('action_ts')}"[:255]
    if kind == "view_submission" and body.get("view"):
        view = body["view"]
        return f"view:{view.get('id')}:{view.get('hash')}"[:255]
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


def claim(session: Session, key: str) -> None:
    """Record ``key`` inside the caller's transaction (one write per click); :class:`RepeatedDelivery` if seen.

    ``INSERT … ON CONFLICT DO NOTHING`` rather than catching an IntegrityError, so on PostgreSQL
    the transaction stays usable until the caller's ``with`` block rolls it back.
    """
    table: Any = SlackDelivery.__table__
    if not insert_new(session, table, [{"key": key, "seen_at": utcnow()}], ("key",), ("key",)):
        raise RepeatedDelivery(key)
