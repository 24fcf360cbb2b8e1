"""YouTube video comments.

Follows the YouTube Data API v3 (https://developers.google.com/youtube/v3/docs/commentThreads/list
and https://developers.google.com/youtube/v3/docs/comments/list). Every page of
``commentThreads.list`` is read; a thread whose ``totalReplyCount`` is larger
than the replies sent inline is completed with ``comments.list?parentId=``.
YouTube replies are flat: every reply's parent is its thread's top-level comment,
whose id is the thread id.

Reads need an API key (``YOUTUBE_API_KEY``). Each list call costs one quota
unit; a :class:`QuotaMeter` counts them per UTC day against
``KUULO_YOUTUBE_DAILY_QUOTA`` and refuses a call before it would overspend.
The meter lives in the process by default; in distributed mode every worker
shares one count in the database (``bot.storage.buckets``, keyed by a hash of
the key). A ``403 quotaExceeded`` from Google is reported clearly and not
retried. The key travels in the ``X-Goog-Api-Key`` header, which Google
documents as equivalent to the ``key`` query parameter
(https://cloud.google.com/docs/authentication/api-keys-use), so it is never part
of a URL that httpx, a proxy or an error message might log.
"""

from __future__ import annotations

import json
import logging
import re
import threading
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx

from bot.domain import FetchedComment, FetchedThread, SkippedComment, ThreadRef
from bot.errors import ConfigError, MalformedPayload, RateLimited, SourceError
from bot.ports import TokenBuckets
from bot.sources.base import Source, missing_part, part_failed, register, skip_comment
from bot.sources.http import PlatformHTTP

log = logging.getLogger(__name__)

WATCH = "https://www.youtube.com/watch"
MAX_RESULTS = "100"
MAX_PAGES = 100  # per list; 10,000 threads or replies per fetch at most
_HOSTS = {"youtube.com", "www.youtube.com", "m.youtube.com"}
_VIDEO_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")
_PATH_ID = re.compile(r"^/(?:shorts|live|embed)/([A-Za-z0-9_-]{11})/?$")
_QUOTA_REASONS = {"quotaExceeded", "dailyLimitExceeded"}


class QuotaExhausted(RateLimited):
    """The daily quota is spent (by our count or Google's); never retried, read again after it resets."""

    permanent = True  # for this poll: a part of a thread is not "missing" when the whole day's quota is gone


class QuotaMeter:
    """Quota units spent per UTC day: in this process, or with ``buckets`` shared by every process
    that uses the same database (distributed mode), keyed by a hash of the API key."""

    def __init__(
        self,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        *,
        buckets: TokenBuckets | None = None,
        credential: str = "",
    ) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._day: date | None = None
        self._buckets = buckets
        self._credential = credential
        self.used = 0

    def spend(self, units: int, daily_limit: int) -> None:
        """Count ``units``, or raise :class:`QuotaExhausted` if they would go over ``daily_limit``."""
        now = self._clock().astimezone(UTC)
        if self._buckets is not None:
            key = f"youtube:quota:{self._credential}:{now.date().isoformat()}"
            granted, left = self._buckets.take(key, units, capacity=daily_limit, refill_per_second=0.0)
            self.used = int(daily_limit - left)
            if not granted:
                raise self._spent(now, daily_limit)
            return
        with self._lock:
            if now.date() != self._day:
                self._day, self.used = now.date(), 0
            if self.used + units > daily_limit:
                raise self._spent(now, daily_limit)
            self.used += units

    def _spent(self, now: datetime, daily_limit: int) -> QuotaExhausted:
        midnight = datetime.combine(now.date() + timedelta(days=1), datetime.min.time(), UTC)
        return QuotaExhausted(
            f"youtube: the daily quota of {daily_limit} units (KUULO_YOUTUBE_DAILY_QUOTA) is spent "
            f"({self.used} used today, UTC); Kuulo reads YouTube again after midnight UTC. "
            "Raise the quota in the Google Cloud console and in KUULO_YOUTUBE_DAILY_QUOTA to read more.",
            retry_after=(midnight - now).total_seconds(),
        )


PROCESS_QUOTA = QuotaMeter()


