"""``/kuulo``: watch, watches, pause, resume, digest, ask, help. Answers are private to the person asking."""

from __future__ import annotations

import logging
import shlex
from typing import TYPE_CHECKING, Any

from bot.config import OBJECTIVES
from bot.digest.text import render
from bot.errors import KuuloError
from bot.insights.service import ask
from bot.insights.wording import phrase
from bot.services import Services
from bot.slack.blocks import escape
from bot.slack.digest import digest_for
from bot.slack.report_blocks import answer_text
from bot.storage.models import utcnow
from bot.watching.watches import add_watch, list_watches, set_paused
from bot.wording import say

if TYPE_CHECKING:
    from slack_bolt import Ack, App, Respond

    from bot.slack.app import Deps

log = logging.getLogger(__name__)


def run_command(deps: Deps, text: str, user: str, channel: str | None) -> str:
    """The reply to ``/kuulo <text>`` (mrkdwn); changes go through the same services as the CLI."""
    locale = deps.locale
    try:
        words = shlex.split(text or "")
    except ValueError:
        words = (text or "").split()
    command, args = (words[0].lower(), words[1:]) if words else ("help", [])
    try:
        if command == "help":
            return say(locale, "help")
        if command in ("watch", "pause", "resume") and not deps.approvers.allows(user):
            return say(locale, "not_authorised")
        if command == "watch" and args:
            objective = args[1] if len(args) > 1 and args[1] in OBJECTIVES else None
            topics = args[2:] if objective else args[1:]
            result = add_watch(
                deps.db,
                deps.settings,
                args[0],
                objective=objective,
                topics=topics,
                channel=channel,
                actor=f"slack:{user}",
            )
            key = "watch_added" if result.created else "watch_exists"
            w = result.watch
            return say(locale, key, platform=w.platform, target=escape(w.target), id=w.id, objective=w.objective)
        if command == "watches":
            watches = list_watches(deps.db)
            if not watches:
                return say(locale, "no_watches")
            return "\n".join(
                f"#{w.id} · {w.platform} · {'paused' if w.paused else w.status} · {escape(w.url)}" for w in watches
            )
        if command in ("pause", "resume") and args and _watch_id(args[0]):
            set_paused(deps.db, int(args[0]), command == "pause", actor=f"slack:{user}")
            return say(locale, "paused" if command == "pause" else "resumed", id=int(args[0]))
        if command == "digest":
            return _digest_text(deps)
        if command == "ask":
            return _ask_text(deps, (text or "").strip()[len(words[0]) :].strip())
        if command == "stats":
            return say(locale, "not_available", command=command)
    except KuuloError as exc:
        return say(locale, "error", reason=escape(str(exc)))
    return say(locale, "unknown_command", command=escape(command), help=say(locale, "help"))


def _watch_id(word: str) -> bool:
    """A watch id as typed: ASCII digits that fit the id column ("²" is a digit to str.isdigit, not to int)."""
    return word.isascii() and word.isdigit() and len(word) <= 9


def _digest_text(deps: Deps) -> str:
    """Today's digest as text (grouping needs by their wording: no embedding model in the Slack handler)."""
    from zoneinfo import ZoneInfo

    now = utcnow()
    today = now.astimezone(ZoneInfo(deps.settings.timezone)).date()
    return escape(render(digest_for(deps.db, deps.settings, today, now), deps.locale))


def _ask_text(deps: Deps, question: str) -> str:
    """An answer from the collected comments (:func:`bot.insights.service.ask`) with its sources, escaped."""
    if not question:
        return phrase("ask_usage", deps.locale)
    services = Services(deps.settings)
    try:
        return answer_text(ask(services, question[:500]))
    finally:
        services.close()


def register(app: App, deps: Deps) -> None:
    import re

    @app.action(re.compile(r"^kuulo_digest_open_\d+$"))
    def digest_link(ack: Ack) -> None:
        """The digest's buttons are links; Slack still sends the click, which only needs an answer."""
        ack()

    @app.command("/kuulo")
    def kuulo(ack: Ack, command: dict[str, Any], respond: Respond) -> None:
        ack()
        text, user, channel = command.get("text"), command.get("user_id"), command.get("channel_id")
        if not isinstance(user, str) or not user:  # nobody to answer to: an approver check would admit nobody
            log.warning("ignored a /kuulo command without a user_id")
            return
        text = text if isinstance(text, str) else ""
        deps.background.submit(_reply, deps, respond, text, user, channel if isinstance(channel, str) else None)

    def _reply(deps: Deps, respond: Respond, text: str, user: str, channel: str | None) -> None:
        respond(run_command(deps, text, user, channel))
