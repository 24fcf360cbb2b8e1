"""What an alert says (pure): built from an ``alerts`` row, rendered as text here and as Block Kit in bot/slack.

Quotes are the comments' stored text, verbatim; labels follow the team's
locale (``KUULO_LOCALE``), quotes stay in the writer's language, times are in
``KUULO_TIMEZONE``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.insights.wording import phrase


@dataclass(frozen=True)
class AlertQuote:
    comment_id: int
    text: str
    url: str | None
    language: str | None


@dataclass(frozen=True)
class AlertThread:
    url: str
    title: str | None
    count: int


@dataclass(frozen=True)
class AlertView:
    id: int
    state: str  # open | closed
    kind: str  # theme | watch | risk | negative
    key: str
    label: str
    since: datetime
    last_burst_at: datetime
    closed_at: datetime | None
    count: int
    people: int
    window_hours: int
    expected: float
    p_value: float
    threads: tuple[AlertThread, ...]
    quotes: tuple[AlertQuote, ...]
    risk: dict[str, int]
    facets: tuple[tuple[str, str, str], ...]  # kind, key, label
    locale: str = "en"
    timezone: str = "UTC"

    @classmethod
    def from_content(cls, alert_id: int, row: dict[str, Any], locale: str, timezone: str) -> AlertView:
        """From ``Alert`` columns plus its ``content`` (see :func:`bot.insights.alerts.content`)."""
        content = row["content"]
        return cls(
            id=alert_id,
            state=row["state"],
            kind=row["kind"],
            key=row["key"],
            label=str(content.get("label", "")),
            since=row["since"],
            last_burst_at=row["last_burst_at"],
            closed_at=row["closed_at"],
            count=len(row["comment_ids"]),
            people=row["people"],
            window_hours=int(content.get("window_hours", 1)),
            expected=float(content.get("expected", 0.0)),
            p_value=row["p_value"],
            threads=tuple(AlertThread(t["url"], t.get("title"), t["count"]) for t in content.get("threads", [])),
            quotes=tuple(
                AlertQuote(q["comment_id"], q["text"], q.get("url"), q.get("language"))
                for q in content.get("quotes", [])
            ),
            risk=dict(content.get("risk", {})),
            facets=tuple((f[0], f[1], f[2]) for f in content.get("facets", [])),
            locale=locale,
            timezone=timezone,
        )

    def local(self, moment: datetime) -> str:
        return moment.astimezone(ZoneInfo(self.timezone)).strftime("%Y-%m-%d %H:%M")


def describe(kind: str, key: str, label: str, locale: str) -> str:
    """What is bursting, in the team's language."""
    if kind == "theme":
        return phrase("alert_theme", locale, label=label)
    if kind == "watch":
        return phrase("alert_watch", locale, watch=key, label=label)
    return phrase("alert_risk" if kind == "risk" else "alert_negative", locale)


def headline(view: AlertView) -> str:
    what = describe(view.kind, view.key, view.label, view.locale)
    return phrase("alert_open" if view.state == "open" else "alert_closed", view.locale, what=what)


def size_line(view: AlertView) -> str:
    return phrase(
        "alert_size",
        view.locale,
        count=view.count,
        people=view.people,
        since=view.local(view.since),
        expected=f"{view.expected:.1f}",
        hours=view.window_hours,
    )


def risk_line(view: AlertView) -> str:
    if not view.risk:
        return phrase("alert_no_risk", view.locale)
    flags = ", ".join(f"{flag} ({count})" for flag, count in view.risk.items())
    return phrase("alert_risk_flags", view.locale, flags=flags)


def facets_line(view: AlertView) -> str | None:
    if not view.facets:
        return None
    facets = "; ".join(describe(kind, key, label, view.locale) for kind, key, label in view.facets)
    return phrase("alert_also", view.locale, facets=facets)


def closed_line(view: AlertView) -> str | None:
    if view.state != "closed":
        return None
    return phrase("alert_closed_note", view.locale, at=view.local(view.last_burst_at))


def text_lines(view: AlertView) -> list[str]:
    """The alert as plain text (``kuulo alerts``): every part the Slack message has."""
    lines = [f"#{view.id} {headline(view)}", f"  {size_line(view)}"]
    extra = [facets_line(view), closed_line(view)]
    lines += [f"  {line}" for line in extra if line]
    lines.append(f"  {risk_line(view)}")
    lines.append(f"  {phrase('alert_threads', view.locale)}:")
    lines += [f"    {t.url} ({t.count})" + (f" {' '.join(t.title.split())}" if t.title else "") for t in view.threads]
    lines.append(f"  {phrase('alert_quotes', view.locale)}:")
    for quote in view.quotes:
        lines.append(f'    "{quote.text}"' + (f" {quote.url}" if quote.url else f" (comment {quote.comment_id})"))
    return lines
