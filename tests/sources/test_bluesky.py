from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from bot.demo.replay import ReplayServer
from bot.errors import MalformedPayload, RateLimited, SourceError, ThreadGone
from bot.sources import resolve_url
from bot.sources.bluesky import BlueskySource
from tests.conftest import FIXTURES, make_settings

NESTED = FIXTURES / "bluesky" / "thread_nested.json"
LINK = "https://bsky.app/profile/energiaremontti.bsky.social/post/3l3a2m2w7atuy"
ROOT_DID = "did:plc:7fu7wepgky2jlrntmlll2dzu"
ROOT = f"at://{ROOT_DID}/app.bsky.feed.post/3l3a2m2w7atuy"
THREAD = "/xrpc/app.bsky.feed.getPostThread"


def _uri(did: str, rkey: str) -> str:
    return f"at://did:plc:{did}/app.bsky.feed.post/{rkey}"


A1 = _uri("uqbfnf2qkamj4hsc4rvuq5gh", "3lippvrpoont6")
A2 = _uri("7fu7wepgky2jlrntmlll2dzu", "3leccrop2hloz")
A3 = _uri("dudl2zcrmkp5leq3eu4x3dgs", "3lruuscs2jv37")
A4 = _uri("uqbfnf2qkamj4hsc4rvuq5gh", "3ljmxtqo3scuo")
A5 = _uri("26eky5tws4dm4iltdxsdpnlw", "3l2cbytgiyo65")
A6 = _uri("dudl2zcrmkp5leq3eu4x3dgs", "3lfgimavqxc47")
A7 = _uri("26eky5tws4dm4iltdxsdpnlw", "3l4rtydysva4p")
A8 = _uri("uqbfnf2qkamj4hsc4rvuq5gh", "3l3bip3cuztso")
B1 = _uri("26eky5tws4dm4iltdxsdpnlw", "3lofqmf7uavnr")
C1 = _uri("dudl2zcrmkp5leq3eu4x3dgs", "3lcw5ebbwpc4e")
GONE = _uri("uqbfnf2qkamj4hsc4rvuq5gh", "3lariqby2crrq")
BLOCKED = _uri("s7eqgkvlogc5a5bhkak3zgzi", "3lmxf36us2bcb")


@pytest.mark.parametrize(
    ("url", "thread_id"),
    [
        (LINK, "at://energiaremontti.bsky.social/app.bsky.feed.post/3l3a2m2w7atuy"),
        (
            LINK.replace("energiaremontti", "EnergiaRemontti") + "/",
            "at://energiaremontti.bsky.social/app.bsky.feed.post/3l3a2m2w7atuy",
        ),
        (f"https://bsky.app/profile/{ROOT_DID}/post/3l3a2m2w7atuy", ROOT),
        (f"http://bsky.app/profile/{ROOT_DID.replace(':', '%3A')}/post/3l3a2m2w7atuy", ROOT),
    ],
)
def test_bluesky_link_forms_resolve_to_an_at_uri(url: str, thread_id: str) -> None:
    ref = resolve_url(url)
    assert (ref.platform, ref.thread_id) == ("bluesky", thread_id)
    assert ref.url.startswith("https://bsky.app/profile/")
    assert ref.url.endswith("/post/3l3a2m2w7atuy")


@pytest.mark.parametrize(
    "url",
    [
        "https://bsky.app/profile/energiaremontti.bsky.social",
        "https://bsky.app/profile/not_a_handle!/post/3l3a2m2w7atuy",
        "https://example.com/profile/a.bsky.social/post/3l3a2m2w7atuy",
        "https://bsky.app/profile/a.bsky.social/feed/3l3a2m2w7atuy",
    ],
)
def test_bluesky_parse_url_refuses_links_that_are_not_posts(url: str) -> None:
    assert BlueskySource.parse_url(url) is None


_open: list[BlueskySource] = []


@pytest.fixture(autouse=True)
def _close_sources() -> Iterator[None]:
    yield
    while _open:
        _open.pop().close()


def _source(tmp_path: Path, server: ReplayServer, sleeps: list[float] | None = None) -> BlueskySource:
    settings = make_settings(tmp_path, bluesky_url=server.url, http_max_attempts=3)
    recorder = sleeps if sleeps is not None else []
    source = BlueskySource(settings, BlueskySource.make_http(settings, sleep=recorder.append))
    _open.append(source)
    return source


