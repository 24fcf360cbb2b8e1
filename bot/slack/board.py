"""The audience board in Slack App Home: themes, emerging topics, recent alerts and top questions.

The App Home has two pages, chosen with two buttons at its top: the review queue
(:mod:`bot.slack.home`) and the audience board. Each user's page and Slack language
are kept in ``home_tabs``, so after each poll that read something
(:func:`refresh_audience_homes`, called by ``scheduler/tasks.py``) every user on the
audience page gets the board rebuilt from what is stored now, in their language.

:func:`audience_view` is pure: at most ``MAX_HOME_BLOCKS`` blocks (Slack allows 100 in
a Home view) and every text under 3,000 characters. Theme names and quotes come from
comments (untrusted): escaped, sent ``verbatim``, links only from plain http(s) URLs.
Labels follow the user's language (en, fi, sv); quotes stay in the writer's language.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from bot.brands.records import has_other_brands
from bot.insights.alert_view import AlertView, headline, size_line
from bot.insights.alerts import recent_alerts
from bot.insights.board import Board, BoardQuote, BoardTheme
from bot.insights.data import Scope
from bot.insights.service import audience_board, current_week
from bot.insights.wording import phrase
from bot.slack.blocks import HEADER_MAX, SECTION_MAX, Block, context, cut, escape, link, plain
from bot.storage.db import Database
from bot.storage.models import HomeTab, utcnow

if TYPE_CHECKING:
    from slack_sdk import WebClient

    from bot.services import Services

log = logging.getLogger(__name__)

MAX_HOME_BLOCKS = 100
CONTEXT_TEXT_MAX = 3000
QUOTE_CHARS = 300
TOP_QUESTIONS = 5
ALERTS_SHOWN = 5
ALERT_DAYS = 7
PAGES = ("queue", "audience")
LANGUAGES = ("en", "fi", "sv")
NAV_ACTIONS = {"queue": "kuulo_home_queue", "audience": "kuulo_home_audience"}


def nav(page: str, language: str) -> Block:
    """The two page buttons; the current page's is highlighted."""
    buttons = []
    for name in PAGES:
        button: dict[str, Any] = {
            "type": "button",
            "action_id": NAV_ACTIONS[name],
            "text": plain(phrase(f"home_page_{name}", language)),
            "value": name,
        }
        if name == page:
            button["style"] = "primary"
        buttons.append(button)
    return {"type": "actions", "block_id": "kuulo_home_nav", "elements": buttons}


def _section(text: str) -> Block:
    return {"type": "section", "text": {"type": "mrkdwn", "text": cut(text, SECTION_MAX), "verbatim": True}}


def _header(text: str) -> Block:
    return {"type": "header", "text": plain(text, HEADER_MAX)}


def _context(text: str) -> Block:
    return context(cut(text, CONTEXT_TEXT_MAX))


def _quote(quote: BoardQuote, language: str) -> str:
    shown = "> " + escape(cut(" ".join(quote.text.split()), QUOTE_CHARS))
    return shown + (" " + link(quote.url, phrase("board_open", language)) if quote.url else "")


def _counts(rows: Sequence[tuple[str, int]], language: str) -> str:
    if not rows:
        return phrase("board_none", language)
    return "; ".join(f"{escape(cut(' '.join(text.split()), 200))} ({count})" for text, count in rows)


def _mix(counts: dict[str, int], language: str, emotions: bool = False) -> str:
    if not counts:
        return phrase("board_none", language)
    label = (lambda key: phrase(f"emotion_{key}", language)) if emotions else (lambda key: key)
    return ", ".join(f"{escape(label(key))} {count}" for key, count in counts.items())


def _change(theme: BoardTheme, language: str) -> str:
    if theme.change is None:
        return phrase("board_no_baseline", language)
    return phrase("board_change", language, change=f"{100 * theme.change:+.0f} %", baseline=f"{theme.baseline:.1f}")


def _badge(theme: BoardTheme, language: str) -> str:
    if theme.new:
        return f" · _{phrase('new_theme', language)}_"
    if theme.emerging:
        return f" · _{phrase('badge_emerging', language)}_"
    return ""


