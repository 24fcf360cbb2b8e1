"""Hacker News threads.

Reads the whole nested tree in one call from the Algolia items API
(``GET {KUULO_HN_URL}/api/v1/items/{id}``: id, created_at, created_at_i, type,
author, text (HTML), points, parent_id, story_id, title, url, children[]).
When Algolia fails (5xx, timeout, a malformed story) the official Firebase API
is walked instead (``GET {KUULO_HN_FIREBASE_URL}/v0/item/{id}.json``: id,
deleted, type, by, time, text, dead, parent, kids, url, score, title,
descendants), one item per request following ``kids``. When Algolia sends one
comment unreadable, only that item is read from Firebase; if Firebase cannot
give it either, it is skipped (kept for the quarantine, the thread incomplete).
Its replies are read from Algolia's tree either way.

A link to a comment watches the comment's story: the fetched thread's ``ref``
is the story (Algolia ``story_id``, or the Firebase ``parent`` chain).
Deleted and dead (flagged) items are kept as deleted comments with no author
and no text, so nobody drafts a reply to them. Neither API offers conditional
requests, so every poll reads the thread again. The API is read-only.
"""

from __future__ import annotations

import logging
from collections import deque
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qs, urlsplit

from bot.domain import FetchedComment, FetchedThread, SkippedComment, ThreadRef
from bot.errors import MalformedPayload, SourceError, SourceUnavailable
from bot.sources.base import Source, epoch, missing_part, part_failed, register, skip_comment
from bot.textnorm import html_to_text

log = logging.getLogger(__name__)

ITEM_URL = "https://news.ycombinator.com/item?id={id}"
_HOSTS = {"news.ycombinator.com", "www.news.ycombinator.com"}
MAX_FIREBASE_ITEMS = 2000  # per fetch; a bigger thread is cut (and logged) rather than read for minutes
MAX_PARENT_HOPS = 200
# Comments Algolia sent unreadable that one fetch asks Firebase for; past it they are skipped (kept) without
# asking: an Algolia that changed its format for every comment must not cost a request per comment each poll.
MAX_FIREBASE_REPAIRS = 20


