from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from bot.demo.replay import ReplayServer
from bot.errors import MalformedPayload
from bot.sources import hackernews, resolve_url
from bot.sources.hackernews import HackerNewsSource
from bot.sources.http import PlatformHTTP
from tests.conftest import FIXTURES, make_settings

ALGOLIA = FIXTURES / "hackernews" / "algolia_story.json"
FIREBASE = FIXTURES / "hackernews" / "firebase_story.json"
STORY = "https://news.ycombinator.com/item?id=41000001"
_open: list[HackerNewsSource] = []


@pytest.fixture(autouse=True)
def _close_sources() -> Iterator[None]:
    yield
    while _open:
        _open.pop().close()


def _source(tmp_path: Path, server: ReplayServer) -> HackerNewsSource:
    settings = make_settings(tmp_path, hn_url=server.url, hn_firebase_url=server.url)
    source = HackerNewsSource(settings, PlatformHTTP("hackernews", max_attempts=2, sleep=lambda s: None))
    _open.append(source)
    return source


@pytest.mark.parametrize(
    "url",
    [
        STORY,
        "http://news.ycombinator.com/item?id=41000001",
        "https://news.ycombinator.com/item?id=041000001&p=2",
        "  https://NEWS.ycombinator.com/item?id=41000001  ",
    ],
)
def test_hackernews_link_forms_resolve_to_the_item(url: str) -> None:
    ref = resolve_url(url)
    assert (ref.platform, ref.thread_id, ref.url) == ("hackernews", "41000001", STORY)


@pytest.mark.parametrize(
    "url",
    [
        "https://news.ycombinator.com/user?id=pg",
        "https://news.ycombinator.com/item?id=abc",
        "https://hn.example/item?id=1",
    ],
)
def test_hackernews_non_item_links_are_not_claimed(url: str) -> None:
    assert HackerNewsSource.parse_url(url) is None


def _expect_full_thread(comments: list[Any]) -> None:
    by_id = {c.id: c for c in comments}
    assert [c.id for c in comments].count("41000011") == 1
    assert sorted(by_id) == ["41000010", "41000011", "41000012", "41000013", "41000014", "41000015"]
    parents = {cid: c.parent_id for cid, c in by_id.items()}
    assert parents == {
        "41000010": None,
        "41000011": "41000010",
        "41000012": "41000011",
        "41000013": "41000010",
        "41000014": None,
        "41000015": "41000014",
    }
    first = by_id["41000010"]
    assert first.author == "saunafan"
    assert first.text == 'Käytämme tätä työpaikalla. Toimiiko se myös "offline"-tilassa?'
    assert first.created_at == datetime(2025, 11, 27, 8, 10, tzinfo=UTC)
    assert first.url == "https://news.ycombinator.com/item?id=41000010"
    assert by_id["41000011"].text == "Yes – it runs fully offline. See the docs.\nWeights ship in the wheel."
    assert by_id["41000012"].text == "Fungerar det med självhostad PostgreSQL också? Vi kör allt <on-prem>."
    for gone in ("41000013", "41000015"):
        assert by_id[gone].deleted
        assert by_id[gone].text is None
        assert by_id[gone].author is None


def test_hackernews_algolia_tree_reads_every_comment_with_its_parent(tmp_path: Path, replay: ReplayServer) -> None:
    replay.load(ALGOLIA)
    thread = _source(tmp_path, replay).fetch_thread(resolve_url(STORY), {})
    _expect_full_thread(thread.comments)
    assert thread.title == "Show HN: Kuulo – a Slack assistant that drafts replies you approve"
    assert thread.author == "kuulo_maker"
    assert thread.metrics == {"points": 128, "comments": 6}
    assert thread.extra["via"] == "algolia"
    assert [r.path for r in replay.requests] == ["/api/v1/items/41000001"]


@pytest.mark.parametrize(
    "algolia_response",
    [
        {"status": 503, "json": {"message": "unavailable"}},
        {"status": 200, "body": "<html>maintenance</html>", "headers": {"Content-Type": "text/html"}},
        {"status": 200, "body": '{"id": 41000001, "children": [', "headers": {"Content-Type": "application/json"}},
        {"status": 200, "json": {"id": 41000001, "type": "story", "children": "none"}},
    ],
    ids=["5xx", "html", "truncated", "wrong-type"],
)
def test_hackernews_falls_back_to_firebase_when_algolia_fails(
    tmp_path: Path, replay: ReplayServer, algolia_response: dict[str, Any]
) -> None:
    replay.add("GET", "/api/v1/items/41000001", algolia_response)
    replay.load(FIREBASE)
    thread = _source(tmp_path, replay).fetch_thread(resolve_url(STORY), {})
    _expect_full_thread(thread.comments)
    assert thread.extra["via"] == "firebase"
    assert thread.metrics == {"points": 128, "comments": 6}
    assert len(replay.requests_to("/v0/item/41000011.json")) == 1


def test_hackernews_truncated_algolia_body_falls_back(tmp_path: Path, replay: ReplayServer) -> None:
    story = json.loads(ALGOLIA.read_text("utf-8"))["interactions"][0]["response"]["json"]
    replay.add("GET", "/api/v1/items/41000001", {"status": 200, "json": story, "truncate": 200})
    replay.load(FIREBASE)
    thread = _source(tmp_path, replay).fetch_thread(resolve_url(STORY), {})
    assert thread.extra["via"] == "firebase"
    assert len(thread.comments) == 6