def test_bluesky_nested_thread_reads_every_comment_once_with_its_parent(tmp_path: Path, replay: ReplayServer) -> None:
    replay.load(NESTED)
    thread = _source(tmp_path, replay).fetch_thread(resolve_url(LINK), {})

    ids = [c.id for c in thread.comments]
    assert len(ids) == len(set(ids)) == 12
    parent = {c.id: c.parent_id for c in thread.comments}
    assert parent == {
        A1: None, A2: A1, GONE: A1, A3: A2, A4: A3, A5: A4, A6: A5, A7: A6, A8: A7,
        B1: None, BLOCKED: B1, C1: None,
    }  # fmt: skip
    by_id = {c.id: c for c in thread.comments}
    a5 = by_id[A5]
    assert (a5.author, a5.author_id) == ("erik.bsky.social", "did:plc:26eky5tws4dm4iltdxsdpnlw")
    assert a5.text == "Hos oss kostade själva pumpen ungefär 8 000 € extra."
    assert a5.created_at == datetime(2025, 11, 20, 9, 52, tzinfo=UTC)
    assert a5.url == "https://bsky.app/profile/erik.bsky.social/post/3l2cbytgiyo65"
    assert a5.metrics == {"likes": 2, "reposts": 0, "replies": 1, "quotes": 0}
    assert a5.extra["uri"] == A5
    assert a5.extra["cid"].startswith("bafyrei")
    assert a5.extra["root"]["uri"] == ROOT
    assert a5.extra["parent"]["uri"] == A4
    assert a5.extra["langs"] == ["sv"]
    assert by_id[A8].text == "Kiitos kaikille, tämä ketju oli todella hyödyllinen."  # from the re-query
    assert by_id[B1].extra["mentions"] == [ROOT_DID]
    assert by_id[C1].extra["mentions"] == []
    gone, blocked = by_id[GONE], by_id[BLOCKED]
    assert gone.deleted
    assert gone.text is None
    assert gone.author is None
    assert gone.extra["state"] == "not_found"
    assert blocked.deleted
    assert blocked.text is None
    assert blocked.extra["state"] == "blocked"
    assert blocked.author_id == "did:plc:s7eqgkvlogc5a5bhkak3zgzi"
    assert thread.author == "energiaremontti.bsky.social"
    assert thread.extra["uri"] == ROOT
    assert thread.body is not None
    assert thread.body.startswith("Vaihdoimme öljylämmityksen")


def test_bluesky_resolves_the_handle_once_and_requeries_only_the_cut_off_leaf(
    tmp_path: Path, replay: ReplayServer
) -> None:
    replay.load(NESTED)
    source = _source(tmp_path, replay)
    source.fetch_thread(resolve_url(LINK), {})
    source.fetch_thread(resolve_url(LINK), {})
    assert len(replay.requests_to("/xrpc/com.atproto.identity.resolveHandle")) == 1
    calls = replay.requests_to(THREAD)
    assert [c.query["uri"] for c in calls] == [ROOT, A6, ROOT, A6]
    assert all(c.query["depth"] == "6" and c.query["parentHeight"] == "0" for c in calls)


def test_bluesky_did_link_needs_no_handle_resolution(tmp_path: Path, replay: ReplayServer) -> None:
    replay.load(NESTED)
    thread = _source(tmp_path, replay).fetch_thread(
        resolve_url(f"https://bsky.app/profile/{ROOT_DID}/post/3l3a2m2w7atuy"), {}
    )
    assert len(thread.comments) == 12
    assert replay.requests_to("/xrpc/com.atproto.identity.resolveHandle") == []


def _cassette() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(NESTED.read_text("utf-8"))
    return loaded


def _root_body() -> dict[str, Any]:
    body: dict[str, Any] = _cassette()["interactions"][1]["response"]["json"]
    return body


def test_bluesky_thread_that_is_not_an_object_is_rejected_whole(tmp_path: Path, replay: ReplayServer) -> None:
    body = _root_body()
    body.update(thread="nope")
    replay.add("GET", THREAD, {"status": 200, "json": body}, query={"uri": ROOT})
    with pytest.raises(MalformedPayload):
        _source(tmp_path, replay).fetch_thread(
            resolve_url(f"https://bsky.app/profile/{ROOT_DID}/post/3l3a2m2w7atuy"), {}
        )