@register
class YouTubeSource(Source):
    platform = "youtube"
    link_forms = (
        "https://www.youtube.com/watch?v=<video id>  (also m.youtube.com)",
        "https://youtu.be/<video id>",
        "https://www.youtube.com/shorts/<video id>  (also /live/<video id>)",
    )

    def __init__(self, settings: Any, http: PlatformHTTP | None = None, quota: QuotaMeter | None = None) -> None:
        super().__init__(settings, http)
        self.quota = quota or PROCESS_QUOTA

    @classmethod
    def error_transport(cls) -> httpx.BaseTransport:
        """Google's error bodies become clear, unretried errors."""
        return GoogleErrorTransport(httpx.HTTPTransport())

    @classmethod
    def parse_url(cls, url: str) -> ThreadRef | None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            return None
        host = (parts.hostname or "").lower()
        video: str | None = None
        if host == "youtu.be":
            video = parts.path.strip("/")
        elif host in _HOSTS and parts.path.rstrip("/") == "/watch":
            video = (parse_qs(parts.query).get("v") or [""])[0]
        elif host in _HOSTS and (match := _PATH_ID.match(parts.path)):
            video = match.group(1)
        if not video or not _VIDEO_ID.match(video):
            return None
        return ThreadRef("youtube", video, f"{WATCH}?v={video}")

    # -- fetching ------------------------------------------------------------
    def fetch_thread(self, ref: ThreadRef, cursor: dict[str, Any]) -> FetchedThread:
        key = self._key()
        comments: dict[str, FetchedComment] = {}
        missing: list[str] = []
        skipped: list[SkippedComment] = []
        threads = 0
        params = {"part": "snippet,replies", "videoId": ref.thread_id, "textFormat": "plainText"}
        items, complete = self._pages("commentThreads", params, key, missing, required=True)
        for item in items:
            threads += 1
            try:
                thread_id, top, total, inline = _thread(item, ref.thread_id)
            except MalformedPayload as exc:  # this comment thread only; the others are kept
                skip_comment(missing, skipped, f"commentThread {_loose_id(item)} and its replies", exc, item)
                continue
            comments.setdefault(top.id, top)
            replies = inline
            if total > len(inline):
                more = {"part": "snippet", "parentId": thread_id, "textFormat": "plainText"}
                pages, whole = self._pages("comments", more, key, missing, required=False)
                fetched = []
                for data in pages:
                    try:
                        fetched.append(_comment(data, ref.thread_id, thread_id))
                    except MalformedPayload as exc:  # this reply only
                        skip_comment(missing, skipped, f"reply {_loose_id(data)} in {thread_id}", exc, data)
                replies = fetched + [c for c in inline if c.id not in {f.id for f in fetched}]
                complete = complete and whole
            for reply in replies:
                comments.setdefault(reply.id, reply)
        return FetchedThread(
            ref=ref,
            title=None,
            author=None,
            body=None,
            created_at=None,
            comments=list(comments.values()),
            metrics={"comment_threads": threads},
            extra={"video_id": ref.thread_id, "quota_used_today": self.quota.used},
            complete=complete and not missing,  # every page was read
            missing=missing,
            skipped=skipped,
            deferred=None if complete or missing else f"pages past {MAX_PAGES} left for the next poll",
        )

    def _pages(
        self, resource: str, params: dict[str, str], key: str, missing: list[str], *, required: bool
    ) -> tuple[list[dict[str, Any]], bool]:
        """Every item of a list call and whether all pages were read (False past MAX_PAGES or after a failure).

        A page that fails is named in ``missing`` and the items before it are kept, unless it is the
        first page of a ``required`` call (then nothing arrived and the read fails).
        """
        items: list[dict[str, Any]] = []
        token: str | None = None
        for page in range(MAX_PAGES):
            query = {**params, "maxResults": MAX_RESULTS}
            if token:
                query["pageToken"] = token
            self.quota.spend(1, self.settings.youtube_daily_quota)
            try:
                payload = self.http.get_json(
                    f"{self.settings.youtube_url}/{resource}", params=query, headers={"X-Goog-Api-Key": key}
                )
                if not isinstance(payload, dict) or not isinstance(payload.get("items"), list):
                    raise MalformedPayload(f"youtube: {resource}.list answered without an items list")
                if not all(isinstance(item, dict) for item in payload["items"]):
                    raise MalformedPayload(f"youtube: {resource}.list items are not all objects")
                token = payload.get("nextPageToken")
                if token is not None and (not isinstance(token, str) or not token):
                    raise MalformedPayload(f"youtube: {resource}.list nextPageToken is not a string")
            except SourceError as exc:
                if (required and page == 0) or not part_failed(exc):
                    raise
                scope = f" of replies to {params['parentId']}" if "parentId" in params else ""
                missing.append(missing_part(f"{resource}.list page {page + 1}{scope}", exc))
                return items, False
            items.extend(payload["items"])
            if token is None:
                return items, True
        log.warning(
            "youtube resource=%s: stopped after %d pages; the rest is read on the next poll", resource, MAX_PAGES
        )
        return items, False

    def _key(self) -> str:
        if self.settings.youtube_api_key is None or not self.settings.youtube_api_key.get_secret_value():
            raise ConfigError(
                "YouTube needs an API key: create one in the Google Cloud console (APIs & Services > Credentials, "
                "with the YouTube Data API v3 enabled) and set YOUTUBE_API_KEY in the environment or .env"
            )
        return self.settings.youtube_api_key.get_secret_value()


