"""Replies on Reddit from the brand's account (an OAuth script app with username and password).

``POST {oauth}/api/comment`` with ``thing_id`` (``t1_`` for a comment, ``t3_`` for the
post), ``text`` and ``api_type=json``. Reddit reports refusals inside ``json.errors``
with a 200: ``RATELIMIT`` says how long to wait; ``THREAD_LOCKED``, ``DELETED_COMMENT``,
``TOO_OLD`` and the rest are permanent. Reconciling reads the account's newest comments
and looks for one under the same parent with the same text.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any, ClassVar

import httpx

from bot.config import Settings
from bot.publishing.base import Published, Publisher, PublishError, Target, register, require, same_text
from bot.publishing.http import PublishHTTP

PUBLIC = "https://www.reddit.com"
_WAIT = re.compile(r"(\d+)\s*(second|minute|hour)", re.IGNORECASE)
_UNIT = {"second": 1, "minute": 60, "hour": 3600}


def ratelimit_seconds(message: str) -> float:
    """``"you are doing that too much. try again in 9 minutes."`` -> 540."""
    match = _WAIT.search(message)
    return float(int(match.group(1)) * _UNIT[match.group(2).lower()]) if match else 600.0


@register
class RedditPublisher(Publisher):
    platform: ClassVar[str] = "reddit"

    def __init__(self, settings: Settings) -> None:
        super().__init__(settings)
        self.client_id = require(settings.reddit_client_id, "KUULO_REDDIT_CLIENT_ID", "reddit")
        self.secret = require(settings.reddit_client_secret, "KUULO_REDDIT_CLIENT_SECRET", "reddit")
        self.username = require(settings.reddit_username, "KUULO_REDDIT_USERNAME", "reddit")
        self.password = require(settings.reddit_password, "KUULO_REDDIT_PASSWORD", "reddit")
        self.http = PublishHTTP("reddit", settings.http_timeout_seconds)
        self._token: str | None = None

    def close(self) -> None:
        self.http.close()

    def publish(self, target: Target, text: str, idempotency_key: str, created_at: datetime) -> Published:
        answer = self.http.call(
            "POST",
            f"{self.settings.reddit_oauth_url}/api/comment",
            data={"thing_id": _thing(target), "text": text, "api_type": "json"},
            headers=self._auth(),
        )
        body = answer.get("json") if isinstance(answer, dict) else None
        if not isinstance(body, dict):
            raise PublishError("reddit: /api/comment answered without json; it may have been posted", ambiguous=True)
        for error in body.get("errors") or []:
            code, message = str(error[0]), str(error[1]) if len(error) > 1 else ""
            if code == "RATELIMIT":
                raise PublishError(f"reddit: RATELIMIT: {message}", retry_after=ratelimit_seconds(message))
            raise PublishError(f"reddit: {code}: {message}", permanent=True)
        things = (body.get("data") or {}).get("things") or []
        if not things:
            raise PublishError("reddit: /api/comment returned no comment; it may have been posted", ambiguous=True)
        return _published(things[0].get("data") or {})

    def find_existing(self, target: Target, text: str, idempotency_key: str, created_at: datetime) -> Published | None:
        listing = self.http.call(
            "GET",
            f"{self.settings.reddit_oauth_url}/user/{self.username}/comments",
            params={"limit": "100", "sort": "new", "raw_json": "1"},
            headers=self._auth(),
        )
        thing_id = _thing(target)
        for child in ((listing or {}).get("data") or {}).get("children", []):
            data = child.get("data") or {}
            if data.get("parent_id") == thing_id and same_text(str(data.get("body", "")), text):
                return _published(data)
        return None

    def whoami(self) -> str:
        """A password-grant token, then ``GET /api/v1/me`` (scope identity): the account's name."""
        me = self.http.call("GET", f"{self.settings.reddit_oauth_url}/api/v1/me", headers=self._auth())
        if not isinstance(me, dict) or not isinstance(me.get("name"), str):
            raise PublishError("reddit: /api/v1/me answered without an account name")
        if me["name"].lower() != str(self.username).lower():
            raise PublishError(
                f"reddit: the credentials are u/{me['name']}'s, not KUULO_REDDIT_USERNAME u/{self.username}",
                permanent=True,
            )
        return f"u/{me['name']}"

    def _auth(self) -> dict[str, str]:
        if self._token is None:
            answer = self.http.call(
                "POST",
                f"{self.settings.reddit_url}/api/v1/access_token",
                data={
                    "grant_type": "password",
                    "username": self.username,
                    "password": self.password.get_secret_value(),
                },
                auth=httpx.BasicAuth(self.client_id, self.secret.get_secret_value()),
            )
            token = answer.get("access_token") if isinstance(answer, dict) else None
            if not isinstance(token, str):
                raise PublishError("reddit: the OAuth token request was refused; check the credentials", permanent=True)
            self._token = token
        return {"Authorization": f"bearer {self._token}"}


def _thing(target: Target) -> str:
    return f"t3_{target.thread_id}" if target.is_root else f"t1_{target.comment_id.removeprefix('t1_')}"


def _published(data: dict[str, Any]) -> Published:
    comment_id = data.get("id") or str(data.get("name", "")).removeprefix("t1_")
    if not comment_id:
        raise PublishError("reddit: the new comment has no id; it may have been posted", ambiguous=True)
    permalink = data.get("permalink")
    return Published(external_id=str(comment_id), url=f"{PUBLIC}{permalink}" if permalink else None)
