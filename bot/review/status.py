"""A draft's status and every change of it: the one module that writes ``drafts.status``.

::

    pending ──approve──────────────────────────► approved
       ├────skip (or another variant approved) ► skipped
       └────go stale ─────────────────────────► stale ──revive (regenerating gave nothing)──► pending
            (comment edited or deleted, expired, regenerated)

Every change is a compare-and-set: ``UPDATE drafts SET status = :to WHERE status = :from AND …``,
so two processes deciding at once change a draft once. The column stays a plain string
(no database enum type); :class:`DraftStatus` is a ``StrEnum`` over it.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any, cast

from sqlalchemy import ColumnElement, Table, bindparam, update
from sqlalchemy.orm import Session

from bot.storage.models import Draft, utcnow


class DraftStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    SKIPPED = "skipped"
    STALE = "stale"


SKIP_REASONS: tuple[str, ...] = ("not relevant", "risky", "already answered", "other")  # offered to a reviewer
LIVE: tuple[DraftStatus, ...] = (DraftStatus.PENDING, DraftStatus.APPROVED)  # a comment has at most one live reply
TRANSITIONS: dict[DraftStatus, frozenset[DraftStatus]] = {
    DraftStatus.PENDING: frozenset({DraftStatus.APPROVED, DraftStatus.SKIPPED, DraftStatus.STALE}),
    DraftStatus.STALE: frozenset({DraftStatus.PENDING}),
    DraftStatus.APPROVED: frozenset(),
    DraftStatus.SKIPPED: frozenset(),
}


def move(
    session: Session,
    where: ColumnElement[bool],
    to: DraftStatus,
    *,
    source: DraftStatus = DraftStatus.PENDING,
    **values: Any,
) -> int:
    """Move the drafts matching ``where`` from ``source`` to ``to``; returns how many moved."""
    if to not in TRANSITIONS[source]:
        raise ValueError(f"a draft cannot go from {source} to {to}")
    result = session.execute(
        update(Draft)
        .where(Draft.status == source, where)
        .values(status=to, updated_at=utcnow(), **values)
        .execution_options(synchronize_session=False)
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


DRAFTS = cast(Table, Draft.__table__)


def moved_ids(
    session: Session, where: ColumnElement[bool], to: DraftStatus, *, source: DraftStatus = DraftStatus.PENDING
) -> list[int]:
    """:func:`move` over :data:`DRAFTS`' columns, returning the ids of the drafts it moved (``UPDATE … RETURNING``:
    a batch of approvals learns in one statement which of its compare-and-sets won)."""
    if to not in TRANSITIONS[source]:
        raise ValueError(f"a draft cannot go from {source} to {to}")
    statement = (
        update(DRAFTS)
        .where(DRAFTS.c.status == source, where)
        .values(status=to.value, updated_at=utcnow())
        .returning(DRAFTS.c.id)
    )
    return [int(i) for i in session.scalars(statement)]


class PreparedMove:
    """:func:`move` with its statement built once and its values bound per call: the Approve click's hot path
    (building and keying an ``UPDATE`` expression costs more CPU than SQLite takes to run it).

    ``where`` is over :data:`DRAFTS`' columns with ``bindparam`` placeholders; the call passes their values.
    """

    def __init__(self, where: ColumnElement[bool], to: DraftStatus, *, source: DraftStatus = DraftStatus.PENDING):
        if to not in TRANSITIONS[source]:
            raise ValueError(f"a draft cannot go from {source} to {to}")
        self.statement = (
            update(DRAFTS)
            .where(DRAFTS.c.status == source, where)
            .values(status=to.value, updated_at=bindparam("moved_at"))
        )

    def __call__(self, session: Session, **params: Any) -> int:
        """Move the matching drafts; returns how many moved."""
        result = session.execute(self.statement, {"moved_at": utcnow(), **params})
        return int(result.rowcount or 0)  # type: ignore[attr-defined]
