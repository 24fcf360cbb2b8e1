"""``kuulo export --what themes``: this week's themes (schema in ``docs/exports.md``).

Themes are built as for the weekly report (:func:`bot.insights.service.build_report`)
for the ISO week containing now in ``KUULO_TIMEZONE``, over the last
:data:`bot.insights.report.WEEKS` weeks of current comments: erased authors
and deleted comments are never exported.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from bot.insights.service import build_report, current_week
from bot.storage.models import utcnow

if TYPE_CHECKING:
    from bot.services import Services


def export_themes(session: Session, services: Services) -> Iterator[dict[str, Any]]:
    report, _ = build_report(services, current_week(services, utcnow()))
    for summary in report.themes:
        theme = summary.theme
        yield {
            "theme": theme.name,
            "size": theme.size,
            "languages": dict(theme.languages),
            "weekly_counts": dict(zip(summary.trend.weeks, summary.trend.counts, strict=True)),
            "emotion_mix": dict(theme.emotions),
            "emerging": summary.trend.emerging,
            "quotes": [{"comment_id": q.comment_id, "text": q.text, "url": q.url} for q in theme.quotes],
        }
