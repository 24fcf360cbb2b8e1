from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from bot.demo.replay import ReplayServer
from bot.domain import ThreadRef
from bot.errors import MalformedPayload
from bot.sources import resolve_url
from bot.sources.http import PlatformHTTP
from bot.sources.rss import RSSSource
from tests.conftest import FIXTURES, make_settings

FEEDS = FIXTURES / "rss" / "comment_feeds.json"
_open: list[Any] = []


@pytest.fixture(autouse=True)
def _close() -> Iterator[None]:
    yield
    while _open:
        _open.pop().close()


def _http() -> PlatformHTTP:
    http = PlatformHTTP("web", max_attempts=1, sleep=lambda s: None)
    _open.append(http)
    return http


def _source(tmp_path: Path) -> RSSSource:
    source = RSSSource(make_settings(tmp_path), PlatformHTTP("rss", max_attempts=1, sleep=lambda s: None))
    _open.append(source)
    return source


def test_rss_blog_page_resolves_to_its_own_comment_feed(replay: ReplayServer) -> None:
    replay.load(FEEDS)
    ref = resolve_url(f"{replay.url}/blog/2025/kaffetest", http=_http())
    assert ref == ThreadRef(
        "rss", f"{replay.url}/blog/2025/kaffetest/comments.xml", f"{replay.url}/blog/2025/kaffetest"
    )


def test_rss_link_that_is_a_feed_is_watched_as_is(replay: ReplayServer) -> None:
    replay.load(FEEDS)
    ref = resolve_url(f"{replay.url}/atom/comments.atom", http=_http())
    assert (ref.platform, ref.thread_id) == ("rss", f"{replay.url}/atom/comments.atom")


def test_rss_feed_entries_become_flat_comments(tmp_path: Path, replay: ReplayServer) -> None:
    replay.load(FEEDS)
    feed_url = f"{replay.url}/blog/2025/kaffetest/comments.xml"
    thread = _source(tmp_path).fetch_thread(ThreadRef("rss", feed_url, f"{replay.url}/blog/2025/kaffetest"), {})
    assert [c.id for c in thread.comments] == [
        f"{feed_url}#c-101",
        f"{replay.url}/blog/2025/kaffetest#c-102",
        f"{feed_url}#c-103",
    ]
    assert all(c.parent_id is None for c in thread.comments)
    erik, liisa, sam = thread.comments
    assert erik.author == "Erik"
    assert erik.text == "Smakar den som “vanlig” latte? Jag är skeptisk."  # content:encoded wins over description
    assert liisa.text == "Onko tässä sokeria? Kysyn & toivon ettei."
    assert liisa.created_at == datetime(2025, 11, 27, 8, 30, tzinfo=UTC)
    assert sam.text == "Too sweet for me — but nice foam."
    assert sam.url == f"{replay.url}/blog/2025/kaffetest#c-103"
    assert thread.title == "Kommentarer: Kaffetest"
    assert thread.cursor == {"etag": '"rss-c3"', "last_modified": "Fri, 28 Nov 2025 07:00:00 GMT"}


def test_rss_atom_entry_updated_after_publishing_has_an_edit_time(tmp_path: Path, replay: ReplayServer) -> None:
    replay.load(FEEDS)
    url = f"{replay.url}/atom/comments.atom"
    first, second = _source(tmp_path).fetch_thread(ThreadRef("rss", url, url), {}).comments
    assert first.id == "tag:blog.example,2025:comment:7"
    assert first.text == "Edited: still too sweet."
    assert first.edited_at == datetime(2025, 11, 28, 8, 30, tzinfo=UTC)
    assert second.edited_at is None
    assert second.text == "Maistuu hyvältä!"


def test_rss_unchanged_feed_answers_304_with_validators_sent(tmp_path: Path, replay: ReplayServer) -> None:
    replay.add("GET", "/feed.xml", {"status": 304, "headers": {"ETag": '"rss-c3"'}})
    cursor = {"etag": '"rss-c3"', "last_modified": "Fri, 28 Nov 2025 07:00:00 GMT"}
    thread = _source(tmp_path).fetch_thread(ThreadRef("rss", f"{replay.url}/feed.xml", replay.url), cursor)
    assert thread.not_modified
    assert thread.cursor == cursor
    sent = replay.requests[0].headers
    assert (sent["if-none-match"], sent["if-modified-since"]) == ('"rss-c3"', "Fri, 28 Nov 2025 07:00:00 GMT")


@pytest.mark.parametrize(
    "response",
    [
        {
            "status": 200,
            "headers": {"Content-Type": "application/rss+xml"},
            "body": '<rss version="2.0"><channel><title>K',
        },
        {"status": 200, "headers": {"Content-Type": "application/xml"}, "body": "<html><body>not a feed</body></html>"},
        {"status": 200, "headers": {"Content-Type": "application/json"}, "body": '{"items": []}'},
    ],
    ids=["broken-xml", "html-as-xml", "json"],
)
def test_rss_malformed_feed_is_rejected(tmp_path: Path, replay: ReplayServer, response: dict[str, Any]) -> None:
    replay.add("GET", "/feed.xml", response)
    with pytest.raises(MalformedPayload):
        _source(tmp_path).fetch_thread(ThreadRef("rss", f"{replay.url}/feed.xml", replay.url), {})


def test_rss_feed_body_naming_a_local_file_is_parsed_as_text_not_opened(tmp_path: Path, replay: ReplayServer) -> None:
    secret = tmp_path / "secret.xml"
    secret.write_text('<rss version="2.0"><channel><item><guid>s</guid><title>leak</title></item></channel></rss>')
    replay.add(
        "GET", "/feed.xml", {"status": 200, "headers": {"Content-Type": "application/rss+xml"}, "body": str(secret)}
    )
    with pytest.raises(MalformedPayload):
        _source(tmp_path).fetch_thread(ThreadRef("rss", f"{replay.url}/feed.xml", replay.url), {})
