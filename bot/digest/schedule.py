"""Which local day's digest is due: a wall-clock rule that needs no cron trigger.

The digest of local date ``D`` is due once the team's local wall clock shows
``D`` at or after ``KUULO_DIGEST_TIME``. A job checks this every few minutes
and the ``digests`` row (unique on kind + date) makes the send happen once.

Daylight saving (Europe/Helsinki): in spring the clock jumps 03:00 -> 04:00, so
a 03:30 digest is sent at the first tick after 04:00 (local time >= 03:30). In
autumn 04:00 -> 03:00 repeats an hour: a 03:30 digest is sent in the first
pass through 03:30 and the repeat finds the row. A service that was down at
digest time sends it when it comes back the same local day; a day missed
entirely is not sent the day after (its news is stale).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.errors import ConfigError


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ConfigError(
            f"unknown time zone {name!r} in KUULO_TIMEZONE; use an IANA name like Europe/Helsinki"
        ) from exc


def digest_time(text: str) -> time:
    hours, _, minutes = text.partition(":")
    return time(int(hours), int(minutes))


def local_date(now: datetime, tz: ZoneInfo) -> date:
    return now.astimezone(tz).date()


def due_date(now: datetime, tz: ZoneInfo, at: time) -> date | None:
    """The local date whose digest is due at ``now``, or None before today's digest time."""
    local = now.astimezone(tz)
    return local.date() if local.time().replace(tzinfo=None) >= at else None


def day_bounds(day: date, tz: ZoneInfo) -> tuple[datetime, datetime]:
    """UTC start and end of the local calendar day ``day`` (23 or 25 hours long on DST days)."""
    start = datetime.combine(day, time(0), tzinfo=tz).astimezone(UTC)
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=tz).astimezone(UTC)
    return start, end
