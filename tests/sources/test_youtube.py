from __future__ import annotations

import copy
import json
import logging
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.demo.replay import ReplayServer
from bot.errors import ConfigError, MalformedPayload, SourceError
from bot.sources import resolve_url
from bot.sources.youtube import QuotaExhausted, QuotaMeter, YouTubeSource
from tests.conftest import FIXTURES, make_settings

CASSETTE = FIXTURES / "youtube" / "video_comments.json"
VIDEO = "Kq3vXb9Ld0s"
LINK = f"https://www.youtube.com/watch?v={VIDEO}"
KEY = "AIzaSyTEST-key-not-real-123"
T1, T2, T3, T4 = (
    "UgzFi1Aino_lampopumppu4AaABAg",
    "UgxSv2Lars_varmepump9AaABAg",
    "UgyEn3Sam_heatpump_noise7AaABAg",
    "UgwFi4Liisa_muokattu2AaABAg",
)
THREADS, COMMENTS = "/youtube/v3/commentThreads", "/youtube/v3/comments"


@pytest.mark.parametrize(
    "url",
    [
        LINK,
        f"https://youtube.com/watch?feature=share&v={VIDEO}&t=42s",
        f"https://m.youtube.com/watch?v={VIDEO}",
        f"https://youtu.be/{VIDEO}?si=abc",
        f"https://www.youtube.com/shorts/{VIDEO}",
        f"https://www.youtube.com/live/{VIDEO}?feature=share",
        f"http://www.youtube.com/watch?v={VIDEO}",
    ],
)
def test_youtube_link_forms_resolve_to_the_video(url: str) -> None:
    ref = resolve_url(url)
    assert (ref.platform, ref.thread_id, ref.url) == ("youtube", VIDEO, LINK)


@pytest.mark.parametrize(
    "url",
    [
        "https://www.youtube.com/watch?v=short",
        "https://www.youtube.com/@energiaremontti",
        "https://youtu.be/",
        f"https://example.com/watch?v={VIDEO}",
        f"https://www.youtube.com/playlist?list={VIDEO}",
    ],
)
def test_youtube_parse_url_refuses_links_that_are_not_videos(url: str) -> None:
    assert YouTubeSource.parse_url(url) is None


_open: list[YouTubeSource] = []


@pytest.fixture(autouse=True)
def _close_sources() -> Iterator[None]:
    yield
    while _open:
        _open.pop().close()


def _source(
    tmp_path: Path,
    server: ReplayServer,
    *,
    quota: QuotaMeter | None = None,
    sleeps: list[float] | None = None,
    **overrides: Any,
) -> YouTubeSource:
    values: dict[str, Any] = {"youtube_url": server.url + "/youtube/v3", "youtube_api_key": KEY}
    values.update(overrides)
    settings = make_settings(tmp_path, http_max_attempts=3, **values)
    recorder = sleeps if sleeps is not None else []
    source = YouTubeSource(settings, YouTubeSource.make_http(settings, sleep=recorder.append), quota or QuotaMeter())
    _open.append(source)
    return source


def test_youtube_video_reads_every_page_and_completes_partial_replies(tmp_path: Path, replay: ReplayServer) -> None:
    replay.load(CASSETTE)
    thread = _source(tmp_path, replay).fetch_thread(resolve_url(LINK), {})

    ids = [c.id for c in thread.comments]
    assert len(ids) == len(set(ids)) == 8
    parent = {c.id: c.parent_id for c in thread.comments}
    assert parent == {
        T1: None, f"{T1}.AQx1brand": T1,
        T2: None, f"{T2}.AQy1aino": T2, f"{T2}.AQy2sam": T2, f"{T2}.AQy3lars": T2,
        T3: None, T4: None,
    }  # fmt: skip
    by_id = {c.id: c for c in thread.comments}
    top = by_id[T2]
    assert (top.author, top.author_id) == ("@larsbygger", "UClars000000000000000002")
    assert top.text == "Fungerar det här även i norra Sverige där det blir riktigt kallt?"
    assert top.created_at == datetime(2025, 11, 18, 18, 55, 42, tzinfo=UTC)
    assert top.edited_at is None
    assert top.url == f"https://www.youtube.com/watch?v={VIDEO}&lc={T2}"
    assert top.metrics == {"likes": 7, "replies": 3}
    assert top.extra["can_reply"] is True
    reply = by_id[f"{T2}.AQy2sam"]
    assert reply.text == "Ours works fine down to -25 °C, just a bit louder."
    assert reply.url == f"https://www.youtube.com/watch?v={VIDEO}&lc={T2}.AQy2sam"
    assert reply.extra == {"video_id": VIDEO, "thread_id": T2}
    assert by_id[T4].edited_at == datetime(2025, 11, 19, 12, 45, 30, tzinfo=UTC)
    assert thread.metrics == {"comment_threads": 4}


