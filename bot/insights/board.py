"""The audience board (pure): per theme this week, what a social media manager reads every morning.

Built from the weekly :class:`~bot.insights.report.Report` (themes over the
last weeks and their weekly counts) plus the watches: for each theme with
comments this week, its size and change against the mean of the previous
weeks, the top questions, needs and barriers (complaints and negative
comments: what holds people back), the emotion mix, two or three verbatim
quotes with links (this week's most central comments), the languages, and
the watches and campaigns it comes from. The same :class:`Board` is rendered
as HTML (:mod:`bot.insights.html_report`) and as the Slack App Home
(:mod:`bot.slack.board`). Filters by watch and campaign are the report's
:class:`~bot.insights.data.Scope`; brands do not exist yet, so there is no
brand filter.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.insights.emerging import iso_week
from bot.insights.report import Report, ThemeSummary
from bot.insights.themes import ThemeItem

QUESTION_INTENTS = frozenset({"question", "recommendation_request", "comparison_or_purchase"})
BARRIER_INTENTS = frozenset({"complaint", "misinformation"})
TOP = 3
QUOTES = 3
MAX_THEMES = 12
UNTHEMED = 5
PHRASE_CHARS = 240


@dataclass(frozen=True)
class BoardQuote:
    comment_id: int
    text: str  # verbatim, as stored
    url: str | None
    language: str | None


@dataclass(frozen=True)
class WatchInfo:
    watch_id: int
    url: str
    objective: str


@dataclass(frozen=True)
class BoardTheme:
    key: str
    name: str
    week_count: int
    total: int
    weeks: tuple[str, ...]
    counts: tuple[int, ...]
    baseline: float  # mean of the weeks before this one
    change: float | None  # (this week - baseline) / baseline; None when the baseline is 0
    emerging: bool
    new: bool
    questions: list[tuple[str, int]]
    needs: list[tuple[str, int]]
    barriers: list[tuple[str, int]]
    emotions: dict[str, int]
    languages: dict[str, int]
    quotes: list[BoardQuote]
    watches: list[tuple[WatchInfo, int]]


@dataclass
class Board:
    title: str
    week: str
    language: str
    weeks: tuple[str, ...]
    themes: list[BoardTheme]
    week_comments: int
    emotions: dict[str, int]  # this week, all themes and unthemed comments
    platforms: dict[str, int]  # where this week's conversations happen
    watches: list[tuple[WatchInfo, int]]  # this week's comments per watch
    engagement: dict[str, dict[str, int]]  # objective -> drafts, approved, posts, replies
    generated_at: datetime
    more_themes: int = 0  # themes with comments this week beyond MAX_THEMES
    unthemed: list[BoardQuote] = field(default_factory=list)  # shown when no theme has comments this week


def _top(phrases: Iterable[str], count: int = TOP) -> list[tuple[str, int]]:
    """The most frequent phrases (case-insensitive), each shown as first written; ties keep first-seen order."""
    first: dict[str, str] = {}
    counter: Counter[str] = Counter()
    for text in phrases:
        shown = " ".join(text.split())[:PHRASE_CHARS]
        if not shown:
            continue
        key = shown.casefold()
        first.setdefault(key, shown)
        counter[key] += 1
    order = sorted(counter, key=lambda k: (-counter[k], list(first).index(k)))
    return [(first[k], counter[k]) for k in order[:count]]


def _watches(items: Sequence[ThemeItem], watches: dict[int, WatchInfo]) -> list[tuple[WatchInfo, int]]:
    """Comments per top-level watch (``watches`` maps thread watches to their account or feed watch)."""
    counts = Counter(watches[item.watch_id] for item in items if item.watch_id in watches)
    return sorted(counts.items(), key=lambda e: (-e[1], e[0].watch_id))


def board_theme(summary: ThemeSummary, week: str, tz: ZoneInfo, watches: dict[int, WatchInfo]) -> BoardTheme:
    theme, trend = summary.theme, summary.trend
    this_week = [m for m in theme.members if m.created_at is not None and iso_week(m.created_at, tz) == week]
    questions = [m.text for m in this_week if m.intent in QUESTION_INTENTS or m.text.rstrip().endswith("?")]
    barriers = [m.need or m.text for m in this_week if m.intent in BARRIER_INTENTS or m.emotion == "negative"]
    quotes = [BoardQuote(m.comment_id, m.text, m.url, m.language) for m in this_week[:QUOTES]]
    baseline = trend.baseline
    change = (trend.counts[-1] - baseline) / baseline if baseline > 0 else None
    return BoardTheme(
        key=theme.key,
        name=theme.name,
        week_count=len(this_week),
        total=theme.size,
        weeks=trend.weeks,
        counts=trend.counts,
        baseline=baseline,
        change=change,
        emerging=trend.emerging,
        new=trend.new,
        questions=_top(questions),
        needs=_top(m.need for m in this_week if m.need),
        barriers=_top(barriers),
        emotions=dict(Counter(m.emotion or "unknown" for m in this_week).most_common()),
        languages=dict(Counter(m.language or "unknown" for m in this_week).most_common()),
        quotes=quotes,
        watches=_watches(this_week, watches),
    )


def build_board(
    report: Report,
    week_items: Sequence[ThemeItem],
    watches: dict[int, WatchInfo],
    tz: ZoneInfo,
    generated_at: datetime,
) -> Board:
    """The board of ``report.week``; ``week_items`` are all of that week's comments (themed or not)."""
    themes = [board_theme(summary, report.week, tz, watches) for summary in report.themes]
    current = [theme for theme in themes if theme.week_count > 0]
    current.sort(key=lambda t: (-t.week_count, -t.total, t.name))
    weeks = report.themes[0].trend.weeks if report.themes else (report.week,)
    themed = {m.comment_id for summary in report.themes for m in summary.theme.members}
    loose = sorted((i for i in week_items if i.comment_id not in themed), key=lambda i: -i.comment_id)
    return Board(
        title=report.title,
        week=report.week,
        language=report.language,
        weeks=weeks,
        themes=current[:MAX_THEMES],
        week_comments=len(week_items),
        emotions=dict(Counter(item.emotion or "unknown" for item in week_items).most_common()),
        platforms=dict(Counter(item.platform or "unknown" for item in week_items).most_common()),
        watches=_watches(week_items, watches),
        engagement=report.engagement,
        generated_at=generated_at,
        more_themes=max(0, len(current) - MAX_THEMES),
        unthemed=[] if current else [BoardQuote(i.comment_id, i.text, i.url, i.language) for i in loose[:UNTHEMED]],
    )
