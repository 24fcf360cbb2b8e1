"""Bluesky threads.

Follows the AT Protocol lexicons ``com.atproto.identity.resolveHandle`` and
``app.bsky.feed.getPostThread`` (https://docs.bsky.app/docs/api/app-bsky-feed-get-post-thread).
A link ``https://bsky.app/profile/<handle-or-did>/post/<rkey>`` names the post
``at://<did>/app.bsky.feed.post/<rkey>``. A handle is resolved to its DID when the
watch is added (:meth:`BlueskySource.canonical`), so the watch and its thread are
keyed by the DID form: a handle link and a DID link to one post are one watch, and
a later handle change does not break it. A watch stored under a handle before
that is resolved when it is read; the fetched thread carries the DID form and the
poll moves the watch over (``bot/watching/identity.py``).

The answer is a tree of ``#threadViewPost`` nodes (``post``, ``replies``) with
``#notFoundPost`` and ``#blockedPost`` leaves, which are kept as comments whose
text is unknown. The tree stops at ``depth`` levels; a post at that depth whose
``replyCount`` says it has more replies than were sent is asked for again on
its own, a bounded number of times per fetch.

A comment's id is its at-URI; ``extra`` keeps what publishing needs later: the
``uri``/``cid`` strong ref, the thread's ``root``/``parent`` refs, ``langs`` and
the DIDs the author mentioned (rich-text mention facets).
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any
from urllib.parse import unquote, urlsplit

import httpx

from bot.domain import FetchedComment, FetchedThread, SkippedComment, ThreadRef
from bot.errors import MalformedPayload, SourceError, ThreadGone, UnsupportedURL
from bot.sources.base import Source, missing_part, part_failed, register, skip_comment
from bot.sources.http import PlatformHTTP

log = logging.getLogger(__name__)

WEB = "https://bsky.app"
POST_COLLECTION = "app.bsky.feed.post"
DEPTH = 6  # the documented default of getPostThread; deeper branches are asked for again
MAX_REQUERIES = 25  # per fetch; a thread deeper than this is read further on the next poll
_HOSTS = {"bsky.app", "www.bsky.app"}
_LINK = re.compile(r"^/profile/([^/]+)/post/([A-Za-z0-9._:~-]{1,512})/?$")
_HANDLE = re.compile(r"^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?$")
_DID = re.compile(r"^did:[a-z]+:[a-zA-Z0-9._:%-]*[a-zA-Z0-9._-]$")
_AT_URI = re.compile(r"^at://([^/]+)/([a-zA-Z0-9.]+)/([A-Za-z0-9._:~-]{1,512})$")
_THREAD_VIEW = "app.bsky.feed.defs#threadViewPost"
_NOT_FOUND = "app.bsky.feed.defs#notFoundPost"
_BLOCKED = "app.bsky.feed.defs#blockedPost"
_MENTION = "app.bsky.richtext.facet#mention"


@dataclass(frozen=True)
class _Pending:
    node: Any
    parent: str | None  # at-URI of the post this node replies to; None under the watched post
    depth: int  # levels below the post the request was made for


@register
class BlueskySource(Source):
    platform = "bluesky"
    link_forms = ("https://bsky.app/profile/<handle-or-did>/post/<rkey>",)

    def __init__(self, settings: Any, http: PlatformHTTP | None = None) -> None:
        super().__init__(settings, http)
        self._dids: dict[str, str] = {}

    @classmethod
    def error_transport(cls) -> httpx.BaseTransport:
        """XRPC error bodies become Kuulo errors."""
        return XrpcErrorTransport(httpx.HTTPTransport())

    @classmethod
    def parse_url(cls, url: str) -> ThreadRef | None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or (parts.hostname or "").lower() not in _HOSTS:
            return None
        match = _LINK.match(parts.path)
        if not match:
            return None
        actor, rkey = unquote(match.group(1)), match.group(2)
        if _DID.match(actor) is None:
            actor = actor.lower()
            if _HANDLE.match(actor) is None:
                return None
        return ThreadRef("bluesky", f"at://{actor}/{POST_COLLECTION}/{rkey}", f"{WEB}/profile/{actor}/post/{rkey}")

    def canonical(self, ref: ThreadRef) -> ThreadRef:
        """The post keyed by its author's DID (``com.atproto.identity.resolveHandle`` for a handle link)."""
        actor, rkey = _split_uri(ref.thread_id)
        if actor.startswith("did:"):
            return ref
        try:
            did = self._did(actor)
        except SourceError as exc:
            raise UnsupportedURL(
                f"bluesky: Kuulo could not resolve the handle {actor!r} to its DID ({exc}). Watch the post by "
                f"its DID link instead, {WEB}/profile/<did:plc:...>/post/{rkey}, or try again when Bluesky answers."
            ) from exc
        return replace(ref, thread_id=f"at://{did}/{POST_COLLECTION}/{rkey}", url=f"{WEB}/profile/{did}/post/{rkey}")

    # -- fetching ------------------------------------------------------------
    def fetch_thread(self, ref: ThreadRef, cursor: dict[str, Any]) -> FetchedThread:
        actor, rkey = _split_uri(ref.thread_id)
        uri = f"at://{self._did(actor)}/{POST_COLLECTION}/{rkey}"
        root, threadgate = self._thread(uri)
        node_type = root.get("$type")
        if node_type == _NOT_FOUND or root.get("notFound") is True:
            raise ThreadGone(f"bluesky: the post {ref.url} was deleted or never existed")
        if node_type == _BLOCKED or root.get("blocked") is True:
            error = SourceError(f"bluesky: the post {ref.url} is hidden by a block; it cannot be watched")
            error.permanent = True
            raise error
        post = _post(root)
        comments: dict[str, FetchedComment] = {}
        missing: list[str] = []
        skipped: list[SkippedComment] = []
        leaves = self._walk([_Pending(r, None, 1) for r in _replies(root)], comments, (missing, skipped))
        requeries = 0
        while leaves:
            if requeries >= MAX_REQUERIES:
                log.warning("bluesky thread=%s: %d deep branches left for the next poll", uri, len(leaves))
                break
            leaf = leaves.pop(0)
            requeries += 1
            try:
                branch, _ = self._thread(leaf)
            except ThreadGone:  # the branch was deleted since the first call; the watched post is fine
                continue
            except SourceError as exc:  # the replies under this leaf are missing; the rest is kept
                if not part_failed(exc):
                    raise
                missing.append(missing_part(f"replies under {leaf}", exc))
                continue
            if branch.get("$type") == _THREAD_VIEW:
                leaves.extend(
                    self._walk([_Pending(r, leaf, 1) for r in _replies(branch)], comments, (missing, skipped))
                )
        record = _record(post)
        return FetchedThread(
            ref=replace(ref, thread_id=uri),  # a watch stored under a handle learns its DID form
            title=None,
            author=_author(post)[1],
            body=record["text"],
            created_at=_created(post, record),
            comments=list(comments.values()),
            metrics=_metrics(post),
            extra={
                "uri": post["uri"],
                "cid": post["cid"],
                "langs": _langs(record),
                "reply_restricted": isinstance(threadgate, dict),
            },
            complete=not leaves and not missing,  # no deep branch was left unread
            missing=missing,
            skipped=skipped,
            deferred=f"{len(leaves)} deep branches left for the next poll" if leaves else None,
        )

    def _walk(
        self, stack: list[_Pending], into: dict[str, FetchedComment], lost: tuple[list[str], list[SkippedComment]]
    ) -> list[str]:
        """Add every node under ``stack`` to ``into``; return the at-URIs of leaves cut off by the depth limit.

        A node that cannot be read is skipped with its replies into ``lost`` (missing parts, skipped payloads)."""
        cut: list[str] = []
        stack = list(reversed(stack))
        while stack:
            item = stack.pop()
            node = item.node
            try:
                comment, replies = _node(node, item.parent)
            except MalformedPayload as exc:  # this reply and those under it only; the others are kept
                skip_comment(*lost, f"reply {_loose_uri(node)} and its replies", exc, node)
                continue
            into.setdefault(comment.id, comment)
            if replies is None:  # a notFound or blocked node: nothing under it
                continue
            if item.depth >= DEPTH and comment.metrics["replies"] > len(replies):
                cut.append(comment.id)
            stack.extend(reversed([_Pending(r, comment.id, item.depth + 1) for r in replies]))
        return cut

    # -- HTTP ----------------------------------------------------------------
    def _did(self, actor: str) -> str:
        if actor.startswith("did:"):
            return actor
        if actor not in self._dids:
            payload = self.http.get_json(
                f"{self.settings.bluesky_url}/xrpc/com.atproto.identity.resolveHandle", params={"handle": actor}
            )
            did = payload.get("did") if isinstance(payload, dict) else None
            if not isinstance(did, str) or _DID.match(did) is None:
                raise MalformedPayload("bluesky: resolveHandle answered without a valid did")
            self._dids[actor] = did
        return self._dids[actor]

    def _thread(self, uri: str) -> tuple[dict[str, Any], Any]:
        """The thread node for ``uri`` and the threadgate (reply restrictions), if any."""
        payload = self.http.get_json(
            f"{self.settings.bluesky_url}/xrpc/app.bsky.feed.getPostThread",
            params={"uri": uri, "depth": str(DEPTH), "parentHeight": "0"},
        )
        if not isinstance(payload, dict) or not isinstance(payload.get("thread"), dict):
            raise MalformedPayload("bluesky: getPostThread answered without a thread object")
        return payload["thread"], payload.get("threadgate")


