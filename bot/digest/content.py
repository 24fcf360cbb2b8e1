"""The digest's content, built from :class:`~bot.digest.rows.DayRows` by pure functions.

"Today" is the digest's local date; the outcomes and the audience section look
back on the local day before it (``looked_back``). Lists are cut to their top
entries here, with the full counts kept, so every renderer says "and N more".
"""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from bot.config import OBJECTIVES
from bot.digest.rows import (
    AUDIENCE_INTENTS,
    AudienceComment,
    DayRows,
    Escalation,
    OpenOpportunity,
    OutcomeEvent,
    Trouble,
    WaitingDraft,
)
from bot.digest.topics import BASELINE_DAYS, Embed, Growth, group_needs, growth, normalise
from bot.drafting.resume import Unfinished
from bot.opportunities.plan import ASKING, asks_something
from bot.textnorm import original

QUOTE_MAX = 280
EMOTION_ORDER = ("positive", "neutral", "negative")
OUTCOME_KINDS = ("drafted", "approved", "edited", "skipped", "published", "reply", "expired")


@dataclass(frozen=True)
class Limits:
    """How many entries of each list the digest shows (Slack: at most 50 blocks)."""

    open: int = 8
    waiting: int = 5
    topics: int = 5
    troubles: int = 5
    escalations: int = 3


@dataclass(frozen=True)
class Outcome:
    objective: str
    counts: dict[str, int]
    median_minutes_to_approval: float | None

    def count(self, kind: str) -> int:
        return self.counts.get(kind, 0)


@dataclass(frozen=True)
class Topic:
    need: str
    count: int
    quote: str  # the comment's own words, in its own language
    language: str | None
    url: str
    growth: Growth | None = None


@dataclass(frozen=True)
class DailyDigest:
    day: date
    looked_back: date
    now: datetime
    open: list[OpenOpportunity] = field(default_factory=list)
    open_total: int = 0
    waiting: list[WaitingDraft] = field(default_factory=list)
    waiting_total: int = 0
    expired_total: int = 0
    outcomes: list[Outcome] = field(default_factory=list)  # objectives with activity, in OBJECTIVES order
    topics: list[Topic] = field(default_factory=list)
    topics_total: int = 0
    emotions: dict[str, int] = field(default_factory=dict)
    troubles: list[Trouble] = field(default_factory=list)
    troubles_total: int = 0
    escalations: list[Escalation] = field(default_factory=list)
    escalations_total: int = 0
    unfinished: list[Unfinished] = field(default_factory=list)  # stages waiting over an hour (bot/drafting/resume.py)

    @property
    def empty(self) -> bool:
        return not (
            self.open_total
            or self.waiting_total
            or self.expired_total
            or self.outcomes
            or self.topics_total
            or self.troubles_total
            or self.escalations_total
            or self.unfinished
            or sum(self.emotions.values())
        )

    @property
    def growing(self) -> list[Topic]:
        return [topic for topic in self.topics if topic.growth is not None]

    def summary(self) -> dict[str, Any]:
        """What was sent, as JSON (ids and counts, no comment text): stored on the ``digests`` row."""
        return {
            "day": self.day.isoformat(),
            "open": [o.opportunity_id for o in self.open],
            "open_total": self.open_total,
            "waiting": [w.draft_id for w in self.waiting],
            "waiting_total": self.waiting_total,
            "expired_total": self.expired_total,
            "outcomes": [asdict(o) for o in self.outcomes],
            "topics_total": self.topics_total,
            "emotions": dict(self.emotions),
            "troubles": [t.watch_id for t in self.troubles],
            "escalations": [e.opportunity_id for e in self.escalations],
            "escalations_total": self.escalations_total,
            "unfinished": {u.stage: u.count for u in self.unfinished},
        }


def outcomes(events: list[OutcomeEvent]) -> list[Outcome]:
    """Per objective: counts of each kind and the median minutes from draft to approval."""
    result = []
    for objective in OBJECTIVES:
        mine = [e for e in events if e.objective == objective]
        if not mine:
            continue
        counts = Counter(e.kind for e in mine)
        waits = [e.minutes for e in mine if e.kind == "approved" and e.minutes is not None]
        median = statistics.median(waits) if waits else None
        result.append(Outcome(objective, {k: counts.get(k, 0) for k in OUTCOME_KINDS}, median))
    return result


def _quote(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= QUOTE_MAX else original(flat, QUOTE_MAX - 1).text + "…"  # whole graphemes


def topics(rows: DayRows, embed: Embed | None = None) -> list[Topic]:
    """The day's needs grouped into topics, most frequent first, each with a quote and its growth."""
    # A comment the classifier reads as a question is listed only when it asks something: "good question, same
    # here" and an answer to someone else ("yes, on the labour cost") are no need of the audience.
    asked = [
        c
        for c in rows.comments
        if c.intent in AUDIENCE_INTENTS and c.need and (c.intent not in ASKING or asks_something(c.text, c.language))
    ]
    numbers = group_needs([c.need or "" for c in asked], embed)
    members: dict[int, list[AudienceComment]] = {}
    for comment, number in zip(asked, numbers, strict=True):
        members.setdefault(number, []).append(comment)
    found = []
    for group in members.values():
        today = [c for c in group if rows.start <= c.at < rows.end]
        if not today:
            continue
        previous = [0] * BASELINE_DAYS
        for c in group:
            if c.at < rows.start:
                index = int((rows.start - c.at) / timedelta(days=1))
                if index < BASELINE_DAYS:
                    previous[index] += 1
        common = Counter(normalise(c.need or "") for c in today).most_common(1)[0][0]
        example = next(c for c in today if normalise(c.need or "") == common)
        found.append(
            Topic(
                example.need or "",
                len(today),
                _quote(example.text),
                example.language,
                example.url,
                growth(len(today), previous),
            )
        )
    return sorted(found, key=lambda t: (-t.count, t.need))


def emotions(rows: DayRows) -> dict[str, int]:
    counts = Counter(c.emotion for c in rows.comments if rows.start <= c.at < rows.end)
    return {emotion: counts[emotion] for emotion in EMOTION_ORDER if counts[emotion]}


def build(rows: DayRows, day: date, embed: Embed | None = None, limits: Limits = Limits()) -> DailyDigest:
    found = topics(rows, embed)
    return DailyDigest(
        day=day,
        looked_back=day - timedelta(days=1),
        now=rows.now,
        open=rows.open[: limits.open],
        open_total=len(rows.open),
        waiting=rows.waiting[: limits.waiting],
        waiting_total=len(rows.waiting),
        expired_total=len(rows.expired),
        outcomes=outcomes(rows.events),
        topics=found[: limits.topics],
        topics_total=len(found),
        emotions=emotions(rows),
        troubles=rows.troubles[: limits.troubles],
        troubles_total=len(rows.troubles),
        escalations=rows.escalations[: limits.escalations],
        escalations_total=len(rows.escalations),
        unfinished=list(rows.unfinished),
    )
