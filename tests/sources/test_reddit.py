from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.demo.replay import ReplayServer
from bot.errors import MalformedPayload, UnsupportedURL
from bot.sources import resolve_url
from bot.sources.http import PlatformHTTP
from bot.sources.reddit import RedditSource
from tests.conftest import FIXTURES, make_settings

NESTED = FIXTURES / "reddit" / "thread_nested.json"


@pytest.mark.parametrize(
    "url",
    [
        "https://www.reddit.com/r/Suomi/comments/1abcde/lampopumppu_vai_kaukolampo/",
        "https://old.reddit.com/r/Suomi/comments/1abcde/x/",
        "http://reddit.com/comments/1abcde",
        "https://redd.it/1abcde",
        "https://www.reddit.com/r/Suomi/comments/1ABCDE/slug/c1/",
    ],
)
def test_reddit_link_forms_resolve_to_the_same_thread(url: str) -> None:
    ref = resolve_url(url)
    assert (ref.platform, ref.thread_id) == ("reddit", "1abcde")
    assert ref.url == "https://www.reddit.com/comments/1abcde/"


@pytest.mark.parametrize(
    "url", ["https://example.com/r/x/comments/1/", "ftp://reddit.com/comments/1abcde", "not a url", ""]
)
def test_unsupported_link_names_the_supported_forms(url: str) -> None:
    with pytest.raises(UnsupportedURL) as info:
        resolve_url(url)
    assert "redd.it/<id>" in str(info.value)
    assert "reddit.com/r/<subreddit>/comments/<id>" in str(info.value)


_open: list[RedditSource] = []


@pytest.fixture(autouse=True)
def _close_sources() -> Iterator[None]:
    yield
    while _open:
        _open.pop().close()


def _source(tmp_path: Path, server: ReplayServer, **overrides: object) -> RedditSource:
    settings = make_settings(tmp_path, reddit_url=server.url, **overrides)
    source = RedditSource(settings, PlatformHTTP("reddit", max_attempts=2, sleep=lambda s: None))
    _open.append(source)
    return source


def test_reddit_thread_with_nested_replies_deleted_and_more_stubs_reads_every_comment(
    tmp_path: Path, replay: ReplayServer
) -> None:
    replay.load(NESTED)
    source = _source(tmp_path, replay)
    thread = source.fetch_thread(resolve_url("https://redd.it/1abcde"), {})

    by_id = {c.id: c for c in thread.comments}
    assert sorted(by_id) == ["c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9"]
    assert by_id["c1"].parent_id is None
    assert by_id["c2"].parent_id == "c1"
    assert by_id["c3"].parent_id == "c2"
    assert by_id["c8"].parent_id == "c3"  # from "continue this thread"
    assert by_id["c6"].parent_id == "c5"  # from /api/morechildren
    assert by_id["c7"].parent_id is None
    assert by_id["c4"].deleted and by_id["c4"].text is None and by_id["c4"].author is None
    assert by_id["c9"].deleted and by_id["c9"].text is None  # [removed]
    assert by_id["c1"].edited_at is not None
    assert by_id["c1"].metrics == {"score": 14}
    assert by_id["c1"].url == "https://www.reddit.com/r/Suomi/comments/1abcde/lampopumppu_vai_kaukolampo/c1/"
    assert thread.title == "Lämpöpumppu vai kaukolämpö omakotitaloon?"
    # morechildren is asked one request at a time, with the thread's fullname
    more_calls = replay.requests_to("/api/morechildren.json")
    assert [r.query["children"] for r in more_calls] == ["c6", "c7,c9"]
    assert all(r.query["link_id"] == "t3_1abcde" for r in more_calls)
    ua = replay.requests[0].headers["user-agent"]
    assert ua.startswith("reddit:kuulo:")


def test_reddit_user_agent_names_the_configured_user(tmp_path: Path, replay: ReplayServer) -> None:
    replay.load(NESTED)
    source = _source(tmp_path, replay, reddit_username="brandbot")
    source.fetch_thread(resolve_url("https://redd.it/1abcde"), {})
    assert replay.requests[0].headers["user-agent"].endswith("(by /u/brandbot)")


def test_reddit_oauth_fetches_a_token_and_uses_the_oauth_host(tmp_path: Path, replay: ReplayServer) -> None:
    import json

    cassette = json.loads(NESTED.read_text("utf-8"))
    replay.add(
        "POST",
        "/api/v1/access_token",
        {"status": 200, "json": {"access_token": "tok123", "token_type": "bearer", "expires_in": 3600}},
    )
    replay.load(cassette)
    source = _source(
        tmp_path,
        replay,
        reddit_oauth_url=replay.url,
        reddit_client_id="cid",
        reddit_client_secret="csecret",
        reddit_username="brandbot",
        reddit_password="pw",
    )
    source.fetch_thread(resolve_url("https://redd.it/1abcde"), {})
    token_calls = replay.requests_to("/api/v1/access_token")
    assert len(token_calls) == 1
    assert b"grant_type=password" in token_calls[0].body
    assert token_calls[0].headers["authorization"].startswith("Basic ")
    thread_call = replay.requests_to("/comments/1abcde.json")[0]
    assert thread_call.headers["authorization"] == "bearer tok123"


@pytest.mark.parametrize(
    "response",
    [
        {"status": 200, "body": "<!doctype html><html>blocked</html>", "headers": {"Content-Type": "text/html"}},
        {
            "status": 200,
            "body": '[{"kind": "Listing", "data": {"children": [',
            "headers": {"Content-Type": "application/json"},
        },
        {"status": 200, "json": {"kind": "Listing"}},
        {"status": 200, "json": [{"kind": "Listing", "data": {"children": []}}, {"kind": "Listing", "data": {}}]},
    ],
    ids=["html", "truncated-json", "not-two-listings", "no-post"],
)
def test_reddit_malformed_payload_is_rejected(
    tmp_path: Path, replay: ReplayServer, response: dict[str, object]
) -> None:
    replay.add("GET", "/comments/1abcde.json", response)
    with pytest.raises(MalformedPayload):
        _source(tmp_path, replay).fetch_thread(resolve_url("https://redd.it/1abcde"), {})


def test_reddit_comment_with_wrong_types_is_skipped_and_the_others_read(tmp_path: Path, replay: ReplayServer) -> None:
    import json

    cassette = json.loads(NESTED.read_text("utf-8"))
    thread = cassette["interactions"][0]["response"]["json"]
    thread[1]["data"]["children"][0]["data"]["body"] = 12345
    replay.load(cassette)  # the morechildren and continued-thread answers too
    fetched = _source(tmp_path, replay).fetch_thread(resolve_url("https://redd.it/1abcde"), {})
    assert len(fetched.skipped) == 1 and "lacks id, parent_id or body" in fetched.skipped[0].reason
    assert fetched.skipped[0].raw == thread[1]["data"]["children"][0]  # kept as sent, for the quarantine
    assert fetched.incomplete == "failure" and not fetched.complete
    assert fetched.comments  # the other top-level comments and their replies are read