def test_hackernews_link_to_a_comment_watches_its_story(tmp_path: Path, replay: ReplayServer) -> None:
    replay.load(ALGOLIA)
    ref = resolve_url("https://news.ycombinator.com/item?id=41000012")
    thread = _source(tmp_path, replay).fetch_thread(ref, {})
    assert (thread.ref.thread_id, thread.ref.url) == ("41000001", STORY)
    assert len(thread.comments) == 6


def test_hackernews_firebase_comment_link_walks_up_to_the_story(tmp_path: Path, replay: ReplayServer) -> None:
    replay.add("GET", "/api/v1/items/41000012", {"status": 502, "json": {}})
    replay.load(FIREBASE)
    thread = _source(tmp_path, replay).fetch_thread(resolve_url("https://news.ycombinator.com/item?id=41000012"), {})
    assert thread.ref.thread_id == "41000001"
    assert len(thread.comments) == 6


def test_hackernews_malformed_story_on_both_apis_is_rejected(tmp_path: Path, replay: ReplayServer) -> None:
    replay.add("GET", "/api/v1/items/41000001", {"status": 200, "json": [1, 2]})
    firebase = json.loads(FIREBASE.read_text("utf-8"))
    firebase["interactions"][0]["response"]["json"]["kids"] = "41000002"
    replay.load(firebase)
    with pytest.raises(MalformedPayload, match="kids"):
        _source(tmp_path, replay).fetch_thread(resolve_url(STORY), {})


def test_hackernews_one_malformed_firebase_item_is_missing_with_its_replies(
    tmp_path: Path, replay: ReplayServer
) -> None:
    replay.add("GET", "/api/v1/items/41000001", {"status": 200, "json": [1, 2]})
    firebase = json.loads(FIREBASE.read_text("utf-8"))
    bad = firebase["interactions"][1]["response"]["json"]
    bad["time"] = "yesterday"
    replay.load(firebase)
    thread = _source(tmp_path, replay).fetch_thread(resolve_url(STORY), {})
    assert str(bad["id"]) not in {c.id for c in thread.comments} and thread.comments
    assert thread.incomplete == "failure" and not thread.complete
    assert thread.missing == [f"item {bad['id']} and its replies: hackernews: time of item {bad['id']} is not int"]


def test_hackernews_algolia_comment_unreadable_on_both_apis_is_skipped_and_its_replies_read(
    tmp_path: Path, replay: ReplayServer
) -> None:
    """One comment Algolia sent wrong, and Firebase cannot give either (it 404s here): that comment is
    skipped (kept for the quarantine, the thread incomplete so nothing is deleted for being absent); its
    replies, which Algolia sent whole, are read under its id; the story is not re-read item by item."""
    cassette = json.loads(ALGOLIA.read_text("utf-8"))
    bad = cassette["interactions"][0]["response"]["json"]["children"][0]
    bad["author"] = 42
    replay.load(cassette)
    fetched = _source(tmp_path, replay).fetch_thread(resolve_url(STORY), {})
    assert [s.raw["id"] for s in fetched.skipped] == [bad["id"]]
    assert fetched.missing == ["item 41000010: hackernews: author of item 41000010 is not str"]
    by_id = {c.id: c for c in fetched.comments}
    assert sorted(by_id) == ["41000011", "41000012", "41000013", "41000014", "41000015"]
    assert by_id["41000011"].parent_id == "41000010" and by_id["41000012"].parent_id == "41000011"
    assert fetched.incomplete == "failure" and not fetched.complete
    assert [r.path for r in replay.requests] == ["/api/v1/items/41000001", "/v0/item/41000010.json"]


def test_hackernews_algolia_comment_unreadable_is_read_from_firebase_alone(
    tmp_path: Path, replay: ReplayServer
) -> None:
    """What a user expects of one bad comment from Algolia: the whole thread stored, that comment from
    Firebase's copy (one request), nothing skipped, so the thread is complete."""
    cassette = json.loads(ALGOLIA.read_text("utf-8"))
    bad = cassette["interactions"][0]["response"]["json"]["children"][0]
    bad["created_at_i"] = bad["created_at"] = "eilen"
    replay.load(cassette)
    replay.load(FIREBASE)
    fetched = _source(tmp_path, replay).fetch_thread(resolve_url(STORY), {})
    _expect_full_thread(fetched.comments)
    assert fetched.extra["via"] == "algolia" and fetched.complete and not fetched.skipped and not fetched.missing
    assert [r.path for r in replay.requests] == ["/api/v1/items/41000001", "/v0/item/41000010.json"]


def test_hackernews_asks_firebase_for_at_most_a_few_unreadable_algolia_comments(
    tmp_path: Path, replay: ReplayServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An Algolia that sends every comment unreadable must not cost a Firebase request per comment each poll."""
    monkeypatch.setattr(hackernews, "MAX_FIREBASE_REPAIRS", 1)
    cassette = json.loads(ALGOLIA.read_text("utf-8"))
    children = cassette["interactions"][0]["response"]["json"]["children"]
    for bad in children:
        bad["author"] = 42
    replay.load(cassette)
    replay.load(FIREBASE)
    fetched = _source(tmp_path, replay).fetch_thread(resolve_url(STORY), {})
    assert [r.path for r in replay.requests] == ["/api/v1/items/41000001", "/v0/item/41000010.json"]
    assert "41000010" in {c.id for c in fetched.comments}  # asked, and Firebase had it
    assert [s.where for s in fetched.skipped] == ["item 41000014"]  # not asked: kept for the quarantine
    assert {"41000011", "41000012", "41000013", "41000015"} <= {c.id for c in fetched.comments}