def test_youtube_list_calls_send_the_documented_parameters_and_count_quota(
    tmp_path: Path, replay: ReplayServer
) -> None:
    replay.load(CASSETTE)
    meter = QuotaMeter()
    _source(tmp_path, replay, quota=meter).fetch_thread(resolve_url(LINK), {})
    threads, comments = replay.requests_to(THREADS), replay.requests_to(COMMENTS)
    assert [r.query.get("pageToken") for r in threads] == [None, "QURTSl9pMkg0eVV4Y0RsbWpXY0F3Q2dfbXh3"]
    assert all(
        r.query | {"pageToken": "-"} == {"part": "snippet,replies", "videoId": VIDEO, "maxResults": "100",
                                         "textFormat": "plainText", "pageToken": "-"}
        for r in threads
    )  # fmt: skip
    assert all(r.headers["x-goog-api-key"] == KEY for r in threads + comments)
    assert [(r.query["parentId"], r.query["part"], r.query.get("pageToken")) for r in comments] == [
        (T2, "snippet", None),
        (T2, "snippet", "Z2V0X25ld2VzdF9maXJzdC0tQ2dnSWdBUVZG"),
    ]
    assert meter.used == 4  # one unit per list call


def test_youtube_api_key_never_reaches_the_log(
    tmp_path: Path, replay: ReplayServer, caplog: pytest.LogCaptureFixture
) -> None:
    replay.load(CASSETTE)
    # httpx's own level too: a CLI test earlier in the run may have configured logging (httpx at WARNING)
    with caplog.at_level(logging.DEBUG), caplog.at_level(logging.DEBUG, logger="httpx"):
        _source(tmp_path, replay).fetch_thread(resolve_url(LINK), {})
    assert "external call platform=youtube" in caplog.text
    assert "HTTP Request: GET" in caplog.text  # httpx logs whole URLs at INFO: the key is not in them
    assert KEY not in caplog.text


def test_youtube_without_api_key_says_how_to_set_it(tmp_path: Path, replay: ReplayServer) -> None:
    source = _source(tmp_path, replay, youtube_api_key=None)
    with pytest.raises(ConfigError, match="YOUTUBE_API_KEY"):
        source.fetch_thread(resolve_url(LINK), {})
    assert replay.requests == []


def test_youtube_quota_refuses_before_the_call_that_would_exceed_it(tmp_path: Path, replay: ReplayServer) -> None:
    replay.load(CASSETTE)
    meter = QuotaMeter()
    with pytest.raises(QuotaExhausted, match="KUULO_YOUTUBE_DAILY_QUOTA") as info:
        _source(tmp_path, replay, quota=meter, youtube_daily_quota=3).fetch_thread(resolve_url(LINK), {})
    assert meter.used == 3
    assert len(replay.requests) == 3
    assert info.value.retry_after is not None
    assert 0 < info.value.retry_after <= 86_400


def test_quota_meter_starts_again_on_a_new_utc_day() -> None:
    now = [datetime(2025, 11, 20, 23, 59, tzinfo=UTC)]
    meter = QuotaMeter(clock=lambda: now[0])
    meter.spend(2, daily_limit=2)
    with pytest.raises(QuotaExhausted):
        meter.spend(1, daily_limit=2)
    now[0] += timedelta(minutes=2)
    meter.spend(2, daily_limit=2)
    assert meter.used == 2


