"""Replies on Mastodon from the brand's own account, on the brand's own instance.

Status ids are local to an instance, so the watched comment is first resolved on the
brand's instance (``GET /api/v2/search?q=<url>&resolve=true&type=statuses``), then the
reply is ``POST /api/v1/statuses`` with ``in_reply_to_id`` and the job's key as
``Idempotency-Key`` (Mastodon honours it for an hour). Reconciling reads the resolved
status's ``/context`` and looks for our account's reply with the same text.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from bot.config import Settings
from bot.publishing.base import Published, Publisher, PublishError, Target, register, require, same_text
from bot.publishing.http import PublishHTTP
from bot.textnorm import html_to_text


@register
class MastodonPublisher(Publisher):
    platform: ClassVar[str] = "mastodon"

    def __init__(self, settings: Settings) -> None:
        super().__init__(settings)
        self.base = str(require(settings.mastodon_url, "KUULO_MASTODON_URL", "mastodon")).rstrip("/")
        token = require(settings.mastodon_token, "KUULO_MASTODON_TOKEN", "mastodon")
        self.http = PublishHTTP("mastodon", settings.http_timeout_seconds)
        self.auth = {"Authorization": f"Bearer {token.get_secret_value()}"}

    def close(self) -> None:
        self.http.close()

    def publish(self, target: Target, text: str, idempotency_key: str, created_at: datetime) -> Published:
        local_id = self._resolve(target)
        status = self.http.call(
            "POST",
            f"{self.base}/api/v1/statuses",
            data={"status": text, "in_reply_to_id": local_id},
            headers={**self.auth, "Idempotency-Key": idempotency_key},
        )
        return _published(status)

    def find_existing(self, target: Target, text: str, idempotency_key: str, created_at: datetime) -> Published | None:
        local_id = self._resolve(target)
        me = self.http.call("GET", f"{self.base}/api/v1/accounts/verify_credentials", headers=self.auth)
        context = self.http.call("GET", f"{self.base}/api/v1/statuses/{local_id}/context", headers=self.auth)
        my_id = me.get("id") if isinstance(me, dict) else None
        for status in (context or {}).get("descendants", []):
            account = status.get("account") or {}
            if (
                status.get("in_reply_to_id") == local_id
                and account.get("id") == my_id
                and same_text(html_to_text(status.get("content") or ""), text)
            ):
                return _published(status)
        return None

    def whoami(self) -> str:
        """``GET /api/v1/accounts/verify_credentials``: the token's account."""
        me = self.http.call("GET", f"{self.base}/api/v1/accounts/verify_credentials", headers=self.auth)
        if not isinstance(me, dict) or not isinstance(me.get("id"), str):
            raise PublishError("mastodon: verify_credentials answered without an account id")
        return f"@{me.get('acct') or me.get('username')} (account {me['id']}) on {self.base}"

    def _resolve(self, target: Target) -> str:
        extra = target.thread_extra if target.is_root else target.comment_extra
        link = extra.get("uri") or extra.get("url") or (target.thread_url if target.is_root else target.comment_url)
        if not link:
            raise PublishError(f"mastodon: comment {target.comment_id} has no link to resolve", permanent=True)
        found = self.http.call(
            "GET",
            f"{self.base}/api/v2/search",
            params={"q": link, "resolve": "true", "type": "statuses", "limit": "1"},
            headers=self.auth,
        )
        statuses = found.get("statuses") if isinstance(found, dict) else None
        if not statuses:
            raise PublishError(
                "mastodon: the brand's instance cannot see the comment (deleted, private or blocked); "
                "reply by hand if it is still there",
                permanent=True,
            )
        return str(statuses[0]["id"])


def _published(status: Any) -> Published:
    if not isinstance(status, dict) or not isinstance(status.get("id"), str):
        raise PublishError(
            "mastodon: the instance answered without a status id; it may have been posted", ambiguous=True
        )
    return Published(external_id=status["id"], url=status.get("url") or status.get("uri"))
