"""Replies on YouTube from the brand's channel: ``comments.insert`` (50 quota units).

``POST {youtube}/comments?part=snippet`` with ``{snippet: {parentId, textOriginal}}`` and
the channel's OAuth bearer token (scope youtube.force-ssl). YouTube threads are one level
deep, so a reply to a reply goes under its top-level comment. Replying to the video
itself (a new thread) is left to a person. Reconciling lists the replies under the parent
(``comments.list?parentId=``) and looks for our channel's with the same text.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from bot.config import Settings
from bot.publishing.base import ManualOnly, Published, Publisher, PublishError, Target, register, require, same_text
from bot.publishing.http import PublishHTTP


@register
class YouTubePublisher(Publisher):
    platform: ClassVar[str] = "youtube"

    def __init__(self, settings: Settings) -> None:
        super().__init__(settings)
        token = require(settings.youtube_oauth_token, "KUULO_YOUTUBE_OAUTH_TOKEN", "youtube")
        self.auth = {"Authorization": f"Bearer {token.get_secret_value()}"}
        self.http = PublishHTTP("youtube", settings.http_timeout_seconds)

    def close(self) -> None:
        self.http.close()

    def publish(self, target: Target, text: str, idempotency_key: str, created_at: datetime) -> Published:
        parent = self._parent(target)
        try:
            answer = self.http.call(
                "POST",
                f"{self.settings.youtube_url}/comments",
                params={"part": "snippet"},
                json={"snippet": {"parentId": parent, "textOriginal": text}},
                headers=self.auth,
            )
        except PublishError as exc:
            if exc.status == 403 and "quota" in str(exc).lower():
                raise PublishError(f"{exc}; the daily quota resets at midnight Pacific", retry_after=3600) from exc
            raise
        return _published(answer, target)

    def find_existing(self, target: Target, text: str, idempotency_key: str, created_at: datetime) -> Published | None:
        mine = self.http.call(
            "GET", f"{self.settings.youtube_url}/channels", params={"part": "id", "mine": "true"}, headers=self.auth
        )
        channel = ((mine or {}).get("items") or [{}])[0].get("id")
        replies = self.http.call(
            "GET",
            f"{self.settings.youtube_url}/comments",
            params={
                "part": "snippet",
                "parentId": self._parent(target),
                "maxResults": "100",
                "textFormat": "plainText",
            },
            headers=self.auth,
        )
        for item in (replies or {}).get("items", []):
            snippet = item.get("snippet") or {}
            author = (snippet.get("authorChannelId") or {}).get("value")
            shown = snippet.get("textOriginal") or snippet.get("textDisplay") or ""
            if author == channel and same_text(str(shown), text):
                return _published(item, target)
        return None

    def whoami(self) -> str:
        """``channels.list?part=id&mine=true`` with the OAuth token: the token's channel (1 quota unit)."""
        mine = self.http.call(
            "GET", f"{self.settings.youtube_url}/channels", params={"part": "id", "mine": "true"}, headers=self.auth
        )
        items = mine.get("items") if isinstance(mine, dict) else None
        channel = items[0].get("id") if isinstance(items, list) and items and isinstance(items[0], dict) else None
        if not isinstance(channel, str):
            raise PublishError("youtube: the token has no channel; authorise it with the brand's channel account")
        return f"channel {channel}"

    def _parent(self, target: Target) -> str:
        if target.is_root:
            raise ManualOnly("a new top-level comment on a video is posted by hand")
        return str(target.comment_extra.get("thread_id") or target.comment_id)


def _published(answer: Any, target: Target) -> Published:
    if not isinstance(answer, dict) or not isinstance(answer.get("id"), str):
        raise PublishError("youtube: comments.insert answered without an id; it may have been posted", ambiguous=True)
    video = target.comment_extra.get("video_id") or target.thread_id
    return Published(external_id=answer["id"], url=f"https://www.youtube.com/watch?v={video}&lc={answer['id']}")