@pytest.mark.parametrize(
    "breakage",
    [
        lambda b: b["thread"]["replies"][0]["post"].pop("uri"),
        lambda b: b["thread"]["replies"][0]["post"]["record"].update(text=5),
        lambda b: b["thread"]["replies"][0]["post"].update(likeCount="5"),
        lambda b: b["thread"]["replies"][1]["replies"][0].pop("author"),
        lambda b: b["thread"]["replies"][2].update({"$type": "app.bsky.feed.defs#mysteryPost"}),
        lambda b: b["thread"]["replies"][2]["post"]["record"].update(createdAt="yesterday", langs="fi"),
        lambda b: b["thread"]["replies"][1]["post"]["record"]["facets"][0]["features"][0].pop("did"),
    ],
    ids=[
        "no-uri",
        "text-not-string",
        "count-not-int",
        "blocked-no-author",
        "unknown-node",
        "langs-not-list",
        "mention-without-did",
    ],
)
def test_bluesky_malformed_reply_is_skipped_and_the_others_are_read(
    tmp_path: Path, replay: ReplayServer, breakage: Any
) -> None:
    whole = _root_body()
    replay.add("GET", THREAD, {"status": 200, "json": whole}, query={"uri": ROOT})
    source = _source(tmp_path, replay)
    ref = resolve_url(f"https://bsky.app/profile/{ROOT_DID}/post/3l3a2m2w7atuy")
    every = {c.id for c in source.fetch_thread(ref, {}).comments}
    body = _root_body()
    breakage(body)
    replay.reset()
    replay.add("GET", THREAD, {"status": 200, "json": body}, query={"uri": ROOT})
    fetched = source.fetch_thread(ref, {})
    assert len(fetched.skipped) == 1 and fetched.skipped[0].where in fetched.missing[0]
    assert fetched.incomplete == "failure" and not fetched.complete
    kept = {c.id for c in fetched.comments}
    assert kept and kept < every  # the reply (and those under it) skipped, the others read


def test_bluesky_deleted_watched_post_is_thread_gone(tmp_path: Path, replay: ReplayServer) -> None:
    replay.add("GET", THREAD, {"status": 400, "json": {"error": "NotFound", "message": f"Post not found: {ROOT}"}})
    with pytest.raises(ThreadGone):
        _source(tmp_path, replay).fetch_thread(
            resolve_url(f"https://bsky.app/profile/{ROOT_DID}/post/3l3a2m2w7atuy"), {}
        )
    assert len(replay.requests_to(THREAD)) == 1  # not retried


def test_bluesky_unknown_handle_says_how_to_fix_the_link(tmp_path: Path, replay: ReplayServer) -> None:
    replay.add(
        "GET",
        "/xrpc/com.atproto.identity.resolveHandle",
        {"status": 400, "json": {"error": "InvalidRequest", "message": "Unable to resolve handle"}},
    )
    with pytest.raises(SourceError, match="does not resolve") as info:
        _source(tmp_path, replay).fetch_thread(resolve_url(LINK), {})
    assert info.value.permanent


def test_bluesky_429_with_retry_after_waits_then_succeeds(tmp_path: Path, replay: ReplayServer) -> None:
    limited = {"status": 429, "headers": {"Retry-After": "7"}, "json": {"error": "RateLimitExceeded"}}
    cassette = _cassette()
    first = cassette["interactions"][1]
    first["responses"] = [limited, first.pop("response")]
    replay.load(cassette)
    sleeps: list[float] = []
    thread = _source(tmp_path, replay, sleeps).fetch_thread(resolve_url(LINK), {})
    assert len(thread.comments) == 12
    assert sleeps == [7.0]


def test_bluesky_429_every_time_gives_up_with_rate_limited(tmp_path: Path, replay: ReplayServer) -> None:
    replay.add("GET", THREAD, {"status": 429, "headers": {"Retry-After": "2"}, "json": {"error": "RateLimitExceeded"}})
    sleeps: list[float] = []
    with pytest.raises(RateLimited):
        _source(tmp_path, replay, sleeps).fetch_thread(
            resolve_url(f"https://bsky.app/profile/{ROOT_DID}/post/3l3a2m2w7atuy"), {}
        )
    assert sleeps == [2.0, 2.0]
    assert len(replay.requests_to(THREAD)) == 3


def test_bluesky_requeries_are_bounded(tmp_path: Path, replay: ReplayServer, monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.sources import bluesky

    monkeypatch.setattr(bluesky, "MAX_REQUERIES", 0)
    replay.load(NESTED)
    thread = _source(tmp_path, replay).fetch_thread(resolve_url(LINK), {})
    assert len(thread.comments) == 10  # A7 and A8 wait for a later poll
    assert [c.query["uri"] for c in replay.requests_to(THREAD)] == [ROOT]


def test_bluesky_branch_deleted_between_calls_does_not_fail_the_thread(tmp_path: Path, replay: ReplayServer) -> None:
    cassette = _cassette()
    cassette["interactions"][2]["response"] = {
        "status": 400,
        "json": {"error": "NotFound", "message": f"Post not found: {A6}"},
    }
    replay.load(cassette)
    thread = _source(tmp_path, replay).fetch_thread(resolve_url(LINK), {})
    assert len(thread.comments) == 10
    assert A6 in {c.id for c in thread.comments}
