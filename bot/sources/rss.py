"""Comment feeds (RSS 2.0 / Atom) of blogs that are not WordPress-with-REST.

Like WordPress, a feed link cannot be recognised by its form, so ``parse_url``
claims nothing and :meth:`RSSSource.probe` runs last (``probe_order`` 90)
in ``kuulo watch add``: a link whose answer is itself a feed is watched as
is; an HTML page is searched for ``<link rel="alternate"
type="application/rss+xml|application/atom+xml">`` whose title or address
mentions comments (``comment``, Finnish ``kommentit``, Swedish ``kommentarer``),
preferring the feed under the page's own path over a site-wide one.

The feed is fetched with PlatformHTTP (timeouts, retries, honest User-Agent,
``If-None-Match`` / ``If-Modified-Since`` from the cursor; 304 means nothing
changed) and parsed from bytes with feedparser, which therefore never opens a
URL or a file itself. Comment feeds are flat: every entry's parent is None.
Entry fields used (https://feedparser.readthedocs.io/en/latest/reference.html):
id (guid), link, author, published_parsed / updated_parsed, content[0].value
or summary. An entry id that is not an absolute URI is prefixed with the feed
URL so ids stay unique across feeds. The thread id is the feed URL.
"""

from __future__ import annotations

import calendar
import hashlib
import io
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from bot.domain import FetchedComment, FetchedThread, ThreadRef
from bot.errors import MalformedPayload
from bot.sources.base import Source, register
from bot.sources.conditional import conditional_headers, not_modified, validators
from bot.sources.http import PlatformHTTP
from bot.sources.webpage import FEED_TYPES, read_page
from bot.textnorm import html_to_text

_COMMENT_WORDS = ("comment", "komment")
FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.1"


@register
class RSSSource(Source):
    platform = "rss"
    probe_order = 90  # after WordPress: a WordPress post also has a comment feed, but no parents in it
    link_forms = (
        'a blog post with a comment feed (<link rel="alternate" type="application/rss+xml" ...>)',
        "an RSS or Atom comment feed itself",
    )

    @classmethod
    def parse_url(cls, url: str) -> ThreadRef | None:
        return None  # only a request can tell (see probe)

    @classmethod
    def probe(cls, url: str, http: PlatformHTTP) -> ThreadRef | None:
        page = read_page(url, http)
        if page.looks_like_feed:
            parse_feed(page.body, page.content_type, page.url)  # raises when it is not a feed after all
            return ThreadRef("rss", page.url, url)
        candidates = [
            link
            for link in page.links
            if "alternate" in link.rel.split()
            and link.type in FEED_TYPES
            and any(word in (link.title + " " + link.href).lower() for word in _COMMENT_WORDS)
        ]
        if not candidates:
            return None
        page_path = urlsplit(page.url).path.rstrip("/")
        own = [c for c in candidates if page_path and urlsplit(c.href).path.startswith(page_path)]
        chosen = (own or candidates)[-1]
        return ThreadRef("rss", chosen.href, page.url)

    def fetch_thread(self, ref: ThreadRef, cursor: dict[str, Any]) -> FetchedThread:
        headers = {"Accept": FEED_ACCEPT, **conditional_headers(cursor)}
        response = self.http.request("GET", ref.thread_id, headers=headers)
        if response.status_code == 304:
            return not_modified(ref, cursor)
        feed = parse_feed(response.content, response.headers.get("content-type", ""), ref.thread_id)
        meta = feed.get("feed", {})
        comments = [_entry(entry, ref.thread_id) for entry in feed.get("entries", [])]
        return FetchedThread(
            ref=ref,
            title=_text(meta.get("title")),
            author=None,
            body=None,
            created_at=None,
            comments=comments,
            metrics={"comments": len(comments)},
            extra={"feed_version": feed.get("version") or None, "site": _text(meta.get("link"))},
            cursor=validators(response),
        )


def parse_feed(body: bytes, content_type: str, url: str) -> Any:
    """feedparser's result for these bytes; not a feed, or broken with nothing readable -> MalformedPayload."""
    import feedparser

    headers = {"content-type": content_type or "application/xml", "content-location": url}
    try:
        feed = feedparser.parse(io.BytesIO(body), response_headers=headers)
    except ValueError as exc:  # bytes that are not UTF-8 inside markup: feedparser's own code raises (make fuzz)
        raise MalformedPayload(f"rss: {url} is not a readable feed ({type(exc).__name__}: {exc})") from exc
    entries = feed.get("entries", [])
    if feed.get("bozo") and not entries:
        reason = feed.get("bozo_exception")
        raise MalformedPayload(f"rss: {url} is not a readable feed ({type(reason).__name__}: {reason})")
    if not feed.get("version") and not entries:
        raise MalformedPayload(f"rss: {url} is not an RSS or Atom feed")
    return feed


def _entry(entry: Any, feed_url: str) -> FetchedComment:
    link = _text(entry.get("link"))
    raw_id = _text(entry.get("id")) or link
    content = entry.get("content")
    if isinstance(content, list) and content and isinstance(content[0].get("value"), str):
        markup = content[0]["value"]
    else:
        markup = _text(entry.get("summary")) or ""
    # dict.get: FeedParserDict.get("updated_parsed") falls back to published with a DeprecationWarning
    updated = _time(dict.get(entry, "updated_parsed"))
    published = _time(dict.get(entry, "published_parsed")) or updated
    if raw_id is None:  # neither guid nor link: identify it by what it says
        digest = hashlib.sha256(f"{published}|{entry.get('author')}|{markup}".encode()).hexdigest()[:16]
        raw_id = f"sha256:{digest}"
    entry_id = raw_id if urlsplit(raw_id).scheme else f"{feed_url}#{raw_id}"
    author = _text(entry.get("author"))
    return FetchedComment(
        platform="rss",
        id=entry_id,
        parent_id=None,
        author_id=None,
        author=author,
        text=html_to_text(markup),
        created_at=published,
        edited_at=updated if updated and published and updated > published else None,
        url=link,
        extra={"guid": raw_id},
    )


def _text(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _time(value: Any) -> datetime | None:
    """feedparser's ``*_parsed`` values are UTC ``struct_time``s."""
    if value is None:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(value), UTC)
    except (TypeError, ValueError, OverflowError):
        return None
