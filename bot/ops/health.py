"""``/healthz``: the database, the scheduler lease and the last poll, as JSON for probes and load balancers.

Healthy (HTTP 200) means the database answers at the current schema and some
process (this one or a standby's peer) holds a live scheduler lease; anything
else is 503 with the reason. Only ids, hosts and times are reported.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError

from bot.storage.db import Database, head_revision
from bot.storage.models import Watch
from scheduler.lease import current


def health(db: Database, now: datetime) -> tuple[int, dict[str, Any]]:
    report: dict[str, Any] = {"ok": False, "time": now.isoformat()}
    try:
        revision = db.current_revision()
        holder = current(db)
        with db.read() as session:
            last_poll = session.scalar(select(func.max(Watch.last_polled_at)))
    except SQLAlchemyError as exc:
        report["database"] = f"error ({type(exc).__name__})"
        return 503, report
    report["database"] = "ok" if revision == head_revision() else f"schema {revision}, needs {head_revision()}"
    report["schema_revision"] = revision
    report["last_poll"] = last_poll.isoformat() if last_poll else None
    alive = holder is not None and holder.alive(now)
    report["lease"] = (
        None
        if holder is None
        else {
            "holder": holder.holder,
            "host": holder.host,
            "pid": holder.pid,
            "heartbeat_at": holder.heartbeat_at.isoformat(),
            "expires_at": holder.expires_at.isoformat(),
            "alive": alive,
        }
    )
    report["ok"] = report["database"] == "ok" and alive
    return (200 if report["ok"] else 503), report
