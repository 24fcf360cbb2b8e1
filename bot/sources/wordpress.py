"""WordPress posts, read through the site's REST API.

A WordPress link looks like any other blog link, so ``parse_url`` claims
nothing; :meth:`WordPressSource.probe` (run by ``kuulo watch add`` for links
no other source claims) reads the page once and finds the REST root in its
``Link: <...>; rel="https://api.w.org/"`` header or ``<link rel="https://api.w.org/">``
tag (https://developer.wordpress.org/rest-api/using-the-rest-api/discovery/).
The post is then found from ``?p=<id>`` / ``?page_id=<id>``, the page's
``rel="alternate" type="application/json"`` link, or its slug
(``/wp/v2/posts?slug=``, then ``/wp/v2/pages?slug=``). Sites without pretty
permalinks announce a ``?rest_route=/`` root; both forms work.

Comments come from ``/wp/v2/comments?post=<id>&per_page=100&page=<n>&order=asc``,
every page up to ``X-WP-TotalPages``
(https://developer.wordpress.org/rest-api/reference/comments/). ``parent`` 0
is a comment on the post. ``date_gmt`` has no zone and is UTC.

Ids are made unique across sites, since comment ids are only unique within
one site: the thread id is ``<site>/?p=<post id>`` (``?page_id=`` for pages)
and a comment id is ``<site>#comment-<id>``, where ``<site>`` is the host and
path of the site (``blog.example.fi``, ``example.com/blogi``). The numeric ids
stay in ``extra``. The REST API sends no validators, so every poll reads all
comment pages.
"""

from __future__ import annotations

import logging
import re
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qs, urlsplit

from bot.domain import FetchedComment, FetchedThread, SkippedComment, ThreadRef
from bot.errors import MalformedPayload, SourceError
from bot.sources.base import Source, missing_part, part_failed, register, skip_comment
from bot.sources.http import PlatformHTTP
from bot.sources.webpage import read_page
from bot.textnorm import html_to_text

log = logging.getLogger(__name__)

API_REL = "https://api.w.org/"
PER_PAGE = 100
MAX_PAGES = 50  # 5,000 comments a poll
_THREAD_ID = re.compile(r"^(?P<site>.+)/\?(?P<kind>p|page_id)=(?P<id>\d+)$")
_ALTERNATE = re.compile(r"/wp/v2/(?P<kind>posts|pages)/(?P<id>\d+)/?$")


@register
class WordPressSource(Source):
    platform = "wordpress"
    link_forms = ("a WordPress post or page: its ordinary link (https://<blog>/<slug>/ or https://<blog>/?p=<id>)",)

    @classmethod
    def parse_url(cls, url: str) -> ThreadRef | None:
        return None  # only a request can tell (see probe)

    @classmethod
    def probe(cls, url: str, http: PlatformHTTP) -> ThreadRef | None:
        page = read_page(url, http)
        api = page.first(API_REL)
        if api is None:
            return None
        api_base = api.href
        kind, post_id = _post_from_query(page.url) or _post_from_query(url) or (None, None)
        alternate = page.first("alternate", "application/json")
        if post_id is None and alternate is not None and (match := _ALTERNATE.search(alternate.href)):
            kind, post_id = match.group("kind"), int(match.group("id"))
        if post_id is None:
            slug = [segment for segment in urlsplit(page.url).path.split("/") if segment]
            if not slug:
                return None  # the blog's front page is not a thread
            for kind in ("posts", "pages"):
                found = http.get_json(*_endpoint(api_base, f"/wp/v2/{kind}", {"slug": slug[-1]}))
                if not isinstance(found, list):
                    raise MalformedPayload(f"wordpress: /wp/v2/{kind}?slug= did not answer a list")
                if found:
                    post_id = _int(found[0], "id")
                    break
            else:
                return None
        post = _object(http.get_json(*_endpoint(api_base, f"/wp/v2/{kind}/{post_id}", {})), "post")
        link = post.get("link")
        site = _site(api_base)
        marker = "page_id" if kind == "pages" else "p"
        return ThreadRef("wordpress", f"{site}/?{marker}={post_id}", link if isinstance(link, str) else url, api_base)

    def fetch_thread(self, ref: ThreadRef, cursor: dict[str, Any]) -> FetchedThread:
        match = _THREAD_ID.match(ref.thread_id)
        if match is None or not ref.api_base:
            raise SourceError(f"wordpress: {ref.thread_id!r} is not a WordPress thread id; add the watch again")
        site, post_id = match.group("site"), int(match.group("id"))
        kind = "pages" if match.group("kind") == "page_id" else "posts"
        post = _object(self.http.get_json(*_endpoint(ref.api_base, f"/wp/v2/{kind}/{post_id}", {})), "post")
        comments: list[FetchedComment] = []
        missing: list[str] = []
        skipped: list[SkippedComment] = []
        deferred: str | None = None
        page, total = 1, 1
        while page <= total:
            params = {"post": str(post_id), "per_page": str(PER_PAGE), "page": str(page), "order": "asc"}
            url, query = _endpoint(ref.api_base, "/wp/v2/comments", params)
            try:
                response = self.http.request("GET", url, params=query)
                items = self.http.decode_json(response)
                if not isinstance(items, list):
                    raise MalformedPayload("wordpress: /wp/v2/comments did not answer a list")
                page_comments = []
                for item in items:
                    try:
                        page_comments.append(_comment(item, site, post_id))
                    except MalformedPayload as exc:  # this comment only; the others on the page are kept
                        skip_comment(missing, skipped, f"comment {_loose_id(item)} on page {page}", exc, item)
                total = _total_pages(response.headers.get("x-wp-totalpages"))
            except SourceError as exc:
                if page == 1 or not part_failed(exc):  # nothing arrived yet: the read itself failed
                    raise
                missing.append(missing_part(f"comments page {page} of {total}", exc))
                page += 1
                continue  # the later pages are still read: only the failed page is missing
            comments.extend(page_comments)
            if page >= MAX_PAGES and total > page:
                log.warning("wordpress thread=%s: %d comment pages left unread (cap)", ref.thread_id, total - page)
                deferred = f"{total - page} comment pages past the cap of {MAX_PAGES} left for the next poll"
                break
            page += 1
        return FetchedThread(
            ref=ref,
            title=_rendered(post, "title", required=False),
            author=None,
            body=_rendered(post, "content", required=False),  # password-protected or trimmed: comments still count
            created_at=_gmt(post.get("date_gmt"), "post"),
            comments=comments,
            metrics={"comments": len(comments)},
            extra={"wp_id": post_id, "type": post.get("type"), "comment_status": post.get("comment_status")},
            complete=deferred is None and not missing,
            missing=missing,
            skipped=skipped,
            deferred=deferred,
        )


