"""`kuulo watch` and `kuulo poll` through the command line against a replay server."""

from __future__ import annotations

from typing import Any

from bot.demo.replay import ReplayServer
from tests.conftest import FIXTURES

URL = "https://www.reddit.com/r/Suomi/comments/1abcde/lampopumppu/"


def test_watch_add_twice_creates_one_watch(kuulo: Any) -> None:
    first = kuulo("watch", "add", URL, "--objective", "sales", "--topic", "heat pumps", "--interval", "15")
    second = kuulo("watch", "add", "https://redd.it/1abcde")
    assert first.code == 0 and "as watch 1" in first.out
    assert second.code == 0 and "Already watching" in second.out
    listing = kuulo("watch", "list").out.splitlines()
    assert len(listing) == 1 and "sales" in listing[0] and "heat pumps" in listing[0]


def test_unsupported_url_fails_with_the_link_forms(kuulo: Any) -> None:
    result = kuulo("watch", "add", "https://example.com/thread/1")
    assert result.code == 1
    assert "Supported link forms" in result.err and "redd.it/<id>" in result.err
    assert "Traceback" not in result.err


def test_pause_resume_remove_and_unknown_ids(kuulo: Any) -> None:
    kuulo("watch", "add", URL)
    assert kuulo("watch", "pause", "1").code == 0
    assert "paused" in kuulo("watch", "list").out
    assert kuulo("watch", "resume", "1").code == 0
    missing = kuulo("watch", "pause", "99")
    assert missing.code == 1 and "kuulo watch list" in missing.err
    assert kuulo("watch", "remove", "1").code == 0
    assert "No watches yet" in kuulo("watch", "list").out


def test_poll_twice_stores_once_and_a_failing_watch_does_not_stop_the_others(kuulo: Any, replay: ReplayServer) -> None:
    replay.load(FIXTURES / "reddit" / "thread_nested.json")
    replay.add("GET", "/comments/2gone.json", {"status": 500, "json": {"message": "Internal Server Error"}})
    env = {"KUULO_REDDIT_URL": replay.url, "KUULO_HTTP_MAX_ATTEMPTS": "1"}
    kuulo("watch", "add", "https://redd.it/2gone", **env)
    kuulo("watch", "add", URL, **env)
    first = kuulo("poll", **env)
    assert first.code == 3, first.err  # a watch failed (docs/operations.md); the others were polled
    lines = first.out.splitlines()
    assert any("2gone" in line and "FAILED" in line and "server error 500" in line for line in lines)
    assert any("1abcde" in line and "9 new" in line for line in lines)
    nothing = kuulo("poll", **env)
    assert "Nothing is due" in nothing.out and nothing.code == 0
    again = kuulo("poll", "--all", **env)
    assert any("1abcde" in line and "0 new, 0 changed, 0 deleted" in line for line in again.out.splitlines())
    listing = kuulo("watch", "list").out
    assert "error" in listing and "server error 500" in listing