class XrpcErrorTransport(httpx.BaseTransport):
    """Turns documented XRPC error bodies (``{"error", "message"}``) into clear, unretried errors."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self._inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self._inner.handle_request(request)
        if response.status_code != 400:
            return response
        response.read()
        try:
            error = json.loads(response.content).get("error")
        except (ValueError, AttributeError):
            return response
        method = request.url.path.rsplit("/", 1)[-1]
        log.info("external call platform=bluesky path=%s status=400 error=%s", request.url.path, error)
        if error == "NotFound":
            response.close()
            raise ThreadGone("bluesky: the post was deleted or never existed (getPostThread: NotFound)")
        if method == "com.atproto.identity.resolveHandle":
            response.close()
            failure = SourceError(
                f"bluesky: the handle {request.url.params.get('handle')!r} does not resolve ({error}); "
                "check the link, or watch the post by its did:plc link"
            )
            failure.permanent = True
            raise failure
        return response

    def close(self) -> None:
        self._inner.close()


# -- parsing helpers ---------------------------------------------------------
def _split_uri(uri: str) -> tuple[str, str]:
    match = _AT_URI.match(uri)
    if not match or match.group(2) != POST_COLLECTION:
        raise MalformedPayload(f"bluesky: {uri!r} is not a post at-URI")
    return match.group(1), match.group(3)


def _loose_uri(node: Any) -> str:
    """A skipped node's at-URI for the record, whatever its shape."""
    post = node.get("post") if isinstance(node, dict) else None
    uri = post.get("uri") if isinstance(post, dict) else None
    return uri[:300] if isinstance(uri, str) else "(without a uri)"


