"""`kuulo watch add` -> `kuulo poll` -> `kuulo export` for Hacker News, Mastodon, WordPress and RSS.

Every base URL (or the instance/blog URL itself, over http://) points at the replay server.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from bot.demo.replay import ReplayServer
from tests.conftest import FIXTURES
from tests.test_exports import validate_rows


def _export(kuulo: Any) -> list[dict[str, Any]]:
    result = kuulo("export", "--what", "comments", "--format", "jsonl")
    assert result.code == 0, result.err
    rows = [json.loads(line) for line in result.out.splitlines()]
    validate_rows("comments", rows)
    return rows


@pytest.mark.parametrize(
    ("cassette", "path", "platform", "count"),
    [
        ("hackernews/algolia_story.json", None, "hackernews", 6),
        ("mastodon/thread.json", "/@kahvila/113300000000000001", "mastodon", 4),
        ("wordpress/post_two_pages.json", "/2025/11/kauramaito/", "wordpress", 103),
        ("rss/comment_feeds.json", "/blog/2025/kaffetest", "rss", 3),
    ],
)
def test_open_platform_watch_poll_export_stores_every_comment_once(
    kuulo: Any, replay: ReplayServer, cassette: str, path: str | None, platform: str, count: int
) -> None:
    replay.load(FIXTURES / cassette)
    env = {"KUULO_HN_URL": replay.url, "KUULO_HN_FIREBASE_URL": replay.url, "KUULO_HTTP_MAX_ATTEMPTS": "1"}
    url = "https://news.ycombinator.com/item?id=41000001" if path is None else replay.url + path
    added = kuulo("watch", "add", url, **env)
    assert added.code == 0, added.err
    assert f"Watching {platform} thread" in added.out
    first = kuulo("poll", **env)
    assert first.code == 0, first.err
    assert f"{count} new" in first.out, first.out
    again = kuulo("poll", "--all", **env)
    assert "0 new, 0 changed, 0 deleted" in again.out, again.out
    rows = _export(kuulo)
    assert len(rows) == count
    assert len({r["id"] for r in rows}) == count
    assert {r["platform"] for r in rows} == {platform}
    ids = {r["id"] for r in rows}
    assert all(r["parent_id"] is None or r["parent_id"] in ids for r in rows)
    assert all(r["created_at"] and r["created_at"].endswith("Z") for r in rows)


def test_hackernews_deleted_comments_export_without_author_or_text(kuulo: Any, replay: ReplayServer) -> None:
    replay.load(FIXTURES / "hackernews" / "algolia_story.json")
    env = {"KUULO_HN_URL": replay.url}
    kuulo("watch", "add", "https://news.ycombinator.com/item?id=41000001", **env)
    kuulo("poll", **env)
    by_id = {r["id"]: r for r in _export(kuulo)}
    assert by_id["41000013"] == {**by_id["41000013"], "deleted": True, "text": None, "author": None}
    assert by_id["41000012"]["parent_id"] == "41000011"
    assert by_id["41000012"]["thread_id"] == "41000001"


def test_rss_second_poll_sends_validators_and_304_changes_nothing(kuulo: Any, replay: ReplayServer) -> None:
    replay.load(FIXTURES / "rss" / "comment_feeds.json")
    feed = "/blog/2025/kaffetest/comments.xml"
    kuulo("watch", "add", replay.url + "/blog/2025/kaffetest")
    assert "3 new" in kuulo("poll").out
    replay.reset()
    replay.add("GET", feed, {"status": 304, "headers": {"ETag": '"rss-c3"'}})
    again = kuulo("poll", "--all")
    assert again.code == 0, again.err
    assert "0 new, 0 changed, 0 deleted" in again.out
    assert replay.requests_to(feed)[0].headers["if-none-match"] == '"rss-c3"'
    assert len(_export(kuulo)) == 3
