"""Weekly counts per theme and the test that flags a theme as emerging.

The test. This week's count ``k`` of a theme is compared with the mean ``λ``
of its previous ``BASELINE_WEEKS`` weekly counts, under the null hypothesis
that comments arrive as a Poisson process at that rate. The one-sided p-value
is ``P(X >= k | λ) = 1 - Σ_{i<k} e^-λ λ^i / i!``. A theme is **emerging** when
``k >= MIN_COUNT`` and ``p < ALPHA``. A theme with no comments at all in the
baseline weeks (``λ = 0``) and ``k >= MIN_COUNT`` is **new**, and flagged too.
Unlike a fixed "+50 %" rule, this scales with volume: 2 -> 6 comments is
noise-level for a big theme's baseline of 5, but a real spike over a
baseline of 0.5. Weeks are ISO weeks in the team's time zone.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

ALPHA = 0.01
MIN_COUNT = 3
BASELINE_WEEKS = 8
MIN_BASELINE_WEEKS = 4


@dataclass(frozen=True)
class Trend:
    weeks: tuple[str, ...]  # ISO week labels, oldest first; the last one is the week tested
    counts: tuple[int, ...]
    baseline: float  # mean of the weeks before the last
    p_value: float
    emerging: bool
    new: bool


def iso_week(moment: datetime | date, tz: ZoneInfo | None = None) -> str:
    """``YYYY-Www`` of a moment (in ``tz`` when it is a datetime) or a date."""
    day = moment.astimezone(tz).date() if isinstance(moment, datetime) and tz is not None else moment
    if isinstance(day, datetime):
        day = day.date()
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def week_start(label: str) -> date:
    """The Monday of ISO week ``YYYY-Www``."""
    year, week = label.split("-W")
    return date.fromisocalendar(int(year), int(week), 1)


def week_labels(last: str, count: int) -> tuple[str, ...]:
    """``count`` consecutive ISO week labels ending with ``last``."""
    monday = week_start(last)
    return tuple(iso_week(monday - timedelta(weeks=count - 1 - i)) for i in range(count))


def poisson_sf(k: int, rate: float) -> float:
    """P(X >= k) for X ~ Poisson(rate)."""
    if k <= 0:
        return 1.0
    if rate <= 0:
        return 0.0
    term = math.exp(-rate)
    below = term
    for i in range(1, k):
        term *= rate / i
        below += term
    return max(0.0, 1.0 - below)


def weekly_counts(moments: Iterable[datetime | None], weeks: Sequence[str], tz: ZoneInfo) -> tuple[int, ...]:
    index = {label: i for i, label in enumerate(weeks)}
    counts = [0] * len(weeks)
    for moment in moments:
        if moment is None:
            continue
        position = index.get(iso_week(moment, tz))
        if position is not None:
            counts[position] += 1
    return tuple(counts)


def trend(weeks: Sequence[str], counts: Sequence[int]) -> Trend:
    """Test the last week of ``counts`` against the weeks before it (see the module docstring)."""
    if len(weeks) != len(counts) or not counts:
        raise ValueError("weeks and counts must be non-empty and of the same length")
    current = counts[-1]
    history = list(counts[:-1])[-BASELINE_WEEKS:]
    baseline = sum(history) / len(history) if history else 0.0
    p_value = poisson_sf(current, baseline)
    enough_history = len(history) >= MIN_BASELINE_WEEKS
    new = enough_history and baseline == 0 and current >= MIN_COUNT
    emerging = enough_history and current >= MIN_COUNT and p_value < ALPHA
    return Trend(tuple(weeks), tuple(counts), baseline, p_value, emerging or new, new)