def _node(node: Any, parent: str | None) -> tuple[FetchedComment, list[Any] | None]:
    """One thread node: its comment and the replies under it (None for a notFound or blocked node)."""
    if not isinstance(node, dict):
        raise MalformedPayload("bluesky: a thread node is not an object")
    node_type = node.get("$type")
    if node_type in (_NOT_FOUND, _BLOCKED):
        return _unreadable(node, parent, node_type == _BLOCKED), None
    if node_type != _THREAD_VIEW:
        raise MalformedPayload(f"bluesky: unexpected thread node type {node_type!r}")
    return _comment(_post(node), parent), _replies(node)


def _post(node: dict[str, Any]) -> dict[str, Any]:
    post = node.get("post")
    if not isinstance(post, dict):
        raise MalformedPayload("bluesky: a threadViewPost without a post object")
    for key in ("uri", "cid", "indexedAt"):
        if not isinstance(post.get(key), str):
            raise MalformedPayload(f"bluesky: a post without a {key} string")
    _split_uri(post["uri"])
    return post


def _replies(node: dict[str, Any]) -> list[Any]:
    replies = node.get("replies", [])
    if not isinstance(replies, list):
        raise MalformedPayload("bluesky: replies is not a list")
    return replies


def _record(post: dict[str, Any]) -> dict[str, Any]:
    record = post.get("record")
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise MalformedPayload(f"bluesky: post {post['uri']} has no record text")
    return record


def _author(post: dict[str, Any]) -> tuple[str, str, str | None]:
    author = post.get("author")
    if not isinstance(author, dict) or not isinstance(author.get("did"), str):
        raise MalformedPayload(f"bluesky: post {post['uri']} has no author did")
    handle, name = author.get("handle"), author.get("displayName")
    if not isinstance(handle, str) or (name is not None and not isinstance(name, str)):
        raise MalformedPayload(f"bluesky: post {post['uri']} has an author without a handle")
    return author["did"], handle, name or None