def _endpoint(api_base: str, route: str, params: dict[str, str]) -> tuple[str, dict[str, str]]:
    """The URL and query of a REST route, for ``/wp-json/`` roots and ``?rest_route=/`` roots alike."""
    parts = urlsplit(api_base)
    query = parse_qs(parts.query)
    if "rest_route" in query:
        prefix = query["rest_route"][0].rstrip("/")
        return f"{parts.scheme}://{parts.netloc}{parts.path}", {"rest_route": prefix + route, **params}
    return api_base.rstrip("/") + route, params


def _site(api_base: str) -> str:
    parts = urlsplit(api_base)
    path = parts.path.rstrip("/")
    path = path.removesuffix("/wp-json").removesuffix("/index.php")
    return f"{parts.netloc.lower()}{path}"


def _post_from_query(url: str) -> tuple[str, int] | None:
    query = parse_qs(urlsplit(url).query)
    for key, kind in (("p", "posts"), ("page_id", "pages")):
        values = query.get(key, [])
        if len(values) == 1 and values[0].isdigit():
            return kind, int(values[0])
    return None


def _comment(item: Any, site: str, post_id: int) -> FetchedComment:
    data = _object(item, "comment")
    comment_id, parent, post = _int(data, "id"), _int(data, "parent"), _int(data, "post")
    if post != post_id:
        raise MalformedPayload(f"wordpress: comment {comment_id} belongs to post {post}, not {post_id}")
    name, status, link = data.get("author_name"), data.get("status"), data.get("link")
    if not isinstance(name, str) or not isinstance(status, str) or not isinstance(link, str):
        raise MalformedPayload(f"wordpress: comment {comment_id} lacks author_name, status or link")
    author_url = data.get("author_url")
    gone = status != "approved"
    return FetchedComment(
        platform="wordpress",
        id=f"{site}#comment-{comment_id}",
        parent_id=None if parent == 0 else f"{site}#comment-{parent}",
        author_id=None if gone else (author_url or None) if isinstance(author_url, str) else None,
        author=None if gone else name or None,
        text=None if gone else _rendered(data, "content") or "",
        created_at=_gmt(data.get("date_gmt"), f"comment {comment_id}"),
        url=link,
        deleted=gone,
        extra={"wp_id": comment_id, "wp_parent": parent, "status": status},
    )


def _loose_id(item: Any) -> str:
    """A skipped comment's id for the record, whatever its shape."""
    item_id = item.get("id") if isinstance(item, dict) else None
    return str(item_id)[:40] if isinstance(item_id, (int, str)) and not isinstance(item_id, bool) else "(without an id)"


def _object(value: Any, what: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise MalformedPayload(f"wordpress: a {what} that is not an object")
    return value


def _int(data: Any, key: str) -> int:
    value = data.get(key) if isinstance(data, dict) else None
    if isinstance(value, bool) or not isinstance(value, int):
        raise MalformedPayload(f"wordpress: {key} is not an integer")
    return value


def _rendered(data: dict[str, Any], key: str, *, required: bool = True) -> str | None:
    field = data.get(key)
    rendered = field.get("rendered") if isinstance(field, dict) else None
    if not isinstance(rendered, str):
        if not required:  # a password-protected post, or a site that trims fields (_fields=)
            return None
        raise MalformedPayload(f"wordpress: {key}.rendered is missing")
    return html_to_text(rendered) or None


def _gmt(value: Any, what: str) -> datetime:
    if not isinstance(value, str):
        raise MalformedPayload(f"wordpress: {what} has no date_gmt")
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise MalformedPayload(f"wordpress: {what} date_gmt {value!r} is not ISO 8601") from None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def _total_pages(value: str | None) -> int:
    if value is None:
        return 1
    if not value.strip().isdigit():
        raise MalformedPayload(f"wordpress: X-WP-TotalPages {value!r} is not a number")
    return int(value)
