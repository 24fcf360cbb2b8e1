"""Read a web page once to find out what it is: the probe step of ``kuulo watch add``.

Collects the page's ``Link:`` headers and ``<link>`` tags (rel, href, type,
title; hrefs made absolute against the final URL after redirects) and keeps
the body, so the WordPress and RSS probes can tell a WordPress post, a blog
post with a comment feed, and a feed itself apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urljoin

from bot.sources.http import PlatformHTTP

MAX_PAGE_BYTES = 2_000_000
FEED_TYPES = ("application/rss+xml", "application/atom+xml")


@dataclass(frozen=True)
class PageLink:
    rel: str
    href: str
    type: str = ""
    title: str = ""


@dataclass
class Page:
    url: str  # after redirects
    content_type: str
    body: bytes
    links: list[PageLink] = field(default_factory=list)  # Link headers first, then <link> tags

    def first(self, rel: str, type_: str | None = None) -> PageLink | None:
        for link in self.links:
            if rel in link.rel.split() and (type_ is None or link.type == type_):
                return link
        return None

    @property
    def looks_like_feed(self) -> bool:
        if any(kind in self.content_type for kind in (*FEED_TYPES, "/xml", "+xml")):
            return True
        head = self.body[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
        return head.startswith((b"<?xml", b"<rss", b"<feed", b"<rdf:rdf"))


def read_page(url: str, http: PlatformHTTP) -> Page:
    response = http.request("GET", url)
    final = str(response.url)
    links: list[PageLink] = []
    for link in _header_links(response.headers.get_list("link")):
        links.append(PageLink(link.rel, urljoin(final, link.href), link.type, link.title))
    content_type = response.headers.get("content-type", "").lower()
    body = response.content[:MAX_PAGE_BYTES]
    if "html" in content_type:
        collector = _LinkTags()
        collector.feed(body.decode(response.encoding or "utf-8", errors="replace"))
        collector.close()
        links.extend(PageLink(t.rel, urljoin(final, t.href), t.type, t.title) for t in collector.links)
    return Page(final, content_type, body, links)


def _header_links(values: list[str]) -> list[PageLink]:
    """RFC 8288 ``Link`` values: ``<url>; rel="x"; type="y", <url2>; rel=z``."""
    found: list[PageLink] = []
    for value in values:
        for item in _split_outside_brackets(value):
            item = item.strip()
            if not item.startswith("<") or ">" not in item:
                continue
            href, _, rest = item[1:].partition(">")
            params: dict[str, str] = {}
            for part in rest.split(";"):
                key, _, raw = part.partition("=")
                if key.strip():
                    params[key.strip().lower()] = raw.strip().strip('"')
            if params.get("rel"):
                found.append(PageLink(params["rel"], href.strip(), params.get("type", ""), params.get("title", "")))
    return found


def _split_outside_brackets(value: str) -> list[str]:
    parts: list[str] = []
    current: list[str] = []
    depth = 0
    for char in value:
        if char == "<":
            depth += 1
        elif char == ">":
            depth = max(0, depth - 1)
        if char == "," and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


class _LinkTags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[PageLink] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "link":
            return
        values = {k.lower(): (v or "") for k, v in attrs}
        if values.get("rel") and values.get("href"):
            self.links.append(
                PageLink(
                    values["rel"].strip(),
                    values["href"].strip(),
                    values.get("type", "").lower(),
                    values.get("title", ""),
                )
            )

    handle_startendtag = handle_starttag