def _time(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed.astimezone(UTC) if parsed.tzinfo else None


def _created(post: dict[str, Any], record: dict[str, Any]) -> datetime:
    created = _time(record.get("createdAt")) or _time(post.get("indexedAt"))
    if created is None:
        raise MalformedPayload(f"bluesky: post {post['uri']} has neither a valid createdAt nor indexedAt")
    return created


def _count(post: dict[str, Any], key: str) -> int:
    value = post.get(key, 0)
    if isinstance(value, bool) or not isinstance(value, int):
        raise MalformedPayload(f"bluesky: {key} of {post['uri']} is not an integer")
    return value


def _metrics(post: dict[str, Any]) -> dict[str, int]:
    return {
        "likes": _count(post, "likeCount"),
        "reposts": _count(post, "repostCount"),
        "replies": _count(post, "replyCount"),
        "quotes": _count(post, "quoteCount"),
    }


def _langs(record: dict[str, Any]) -> list[str]:
    langs = record.get("langs", [])
    if not isinstance(langs, list) or not all(isinstance(lang, str) for lang in langs):
        raise MalformedPayload("bluesky: record langs is not a list of strings")
    return list(langs)


def _mentions(record: dict[str, Any]) -> list[str]:
    facets = record.get("facets", [])
    if not isinstance(facets, list):
        raise MalformedPayload("bluesky: record facets is not a list")
    dids: list[str] = []
    for facet in facets:
        features = facet.get("features") if isinstance(facet, dict) else None
        if not isinstance(features, list):
            raise MalformedPayload("bluesky: a facet without a features list")
        for feature in features:
            if not isinstance(feature, dict) or feature.get("$type") != _MENTION:
                continue
            did = feature.get("did")
            if not isinstance(did, str):
                raise MalformedPayload("bluesky: a mention facet without a did")
            if did not in dids:
                dids.append(did)
    return dids


def _strong_ref(value: Any) -> dict[str, str] | None:
    if isinstance(value, dict) and isinstance(value.get("uri"), str) and isinstance(value.get("cid"), str):
        return {"uri": value["uri"], "cid": value["cid"]}
    return None


def _labels(post: dict[str, Any]) -> list[str]:
    labels = post.get("labels", [])
    if not isinstance(labels, list):
        raise MalformedPayload(f"bluesky: labels of {post['uri']} is not a list")
    return [label["val"] for label in labels if isinstance(label, dict) and isinstance(label.get("val"), str)]


def _web_url(actor: str, uri: str) -> str:
    return f"{WEB}/profile/{actor}/post/{_split_uri(uri)[1]}"


def _comment(post: dict[str, Any], parent: str | None) -> FetchedComment:
    record = _record(post)
    did, handle, name = _author(post)
    reply = record.get("reply")
    if not isinstance(reply, dict):
        reply = {}
    return FetchedComment(
        platform="bluesky",
        id=post["uri"],
        parent_id=parent,
        author_id=did,
        author=handle,
        text=record["text"],
        created_at=_created(post, record),
        url=_web_url(did if handle == "handle.invalid" else handle, post["uri"]),
        metrics=_metrics(post),
        extra={
            "uri": post["uri"],
            "cid": post["cid"],
            "root": _strong_ref(reply.get("root")),
            "parent": _strong_ref(reply.get("parent")),
            "langs": _langs(record),
            "mentions": _mentions(record),
            "author_display_name": name,
            "labels": _labels(post),
        },
    )


def _unreadable(node: dict[str, Any], parent: str | None, blocked: bool) -> FetchedComment:
    uri = node.get("uri")
    if not isinstance(uri, str):
        raise MalformedPayload("bluesky: a notFound or blocked node without a uri")
    _split_uri(uri)
    author_id = None
    if blocked:
        author = node.get("author")
        if not isinstance(author, dict) or not isinstance(author.get("did"), str):
            raise MalformedPayload(f"bluesky: blocked post {uri} has no author did")
        author_id = author["did"]
    return FetchedComment(
        platform="bluesky",
        id=uri,
        parent_id=parent,
        author_id=author_id,
        author=None,
        text=None,
        created_at=None,
        deleted=True,
        extra={"uri": uri, "state": "blocked" if blocked else "not_found"},
    )
