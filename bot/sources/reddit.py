"""Reddit threads.

Follows https://www.reddit.com/dev/api/ (``GET /comments/{article}``,
``GET /api/morechildren``) and the JSON "thing" shapes: a thread is two
Listings, the post (``t3``) and its comment tree (``t1`` with nested
``replies`` Listings, or ``""``), where ``more`` stubs stand for comments not
sent. Stubs are expanded through ``/api/morechildren`` one request at a time;
the "continue this thread" stub (id ``_``, no children) is expanded by fetching
the subtree under its parent comment. When one of those requests fails (a 5xx, a
timeout, malformed JSON), the comments that did arrive are kept and the failed
part is named in ``FetchedThread.missing``; the expansion cap leaves the rest for
the next poll on purpose (``FetchedThread.deferred``).

With a script app configured (client id and secret, optionally username and
password) requests go to ``oauth.reddit.com`` with a bearer token, because
anonymous access is often refused to servers.
"""

from __future__ import annotations

import logging
import re
import time
from typing import Any
from urllib.parse import urlsplit

import httpx

from bot.domain import FetchedComment, FetchedThread, SkippedComment, ThreadRef
from bot.errors import ConfigError, MalformedPayload, SourceError
from bot.sources.base import Source, count, epoch, missing_part, part_failed, register, skip_comment
from bot.sources.http import user_agent

log = logging.getLogger(__name__)

PUBLIC = "https://www.reddit.com"
_HOSTS = {"reddit.com", "www.reddit.com", "old.reddit.com", "new.reddit.com", "np.reddit.com", "m.reddit.com"}
_THREAD_PATH = re.compile(r"^/(?:r/[A-Za-z0-9_]+/)?comments/([a-z0-9]{1,12})(?:/|$)", re.IGNORECASE)
_SHORT_PATH = re.compile(r"^/([a-z0-9]{1,12})/?$", re.IGNORECASE)
MORECHILDREN_BATCH = 100
MAX_EXPANSIONS = 200  # per fetch; a thread bigger than this is read over several polls
_GONE_MARKERS = {"[deleted]", "[removed]"}


