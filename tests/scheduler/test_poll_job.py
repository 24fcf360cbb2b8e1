"""The minute job polls what is due: a watch added while the service runs is polled at its interval."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from bot.demo.replay import ReplayServer
from bot.services import Services
from bot.storage.models import utcnow
from bot.watching.watches import add_watch
from scheduler import registry, tasks
from scheduler.registry import request_handler
from scheduler.requests import process_queued, submit
from tests.conftest import FIXTURES

URL = "https://www.reddit.com/r/Suomi/comments/1abcde/lampopumppu/"
THREAD = "/comments/1abcde.json"


def test_poll_job_picks_up_a_watch_added_while_running_and_repolls_it_after_its_interval(
    services_factory: Callable[..., Services], replay: ReplayServer
) -> None:
    replay.load(FIXTURES / "reddit" / "thread_nested.json")
    services = services_factory(reddit_url=replay.url)
    start = utcnow()
    assert tasks.poll_due_watches(services, start) == "no watch was due"

    add_watch(services.db, services.settings, URL, interval=15)
    assert tasks.poll_due_watches(services, start + timedelta(seconds=60)) == "1 watch(es) polled, 9 new comment(s)"
    assert len(replay.requests_to(THREAD)) == 1

    almost = start + timedelta(seconds=60) + timedelta(minutes=14, seconds=59)
    assert tasks.poll_due_watches(services, almost) == "no watch was due"
    assert len(replay.requests_to(THREAD)) == 1

    after_jitter = start + timedelta(seconds=60) + timedelta(minutes=15 * 1.1, seconds=1)
    assert tasks.poll_due_watches(services, after_jitter) == "1 watch(es) polled, 0 new comment(s)"
    assert len(replay.requests_to(THREAD)) == 2


def test_poll_request_prints_the_same_lines_as_a_local_poll(
    services_factory: Callable[..., Services], replay: ReplayServer
) -> None:
    replay.load(FIXTURES / "reddit" / "thread_nested.json")
    services = services_factory(reddit_url=replay.url)
    assert tasks.poll_request(services, {}) == {"lines": [tasks.NOTHING_DUE], "exit_code": 0}
    add_watch(services.db, services.settings, URL)
    request_id = submit(services.db, "poll", {"include_all": False})
    assert registry.run_work_requests(services, utcnow()) == f"1 request(s) handled: {request_id}"
    assert registry.run_work_requests(services, utcnow()) is None
    assert process_queued(services, request_handler) == []
    with services.db.read() as session:
        from bot.storage.models import WorkRequest

        row = session.get(WorkRequest, request_id)
        assert row is not None
        assert row.status == "done"
        (line,) = row.result["lines"]
        assert line.startswith("watch 1 ")
        assert "9 new, 0 changed, 0 deleted" in line
