"""The outbound Slack Web API client, built from settings: the one factory every Slack module uses."""

from __future__ import annotations

from typing import Any

from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import ConnectionErrorRetryHandler, RateLimitErrorRetryHandler

from bot.config import Settings
from bot.errors import ConfigError


def web_client(settings: Settings) -> WebClient:
    """The Web API client: Slack's base URL from settings, retrying 429s after Retry-After."""
    if settings.slack_bot_token is None:
        raise ConfigError("SLACK_BOT_TOKEN is not set; create a Slack app (slack/manifest.yaml) and set its bot token")
    return WebClient(
        token=settings.slack_bot_token.get_secret_value(),
        base_url=settings.slack_api_url,
        timeout=15,
        retry_handlers=[ConnectionErrorRetryHandler(), RateLimitErrorRetryHandler(max_retry_count=3)],
    )


def tell(client: WebClient, channel: str | None, user: str, text: str) -> None:
    """An ephemeral note to one user, or a DM when there is no channel."""
    if channel:
        client.chat_postEphemeral(channel=channel, user=user, text=text)
    else:
        client.chat_postMessage(channel=user, text=text)


def find_by_metadata(
    client: WebClient,
    channel: str,
    event_type: str,
    payload: dict[str, Any],
    *,
    since: float | None = None,
    pages: int | None = None,
) -> str | None:
    """The ts of a message in ``channel`` whose metadata is ``event_type`` with ``payload``'s items, if an attempt that
    stopped before recording its ts got as far as posting it. ``since``: only messages after this Unix time;
    ``pages``: at most this many pages of 200 (None: the whole history after ``since``)."""
    cursor: str | None = None
    read = 0
    while pages is None or read < pages:
        page = client.conversations_history(
            channel=channel,
            oldest=None if since is None else str(since),
            include_all_metadata=True,
            limit=200,
            cursor=cursor,
        )
        read += 1
        for message in page.get("messages") or []:
            meta = message.get("metadata") or {}
            found = meta.get("event_payload") or {}
            if meta.get("event_type") == event_type and all(found.get(k) == v for k, v in payload.items()):
                return str(message["ts"])
        cursor = (page.get("response_metadata") or {}).get("next_cursor") or None
        if not cursor:
            break
    return None
