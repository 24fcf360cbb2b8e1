"""The recorded platform cassettes (tests/fixtures/<platform>/) served through an httpx
``MockTransport`` (docs/STYLE: parsing tests may use handler functions), with each response
damaged by Hypothesis: JSON nodes replaced or dropped, text bodies cut or spliced, headers
and status codes changed. The real source code and the real httpx client read them.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from hypothesis import strategies as st

from bot.config import Settings
from bot.sources.base import Source, source_class
from bot.sources.bluesky import XrpcErrorTransport
from bot.sources.http import PlatformHTTP
from bot.sources.youtube import GoogleErrorTransport, QuotaMeter, YouTubeSource
from tests.conftest import FIXTURES
from tests.properties.strategies import any_text, mutate

BASE = "http://fixture.test"
Draw = Callable[[st.SearchStrategy[Any]], Any]


@dataclass(frozen=True)
class Platform:
    name: str
    cassette: str
    link: str
    settings: dict[str, Any]


PLATFORMS = [
    Platform("reddit", "reddit/thread_nested.json", "https://www.reddit.com/r/x/comments/1abcde/y/",
             {"reddit_url": BASE}),
    Platform("hackernews", "hackernews/algolia_story.json", "https://news.ycombinator.com/item?id=41000001",
             {"hn_url": BASE, "hn_firebase_url": BASE}),
    Platform("hackernews", "hackernews/firebase_story.json", "https://news.ycombinator.com/item?id=41000001",
             {"hn_url": BASE + "/down", "hn_firebase_url": BASE}),
    Platform("bluesky", "bluesky/thread_nested.json",
             "https://bsky.app/profile/energiaremontti.bsky.social/post/3l3a2m2w7atuy", {"bluesky_url": BASE}),
    Platform("mastodon", "mastodon/thread.json", f"{BASE}/@kahvila/113300000000000001", {}),
    Platform("youtube", "youtube/video_comments.json", "https://www.youtube.com/watch?v=Kq3vXb9Ld0s",
             {"youtube_url": BASE + "/youtube/v3", "youtube_api_key": "test-key"}),
    Platform("wordpress", "wordpress/post_two_pages.json", f"{BASE}/2025/11/kauramaito/", {}),
    Platform("rss", "rss/comment_feeds.json", f"{BASE}/blog/2025/kaffetest", {}),
]  # fmt: skip


def load(platform: Platform) -> list[dict[str, Any]]:
    text = (FIXTURES / platform.cassette).read_text("utf-8").replace("{{base_url}}", BASE)
    interactions: list[dict[str, Any]] = json.loads(text)["interactions"]
    return interactions


def _matches(interaction: dict[str, Any], request: httpx.Request) -> bool:
    wanted = interaction["request"]
    if wanted["method"] != request.method or wanted["path"] != request.url.path:
        return False
    return all(request.url.params.get(k) == v for k, v in (wanted.get("query") or {}).items())


def _damaged_text(draw: Draw, body: str) -> str:
    how = draw(st.integers(0, 6))
    if how == 0:
        return body[: draw(st.integers(0, len(body)))]
    if how == 1:
        at = draw(st.integers(0, len(body)))
        return body[:at] + draw(any_text) + body[at:]
    return body


def transport(interactions: list[dict[str, Any]], draw: Draw | None) -> httpx.MockTransport:
    """Serve the cassette; with ``draw``, every response comes damaged."""

    def handle(request: httpx.Request) -> httpx.Response:
        found = next((i for i in interactions if _matches(i, request)), None)
        if found is None:  # "/down/..." stands for a platform's API that is out (HN's Algolia: Firebase then)
            return httpx.Response(503 if request.url.path.startswith("/down/") else 404, json={"error": "none"})
        response = found["response"]
        status = int(response.get("status", 200))
        headers = {k: v for k, v in (response.get("headers") or {}).items() if k.lower() != "content-length"}
        if "json" in response:
            headers.setdefault("Content-Type", "application/json")
            content = response["json"]
            damaged = mutate(draw, content) if draw else content
            body = json.dumps(damaged, ensure_ascii=False).encode("utf-8", errors="surrogatepass")
        else:
            text = response.get("body", "")
            body = (_damaged_text(draw, text) if draw else text).encode("utf-8", errors="surrogatepass")
        if draw is not None:
            if draw(st.integers(0, 12)) == 0:
                status = draw(st.sampled_from([200, 204, 301, 400, 401, 403, 404, 410, 429, 500, 503]))
            if headers and draw(st.integers(0, 8)) == 0:
                key = draw(st.sampled_from(sorted(headers)))
                headers[key] = draw(st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=12))
            if draw(st.integers(0, 20)) == 0:
                body = draw(st.binary(max_size=64))
        return httpx.Response(status, headers=headers, content=body)

    return httpx.MockTransport(handle)


def source_for(platform: Platform, settings: Settings, mock: httpx.MockTransport) -> Source:
    """The platform's source over ``mock``, behind the platform's own error translator."""
    cls = source_class(platform.name)
    inner: httpx.BaseTransport = mock
    if platform.name == "bluesky":
        inner = XrpcErrorTransport(mock)
    elif platform.name == "youtube":
        inner = GoogleErrorTransport(mock)
    http = PlatformHTTP(platform.name, max_attempts=2, max_wait=0.0, sleep=lambda s: None, transport=inner)
    if cls is YouTubeSource:
        return YouTubeSource(settings, http, QuotaMeter())
    return cls(settings, http)


def web_client(mock: httpx.MockTransport) -> PlatformHTTP:
    return PlatformHTTP("web", max_attempts=1, sleep=lambda s: None, transport=mock)


def fixture_path(platform: Platform) -> Path:
    return FIXTURES / platform.cassette
