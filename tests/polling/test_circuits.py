"""Per-platform circuit breaker: a dead platform is skipped, the others are polled; it closes after a success."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from bot.demo.replay import ReplayServer
from bot.services import Services
from bot.watching.circuits import load
from bot.watching.polling import poll
from bot.watching.watches import add_watch
from scheduler.status import collect, render

T0 = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
REDDIT_IDS = [f"dead{n}" for n in range(7)]
HN_IDS = ["4100", "4101"]


def _reddit_thread(thread_id: str) -> dict[str, Any]:
    post = {"kind": "t3", "data": {"id": thread_id, "title": "t", "author": "a", "selftext": "", "created_utc": 1.7e9}}
    return {
        "status": 200,
        "json": [
            {"kind": "Listing", "data": {"children": [post]}},
            {"kind": "Listing", "data": {"children": []}},
        ],
    }


def _hn_story(item_id: str) -> dict[str, Any]:
    story = {"id": int(item_id), "type": "story", "title": "t", "author": "a", "created_at_i": 1_700_000_000}
    return {"status": 200, "json": {**story, "points": 1, "children": []}}


def _setup(services_factory: Callable[..., Services], replay: ReplayServer) -> Services:
    for item_id in HN_IDS:
        replay.add("GET", f"/api/v1/items/{item_id}", _hn_story(item_id))
    for thread_id in REDDIT_IDS:
        replay.add("GET", f"/comments/{thread_id}.json", {"status": 500, "json": {"message": "Internal Server Error"}})
    services = services_factory(
        reddit_url=replay.url,
        hn_url=replay.url,
        http_max_attempts=1,
        circuit_failures=3,
        circuit_cooldown_minutes=5,
        circuit_max_cooldown_minutes=60,
    )
    for thread_id in REDDIT_IDS:
        add_watch(services.db, services.settings, f"https://www.reddit.com/r/Suomi/comments/{thread_id}/t/")
    for item_id in HN_IDS:
        add_watch(services.db, services.settings, f"https://news.ycombinator.com/item?id={item_id}")
    return services


def _reddit_calls(replay: ReplayServer) -> int:
    return sum(1 for r in replay.requests if r.path.startswith("/comments/"))


def test_poll_with_dead_platform_opens_circuit_after_k_failures_and_polls_the_others(
    services_factory: Callable[..., Services], replay: ReplayServer
) -> None:
    services = _setup(services_factory, replay)
    started = time.monotonic()
    outcomes = poll(services, include_all=True, now=T0)
    elapsed = time.monotonic() - started

    lines = [o.line() for o in outcomes]
    assert _reddit_calls(replay) == 3  # K failures, then the other 4 reddit watches are skipped
    assert "reddit: circuit open until 12:05 UTC after 3 failures; 4 watch(es) skipped" in lines
    assert sum(1 for o in outcomes if "news.ycombinator.com" in o.url and not o.error) == 2
    assert elapsed < 10, elapsed

    again = poll(services, include_all=True, now=T0 + timedelta(minutes=1))
    assert _reddit_calls(replay) == 3  # no request while open
    assert [o.line() for o in again if o.skipped] == [
        "reddit: circuit open until 12:05 UTC after 3 failures; 7 watch(es) skipped"
    ]
    assert sum(1 for o in again if "news.ycombinator.com" in o.url and not o.error) == 2

    shown = render(collect(services.db, T0 + timedelta(minutes=1)))
    assert any(line.startswith("Platform skipped: reddit: circuit open until 12:05 UTC") for line in shown), shown


def test_poll_after_cooldown_tries_one_watch_then_reopens_longer_or_closes_on_success(
    services_factory: Callable[..., Services], replay: ReplayServer
) -> None:
    services = _setup(services_factory, replay)
    poll(services, include_all=True, now=T0)
    assert _reddit_calls(replay) == 3

    half_open = T0 + timedelta(minutes=6)
    assert any(line.startswith("Platform on trial: reddit") for line in render(collect(services.db, half_open)))
    poll(services, include_all=True, now=half_open)
    assert _reddit_calls(replay) == 4  # one watch tried, failed: open again, for twice as long
    circuit = load(services.db)["reddit"]
    assert circuit.opened_until is not None
    assert circuit.opened_until.replace(tzinfo=UTC) == half_open + timedelta(minutes=10)
    assert circuit.trips == 2

    replay.reset()
    for thread_id in REDDIT_IDS:
        replay.add("GET", f"/comments/{thread_id}.json", _reddit_thread(thread_id))
    for item_id in HN_IDS:
        replay.add("GET", f"/api/v1/items/{item_id}", _hn_story(item_id))
    recovered = poll(services, include_all=True, now=half_open + timedelta(minutes=11))

    assert _reddit_calls(replay) == 7  # the probe succeeded: every reddit watch polled in the same pass
    assert not any(o.error or o.skipped for o in recovered), [o.line() for o in recovered]
    closed = load(services.db)["reddit"]
    assert (closed.failures, closed.trips, closed.opened_until) == (0, 0, None)
    assert not any("reddit" in line for line in render(collect(services.db, T0)) if line.startswith("Platform"))


def test_poll_of_threads_gone_404_does_not_open_circuit(
    services_factory: Callable[..., Services], replay: ReplayServer
) -> None:
    services = services_factory(reddit_url=replay.url, http_max_attempts=1, circuit_failures=2)
    for thread_id in REDDIT_IDS[:4]:  # nothing recorded: the replay server answers 404
        add_watch(services.db, services.settings, f"https://www.reddit.com/r/Suomi/comments/{thread_id}/t/")

    outcomes = poll(services, include_all=True, now=T0)

    assert _reddit_calls(replay) == 4
    assert all(o.error and "gone" in o.error for o in outcomes), [o.line() for o in outcomes]
    assert "reddit" not in load(services.db)