@register
class RedditSource(Source):
    platform = "reddit"
    link_forms = (
        "https://www.reddit.com/r/<subreddit>/comments/<id>/<slug>/  (also old.reddit.com)",
        "https://redd.it/<id>",
    )

    def __init__(self, settings: Any, http: Any = None) -> None:
        super().__init__(settings, http)
        self.http.set_header("User-Agent", user_agent(self.platform, settings.reddit_username))
        self._token: str | None = None
        self._token_expires = 0.0

    @classmethod
    def parse_url(cls, url: str) -> ThreadRef | None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            return None
        host = (parts.hostname or "").lower()
        match = None
        if host in _HOSTS:
            match = _THREAD_PATH.match(parts.path)
        elif host == "redd.it":
            match = _SHORT_PATH.match(parts.path)
        if not match:
            return None
        thread_id = match.group(1).lower()
        return ThreadRef("reddit", thread_id, f"{PUBLIC}/comments/{thread_id}/")

    # -- fetching ------------------------------------------------------------
    def fetch_thread(self, ref: ThreadRef, cursor: dict[str, Any]) -> FetchedThread:
        listing = self._get(f"/comments/{ref.thread_id}.json", {"raw_json": "1", "limit": "500"})
        if not isinstance(listing, list) or len(listing) != 2:
            raise MalformedPayload("reddit: a thread must be two Listings (post, comments)")
        post = _children(listing[0])
        if not post or not isinstance(post[0], dict) or post[0].get("kind") != "t3":
            raise MalformedPayload("reddit: the first Listing has no t3 post")
        post_data = _data(post[0])
        comments: dict[str, FetchedComment] = {}
        pending_more: list[dict[str, Any]] = []
        missing: list[str] = []
        skipped: list[SkippedComment] = []
        self._walk(_children(listing[1]), comments, pending_more, (missing, skipped))
        deferred = self._expand(ref, comments, pending_more, (missing, skipped))
        return FetchedThread(
            ref=ref,
            title=_str(post_data, "title"),
            author=_author(post_data),
            body=_str(post_data, "selftext") or None,
            created_at=_time(post_data.get("created_utc")),
            comments=list(comments.values()),
            metrics={"score": _int(post_data.get("score")), "comments": _int(post_data.get("num_comments"))},
            extra={"subreddit": post_data.get("subreddit"), "locked": bool(post_data.get("locked"))},
            complete=deferred is None and not missing,
            missing=missing,
            deferred=deferred,
            skipped=skipped,
        )

    def _walk(
        self, things: list[Any], into: dict[str, FetchedComment], pending_more: list[dict[str, Any]], lost: _Lost
    ) -> None:
        """Every comment under ``things`` into ``into``; one that cannot be read is skipped with its
        replies (``lost``: the thread's missing parts and skipped payloads), the others are kept."""
        stack = list(reversed(things))
        while stack:
            thing = stack.pop()
            try:
                kind = thing.get("kind") if isinstance(thing, dict) else None
                data = _data(thing)
                if kind == "t1":
                    comment = _comment(data)
                    replies = data.get("replies")
                    children = _children(replies) if replies not in ("", None) else []
                elif kind == "more":
                    pending_more.append(data)
                    continue
                else:
                    raise MalformedPayload(f"reddit: unexpected thing kind {kind!r} in a comment tree")
            except MalformedPayload as exc:  # this comment (and its replies) only; the others are kept
                skip_comment(*lost, f"comment {_loose_id(thing)} and its replies", exc, thing)
                continue
            into[comment.id] = comment
            stack.extend(reversed(children))

    def _expand(
        self,
        ref: ThreadRef,
        comments: dict[str, FetchedComment],
        pending_more: list[dict[str, Any]],
        lost: _Lost,
    ) -> str | None:
        """Expand ``more`` stubs, naming each that failed in ``lost``; say what the cap left, if anything."""
        missing = lost[0]
        expansions = 0
        seen: set[str] = set()
        while pending_more:
            if expansions >= MAX_EXPANSIONS:
                log.warning("reddit thread=%s: %d more stubs left for the next poll", ref.thread_id, len(pending_more))
                return f"{len(pending_more)} 'more' stubs left for the next poll (expansion cap {MAX_EXPANSIONS})"
            more = pending_more.pop(0)
            raw = more.get("children")
            if not isinstance(raw, list):
                skip_comment(
                    *lost, "a more stub", MalformedPayload("reddit: a more stub without a children list"), more
                )
                continue
            if not raw:  # "continue this thread": fetch the subtree under the parent comment
                parent = str(more.get("parent_id") or "")
                if parent.startswith("t1_") and parent not in seen:
                    seen.add(parent)
                    expansions += 1
                    try:
                        self._continue_thread(ref, parent[3:], comments, pending_more, lost)
                    except SourceError as exc:
                        if not part_failed(exc):
                            raise
                        missing.append(missing_part(f"replies under {parent} (continue this thread)", exc))
                continue
            children = [c for c in raw if isinstance(c, str) and c not in comments]
            for start in range(0, len(children), MORECHILDREN_BATCH):
                batch = [c for c in children[start : start + MORECHILDREN_BATCH] if c not in seen]
                if not batch:
                    continue
                seen.update(batch)
                expansions += 1
                try:
                    self._more_children(ref, batch, comments, pending_more, lost)
                except SourceError as exc:
                    if not part_failed(exc):
                        raise
                    first = f" ({batch[0]}, ...)" if len(batch) > 1 else f" ({batch[0]})"
                    missing.append(missing_part(f"morechildren for {len(batch)} comments{first}", exc))
        return None

    def _more_children(
        self,
        ref: ThreadRef,
        batch: list[str],
        comments: dict[str, FetchedComment],
        pending_more: list[dict[str, Any]],
        lost: _Lost,
    ) -> None:
        payload = self._get(
            "/api/morechildren.json",
            {"api_type": "json", "link_id": f"t3_{ref.thread_id}", "children": ",".join(batch), "raw_json": "1"},
        )
        things = _morechildren_things(payload)
        # The response is flat; each t1 carries its parent_id. Nested replies are not sent.
        for thing in things:
            if isinstance(thing, dict) and thing.get("kind") == "t1" and isinstance(thing.get("data"), dict):
                thing = {"kind": "t1", "data": {**thing["data"], "replies": ""}}
            self._walk([thing], comments, pending_more, lost)

    def _continue_thread(
        self,
        ref: ThreadRef,
        comment_id: str,
        comments: dict[str, FetchedComment],
        pending_more: list[dict[str, Any]],
        lost: _Lost,
    ) -> None:
        listing = self._get(f"/comments/{ref.thread_id}/_/{comment_id}.json", {"raw_json": "1", "limit": "500"})
        if not isinstance(listing, list) or len(listing) != 2:
            raise MalformedPayload("reddit: a continued thread must be two Listings")
        self._walk(_children(listing[1]), comments, pending_more, lost)

    # -- HTTP and auth -------------------------------------------------------
    def _get(self, path: str, params: dict[str, str]) -> Any:
        if self.settings.reddit_oauth_configured:
            headers = {"Authorization": f"bearer {self._bearer()}"}
            return self.http.get_json(self.settings.reddit_oauth_url + path, params=params, headers=headers)
        return self.http.get_json(self.settings.reddit_url + path, params=params)

    def _bearer(self) -> str:
        if self._token and time.monotonic() < self._token_expires - 60:
            return self._token
        s = self.settings
        if s.reddit_client_secret is None or s.reddit_client_id is None:  # pragma: no cover - guarded above
            raise ConfigError("KUULO_REDDIT_CLIENT_ID and KUULO_REDDIT_CLIENT_SECRET are both needed")
        if s.reddit_username and s.reddit_password:
            form = {
                "grant_type": "password",
                "username": s.reddit_username,
                "password": s.reddit_password.get_secret_value(),
            }
        else:
            form = {"grant_type": "client_credentials"}
        response = self.http.request(
            "POST",
            s.reddit_url + "/api/v1/access_token",
            data=form,
            auth=httpx.BasicAuth(s.reddit_client_id, s.reddit_client_secret.get_secret_value()),
        )
        payload = self.http.decode_json(response)
        token = payload.get("access_token") if isinstance(payload, dict) else None
        if not isinstance(token, str):
            error = payload.get("error") if isinstance(payload, dict) else None
            raise SourceError(
                f"reddit: the OAuth token request was refused ({error or 'no access_token'}); "
                "check KUULO_REDDIT_CLIENT_ID, KUULO_REDDIT_CLIENT_SECRET, username and password"
            )
        self._token = token
        self._token_expires = time.monotonic() + float(payload.get("expires_in") or 3600)
        return token