class GoogleErrorTransport(httpx.BaseTransport):
    """Reads Google's ``{"error": {"errors": [{"reason"}]}}`` bodies on 400/403 and raises what they mean."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self._inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self._inner.handle_request(request)
        if response.status_code not in (400, 403):
            return response
        response.read()
        reasons = _reasons(response.content)
        log.info(
            "external call platform=youtube path=%s status=%s reasons=%s",
            request.url.path,
            response.status_code,
            ",".join(sorted(reasons)),
        )
        if reasons & _QUOTA_REASONS:
            response.close()
            raise QuotaExhausted(
                "youtube: Google says the project's daily quota is spent (403 quotaExceeded); it resets at "
                "midnight Pacific time. Ask for more quota in the Google Cloud console, or lower how often "
                "YouTube watches are polled."
            )
        if "commentsDisabled" in reasons:
            response.close()
            error = SourceError("youtube: comments are turned off for this video; there is nothing to read")
            error.permanent = True
            raise error
        if reasons & {"keyInvalid", "keyExpired"} or (response.status_code == 400 and "badRequest" in reasons):
            response.close()
            raise ConfigError(
                "youtube: Google refused YOUTUBE_API_KEY; check the key and that it may call the YouTube Data API v3"
            )
        return response

    def close(self) -> None:
        self._inner.close()


def _reasons(body: bytes) -> set[str]:
    try:
        errors = json.loads(body)["error"]["errors"]
    except (ValueError, KeyError, TypeError):
        return set()
    if not isinstance(errors, list):
        return set()
    return {e["reason"] for e in errors if isinstance(e, dict) and isinstance(e.get("reason"), str)}


# -- parsing helpers ---------------------------------------------------------
def _loose_id(item: Any) -> str:
    """A skipped item's id for the record, whatever its shape."""
    item_id = item.get("id") if isinstance(item, dict) else None
    return item_id[:100] if isinstance(item_id, str) else "(without an id)"


def _thread(item: dict[str, Any], video: str) -> tuple[str, FetchedComment, int, list[FetchedComment]]:
    thread_id, snippet = item.get("id"), item.get("snippet")
    if not isinstance(thread_id, str) or not thread_id.strip() or not isinstance(snippet, dict):
        raise MalformedPayload("youtube: a commentThread without id or snippet")
    total, can_reply = snippet.get("totalReplyCount", 0), snippet.get("canReply")
    if isinstance(total, bool) or not isinstance(total, int) or not isinstance(can_reply, bool):
        raise MalformedPayload(f"youtube: commentThread {thread_id} has a malformed totalReplyCount or canReply")
    top_raw = snippet.get("topLevelComment")
    if not isinstance(top_raw, dict):
        raise MalformedPayload(f"youtube: commentThread {thread_id} has no topLevelComment")
    top = _comment(top_raw, video, None)
    top.metrics["replies"] = total
    top.extra["can_reply"] = can_reply
    replies = item.get("replies", {"comments": []})
    inline = replies.get("comments") if isinstance(replies, dict) else None
    if not isinstance(inline, list) or not all(isinstance(c, dict) for c in inline):
        raise MalformedPayload(f"youtube: commentThread {thread_id} replies.comments is not a list of objects")
    return thread_id, top, total, [_comment(c, video, thread_id) for c in inline]


def _comment(data: dict[str, Any], video: str, parent: str | None) -> FetchedComment:
    comment_id, snippet = data.get("id"), data.get("snippet")
    if not isinstance(comment_id, str) or not comment_id.strip() or not isinstance(snippet, dict):
        raise MalformedPayload("youtube: a comment without id or snippet")
    text = snippet.get("textOriginal", snippet.get("textDisplay"))
    name, likes = snippet.get("authorDisplayName"), snippet.get("likeCount", 0)
    channel = snippet.get("authorChannelId", {})
    channel_id = channel.get("value") if isinstance(channel, dict) else None
    published, updated = _time(snippet.get("publishedAt")), _time(snippet.get("updatedAt"))
    if not isinstance(text, str) or not isinstance(name, str) or published is None:
        raise MalformedPayload(f"youtube: comment {comment_id} lacks text, authorDisplayName or publishedAt")
    if (
        isinstance(likes, bool)
        or not isinstance(likes, int)
        or (channel_id is not None and not isinstance(channel_id, str))
    ):
        raise MalformedPayload(f"youtube: comment {comment_id} has a malformed likeCount or authorChannelId")
    if parent is not None and snippet.get("parentId", parent) != parent:
        raise MalformedPayload(f"youtube: reply {comment_id} names parent {snippet.get('parentId')!r}, not {parent}")
    return FetchedComment(
        platform="youtube",
        id=comment_id,
        parent_id=parent,
        author_id=channel_id,
        author=name,
        text=text,
        created_at=published,
        edited_at=updated if updated is not None and updated > published else None,
        url=f"{WATCH}?v={video}&lc={comment_id}",
        metrics={"likes": likes},
        extra={"video_id": video, "thread_id": parent or comment_id},
    )


def _time(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed.astimezone(UTC) if parsed.tzinfo else None