@register
class HackerNewsSource(Source):
    platform = "hackernews"
    link_forms = ("https://news.ycombinator.com/item?id=<id>  (a story, or a comment: its story is watched)",)

    @classmethod
    def parse_url(cls, url: str) -> ThreadRef | None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or (parts.hostname or "").lower() not in _HOSTS:
            return None
        if parts.path not in ("/item", "/item/"):
            return None
        ids = parse_qs(parts.query).get("id", [])
        if len(ids) != 1 or not ids[0].isdigit():
            return None
        item_id = str(int(ids[0]))
        return ThreadRef("hackernews", item_id, ITEM_URL.format(id=item_id))

    def fetch_thread(self, ref: ThreadRef, cursor: dict[str, Any]) -> FetchedThread:
        try:
            return self._from_algolia(ref)
        except (SourceUnavailable, MalformedPayload) as exc:
            log.warning("hackernews item=%s: Algolia failed (%s); reading Firebase", ref.thread_id, type(exc).__name__)
            return self._from_firebase(ref)

    # -- Algolia -------------------------------------------------------------
    def _from_algolia(self, ref: ThreadRef) -> FetchedThread:
        root = self._algolia_item(ref.thread_id)
        if _field(root, "type", str) == "comment":
            story_id = _field(root, "story_id", int)
            if story_id is None:
                raise MalformedPayload(f"hackernews: comment {ref.thread_id} has no story_id")
            root = self._algolia_item(str(story_id))
        story_id = str(_required(root, "id", int))
        comments: list[FetchedComment] = []
        missing: list[str] = []
        skipped: list[SkippedComment] = []
        stack: list[tuple[dict[str, Any], str | None]] = [(child, None) for child in reversed(_children(root))]
        asked = 0  # Firebase requests for comments Algolia sent unreadable
        while stack:
            node, parent = stack.pop()
            item_id = _algolia_id(node)
            try:
                comment: FetchedComment | None = _algolia_comment(node, parent)
            except MalformedPayload as exc:  # this comment only: Firebase's copy, or kept for inspection
                ask = item_id is not None and asked < MAX_FIREBASE_REPAIRS
                asked += ask
                comment = self._firebase_instead(item_id if ask else None, parent, exc, missing, skipped, node)
            try:
                children = _children(node) if item_id is not None else []
            except MalformedPayload as exc:  # its replies cannot be walked: they are missing, kept with it
                if comment is not None:  # (an unreadable comment's payload already holds them)
                    skip_comment(missing, skipped, f"the replies to item {item_id}", exc, node)
                children = []
            if comment is not None:
                comments.append(comment)
            # the replies of an unreadable comment are read all the same, under its id (Algolia nests them)
            stack.extend((child, str(item_id)) for child in reversed(children))
        return FetchedThread(
            ref=_story_ref(ref, story_id),
            title=_field(root, "title", str),
            author=_field(root, "author", str),
            body=_html(_field(root, "text", str)),
            created_at=_epoch(_field(root, "created_at_i", int)),
            comments=comments,
            metrics={"points": _field(root, "points", int) or 0, "comments": len(comments)},
            extra={"link": _field(root, "url", str), "type": _field(root, "type", str), "via": "algolia"},
            complete=not missing,  # Algolia sends the whole tree in one answer
            missing=missing,
            skipped=skipped,
        )

    def _firebase_instead(
        self,
        item_id: int | None,
        parent: str | None,
        exc: MalformedPayload,
        missing: list[str],
        skipped: list[SkippedComment],
        node: Any,
    ) -> FetchedComment | None:
        """One comment Algolia sent unreadable: the same item from Firebase (one request, not the whole
        story item by item), or, when Firebase cannot give it either (or ``item_id`` is None: not to be
        asked), None with the comment named in ``missing`` and Algolia's payload kept for the quarantine.
        Its replies are read either way."""
        if item_id is not None:
            try:
                comment = _firebase_comment(self._firebase_item(item_id), parent)
            except SourceError as again:
                log.warning("hackernews item=%s: unreadable on Algolia (%s) and Firebase (%s)", item_id, exc, again)
            else:
                if comment.id == str(item_id):
                    log.warning("hackernews item=%s: unreadable on Algolia (%s); read from Firebase", item_id, exc)
                    return comment
        where = f"item {_algolia_id(node)}" if _algolia_id(node) is not None else "an item and its replies"
        skip_comment(missing, skipped, where, exc, node)
        return None

    def _algolia_item(self, item_id: str) -> dict[str, Any]:
        payload = self.http.get_json(f"{self.settings.hn_url}/api/v1/items/{item_id}")
        if not isinstance(payload, dict):
            raise MalformedPayload(f"hackernews: Algolia item {item_id} is not an object")
        return payload

    # -- Firebase ------------------------------------------------------------
    def _from_firebase(self, ref: ThreadRef) -> FetchedThread:
        root = self._firebase_item(int(ref.thread_id))
        hops = 0
        while _field(root, "type", str) == "comment":
            parent = _field(root, "parent", int)
            hops += 1
            if parent is None or hops > MAX_PARENT_HOPS:
                raise MalformedPayload(f"hackernews: comment {ref.thread_id} has no reachable story")
            root = self._firebase_item(parent)
        story_id = _required(root, "id", int)
        comments: list[FetchedComment] = []
        missing: list[str] = []
        skipped: list[SkippedComment] = []
        queue: deque[tuple[int, str | None]] = deque((kid, None) for kid in _kids(root))
        while queue:
            if len(comments) >= MAX_FIREBASE_ITEMS:
                log.warning("hackernews story=%s: %d items left unread (cap)", story_id, len(queue))
                break
            item_id, parent_id = queue.popleft()
            try:
                item = self._firebase_item(item_id)
            except SourceError as exc:  # this item and its replies are missing; the others are read
                if not part_failed(exc):
                    raise
                missing.append(missing_part(f"item {item_id} and its replies", exc))
                continue
            try:
                comment = _firebase_comment(item, parent_id)
                kids = _kids(item)
            except MalformedPayload as exc:  # read, but not readable as a comment: kept for inspection
                skip_comment(missing, skipped, f"item {item_id} and its replies", exc, item)
                continue
            comments.append(comment)
            queue.extend((kid, comment.id) for kid in kids)
        return FetchedThread(
            ref=_story_ref(ref, str(story_id)),
            title=_field(root, "title", str),
            author=_field(root, "by", str),
            body=_html(_field(root, "text", str)),
            created_at=_epoch(_field(root, "time", int)),
            comments=comments,
            metrics={"points": _field(root, "score", int) or 0, "comments": _field(root, "descendants", int) or 0},
            extra={"link": _field(root, "url", str), "type": _field(root, "type", str), "via": "firebase"},
            complete=not queue and not missing,  # False when the item cap left some unread, or an item failed
            missing=missing,
            skipped=skipped,
            deferred=f"{len(queue)} items past the cap of {MAX_FIREBASE_ITEMS} left for the next poll"
            if queue
            else None,
        )

    def _firebase_item(self, item_id: int) -> dict[str, Any]:
        payload = self.http.get_json(f"{self.settings.hn_firebase_url}/v0/item/{item_id}.json")
        if not isinstance(payload, dict):  # Firebase answers `null` for an id that does not exist
            raise MalformedPayload(f"hackernews: Firebase item {item_id} is not an object")
        return payload