# -- parsing helpers ---------------------------------------------------------
_Lost = tuple[list[str], list[SkippedComment]]  # a read's missing parts and the comments it skipped


def _loose_id(thing: Any) -> str:
    """A skipped thing's id for the record, whatever its shape."""
    data = thing.get("data") if isinstance(thing, dict) else None
    name = data.get("name") or data.get("id") if isinstance(data, dict) else None
    return name[:40] if isinstance(name, str) else "(without an id)"


def _data(thing: Any) -> dict[str, Any]:
    data = thing.get("data") if isinstance(thing, dict) else None
    if not isinstance(data, dict):
        raise MalformedPayload("reddit: a thing without a data object")
    return data


def _children(listing: Any) -> list[Any]:
    if not isinstance(listing, dict) or listing.get("kind") != "Listing":
        raise MalformedPayload("reddit: expected a Listing")
    children = _data(listing).get("children")
    if not isinstance(children, list):
        raise MalformedPayload("reddit: a Listing without children")
    return children


def _morechildren_things(payload: Any) -> list[Any]:
    try:
        body = payload["json"]
        errors = body.get("errors") or []
        if errors:
            raise SourceError(f"reddit: morechildren refused: {errors}")
        things = body["data"]["things"]
    except (KeyError, TypeError, AttributeError):  # json or data not an object (found by make fuzz)
        raise MalformedPayload("reddit: morechildren answer without json.data.things") from None
    if not isinstance(things, list):
        raise MalformedPayload("reddit: morechildren things is not a list")
    return things


def _comment(data: dict[str, Any]) -> FetchedComment:
    comment_id = data.get("id")
    parent = data.get("parent_id")
    body = data.get("body")
    if not isinstance(comment_id, str) or not comment_id or not isinstance(parent, str) or not isinstance(body, str):
        raise MalformedPayload(f"reddit: comment {comment_id!r} lacks id, parent_id or body")
    created = _time(data.get("created_utc"))
    if created is None:
        raise MalformedPayload(f"reddit: comment {comment_id} has no created_utc")
    author = data.get("author")  # may be any JSON value: a list or object is unhashable (found by make fuzz)
    deleted = body in _GONE_MARKERS and (author is None or (isinstance(author, str) and author in _GONE_MARKERS))
    removed = body == "[removed]"
    edited = data.get("edited")
    permalink = data.get("permalink")
    return FetchedComment(
        platform="reddit",
        id=comment_id,
        parent_id=None if parent.startswith("t3_") else parent.removeprefix("t1_"),
        author_id=_str(data, "author_fullname") or _author(data),
        author=_author(data),
        text=None if (deleted or removed) else body,
        created_at=created,
        edited_at=_time(edited) if isinstance(edited, (int, float)) and not isinstance(edited, bool) else None,
        url=f"{PUBLIC}{permalink}" if isinstance(permalink, str) else None,
        deleted=deleted or removed,
        metrics={"score": _int(data.get("score"))},
        extra={"name": data.get("name") or f"t1_{comment_id}", "depth": data.get("depth")},
    )


def _author(data: dict[str, Any]) -> str | None:
    author = data.get("author")
    return None if not isinstance(author, str) or author in _GONE_MARKERS else author


def _str(data: dict[str, Any], key: str) -> str | None:
    value = data.get(key)
    return value if isinstance(value, str) else None


_int = count  # NaN or Infinity (JSON allows neither, Python's json reads both) is 0 (found by make fuzz)
_time = epoch  # a time no datetime holds is no time (found by make fuzz)