def test_youtube_403_quota_exceeded_is_clear_and_not_retried(tmp_path: Path, replay: ReplayServer) -> None:
    body = {
        "error": {
            "code": 403,
            "message": "The request cannot be completed because you have exceeded your quota.",
            "errors": [{"message": "exceeded quota", "domain": "youtube.quota", "reason": "quotaExceeded"}],
        }
    }
    replay.add("GET", THREADS, {"status": 403, "json": body})
    with pytest.raises(QuotaExhausted, match="quotaExceeded"):
        _source(tmp_path, replay).fetch_thread(resolve_url(LINK), {})
    assert len(replay.requests) == 1


def test_youtube_comments_disabled_is_a_permanent_error(tmp_path: Path, replay: ReplayServer) -> None:
    body = {"error": {"code": 403, "errors": [{"domain": "youtube.commentThread", "reason": "commentsDisabled"}]}}
    replay.add("GET", THREADS, {"status": 403, "json": body})
    with pytest.raises(SourceError, match="comments are turned off") as info:
        _source(tmp_path, replay).fetch_thread(resolve_url(LINK), {})
    assert info.value.permanent


def test_youtube_429_with_retry_after_waits_then_succeeds(tmp_path: Path, replay: ReplayServer) -> None:
    cassette = json.loads(CASSETTE.read_text("utf-8"))
    first_page = cassette["interactions"][1]
    limited = {"status": 429, "headers": {"Retry-After": "11"}, "json": {"error": {"code": 429, "errors": []}}}
    first_page["responses"] = [limited, first_page.pop("response")]
    replay.load(cassette)
    sleeps: list[float] = []
    meter = QuotaMeter()
    thread = _source(tmp_path, replay, quota=meter, sleeps=sleeps).fetch_thread(resolve_url(LINK), {})
    assert len(thread.comments) == 8
    assert sleeps == [11.0]


def _first_page() -> dict[str, Any]:
    body: dict[str, Any] = json.loads(CASSETTE.read_text("utf-8"))["interactions"][1]["response"]["json"]
    body.pop("nextPageToken")
    return body


@pytest.mark.parametrize(
    "breakage",
    [lambda b: b.pop("items"), lambda b: b["items"].append("thread"), lambda b: b.update(nextPageToken=5)],
    ids=["no-items", "item-not-object", "token-not-string"],
)
def test_youtube_malformed_page_is_rejected_whole(tmp_path: Path, replay: ReplayServer, breakage: Any) -> None:
    body = _first_page()
    breakage(body)
    replay.add("GET", THREADS, {"status": 200, "json": body})
    with pytest.raises(MalformedPayload):
        _source(tmp_path, replay).fetch_thread(resolve_url(LINK), {})


@pytest.mark.parametrize(
    "breakage",
    [
        lambda b: b["items"][0]["snippet"].update(totalReplyCount="1"),
        lambda b: b["items"][0]["snippet"].pop("topLevelComment"),
        lambda b: b["items"][0]["snippet"]["topLevelComment"]["snippet"].update(likeCount=None),
        lambda b: b["items"][0]["snippet"]["topLevelComment"]["snippet"].update(publishedAt="last week"),
        lambda b: b["items"][0]["replies"]["comments"][0]["snippet"].update(parentId="UgSomeoneElse"),
        lambda b: b["items"][0]["replies"].update(comments={}),
    ],
    ids=["count-not-int", "no-top-level", "likes-null", "bad-time", "reply-wrong-parent", "replies-not-list"],
)
def test_youtube_malformed_comment_thread_is_skipped_and_the_others_read(
    tmp_path: Path, replay: ReplayServer, breakage: Any
) -> None:
    body = _first_page()
    for item in body["items"]:  # every reply sent inline: no comments.list call to serve
        item["snippet"]["totalReplyCount"] = len(item.get("replies", {}).get("comments", []))
    whole = copy.deepcopy(body)
    breakage(body)
    replay.add("GET", THREADS, {"status": 200, "json": body})
    fetched = _source(tmp_path, replay).fetch_thread(resolve_url(LINK), {})
    assert [s.raw["id"] for s in fetched.skipped] == [whole["items"][0]["id"]]
    assert fetched.missing[0].startswith(f"commentThread {whole['items'][0]['id']} and its replies: youtube:")
    assert fetched.incomplete == "failure" and not fetched.complete
    others = {whole["items"][1]["snippet"]["topLevelComment"]["id"]}
    assert others <= {c.id for c in fetched.comments}
