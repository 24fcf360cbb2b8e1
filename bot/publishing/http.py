"""One HTTP call to a platform's write API, classified for the outbox. Never retried here.

Retrying a POST blindly can post twice, so this client sends each request once and
says what the answer means: a connection that never opened is safe to retry; a
timeout, a dropped connection or a 5xx after the request was sent is *ambiguous*
(the platform may have posted it), so the outbox reconciles before any retry.
"""

from __future__ import annotations

import json
import logging
import time
from typing import Any
from urllib.parse import urlsplit

import httpx

from bot.publishing.base import PublishError
from bot.sources.http import parse_retry_after, user_agent

log = logging.getLogger(__name__)


class PublishHTTP:
    def __init__(self, platform: str, timeout: float, transport: httpx.BaseTransport | None = None) -> None:
        self.platform = platform
        self._client = httpx.Client(
            timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
            headers={"User-Agent": user_agent(platform), "Accept": "application/json"},
            transport=transport,
        )

    def close(self) -> None:
        self._client.close()

    def call(self, method: str, url: str, **kwargs: Any) -> Any:
        """Send once; return the decoded JSON body (None when empty) or raise :class:`PublishError`."""
        path = urlsplit(url).path
        started = time.monotonic()
        try:
            response = self._client.request(method, url, **kwargs)
        except httpx.ConnectError as exc:
            self._log(method, path, "connect-error", started)
            raise PublishError(f"{self.platform}: could not connect for {path} ({exc}); will retry") from exc
        except (httpx.TimeoutException, httpx.TransportError) as exc:
            self._log(method, path, type(exc).__name__, started)
            raise PublishError(
                f"{self.platform}: no answer from {path} ({type(exc).__name__}); it may have been posted",
                ambiguous=True,
            ) from exc
        self._log(method, path, response.status_code, started)
        status = response.status_code
        if status == 429:
            retry_after = parse_retry_after(response.headers.get("retry-after"))
            raise PublishError(
                f"{self.platform}: rate limited (429) on {path}", retry_after=retry_after or 60.0, status=status
            )
        if status >= 500:
            raise PublishError(
                f"{self.platform}: server error {status} on {path}; it may have been posted",
                ambiguous=True,
                status=status,
            )
        body = _decode(response)
        if status >= 400:
            raise PublishError(
                f"{self.platform}: refused ({status}) on {path}: {_reason(body)}", permanent=True, status=status
            )
        return body

    def _log(self, method: str, path: str, status: object, started: float) -> None:
        log.info(
            "publish call platform=%s method=%s path=%s status=%s ms=%d",
            self.platform,
            method,
            path,
            status,
            (time.monotonic() - started) * 1000,
        )


def _decode(response: httpx.Response) -> Any:
    if not response.content:
        return None
    try:
        return json.loads(response.content)
    except (json.JSONDecodeError, UnicodeDecodeError):
        return {"error": response.text[:200]}


def _reason(body: Any) -> str:
    """The platform's own words for a refusal (error / message fields), short."""
    if isinstance(body, dict):
        for key in ("error", "message", "error_description"):
            value = body.get(key)
            if isinstance(value, dict):
                value = value.get("message")
            if isinstance(value, str) and value:
                return value[:200]
    return "no reason given"