def theme_blocks(theme: BoardTheme, language: str) -> list[Block]:
    head = (
        f"*{escape(cut(theme.name, 150))}*{_badge(theme, language)}\n"
        f"{phrase('board_week_count', language, count=theme.week_count)} · {_change(theme, language)} · "
        f"{phrase('board_total', language, count=theme.total, weeks=len(theme.weeks))}"
    )
    watches = ", ".join(
        f"{link(info.url, '#' + str(info.watch_id))} {escape(info.objective)} ({count})"
        for info, count in theme.watches
    )
    rows = [
        ("board_questions", _counts(theme.questions, language)),
        ("board_needs", _counts(theme.needs, language)),
        ("board_barriers", _counts(theme.barriers, language)),
        ("board_emotions", _mix(theme.emotions, language, emotions=True)),
        ("board_languages", _mix(theme.languages, language)),
        ("board_watches", watches or phrase("board_none", language)),
    ]
    body = "\n".join(f"*{escape(phrase(key, language))}:* {value}" for key, value in rows)
    blocks = [_section(head + "\n" + body)]
    if theme.quotes:
        blocks.append(_context("\n".join(_quote(quote, language) for quote in theme.quotes)))
    return blocks


def top_questions(board: Board, count: int = TOP_QUESTIONS) -> list[tuple[str, int, str]]:
    """The most asked questions across this week's themes: (question, times, its largest theme).

    The same question (case-insensitive) in several themes is counted once, with all its times.
    """
    found: Counter[str] = Counter()
    first: dict[str, tuple[str, str]] = {}
    for theme in board.themes:
        for text, times in theme.questions:
            key = " ".join(text.split()).casefold()
            first.setdefault(key, (text, theme.name))
            found[key] += times
    ranked = sorted(found, key=lambda key: (-found[key], list(first).index(key)))
    return [(first[key][0], found[key], first[key][1]) for key in ranked[:count]]


def alert_line(alert: AlertView, language: str) -> str:
    shown = replace(alert, locale=language)
    return f"*#{alert.id}* {escape(headline(shown))}\n{escape(size_line(shown))}"


def audience_view(board: Board, alerts: Sequence[AlertView], language: str) -> Block:
    """The App Home view of the audience page (pure)."""
    blocks: list[Block] = [
        nav("audience", language),
        _header(phrase("home_audience_title", language, week=board.week)),
        _section(
            phrase("board_summary", language, count=board.week_comments, week=board.week, watches=len(board.watches))
            + (f"\n*{escape(phrase('emotion_mix', language))}:* {_mix(board.emotions, language, emotions=True)}")
            + (f"\n*{escape(phrase('where', language))}:* {_mix(board.platforms, language)}")
        ),
    ]
    blocks.append(_header(phrase("emerging", language)))
    rising = [theme for theme in board.themes if theme.emerging or theme.new]
    if rising:
        lines = [f"• *{escape(cut(t.name, 150))}*{_badge(t, language)} · {_change(t, language)}" for t in rising]
        blocks.append(_section("\n".join(lines)))
    else:
        blocks.append(_context(phrase("no_emerging", language)))
    blocks.append(_header(phrase("home_alerts", language)))
    if alerts:
        blocks.extend(_section(alert_line(alert, language)) for alert in alerts[:ALERTS_SHOWN])
    else:
        blocks.append(_context(phrase("alert_none", language, days=ALERT_DAYS)))
    blocks.append(_header(phrase("home_top_questions", language)))
    asked = top_questions(board)
    if asked:
        lines = [
            f"• {escape(cut(' '.join(text.split()), 300))} ({times}) · _{escape(theme)}_"
            for text, times, theme in asked
        ]
        blocks.append(_section("\n".join(lines)))
    else:
        blocks.append(_context(phrase("board_none", language)))
    blocks.append(_header(phrase("board_heading", language)))
    if board.week_comments == 0:
        blocks.append(_context(phrase("home_empty_week", language, week=board.week)))
    elif not board.themes:
        blocks.append(_context(phrase("board_unthemed", language)))
        blocks.append(_context("\n".join(_quote(quote, language) for quote in board.unthemed)))
    footer = _context(phrase("home_updated", language, time=f"{board.generated_at:%Y-%m-%d %H:%M} UTC"))
    for theme in board.themes:
        part = [{"type": "divider"}, *theme_blocks(theme, language)]
        if len(blocks) + len(part) + 2 > MAX_HOME_BLOCKS:  # room for the "more" note and the footer
            blocks.append(_context(phrase("board_more", language, count=len(board.themes) - board.themes.index(theme))))
            break
        blocks.extend(part)
    else:
        if board.more_themes:
            blocks.append(_context(phrase("board_more", language, count=board.more_themes)))
    blocks.append(footer)
    return {"type": "home", "blocks": blocks[:MAX_HOME_BLOCKS]}


