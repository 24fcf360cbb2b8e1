"""Replace Slack messages that quote an erased person with a short note (``chat.update``).

Review cards (``slack_cards``) and digests (``digests``) keep the channel and
``ts`` of what Kuulo posted, so those messages can be found again. A message
that cannot be updated is reported with its channel and ts, so an operator
can delete it by hand; nothing personal is in that report.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from bot.config import Settings

if TYPE_CHECKING:
    from slack_sdk import WebClient

log = logging.getLogger(__name__)

ERASED_NOTE = {
    "en": "This message quoted a person who asked for their data to be erased. Removed on {date}.",
    "fi": "Tämä viesti lainasi henkilöä, joka pyysi tietojensa poistamista. Poistettu {date}.",
    "sv": "Meddelandet citerade en person som bad att deras uppgifter raderas. Borttaget {date}.",
}


@dataclass(frozen=True)
class Location:
    channel: str
    ts: str


@dataclass
class SlackOutcome:
    updated: list[Location] = field(default_factory=list)
    failed: list[Location] = field(default_factory=list)
    error: str | None = None  # why nothing could be tried (Slack not configured)


def erased_note(locale: str, when: datetime) -> str:
    return ERASED_NOTE.get(locale, ERASED_NOTE["en"]).format(date=when.date().isoformat())


def redact_messages(
    settings: Settings, locations: list[Location], when: datetime, client: WebClient | None = None
) -> SlackOutcome:
    """``chat.update`` each message to the erased note; a failure leaves the others going."""
    outcome = SlackOutcome()
    if not locations:
        return outcome
    if client is None:
        if settings.slack_bot_token is None:
            outcome.failed = list(locations)
            outcome.error = "SLACK_BOT_TOKEN is not set; delete these messages in Slack by hand"
            return outcome
        from bot.slack.app import web_client

        client = web_client(settings)
    from slack_sdk.errors import SlackApiError

    note = erased_note(settings.locale, when)
    blocks = [{"type": "section", "text": {"type": "plain_text", "text": note}}]
    for location in locations:
        try:
            client.chat_update(channel=location.channel, ts=location.ts, text=note, blocks=blocks)
        except SlackApiError as exc:
            log.warning(
                "erasure: chat.update %s/%s failed: %s", location.channel, location.ts, exc.response.get("error")
            )
            outcome.failed.append(location)
            continue
        outcome.updated.append(location)
    return outcome
