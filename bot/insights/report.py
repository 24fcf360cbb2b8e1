"""The weekly audience report and the listening-campaign summary, as data and as Markdown.

Themes are built over the last ``WEEKS`` ISO weeks (in ``KUULO_TIMEZONE``)
of current comments; each theme's weekly counts feed the emerging test
(:mod:`bot.insights.emerging`). Engagement outcomes per objective count the
brand's own drafts, approvals, posts and replies to its posts in the week.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.insights.emerging import Trend, trend, week_labels, week_start, weekly_counts
from bot.insights.themes import Theme
from bot.insights.wording import phrase
from bot.storage.models import Comment, Decision, Draft, Opportunity, Post, PostReply, Thread, Watch

WEEKS = 8
TOP = 5


@dataclass
class ThemeSummary:
    theme: Theme
    trend: Trend


@dataclass
class Report:
    title: str
    week: str
    language: str
    themes: list[ThemeSummary]
    emotions: dict[str, int]
    engagement: dict[str, dict[str, int]]  # objective -> drafts, approved, posts, replies

    @property
    def emerging(self) -> list[ThemeSummary]:
        return [summary for summary in self.themes if summary.trend.emerging]


def week_bounds(week: str, tz: ZoneInfo, count: int = 1) -> tuple[datetime, datetime]:
    """Start of the first of ``count`` weeks ending with ``week`` and the end of ``week``, as aware datetimes."""
    end = datetime.combine(week_start(week) + timedelta(weeks=1), time(), tz)
    return end - timedelta(weeks=count), end


def summarise(themes: Sequence[Theme], week: str, tz: ZoneInfo) -> list[ThemeSummary]:
    weeks = week_labels(week, WEEKS)
    summaries = [
        ThemeSummary(theme, trend(weeks, weekly_counts((m.created_at for m in theme.members), weeks, tz)))
        for theme in themes
    ]
    summaries.sort(key=lambda s: (-s.trend.counts[-1], -s.theme.size, s.theme.name))
    return summaries


def engagement(
    session: Session, start: datetime, end: datetime, brand_id: int | None = None
) -> dict[str, dict[str, int]]:
    """Drafts, approvals, posts and replies to them per objective (of the watch each draft was judged for);
    only brand ``brand_id``'s when given."""

    def per_objective(query: object) -> Counter[str]:
        return Counter({objective: int(count) for objective, count in session.execute(query)})  # type: ignore[call-overload]

    base = (
        select(Watch.objective, func.count())
        .select_from(Draft)
        .join(Opportunity, Opportunity.id == Draft.opportunity_id)
        .join(Comment, Comment.id == Draft.comment_id)
        .join(Thread, Thread.id == Comment.thread_id)
        .join(Watch, Watch.id == func.coalesce(Opportunity.watch_id, Thread.watch_id))
        .group_by(Watch.objective)
    )
    if brand_id is not None:
        base = base.where(Opportunity.brand_id == brand_id)
    drafts = per_objective(base.where(Draft.created_at >= start, Draft.created_at < end))
    approved = per_objective(
        base.join(Decision, Decision.draft_id == Draft.id).where(
            Decision.action == "approved", Decision.decided_at >= start, Decision.decided_at < end
        )
    )
    posted = base.join(Post, Post.draft_id == Draft.id)
    posts = per_objective(posted.where(Post.published_at >= start, Post.published_at < end))
    replies = per_objective(
        posted.join(PostReply, PostReply.post_id == Post.id).where(PostReply.seen_at >= start, PostReply.seen_at < end)
    )
    objectives = sorted(set(drafts) | set(approved) | set(posts) | set(replies))
    return {
        o: {"drafts": drafts[o], "approved": approved[o], "posts": posts[o], "replies": replies[o]} for o in objectives
    }


def to_markdown(report: Report, chart_file: str | None = None) -> str:
    lang = report.language
    lines = [f"# {report.title}", ""]
    if chart_file:
        lines += [f"![]({chart_file})", ""]
    lines += [f"## {phrase('top_themes', lang)}", ""]
    if not report.themes:
        lines.append(phrase("no_themes", lang))
    for summary in report.themes[:TOP]:
        theme = summary.theme
        week_count = summary.trend.counts[-1]
        languages = ", ".join(theme.languages)
        size = phrase("comments_count", lang, count=theme.size)
        lines.append(f"### {theme.name} — {size} ({week_count} this week; {languages})")
        mix = ", ".join(f"{emotion} {count}" for emotion, count in theme.emotions.items())
        lines.append(f"{phrase('emotion_mix', lang)}: {mix}")
        for quote in theme.quotes:
            link = f" ([link]({quote.url}))" if quote.url else ""
            lines.append(f"> {_one_line(quote.text)}{link}")
            lines.append("")
        lines.append("")
    lines += [f"## {phrase('emerging', lang)}", ""]
    if not report.emerging:
        lines.append(phrase("no_emerging", lang))
    for summary in report.emerging:
        counts = " ".join(str(count) for count in summary.trend.counts)
        flag = f" ({phrase('new_theme', lang)})" if summary.trend.new else ""
        lines.append(f"- **{summary.theme.name}**{flag}: {counts} (p = {summary.trend.p_value:.4f})")
    lines += ["", f"## {phrase('emotion_mix', lang)}", ""]
    total = sum(report.emotions.values()) or 1
    for emotion, count in report.emotions.items():
        lines.append(f"- {emotion}: {count} ({100 * count / total:.0f} %)")
    if report.engagement:
        lines += ["", f"## {phrase('engagement', lang)}", ""]
        for objective, numbers in report.engagement.items():
            lines.append("- " + phrase("engagement_row", lang, objective=objective, **numbers))
    return "\n".join(lines).rstrip() + "\n"


def _one_line(text: str) -> str:
    return " ".join(text.split())
