"""Burst alerts in Slack: one message per alert (``chat.postMessage``), updated in place (``chat.update``).

:class:`SlackAlertNotifier` implements :class:`bot.ports.AlertNotifier` for
:mod:`bot.insights.alerts`. The blocks are pure (:func:`alert_blocks`): the
headline, size and baseline, other series bursting on the same comments,
risk flags, the threads, and the three most representative comments
verbatim, each in its own section (escaped, ``verbatim``, so ``<!channel>``
in a comment is only text) with a link to it.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from bot.errors import DeliveryError
from bot.insights.alert_view import AlertView, closed_line, facets_line, headline, risk_line, size_line
from bot.insights.wording import phrase
from bot.slack.blocks import HEADER_MAX, SECTION_MAX, Block, context, cut, escape, link, plain, section, untrusted

if TYPE_CHECKING:
    from slack_sdk import WebClient

log = logging.getLogger(__name__)


def alert_blocks(view: AlertView) -> list[Block]:
    """The alert message (pure): at most 13 blocks, each text within Slack's limits."""
    blocks: list[Block] = [
        {"type": "header", "text": plain(("🔺 " if view.state == "open" else "✓ ") + headline(view), HEADER_MAX)},
        section({"type": "mrkdwn", "text": cut(escape(size_line(view)), SECTION_MAX), "verbatim": True}),
    ]
    notes = [line for line in (facets_line(view), closed_line(view)) if line]
    notes.append(risk_line(view))
    blocks.append(context(*(escape(line) for line in notes)))
    if view.threads:
        threads = [link(t.url, " ".join((t.title or t.url).split())[:120]) + f" ({t.count})" for t in view.threads]
        label = f"*{escape(phrase('alert_threads', view.locale))}:* "
        blocks.append(
            section({"type": "mrkdwn", "text": cut(label + " · ".join(threads), SECTION_MAX), "verbatim": True})
        )
    if view.quotes:
        blocks.append(context(f"*{escape(phrase('alert_quotes', view.locale))}*"))
    for quote in view.quotes:
        blocks.append(section(untrusted(quote.text, SECTION_MAX)))
        if quote.url:
            blocks.append(context(link(quote.url, quote.url)))
    return blocks


def fallback_text(view: AlertView) -> str:
    return escape(f"{headline(view)}: {size_line(view)}")


class SlackAlertNotifier:
    """Posts and updates alert messages with a ``WebClient`` (Slack's errors become :class:`DeliveryError`)."""

    def __init__(self, client: WebClient) -> None:
        self.client = client

    def post_alert(self, channel: str, alert: AlertView) -> str:
        from slack_sdk.errors import SlackApiError, SlackRequestError

        try:
            response = self.client.chat_postMessage(
                channel=channel,
                text=fallback_text(alert),
                blocks=alert_blocks(alert),
                metadata={"event_type": "kuulo_alert", "event_payload": {"alert_id": alert.id}},
                unfurl_links=False,
                unfurl_media=False,
            )
        except (SlackApiError, SlackRequestError, OSError) as exc:
            raise DeliveryError(f"Slack did not take alert {alert.id} in {channel}: {_reason(exc)}") from exc
        return str(response["ts"])

    def update_alert(self, channel: str, ts: str, alert: AlertView) -> None:
        from slack_sdk.errors import SlackApiError, SlackRequestError

        try:
            self.client.chat_update(channel=channel, ts=ts, text=fallback_text(alert), blocks=alert_blocks(alert))
        except (SlackApiError, SlackRequestError, OSError) as exc:
            raise DeliveryError(f"Slack did not update alert {alert.id} in {channel}: {_reason(exc)}") from exc


def _reason(exc: BaseException) -> str:
    response = getattr(exc, "response", None)
    error = response.get("error") if response is not None else None
    hint = " (invite the Kuulo app to the channel)" if error in ("not_in_channel", "channel_not_found") else ""
    return f"{error or type(exc).__name__}{hint}"
