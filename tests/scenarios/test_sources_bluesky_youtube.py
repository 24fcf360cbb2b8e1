"""`kuulo watch add` -> `kuulo poll` -> `kuulo export` for Bluesky and YouTube, against the replay server."""

from __future__ import annotations

import json
from typing import Any

from bot.demo.replay import ReplayServer
from tests.conftest import FIXTURES
from tests.test_exports import validate_rows

BLUESKY_LINK = "https://bsky.app/profile/energiaremontti.bsky.social/post/3l3a2m2w7atuy"
YOUTUBE_LINK = "https://youtu.be/Kq3vXb9Ld0s"


def _export(kuulo: Any) -> list[dict[str, Any]]:
    result = kuulo("export", "--what", "comments", "--format", "jsonl")
    assert result.code == 0, result.err
    rows = [json.loads(line) for line in result.out.splitlines()]
    validate_rows("comments", rows)
    return rows


def test_bluesky_watch_poll_export_stores_every_reply_with_its_parent(kuulo: Any, replay: ReplayServer) -> None:
    replay.load(FIXTURES / "bluesky" / "thread_nested.json")
    env = {"KUULO_BLUESKY_URL": replay.url}
    added = kuulo("watch", "add", BLUESKY_LINK, **env)
    assert added.code == 0, added.err
    polled = kuulo("poll", **env)
    assert polled.code == 0, polled.err
    assert "12 new" in polled.out, polled.out

    rows = _export(kuulo)
    assert len(rows) == 12
    assert {r["platform"] for r in rows} == {"bluesky"}
    assert {r["thread_id"] for r in rows} == {"at://did:plc:7fu7wepgky2jlrntmlll2dzu/app.bsky.feed.post/3l3a2m2w7atuy"}
    ids = {r["id"] for r in rows}
    assert all(r["parent_id"] is None or r["parent_id"] in ids for r in rows)
    assert sum(r["parent_id"] is None for r in rows) == 3
    assert sum(r["deleted"] for r in rows) == 2  # the notFound and the blocked reply
    texts = {r["text"] for r in rows}
    assert "Varsågod! Fråga gärna om installationen också." in texts  # only reachable by the re-query

    again = kuulo("poll", "--all", **env)
    assert "0 new, 0 changed, 0 deleted" in again.out


def test_youtube_watch_poll_export_reads_all_pages_and_replies(kuulo: Any, replay: ReplayServer) -> None:
    replay.load(FIXTURES / "youtube" / "video_comments.json")
    env = {"KUULO_YOUTUBE_URL": replay.url + "/youtube/v3", "YOUTUBE_API_KEY": "AIzaScenarioKey"}
    assert kuulo("watch", "add", YOUTUBE_LINK, **env).code == 0
    polled = kuulo("poll", **env)
    assert polled.code == 0, polled.err
    assert "8 new" in polled.out, polled.out

    rows = _export(kuulo)
    assert len(rows) == 8
    assert {r["thread_id"] for r in rows} == {"Kq3vXb9Ld0s"}
    tops = [r for r in rows if r["parent_id"] is None]
    assert len(tops) == 4
    assert all(r["url"] == f"https://www.youtube.com/watch?v=Kq3vXb9Ld0s&lc={r['id']}" for r in rows)
    assert sum(r["parent_id"] == "UgxSv2Lars_varmepump9AaABAg" for r in rows) == 3
    assert all(r["created_at"].endswith("Z") for r in rows)
    assert "AIzaScenarioKey" not in polled.out + polled.err


def test_youtube_poll_without_api_key_fails_the_watch_with_instructions(kuulo: Any, replay: ReplayServer) -> None:
    env = {"KUULO_YOUTUBE_URL": replay.url + "/youtube/v3"}
    assert kuulo("watch", "add", YOUTUBE_LINK, **env).code == 0
    polled = kuulo("poll", **env)
    assert "FAILED" in polled.out
    assert "YOUTUBE_API_KEY" in polled.out
    assert replay.requests == []
