"""Replace Slack messages that quote an erased person with a short note (``chat.update``).

Review cards (``slack_cards``) and digests (``digests``) keep the channel and
``ts`` of what Kuulo posted, so those messages can be found again. A message
that cannot be updated is reported with its channel and ts, so an operator
can delete it by hand; nothing personal is in that report.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.config import Settings
from bot.ports import Location, RedactOutcome
from bot.wording import say

log = logging.getLogger(__name__)


def erased_note(locale: str, when: datetime) -> str:
    return say(locale, "erased_note", date=when.date().isoformat())


def redact_messages(
    client: WebClient, settings: Settings, locations: Sequence[Location], when: datetime
) -> RedactOutcome:
    """``chat.update`` each message to the erased note; a failure leaves the others going."""
    outcome = RedactOutcome()
    if not locations:
        return outcome
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
