"""The service loop driven tick by tick with an injected clock, ``kuulo status``, and the Slack hook."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from bot.cli.service import _serve, missing_slack_settings
from bot.services import Services
from bot.storage.models import Watch, utcnow
from scheduler import lease, requests
from scheduler.lease import Holder
from scheduler.service import Service
from tests.conftest import make_settings

OTHER = Holder("elsewhere:4242:cafe", "elsewhere", 4242)
URL = "https://www.reddit.com/r/Suomi/comments/1abcde/lampopumppu/"


class Clock:
    def __init__(self) -> None:
        self.now = utcnow()

    def __call__(self) -> datetime:
        return self.now


def test_service_whose_lease_was_taken_stops_its_jobs_and_leaves_the_new_holder_alone(
    services_factory: Callable[..., Services],
) -> None:
    services = services_factory(lease_seconds=30)
    clock, said = Clock(), []
    service = Service(services, clock=clock, say=said.append)
    try:
        service.tick()
        assert service.leading
        assert "Scheduler running" in said[-1]
        clock.now += timedelta(seconds=31)  # we stalled past our lease; another service took it
        assert lease.acquire(services.db, OTHER, 30, clock.now)
        service.tick()
        assert not service.leading
        assert (
            said[-1] == "Stopped scheduling jobs: the lease was taken by another scheduler. Waiting to take over again."
        )
        service.tick()
        assert "Another scheduler holds the lease (host elsewhere pid 4242" in said[-1]
    finally:
        service.shutdown()
    holder = lease.current(services.db)
    assert holder is not None
    assert holder.holder == OTHER.id


def test_service_stopped_by_its_event_releases_the_lease(services_factory: Callable[..., Services]) -> None:
    services = services_factory(lease_seconds=0.3)
    stop, said = threading.Event(), []
    thread = threading.Thread(target=Service(services, say=said.append).run, args=(stop,))
    thread.start()
    try:
        deadline = utcnow() + timedelta(seconds=10)
        while lease.live_holder(services.db, utcnow()) is None:
            assert utcnow() < deadline
            stop.wait(0.02)
    finally:
        stop.set()
        thread.join(10)
    assert said[-1] == "Scheduler stopped; lease released."
    assert lease.current(services.db) is None


def test_status_with_no_scheduler_lists_troubled_watches_and_waiting_work(kuulo: Any, tmp_path: Path) -> None:
    assert kuulo("watch", "add", URL).code == 0
    services = Services(make_settings(tmp_path))
    try:
        with services.db.write() as session:
            watch = session.get(Watch, 1)
            assert watch is not None
            watch.status, watch.failures, watch.last_error = "error", 2, "reddit answered with server error 500"
        requests.submit(services.db, "poll", {})
    finally:
        services.close()
    out = kuulo("status").out.splitlines()
    assert out[0] == "Scheduler: no scheduler running. Start one with `kuulo scheduler` or `kuulo run`."
    assert "  poll-due-watches: next run not scheduled; never ran" in out
    trouble = (
        "  watch 1 https://www.reddit.com/comments/1abcde/: error after 2 failure(s): reddit answered with server error"
    )
    assert f"{trouble} 500" in out
    assert "Platforms with failing watches: reddit" in out
    assert "Work handed to the scheduler: 1 queued, 0 running" in out
    assert "Drafts: none" in out


def test_status_after_the_holder_died_names_it_and_its_last_heartbeat(kuulo: Any, tmp_path: Path) -> None:
    services = Services(make_settings(tmp_path))
    try:
        lease.acquire(services.db, OTHER, 1, utcnow() - timedelta(minutes=5))
    finally:
        services.close()
    first = kuulo("status").out.splitlines()[0]
    assert first.startswith(
        "Scheduler: no scheduler running (the last one, host elsewhere pid 4242, stopped heartbeating"
    )


def test_slack_settings_missing_are_named_by_their_variables(tmp_path: Path) -> None:
    assert missing_slack_settings(make_settings(tmp_path)) == ["SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET"]
    configured = make_settings(tmp_path, slack_bot_token="xoxb-1", slack_signing_secret="s")
    assert missing_slack_settings(configured) == []


def test_serve_with_slack_runs_the_scheduler_beside_it_and_stops_both_when_slack_returns(
    services_factory: Callable[..., Services],
) -> None:
    services = services_factory(lease_seconds=0.3)
    seen: list[bool] = []

    def slack() -> None:  # stands in for the Slack app's blocking loop, which ends when interrupted
        deadline = utcnow() + timedelta(seconds=10)
        while lease.live_holder(services.db, utcnow()) is None:
            assert utcnow() < deadline
            threading.Event().wait(0.02)
        seen.append(True)

    _serve(services, slack=slack)
    assert seen == [True]
    assert lease.current(services.db) is None