# -- parsing helpers ---------------------------------------------------------
def _story_ref(ref: ThreadRef, story_id: str) -> ThreadRef:
    if story_id == ref.thread_id:
        return ref
    return ThreadRef("hackernews", story_id, ITEM_URL.format(id=story_id))


def _algolia_comment(node: Any, parent: str | None) -> FetchedComment:
    if not isinstance(node, dict):
        raise MalformedPayload("hackernews: a child that is not an object")
    comment_id = str(_required(node, "id", int))
    author = _field(node, "author", str)
    text = _field(node, "text", str)
    created = _epoch(_field(node, "created_at_i", int)) or _iso(_field(node, "created_at", str))
    if created is None:
        raise MalformedPayload(f"hackernews: comment {comment_id} has no created_at_i or created_at")
    gone = author is None or text is None
    return FetchedComment(
        platform="hackernews",
        id=comment_id,
        parent_id=parent,
        author_id=None if gone else author,
        author=None if gone else author,
        text=None if gone else _html(text),
        created_at=created,
        url=ITEM_URL.format(id=comment_id),
        deleted=gone,
        metrics={"points": _field(node, "points", int) or 0},
        extra={"type": _field(node, "type", str)},
    )


def _firebase_comment(item: dict[str, Any], parent: str | None) -> FetchedComment:
    comment_id = str(_required(item, "id", int))
    gone = bool(_field(item, "deleted", bool)) or bool(_field(item, "dead", bool))
    author = _field(item, "by", str)
    text = _field(item, "text", str)
    created = _epoch(_field(item, "time", int))
    gone = gone or author is None or text is None
    if created is None and not gone:
        raise MalformedPayload(f"hackernews: item {comment_id} has no time")
    return FetchedComment(
        platform="hackernews",
        id=comment_id,
        parent_id=parent,
        author_id=None if gone else author,
        author=None if gone else author,
        text=None if gone else _html(text),
        created_at=created,
        url=ITEM_URL.format(id=comment_id),
        deleted=gone,
        extra={"type": _field(item, "type", str)},
    )


def _algolia_id(node: Any) -> int | None:
    """An Algolia child's id when it has one (an int), else None."""
    value = node.get("id") if isinstance(node, dict) else None
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _children(node: dict[str, Any]) -> list[Any]:
    children = node.get("children", [])
    if not isinstance(children, list):
        raise MalformedPayload(f"hackernews: item {node.get('id')!r} has children that are not a list")
    return children


def _kids(item: dict[str, Any]) -> list[int]:
    kids = item.get("kids", [])
    if not isinstance(kids, list) or not all(isinstance(k, int) and not isinstance(k, bool) for k in kids):
        raise MalformedPayload(f"hackernews: item {item.get('id')!r} has kids that are not a list of ids")
    return kids


def _field(data: dict[str, Any], key: str, kind: type) -> Any:
    """The value, None when absent or null; a value of another type is malformed."""
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise MalformedPayload(f"hackernews: {key} of item {data.get('id')!r} is not {kind.__name__}")
    return value


def _required(data: dict[str, Any], key: str, kind: type) -> Any:
    value = _field(data, key, kind)
    if value is None:
        raise MalformedPayload(f"hackernews: an item without {key}")
    return value


def _html(markup: str | None) -> str | None:
    return html_to_text(markup) if markup else None


_epoch = epoch  # a time no datetime holds (a year past 9999) is no time (found by make fuzz)


def _iso(value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise MalformedPayload(f"hackernews: created_at {value!r} is not ISO 8601") from None
    return parsed.astimezone(UTC) if parsed.tzinfo else parsed.replace(tzinfo=UTC)
