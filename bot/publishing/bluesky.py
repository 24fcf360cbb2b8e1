"""Replies on Bluesky from the brand's account, only where the comment tagged the brand.

Bots should reply only when tagged (Bluesky's bot guidance), so a comment whose mention
facets (stored by the source in ``extra['mentions']``) do not name the brand's DID or a
``KUULO_BRAND_ACCOUNTS`` entry becomes a manual job. Posting is
``com.atproto.server.createSession`` then ``com.atproto.repo.createRecord`` with reply
strong refs from the stored comment. The record key is a TID derived from the job
(its creation time and idempotency key), so the same job always writes the same record:
reconciling is one ``com.atproto.repo.getRecord``.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from typing import Any, ClassVar

from bot.config import Settings
from bot.publishing.base import ManualOnly, Published, Publisher, PublishError, Target, register, require, same_text
from bot.publishing.http import PublishHTTP

COLLECTION = "app.bsky.feed.post"
_B32 = "234567abcdefghijklmnopqrstuvwxyz"


def job_tid(created_at: datetime, idempotency_key: str) -> str:
    """A record key in TID form: 53 bits of microseconds since the epoch and a 10-bit clock id."""
    micros = int(created_at.replace(tzinfo=created_at.tzinfo or UTC).timestamp() * 1_000_000)
    clock = int(hashlib.sha256(idempotency_key.encode()).hexdigest(), 16) % 1024
    value = ((micros & ((1 << 53) - 1)) << 10) | clock
    return "".join(_B32[(value >> (5 * i)) & 31] for i in range(12, -1, -1))


@register
class BlueskyPublisher(Publisher):
    platform: ClassVar[str] = "bluesky"

    def __init__(self, settings: Settings) -> None:
        super().__init__(settings)
        self.handle = str(require(settings.bluesky_handle, "KUULO_BLUESKY_HANDLE", "bluesky")).lstrip("@")
        self.password = require(settings.bluesky_app_password, "KUULO_BLUESKY_APP_PASSWORD", "bluesky")
        self.pds = settings.bluesky_pds_url.rstrip("/")
        self.http = PublishHTTP("bluesky", settings.http_timeout_seconds)
        self._session: tuple[str, str] | None = None

    def close(self) -> None:
        self.http.close()

    def publish(self, target: Target, text: str, idempotency_key: str, created_at: datetime) -> Published:
        jwt, did = self._login()
        mentions = {str(m).lower() for m in target.comment_extra.get("mentions") or []}
        ours = {did.lower(), self.handle.lower(), *self.settings.brand_account_ids}
        if not mentions & ours:
            raise ManualOnly(
                "the comment does not tag the brand's Bluesky account; Bluesky bots reply only when tagged"
            )
        parent = {"uri": target.comment_extra.get("uri"), "cid": target.comment_extra.get("cid")}
        if not parent["uri"] or not parent["cid"]:
            raise PublishError(f"bluesky: comment {target.comment_id} has no stored uri/cid", permanent=True)
        root = target.comment_extra.get("root") or parent
        rkey = job_tid(created_at, idempotency_key)
        record = {
            "$type": COLLECTION,
            "text": text,
            "createdAt": created_at.astimezone(UTC).isoformat().replace("+00:00", "Z"),
            "reply": {"root": root, "parent": parent},
        }
        answer = self.http.call(
            "POST",
            f"{self.pds}/xrpc/com.atproto.repo.createRecord",
            json={"repo": did, "collection": COLLECTION, "rkey": rkey, "record": record},
            headers={"Authorization": f"Bearer {jwt}"},
        )
        if not isinstance(answer, dict) or not isinstance(answer.get("uri"), str):
            raise PublishError("bluesky: createRecord answered without a uri; it may have been posted", ambiguous=True)
        return Published(external_id=answer["uri"], url=self._web_url(rkey))

    def find_existing(self, target: Target, text: str, idempotency_key: str, created_at: datetime) -> Published | None:
        jwt, did = self._login()
        rkey = job_tid(created_at, idempotency_key)
        try:
            found: Any = self.http.call(
                "GET",
                f"{self.pds}/xrpc/com.atproto.repo.getRecord",
                params={"repo": did, "collection": COLLECTION, "rkey": rkey},
                headers={"Authorization": f"Bearer {jwt}"},
            )
        except PublishError as exc:
            if exc.status in (400, 404) and "RecordNotFound" in str(exc):
                return None
            raise
        value = found.get("value") if isinstance(found, dict) else None
        if isinstance(value, dict) and same_text(str(value.get("text", "")), text):
            return Published(external_id=found["uri"], url=self._web_url(rkey))
        return None

    def whoami(self) -> str:
        """``com.atproto.server.createSession`` with the app password: the session's DID."""
        _jwt, did = self._login()
        return f"{self.handle} ({did}) at {self.pds}"

    def _login(self) -> tuple[str, str]:
        if self._session is None:
            answer = self.http.call(
                "POST",
                f"{self.pds}/xrpc/com.atproto.server.createSession",
                json={"identifier": self.handle, "password": self.password.get_secret_value()},
            )
            if not isinstance(answer, dict) or not answer.get("accessJwt") or not answer.get("did"):
                raise PublishError("bluesky: createSession gave no session; check the app password", permanent=True)
            self._session = (str(answer["accessJwt"]), str(answer["did"]))
        return self._session

    def _web_url(self, rkey: str) -> str:
        return f"https://bsky.app/profile/{self.handle}/post/{rkey}"
