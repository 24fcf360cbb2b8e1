"""Bursts: a theme, a watch, negative emotion or risk flags far above their own recent baseline.

Runs after each poll (:mod:`bot.insights.alerts`) on the comments of the last
``BASELINE_DAYS`` days plus the longest test window. Pure: items and an
:class:`~bot.ports.Embedder` in, :class:`Burst` values out.

The series. One per top-level watch (thread watches count for their account
or feed watch), one for comments with negative emotion, one for comments with
any risk flag, and one per *candidate theme*: the comments of the last
``max(WINDOW_HOURS)`` hours are clustered in the theme space of
:mod:`bot.insights.themes` (same centring, same threshold); each group of at
least ``MIN_COUNT`` becomes a series holding every loaded comment at least as
close to the group's centroid as its least central member (and at least
``MIN_THEME_SIMILARITY``), so a theme that was already talked about last
week has that history as its baseline.

The test. For each series and each window ``w`` in ``WINDOW_HOURS``, ``k`` is
the count in the last ``w`` hours and the baseline rate is
``(n + 1) / h``: ``n`` comments in the ``h`` hours observed before the window
(from the oldest loaded comment, at most ``BASELINE_DAYS``, at least
``MIN_BASELINE_HOURS``); the ``+ 1`` keeps a series never seen before from
having a rate of zero. Under a Poisson null with mean ``μ = rate · w``,
``p = P(X >= k)`` (``scipy.stats.poisson.sf``). A window bursts when
``k >= MIN_COUNT``, at least ``MIN_PEOPLE`` different people wrote, ``k >=
MIN_RATIO · μ`` and ``p < ALPHA``; a series bursts in its smallest-p window.
``ALPHA`` is small because many series are tested after every poll: 30 flat
simulated days give no false alarm in ``tests/insights/test_bursts.py``.

One burst, one alert. A dozen complaints in an hour make the theme, the watch
and negative emotion burst together. Series are taken from the most specific
(theme) to the broadest (negative emotion); one whose comments are mostly
(``COVERED``) in bursts already found becomes a *facet* of those bursts
("also: watch 3, negative emotion") instead of a burst of its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import numpy as np
from scipy.stats import poisson

from bot.insights.themes import DEFAULT_DISTANCE_THRESHOLD, MAX_PHRASE_CHARS, cluster_labels, theme_space
from bot.ports import Embedder, Vectors

WINDOW_HOURS = (1, 6, 24)
BASELINE_DAYS = 14
MIN_BASELINE_HOURS = 24.0
MIN_COUNT = 5
MIN_PEOPLE = 3
MIN_RATIO = 3.0
ALPHA = 1e-5
MIN_THEME_SIMILARITY = 0.35
COVERED = 0.5
QUOTES = 3
NEGATIVE = frozenset({"negative"})
KIND_ORDER = ("theme", "watch", "risk", "negative")


@dataclass(frozen=True)
class BurstItem:
    """One comment as alerts see it; ``person`` is whatever tells writers apart (never shown)."""

    comment_id: int
    text: str
    created_at: datetime
    watch_id: int
    thread_id: int
    person: str
    phrase: str = ""  # the need, else the text: what themes cluster
    emotion: str | None = None
    risk: tuple[str, ...] = ()
    language: str | None = None


@dataclass(frozen=True)
class Test:
    window_hours: int
    count: int
    expected: float
    p_value: float


@dataclass
class Series:
    kind: str  # theme | watch | risk | negative
    key: str  # theme: its central phrase; watch: the watch id; risk / negative: ""
    indices: list[int]  # rows of the loaded items


@dataclass
class Burst:
    kind: str
    key: str
    test: Test
    comment_ids: list[int]  # the burst window's comments, oldest first
    since: datetime
    quotes: list[int] = field(default_factory=list)  # the most representative comments (closest to the centroid)
    facets: list[tuple[str, str]] = field(default_factory=list)  # other series bursting on the same comments


def _people(items: Sequence[BurstItem], rows: Sequence[int]) -> int:
    return len({items[i].person for i in rows})


def best_test(times: Sequence[datetime], start: datetime, now: datetime) -> Test | None:
    """The window with the smallest p-value among those that pass the count and ratio bars, else None."""
    best: Test | None = None
    for hours in WINDOW_HOURS:
        window_start = now - timedelta(hours=hours)
        count = sum(1 for t in times if window_start < t <= now)
        if count < MIN_COUNT:
            continue
        before = sum(1 for t in times if start <= t <= window_start)
        observed = max(MIN_BASELINE_HOURS, (window_start - start).total_seconds() / 3600)
        expected = (before + 1) / observed * hours
        p_value = float(poisson.sf(count - 1, expected))
        if count >= MIN_RATIO * expected and p_value < ALPHA and (best is None or p_value < best.p_value):
            best = Test(hours, count, expected, p_value)
    return best


def candidate_series(items: Sequence[BurstItem], vectors: Vectors, now: datetime) -> list[Series]:
    """Theme series from groups of recent comments (see the module docstring)."""
    recent_start = now - timedelta(hours=max(WINDOW_HOURS))
    recent = [i for i, item in enumerate(items) if recent_start < item.created_at <= now]
    if len(recent) < MIN_COUNT:
        return []
    labels = cluster_labels(vectors[recent], DEFAULT_DISTANCE_THRESHOLD)
    groups: dict[int, list[int]] = {}
    for row, label in zip(recent, labels, strict=True):
        groups.setdefault(label, []).append(row)
    found = []
    for rows in groups.values():
        if len(rows) < MIN_COUNT:
            continue
        centroid = vectors[rows].mean(axis=0)
        centroid /= float(np.linalg.norm(centroid)) or 1.0
        similarity = vectors @ centroid
        radius = max(float(similarity[rows].min()), MIN_THEME_SIMILARITY)
        members = sorted(set(rows) | {int(i) for i in np.flatnonzero(similarity >= radius)})
        central = max(rows, key=lambda i: (float(similarity[i]), -items[i].comment_id))
        found.append(Series("theme", items[central].phrase.strip()[:200], members))
    return found


def fixed_series(items: Sequence[BurstItem]) -> list[Series]:
    by_watch: dict[int, list[int]] = {}
    for i, item in enumerate(items):
        by_watch.setdefault(item.watch_id, []).append(i)
    series = [Series("watch", str(watch_id), rows) for watch_id, rows in sorted(by_watch.items())]
    series.append(Series("risk", "", [i for i, item in enumerate(items) if item.risk]))
    series.append(Series("negative", "", [i for i, item in enumerate(items) if item.emotion in NEGATIVE]))
    return series


@dataclass
class Detection:
    """The bursts found, and the theme-space vectors to pick representative comments with."""

    bursts: list[Burst]
    vectors: dict[int, Vectors] = field(default_factory=dict)  # comment id -> unit vector

    def representative(self, comment_ids: Sequence[int], count: int = QUOTES) -> list[int]:
        """The ``count`` comments closest to the centroid of ``comment_ids``; ties break on the id."""
        known = [i for i in comment_ids if i in self.vectors]
        if not known:
            return list(comment_ids)[:count]
        block = np.stack([self.vectors[i] for i in known])
        similarity = block @ block.mean(axis=0)
        order = sorted(range(len(known)), key=lambda j: (-float(similarity[j]), known[j]))
        return [known[j] for j in order[:count]]


def detect(items: Sequence[BurstItem], embedder: Embedder, now: datetime) -> Detection:
    """The bursts at ``now`` (see the module docstring), most significant first within each kind."""
    items = [item for item in items if item.created_at <= now]
    if len(items) < MIN_COUNT:
        return Detection([])
    start = max(min(item.created_at for item in items), now - timedelta(days=BASELINE_DAYS))
    raw = embedder.embed_queries([(item.phrase or item.text)[:MAX_PHRASE_CHARS] for item in items])
    vectors = theme_space(raw, [item.language for item in items])
    tested: list[tuple[Series, Test, list[int]]] = []
    for series in [*candidate_series(items, vectors, now), *fixed_series(items)]:
        test = best_test([items[i].created_at for i in series.indices], start, now)
        if test is None:
            continue
        window_start = now - timedelta(hours=test.window_hours)
        rows = [i for i in series.indices if window_start < items[i].created_at <= now]
        if _people(items, rows) >= MIN_PEOPLE:
            tested.append((series, test, rows))
    tested.sort(key=lambda entry: (KIND_ORDER.index(entry[0].kind), entry[1].p_value))
    bursts: list[tuple[Burst, set[int]]] = []
    for series, test, rows in tested:
        ids = {items[i].comment_id for i in rows}
        covered = [(burst, seen) for burst, seen in bursts if ids & seen]
        if covered and len(ids & set().union(*(seen for _, seen in covered))) >= COVERED * len(ids):
            for burst, _ in covered:
                burst.facets.append((series.kind, series.key))
            continue
        rows.sort(key=lambda i: (items[i].created_at, items[i].comment_id))
        burst = Burst(
            series.kind,
            series.key,
            test,
            [items[i].comment_id for i in rows],
            items[rows[0]].created_at,
        )
        bursts.append((burst, ids))
    detection = Detection([burst for burst, _ in bursts], {item.comment_id: vectors[i] for i, item in enumerate(items)})
    for burst in detection.bursts:
        burst.quotes = detection.representative(burst.comment_ids)
    return detection
