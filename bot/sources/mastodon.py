"""Mastodon threads (any instance, ``http://`` too for self-hosted and local servers).

Follows https://docs.joinmastodon.org/methods/statuses/ (``GET /api/v1/statuses/:id``
and ``GET /api/v1/statuses/:id/context`` -> ``{ancestors, descendants}``) and the
Status entity (https://docs.joinmastodon.org/entities/Status/).

The thread root is the status the user linked, even when that status is itself
a reply: Kuulo watches what the user chose, so the conversation below it is the
thread and its ``ancestors`` are only kept (as ids) in the thread's ``extra``.
A reply to the root has ``parent_id`` None; others point at ``in_reply_to_id``.
Anonymous context requests return at most 60 descendants, 20 levels deep, so
only a context with fewer than 60 is known to be the whole conversation.

The context request is conditional (``If-None-Match`` / ``If-Modified-Since``
from the cursor, which Rails' ETag middleware answers with 304); on 304 the
status itself is not requested either. ``X-RateLimit-Reset`` is an ISO time,
which PlatformHTTP reads. When the context request fails (a 5xx, a timeout,
malformed JSON) the status itself is still read and stored, and the replies are
named in ``FetchedThread.missing``, so the next poll reads them in full.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from bot.domain import FetchedComment, FetchedThread, ThreadRef
from bot.errors import MalformedPayload, SourceError
from bot.sources.base import Source, missing_part, part_failed, register
from bot.sources.conditional import conditional_headers, not_modified, validators
from bot.textnorm import html_to_text

ANONYMOUS_CONTEXT_LIMIT = 60  # descendants an anonymous /context answer holds at most
_PATHS = (
    re.compile(r"^/@(?P<user>[A-Za-z0-9_.-]+(?:@[A-Za-z0-9.-]+)?)/(?P<id>\d{1,30})/?$"),
    re.compile(r"^/users/(?P<user>[A-Za-z0-9_.-]+)/statuses/(?P<id>\d{1,30})/?$"),
)
# Other platforms use /@name/<digits>-looking paths; they are never Mastodon instances.
_NOT_MASTODON = {"youtube.com", "www.youtube.com", "m.youtube.com", "medium.com", "www.tiktok.com", "tiktok.com"}


@register
class MastodonSource(Source):
    platform = "mastodon"
    link_forms = (
        "https://<instance>/@<user>/<status id>  (also @<user>@<remote instance>)",
        "https://<instance>/users/<user>/statuses/<status id>",
    )

    @classmethod
    def parse_url(cls, url: str) -> ThreadRef | None:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        if parts.scheme not in ("http", "https") or not host or host in _NOT_MASTODON:
            return None
        for pattern in _PATHS:
            match = pattern.match(parts.path)
            if match:
                base = f"{parts.scheme}://{parts.netloc.lower()}"
                status_id = match.group("id")
                return ThreadRef("mastodon", status_id, f"{base}/@{match.group('user')}/{status_id}", api_base=base)
        return None

    def fetch_thread(self, ref: ThreadRef, cursor: dict[str, Any]) -> FetchedThread:
        base = ref.api_base or _base_of(ref.url)
        try:
            response = self.http.request(
                "GET", f"{base}/api/v1/statuses/{ref.thread_id}/context", headers=conditional_headers(cursor)
            )
            if response.status_code == 304:
                return not_modified(ref, cursor)
            ancestors, descendants = _context(self.http.decode_json(response))
        except SourceError as exc:
            if not part_failed(exc):
                raise
            missing = [missing_part("the replies (statuses/:id/context)", exc)]
            ancestors, descendants, response = [], [], None
        else:
            missing = []
        comments: list[FetchedComment] = []
        for item in descendants:
            try:
                comments.append(_status(item, ref.thread_id))
            except MalformedPayload as exc:  # one status the server sent wrong; the others are kept
                missing.append(missing_part(f"status {_loose_id(item)}", exc))
        root = self.http.get_json(f"{base}/api/v1/statuses/{ref.thread_id}")
        root_status = _status(root, None)
        return FetchedThread(
            ref=ref,
            title=None,
            author=root_status.author,
            body=root_status.text,
            created_at=root_status.created_at,
            comments=comments,
            metrics=root_status.metrics,
            extra={
                "uri": root_status.extra["uri"],
                "url": root_status.extra["url"],
                "ancestor_ids": [_loose_id(item) for item in ancestors],
            },
            cursor=validators(response) if response is not None and not missing else {},
            complete=not missing and len(descendants) < ANONYMOUS_CONTEXT_LIMIT,
            missing=missing,
        )


def _context(context: Any) -> tuple[list[Any], list[Any]]:
    if not isinstance(context, dict):
        raise MalformedPayload("mastodon: a context must be an object with ancestors and descendants")
    ancestors, descendants = context.get("ancestors"), context.get("descendants")
    if not isinstance(ancestors, list) or not isinstance(descendants, list):
        raise MalformedPayload("mastodon: a context without ancestors and descendants lists")
    return ancestors, descendants


def _base_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def _loose_id(status: Any) -> str:
    """A status's id for a message or a list of ids, whatever the server put there."""
    value = status.get("id") if isinstance(status, dict) else None
    return str(value) if value is not None else "without an id"


