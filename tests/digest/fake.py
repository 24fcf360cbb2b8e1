"""The shared fake Slack Web API plus ``chat.getPermalink`` and refusals of ``chat.postMessage``."""

from __future__ import annotations

from typing import Any

from tests.fakes.slack_api import FakeSlack


class DigestSlack(FakeSlack):
    def __init__(self) -> None:
        super().__init__()
        self.refuse_posts = 0  # answer this many chat.postMessage calls with channel_not_found

    def _chat_postMessage(self, params: dict[str, Any]) -> dict[str, Any]:
        with self._lock:
            if self.refuse_posts:
                self.refuse_posts -= 1
                return {"ok": False, "error": "channel_not_found"}
        return super()._chat_postMessage(params)

    def _chat_getPermalink(self, params: dict[str, Any]) -> dict[str, Any]:
        """https://api.slack.com/methods/chat.getPermalink"""
        channel, ts = params["channel"], params["message_ts"]
        return {
            "ok": True,
            "channel": channel,
            "permalink": f"https://kuulo.slack.com/archives/{channel}/p{ts.replace('.', '')}",
        }

    def digests(self, channel: str) -> list[dict[str, Any]]:
        """The digest messages that reached the channel (refused posts are not in it)."""
        with self._lock:
            return [
                m
                for m in self.messages.get(channel, [])
                if (m.get("metadata") or {}).get("event_type") == "kuulo_digest"
            ]
