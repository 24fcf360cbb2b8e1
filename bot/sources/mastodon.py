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

Threads and comments are keyed by the status ``uri`` (its ActivityPub id), not the
``id``, which is local to the instance that answered: one status read through two
instances is one thread, and its replies are the same rows. A watch learns the
``uri`` when it is added (:meth:`MastodonSource.canonical`, ``GET /api/v1/statuses/:id``)
and keeps its link, from which the local id used for reading comes. Parents
(``in_reply_to_id``, a local id) are mapped to their ``uri`` through the statuses
of the same answer. Rows stored under local ids before are moved to the ``uri``
by the first poll that reads them (``bot/watching/identity.py``).

The context request is conditional (``If-None-Match`` / ``If-Modified-Since``
from the cursor, which Rails' ETag middleware answers with 304); on 304 the
status itself is not requested either. ``X-RateLimit-Reset`` is an ISO time,
which PlatformHTTP reads. When the context request fails (a 5xx, a timeout,
malformed JSON) the status itself is still read and stored, and the replies are
named in ``FetchedThread.missing``, so the next poll reads them in full.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from bot.domain import FetchedComment, FetchedThread, SkippedComment, ThreadRef
from bot.errors import MalformedPayload, SourceError, UnsupportedURL
from bot.sources.base import Source, missing_part, part_failed, register, skip_comment
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

    def canonical(self, ref: ThreadRef) -> ThreadRef:
        """The status keyed by its ``uri``, read from the instance the link names."""
        if not ref.thread_id.isdigit():
            return ref
        base = ref.api_base or _base_of(ref.url)
        try:
            uri = _uri(self.http.get_json(f"{base}/api/v1/statuses/{ref.thread_id}"), ref.thread_id)
        except SourceError as exc:
            raise UnsupportedURL(
                f"mastodon: Kuulo could not read the status {ref.url} to learn its permanent id ({exc}). "
                "Check that the link opens a public status, or try again when the instance answers."
            ) from exc
        return replace(ref, thread_id=uri)

    @classmethod
    def comment_key(cls, external_id: str, extra: dict[str, Any]) -> str:
        uri = extra.get("uri")
        return uri if isinstance(uri, str) and uri else external_id

    def fetch_thread(self, ref: ThreadRef, cursor: dict[str, Any]) -> FetchedThread:
        base = ref.api_base or _base_of(ref.url)
        local_id = _local_id(ref)
        try:
            response = self.http.request(
                "GET", f"{base}/api/v1/statuses/{local_id}/context", headers=conditional_headers(cursor)
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
        root = self.http.get_json(f"{base}/api/v1/statuses/{local_id}")
        root_status = _status(root, None, {})
        uris = {local_id: root_status.id, **_uris(descendants)}
        comments: list[FetchedComment] = []
        skipped: list[SkippedComment] = []
        for item in descendants:
            try:
                comments.append(_status(item, local_id, uris))
            except MalformedPayload as exc:  # one status the server sent wrong; the others are kept
                skip_comment(missing, skipped, f"status {_loose_id(item)}", exc, item)
        return FetchedThread(
            ref=replace(ref, thread_id=root_status.id),  # a watch stored under a local id learns the uri
            title=None,
            author=root_status.author,
            body=root_status.text,
            created_at=root_status.created_at,
            comments=comments,
            metrics=root_status.metrics,
            extra={
                "uri": root_status.extra["uri"],
                "url": root_status.extra["url"],
                "id": local_id,
                "ancestor_ids": [_loose_id(item) for item in ancestors],
            },
            cursor=validators(response) if response is not None and not missing else {},
            complete=not missing and len(descendants) < ANONYMOUS_CONTEXT_LIMIT,
            missing=missing,
            skipped=skipped,
        )


def _local_id(ref: ThreadRef) -> str:
    """The status id on the watch's instance: the old key itself, else the one in the watch's link."""
    if ref.thread_id.isdigit():
        return ref.thread_id
    parsed = MastodonSource.parse_url(ref.url)
    if parsed is None:
        raise MalformedPayload(f"mastodon: the watch link {ref.url!r} names no status id; add the watch again")
    return parsed.thread_id


def _uris(statuses: list[Any]) -> dict[str, str]:
    """Local id -> ``uri`` for every status of one answer that has both."""
    found: dict[str, str] = {}
    for status in statuses:
        if isinstance(status, dict) and isinstance(status.get("id"), str) and isinstance(status.get("uri"), str):
            found[status["id"]] = status["uri"]
    return found


def _uri(status: Any, status_id: str) -> str:
    uri = status.get("uri") if isinstance(status, dict) else None
    if not isinstance(uri, str) or not uri.startswith(("https://", "http://")):
        raise MalformedPayload(f"mastodon: status {status_id} has no uri (its ActivityPub id)")
    return uri


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


def _status(status: Any, root_id: str | None, uris: dict[str, str]) -> FetchedComment:
    """A status as a comment keyed by its ``uri``; ``uris`` maps local ids to ``uri`` for its parent."""
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
    uri = _uri(status, status_id)
    if status.get("url") is not None and not isinstance(status.get("url"), str):
        raise MalformedPayload(f"mastodon: status {status_id} has a non-string url")
    return FetchedComment(
        platform="mastodon",
        id=uri,
        parent_id=None if reply_to is None or reply_to == root_id else uris.get(reply_to, reply_to),
        author_id=account["id"],
        author=acct,
        text=text,
        created_at=_time(status.get("created_at"), status_id, required=True),
        edited_at=_time(status.get("edited_at"), status_id, required=False),
        url=status.get("url") or uri,
        metrics={
            "replies": _count(status, "replies_count"),
            "favourites": _count(status, "favourites_count"),
            "reblogs": _count(status, "reblogs_count"),
        },
        extra={
            "id": status_id,  # local to the instance that answered
            "uri": uri,
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