# -- who sees which page, and in which language -------------------------------------------


def slack_language(client: WebClient, user: str, fallback: str) -> str:
    """The user's Slack language as en, fi or sv (``users.info`` with ``include_locale``); else ``fallback``."""
    from slack_sdk.errors import SlackApiError, SlackRequestError

    try:
        found = client.users_info(user=user, include_locale=True)
    except (SlackApiError, SlackRequestError, OSError) as exc:
        log.warning("users.info failed for the Home tab's language: %s", type(exc).__name__)
        return fallback
    locale = str((found.get("user") or {}).get("locale") or "")
    code = locale.split("-")[0].lower()
    return code if code in LANGUAGES else fallback


def remember(db: Database, user: str, *, page: str | None = None, locale: str | None = None) -> HomeTab:
    """Record that ``user`` opened App Home (and the page they chose); returns their row as stored."""
    with db.write() as session:
        row = session.get(HomeTab, user)
        if row is None:
            row = HomeTab(user_id=user, page="queue")
            session.add(row)
        if page in PAGES:
            row.page = page
        if locale in LANGUAGES:
            row.locale = locale
        row.opened_at = utcnow()
        session.flush()
        return HomeTab(user_id=row.user_id, page=row.page, locale=row.locale, opened_at=row.opened_at)


def audience_users(db: Database) -> list[tuple[str, str | None]]:
    with db.read() as session:
        rows = session.scalars(select(HomeTab).where(HomeTab.page == "audience").order_by(HomeTab.user_id))
        return [(row.user_id, row.locale) for row in rows]


def build(services: Services, now: datetime, scope: Scope | None = None) -> tuple[Board, list[AlertView]]:
    """The audience board; ``scope`` with a brand: only that brand's audience, and no burst alerts (they are
    install-wide, so they could quote another brand's audience)."""
    if scope is not None and scope.brand_id is not None:
        return audience_board(services, current_week(services, now), scope, now=now), []
    board = audience_board(services, current_week(services, now), now=now)
    alerts = recent_alerts(services.db, services.settings, now, days=ALERT_DAYS)
    return board, alerts


def publish(client: WebClient, db: Database, user: str, view: Block, now: datetime) -> None:
    client.views_publish(user_id=user, view=view)
    with db.write() as session:
        row = session.get(HomeTab, user)
        if row is not None:
            row.published_at = now


def refresh_audience_homes(services: Services, client: WebClient, now: datetime) -> int:
    """Rebuild the board once and publish it to every user on the audience page; returns how many got it.

    A user whose publish fails is logged and skipped; the others still get theirs.
    """
    from slack_sdk.errors import SlackApiError, SlackRequestError

    users = audience_users(services.db)
    if not users:
        return 0
    if has_other_brands(services.db):  # one board for everyone would mix the brands' audiences
        log.info("audience homes not refreshed in bulk: several brands; each refreshes when its person opens it")
        return 0
    board, alerts = build(services, now)
    done = 0
    for user, locale in users:
        view = audience_view(board, alerts, locale or services.settings.locale)
        try:
            publish(client, services.db, user, view, now)
        except (SlackApiError, SlackRequestError, OSError) as exc:
            log.warning("the audience Home of one user was not refreshed: %s", type(exc).__name__)
            continue
        done += 1
    return done
