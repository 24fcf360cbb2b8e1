"""The outbound Slack Web API client, built from settings: the one factory every Slack module uses."""

from __future__ import annotations

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
