"""One circuit breaker per platform, so a platform that is down is not hammered.

A poll that fails because the platform itself is in trouble (5xx, timeouts, 429
after PlatformHTTP's retries) counts against the platform; a thread that is gone
or refused (404, 410, 401/403, other 4xx) does not, because the platform answered.
After ``KUULO_CIRCUIT_FAILURES`` such failures in a row the circuit opens: the
poll pass skips the platform's watches until ``opened_until``. Then it is
half-open: one watch tries; success closes it, failure opens it again for twice
as long (capped at ``KUULO_CIRCUIT_MAX_COOLDOWN_MINUTES``).

State lives in the ``circuits`` table, so ``kuulo status`` in another process
sees it, and a restarted service keeps honouring a cool-down.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.config import Settings
from bot.errors import RateLimited, SourceUnavailable
from bot.storage.db import Database
from bot.storage.models import Circuit

log = logging.getLogger(__name__)

State = Literal["closed", "open", "half-open"]


def is_platform_failure(exc: BaseException) -> bool:
    """True for failures that say the platform is in trouble, not one thread."""
    return isinstance(exc, SourceUnavailable | RateLimited)


@dataclass(frozen=True)
class CircuitView:
    platform: str
    failures: int
    trips: int
    opened_until: datetime | None
    last_error: str | None

    def state(self, now: datetime) -> State:
        if self.opened_until is None:
            return "closed"
        return "open" if now < _aware(self.opened_until) else "half-open"

    def describe(self) -> str:
        until = f"{_aware(self.opened_until):%H:%M} UTC" if self.opened_until else "now"
        return f"{self.platform}: circuit open until {until} after {self.failures} failures"


def _aware(moment: datetime | None) -> datetime:
    assert moment is not None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _view(row: Circuit) -> CircuitView:
    return CircuitView(row.platform, row.failures, row.trips, row.opened_until, row.last_error)


def load(db: Database) -> dict[str, CircuitView]:
    with db.read() as session:
        return read(session)


def read(session: Session) -> dict[str, CircuitView]:
    """Every platform's circuit, read in the caller's session."""
    return {row.platform: _view(row) for row in session.scalars(select(Circuit))}


def not_closed(db: Database, now: datetime) -> list[CircuitView]:
    """Circuits that are open or half-open (for ``kuulo status``)."""
    return sorted((c for c in load(db).values() if c.state(now) != "closed"), key=lambda c: c.platform)


class Breakers:
    """The circuits seen by one poll pass: read once, written only when something changes."""

    def __init__(
        self, db: Database, settings: Settings, now: datetime, views: dict[str, CircuitView] | None = None
    ) -> None:
        self.db = db
        self.settings = settings
        self.now = now
        self._views = load(db) if views is None else views  # views: read by the caller in its own session

    def allow(self, platform: str) -> bool:
        """May a watch of ``platform`` be polled now? A half-open circuit lets the next watch try."""
        view = self._views.get(platform)
        return view is None or view.state(self.now) != "open"

    def view(self, platform: str) -> CircuitView | None:
        return self._views.get(platform)

    def cooldown(self, trips: int) -> timedelta:
        minutes = self.settings.circuit_cooldown_minutes * 2 ** max(trips - 1, 0)
        return timedelta(minutes=min(minutes, self.settings.circuit_max_cooldown_minutes))

    def succeeded(self, platform: str) -> None:
        """The platform answered: close its circuit (a write only when it was not clean)."""
        view = self._views.get(platform)
        if view is None or (view.failures == 0 and view.opened_until is None):
            return
        with self.db.write() as session:
            row = session.get(Circuit, platform)
            if row is None:
                return
            row.failures, row.trips, row.opened_until, row.last_error = 0, 0, None, None
            row.updated_at = self.now
            self._views[platform] = _view(row)
        log.info("circuit platform=%s closed", platform)

    def failed(self, platform: str, error: BaseException) -> None:
        """A platform failure: count it; open (or re-open, longer) the circuit when due."""
        with self.db.write() as session:
            row = session.get(Circuit, platform)
            if row is None:
                row = Circuit(platform=platform, failures=0, trips=0)
                session.add(row)
            half_open = row.opened_until is not None and self.now >= _aware(row.opened_until)
            row.failures += 1
            row.last_error = str(error)[:2000]
            row.updated_at = self.now
            if half_open or (row.opened_until is None and row.failures >= self.settings.circuit_failures):
                row.trips += 1
                row.opened_until = self.now + self.cooldown(row.trips)
                log.warning(
                    "circuit platform=%s opened failures=%s trips=%s seconds=%d",
                    platform,
                    row.failures,
                    row.trips,
                    self.cooldown(row.trips).total_seconds(),
                )
            session.flush()
            self._views[platform] = _view(row)
