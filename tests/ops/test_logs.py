"""Operator logs: one line per external call with ids and timings, never comment text; JSON lines for collectors."""

from __future__ import annotations

import json
from collections.abc import Callable

from bot.demo.replay import ReplayServer
from tests.conftest import FIXTURES, CliResult

Kuulo = Callable[..., CliResult]
THREAD = FIXTURES / "reddit" / "thread_nested.json"


def test_a_poll_logged_as_json_has_one_line_per_reddit_call_with_path_status_and_timing_but_no_text(
    kuulo: Kuulo, replay: ReplayServer
) -> None:
    replay.load(THREAD)
    added = kuulo("watch", "add", "https://redd.it/1abcde", KUULO_REDDIT_URL=replay.url)
    assert added.code == 0, added.err
    replay.reset()
    replay.load(THREAD)
    polled = kuulo("--log-format", "json", "--verbose", "poll", "--all", KUULO_REDDIT_URL=replay.url)
    assert polled.code == 0, polled.err

    entries = [json.loads(line) for line in polled.err.splitlines() if line.strip()]  # every line is JSON
    assert entries and all({"time", "level", "logger", "message"} <= set(entry) for entry in entries)
    calls = [e["message"] for e in entries if e["message"].startswith("external call platform=reddit")]
    assert len(calls) == len(replay.requests) >= 1
    assert all(" method=GET path=" in call and " status=200 ms=" in call for call in calls)
    assert all("?" not in call for call in calls)  # query strings (tokens, cursors) never reach the log
    thread = json.loads(THREAD.read_text())["interactions"][0]["response"]["json"][0]["data"]["children"][0]["data"]
    for secret_or_text in (thread["title"], thread["selftext"], thread["author"]):
        assert secret_or_text not in polled.err
