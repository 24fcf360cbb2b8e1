"""The HTTP client every source uses: honest User-Agent, timeouts, retries.

One :class:`PlatformHTTP` per platform. It retries 429 and 5xx answers and
network errors with exponential backoff plus jitter (tenacity, bounded by a
number of attempts and a longest wait), honours ``Retry-After``, reads the
platform's rate-limit headers and waits before the next call when the budget
is spent. Every call is logged once with platform, path, status and timing.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Any

import httpx
from tenacity import RetryCallState, Retrying, retry_if_exception, stop_after_attempt, wait_exponential_jitter

from bot import __version__
from bot.errors import MalformedPayload, RateLimited, SourceError, SourceUnavailable, ThreadGone

if TYPE_CHECKING:
    from bot.ports import TokenBuckets

log = logging.getLogger(__name__)

RATE_HEADERS = (
    ("x-ratelimit-remaining", "x-ratelimit-reset"),  # Reddit (seconds until reset), Mastodon (timestamp)
)


def user_agent(platform: str = "python", username: str | None = None) -> str:
    """``<platform>:kuulo:<version> (by /u/<user>)`` as Reddit asks; honest everywhere else too."""
    by = f" (by /u/{username})" if username else " (+https://github.com/kuulo/kuulo)"
    return f"{platform}:kuulo:{__version__}{by}"


@dataclass
class RateBudget:
    """What the platform last said about our remaining requests."""

    remaining: float | None = None
    reset_at: float | None = None  # monotonic time when the budget refills

    def wait_needed(self, now: float) -> float:
        if self.remaining is not None and self.remaining < 1 and self.reset_at is not None:
            return max(0.0, self.reset_at - now)
        return 0.0


class SharedRate:
    """A platform's request budget shared by every worker (distributed mode), per host and credential.

    Each request first takes a token from a bucket in the database (:class:`~bot.ports.TokenBuckets`)
    keyed by platform, host (each Mastodon instance has its own limit) and a hash of the credential
    that authenticates it (``KUULO_SHARED_RATE_LIMITS``: ``requests`` per ``window`` seconds; the bucket
    holds one window's worth and refills steadily). An empty bucket makes the caller wait for the next
    token, or, when that is longer than ``max_wait``, fail the poll with :class:`RateLimited` (it runs
    again on the next pass). The platform's own ``x-ratelimit-*`` headers and 429s still apply on top.
    """

    def __init__(
        self,
        buckets: TokenBuckets,
        platform: str,
        requests: float,
        window_seconds: float,
        *,
        credential: str | None = None,
    ) -> None:
        self.buckets = buckets
        self.platform = platform
        self.capacity = float(requests)
        self.refill = float(requests) / float(window_seconds)
        self.credential = credential  # fixed (e.g. Reddit's client id), else the request's Authorization header

    def key(self, url: str, headers: Mapping[str, str]) -> str:
        secret = self.credential if self.credential is not None else headers.get("authorization", "")
        name = hashlib.sha256(secret.encode("utf-8")).hexdigest()[:16] if secret else "anonymous"
        host = httpx.URL(url).host or "-"
        return f"rate:{self.platform}:{host}:{name}"

    def acquire(self, url: str, headers: Mapping[str, str], *, max_wait: float, sleep: Callable[[float], None]) -> None:
        key = self.key(url, headers)
        waited = 0.0
        while True:
            granted, left = self.buckets.take(key, 1, capacity=self.capacity, refill_per_second=self.refill)
            if granted:
                return
            pause = max(0.05, (1 - left) / self.refill)
            if waited + pause > max_wait:
                raise RateLimited(
                    f"{self.platform}: the shared rate limit of {self.capacity:g} requests per "
                    f"{self.capacity / self.refill:g} s is spent for {_host(url)}; will try on the next poll",
                    retry_after=pause,
                )
            sleep(pause)
            waited += pause


class _Retryable(Exception):
    def __init__(self, error: SourceError, retry_after: float | None = None) -> None:
        super().__init__(str(error))
        self.error = error
        self.retry_after = retry_after


def parse_retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    for parse in (lambda v: datetime.fromisoformat(v.replace("Z", "+00:00")), parsedate_to_datetime):
        try:
            return max(0.0, parse(value).timestamp() - time.time())
        except (TypeError, ValueError):
            continue
    return None


class PlatformHTTP:
    def __init__(
        self,
        platform: str,
        *,
        timeout: float = 20.0,
        max_attempts: int = 4,
        max_wait: float = 60.0,
        headers: dict[str, str] | None = None,
        sleep: Callable[[float], None] = time.sleep,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.platform = platform
        self.max_attempts = max_attempts
        self.max_wait = max_wait
        self.sleep = sleep
        self.budget = RateBudget()
        self.shared: SharedRate | None = None  # distributed mode: the budget every worker shares
        self.requests_made = 0
        self._last = threading.local()  # per thread: a shared source may serve several polls at once
        self._client = httpx.Client(
            timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
            headers={"User-Agent": user_agent(platform), "Accept": "application/json", **(headers or {})},
            follow_redirects=True,
            transport=transport,
        )

    def set_header(self, name: str, value: str) -> None:
        self._client.headers[name] = value

    def close(self) -> None:
        self._client.close()

    @property
    def last_body(self) -> bytes | None:
        """The body of the last answer this thread received: kept when a read fails as malformed
        (``bot/watching/quarantine.py``), so what the platform sent can be inspected."""
        body: bytes | None = getattr(self._last, "body", None)
        return body

    # -- public calls --------------------------------------------------------
    def get_json(self, url: str, params: dict[str, Any] | None = None, headers: dict[str, str] | None = None) -> Any:
        response = self.request("GET", url, params=params, headers=headers)
        return self.decode_json(response)

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        """Send with retries; return the final response (2xx or 304) or raise a SourceError."""
        retrying = Retrying(
            stop=stop_after_attempt(self.max_attempts),
            wait=self._wait,
            retry=retry_if_exception(lambda e: isinstance(e, _Retryable)),
            sleep=self.sleep,
            reraise=True,
        )
        try:
            for attempt in retrying:
                with attempt:
                    response = self._once(method, url, **kwargs)
                    self._last.body = response.content
                    return response
        except _Retryable as exc:
            raise exc.error from None
        raise AssertionError("unreachable")  # pragma: no cover

    def decode_json(self, response: httpx.Response) -> Any:
        content_type = response.headers.get("content-type", "")
        body = response.content
        if "json" not in content_type:
            raise MalformedPayload(
                f"{self.platform}: expected JSON from {response.url.path}, got "
                f"{content_type or 'no content type'} starting {body[:40]!r}"
            )
        try:
            return json.loads(body)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise MalformedPayload(
                f"{self.platform}: invalid JSON from {response.url.path} ({exc.msg} at byte {exc.pos})"
                if isinstance(exc, json.JSONDecodeError)
                else f"{self.platform}: undecodable JSON from {response.url.path}"
            ) from None

    # -- internals -----------------------------------------------------------
    def _wait(self, state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        if isinstance(exc, _Retryable) and exc.retry_after is not None:
            return min(exc.retry_after, self.max_wait)
        return float(wait_exponential_jitter(initial=1, max=self.max_wait, jitter=1)(state))

    def _once(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        pause = self.budget.wait_needed(time.monotonic())
        if pause > self.max_wait:
            raise RateLimited(
                f"{self.platform}: rate limit spent for {pause:.0f} s more; will try on the next poll",
                retry_after=pause,
            )
        if pause:
            self.sleep(pause)
        if self.shared is not None:
            headers = httpx.Headers(self._client.headers)
            headers.update(kwargs.get("headers") or {})
            self.shared.acquire(url, headers, max_wait=self.max_wait, sleep=self.sleep)
        started = time.monotonic()
        self.requests_made += 1
        try:
            response = self._client.request(method, url, **kwargs)
            response.read()
        except httpx.TimeoutException as exc:
            self._log(method, url, "timeout", started)
            raise _Retryable(SourceUnavailable(f"{self.platform}: timed out calling {_path(url)}")) from exc
        except (httpx.TransportError, httpx.DecodingError) as exc:
            self._log(method, url, type(exc).__name__, started)
            raise _Retryable(
                SourceUnavailable(f"{self.platform}: {type(exc).__name__} calling {_path(url)}: {exc}")
            ) from exc
        self._log(method, url, response.status_code, started)
        self._read_budget(response)
        status = response.status_code
        if status == 429:
            retry_after = parse_retry_after(response.headers.get("retry-after"))
            raise _Retryable(
                RateLimited(f"{self.platform}: rate limited (429) on {_path(url)}", retry_after), retry_after
            )
        if status >= 500:
            raise _Retryable(SourceUnavailable(f"{self.platform}: server error {status} on {_path(url)}"))
        if status in (404, 410):
            raise ThreadGone(f"{self.platform}: {_path(url)} is gone ({status})")
        if status in (401, 403):
            error = SourceError(
                f"{self.platform}: access refused ({status}) on {_path(url)}; check the credentials "
                "in your settings, or whether the thread is private"
            )
            error.permanent = True
            raise error
        if status >= 400:
            raise SourceError(f"{self.platform}: request refused ({status}) on {_path(url)}")
        return response

    def _read_budget(self, response: httpx.Response) -> None:
        remaining = response.headers.get("x-ratelimit-remaining")
        reset = response.headers.get("x-ratelimit-reset")
        if remaining is None:
            return
        try:
            self.budget.remaining = float(remaining)
        except ValueError:
            return
        if reset is None:
            return
        try:
            seconds = float(reset)
        except ValueError:
            seconds = parse_retry_after(reset) or 0.0  # Mastodon sends an ISO timestamp
        self.budget.reset_at = time.monotonic() + seconds

    def _log(self, method: str, url: str, status: object, started: float) -> None:
        log.info(
            "external call platform=%s method=%s path=%s status=%s ms=%d",
            self.platform,
            method,
            _path(url),
            status,
            (time.monotonic() - started) * 1000,
        )


def _host(url: str) -> str:
    return httpx.URL(url).host or url


def _path(url: str) -> str:
    """The URL without its query string, so tokens in parameters never reach a log."""
    return url.split("?", 1)[0]


def status_of(url: str, timeout: float) -> int:
    """The HTTP status a plain GET of ``url`` answers with (any status means reachable).

    Raises :class:`SourceUnavailable` naming the error when nothing answers; ``kuulo doctor`` uses it.
    """
    try:
        with httpx.Client(timeout=timeout, follow_redirects=False, headers={"User-Agent": user_agent()}) as client:
            return client.get(url).status_code
    except httpx.HTTPError as exc:
        raise SourceUnavailable(type(exc).__name__) from exc