def _id(status: Any) -> str:
    value = status.get("id") if isinstance(status, dict) else None
    if not isinstance(value, str) or not value:
        raise MalformedPayload("mastodon: a status without a string id")
    return value


def _status(status: Any, root_id: str | None) -> FetchedComment:
    status_id = _id(status)
    account = status.get("account")
    content = status.get("content")
    spoiler = status.get("spoiler_text", "")
    reply_to = status.get("in_reply_to_id")
    if not isinstance(account, dict) or not isinstance(account.get("id"), str):
        raise MalformedPayload(f"mastodon: status {status_id} has no account id")
    acct = account.get("acct")
    if not isinstance(acct, str) or not isinstance(content, str) or not isinstance(spoiler, str):
        raise MalformedPayload(f"mastodon: status {status_id} lacks account.acct, content or spoiler_text")
    if reply_to is not None and not isinstance(reply_to, str):
        raise MalformedPayload(f"mastodon: status {status_id} has a non-string in_reply_to_id")
    text = html_to_text(content)
    if spoiler.strip():
        text = f"{spoiler.strip()}\n\n{text}" if text else spoiler.strip()
    for key in ("uri", "url"):
        if status.get(key) is not None and not isinstance(status.get(key), str):
            raise MalformedPayload(f"mastodon: status {status_id} has a non-string {key}")
    return FetchedComment(
        platform="mastodon",
        id=status_id,
        parent_id=None if reply_to is None or reply_to == root_id else reply_to,
        author_id=account["id"],
        author=acct,
        text=text,
        created_at=_time(status.get("created_at"), status_id, required=True),
        edited_at=_time(status.get("edited_at"), status_id, required=False),
        url=status.get("url") or status.get("uri"),
        metrics={
            "replies": _count(status, "replies_count"),
            "favourites": _count(status, "favourites_count"),
            "reblogs": _count(status, "reblogs_count"),
        },
        extra={
            "uri": status.get("uri"),
            "url": status.get("url"),
            "language": status.get("language") if isinstance(status.get("language"), str) else None,
            "visibility": status.get("visibility") if isinstance(status.get("visibility"), str) else None,
        },
    )


def _count(status: dict[str, Any], key: str) -> int:
    value = status.get(key, 0)
    if isinstance(value, bool) or not isinstance(value, int):
        raise MalformedPayload(f"mastodon: status {status.get('id')} has a non-integer {key}")
    return value


def _time(value: Any, status_id: str, *, required: bool) -> datetime | None:
    if value is None and not required:
        return None
    if not isinstance(value, str):
        raise MalformedPayload(f"mastodon: status {status_id} has no ISO 8601 created_at")
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise MalformedPayload(f"mastodon: status {status_id} has a time that is not ISO 8601: {value!r}") from None
    return parsed.astimezone(UTC) if parsed.tzinfo else parsed.replace(tzinfo=UTC)
