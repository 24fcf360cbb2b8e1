"""The service as real processes: one scheduler per database, takeover after a SIGKILL, work handed
to the running service, a restart in the middle of a poll, graceful stops on SIGTERM and Ctrl-C.

Each process is ``python -m bot.cli`` with a short lease (KUULO_LEASE_SECONDS), so these tests take
seconds. Processes are always killed in ``finally``.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from bot.demo.replay import ReplayServer
from bot.services import Services
from bot.storage.models import Comment, Watch, WorkRequest
from scheduler import lease
from tests.conftest import FIXTURES, make_settings

URL = "https://www.reddit.com/r/Suomi/comments/1abcde/lampopumppu/"
THREAD = "/comments/1abcde.json"
HOST = socket.gethostname()
TIMEOUT = 20.0


class ServiceProcess:
    """A ``kuulo`` subprocess whose output lines are collected by a reader thread."""

    def __init__(self, args: list[str], env: dict[str, str]) -> None:
        self.lines: list[str] = []
        self._changed = threading.Condition()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bot.cli", *args],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    @property
    def pid(self) -> int:
        return self.process.pid

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            with self._changed:
                self.lines.append(line.rstrip("\n"))
                self._changed.notify_all()

    def wait_for(self, text: str, timeout: float = TIMEOUT) -> str:
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                for line in self.lines:
                    if text in line:
                        return line
                left = deadline - time.monotonic()
                if left <= 0 or (self.process.poll() is not None and not self._reader.is_alive()):
                    raise AssertionError(f"no line with {text!r} in:\n" + "\n".join(self.lines))
                self._changed.wait(min(left, 0.2))

    def stop(self, sig: signal.Signals = signal.SIGTERM, timeout: float = TIMEOUT) -> int:
        self.process.send_signal(sig)
        return self.process.wait(timeout)

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(TIMEOUT)
        self._reader.join(TIMEOUT)
        if self.process.stdout is not None:
            self.process.stdout.close()


@pytest.fixture
def env(tmp_path: Path, replay: ReplayServer) -> dict[str, str]:
    values = {key: value for key, value in os.environ.items() if not key.startswith(("KUULO_", "SLACK_"))}
    values.update(
        KUULO_DATA_DIR=str(tmp_path / "data"),
        KUULO_LEASE_SECONDS="1.5",
        KUULO_WORK_REQUEST_SECONDS="0.2",
        KUULO_REDDIT_URL=replay.url,
        KUULO_HTTP_MAX_ATTEMPTS="1",
        PYTHONUNBUFFERED="1",
    )
    return values


@pytest.fixture
def spawn(env: dict[str, str]) -> Iterator[Callable[..., ServiceProcess]]:
    started: list[ServiceProcess] = []

    def start(*args: str) -> ServiceProcess:
        started.append(ServiceProcess(list(args), env))
        return started[-1]

    yield start
    for process in started:
        process.close()


@pytest.fixture
def services(tmp_path: Path, replay: ReplayServer) -> Iterator[Services]:
    built = Services(make_settings(tmp_path, reddit_url=replay.url))
    yield built
    built.close()


def _wait_until(condition: Callable[[], bool], timeout: float = TIMEOUT) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def _comment_ids(services: Services) -> list[str]:
    with services.db.read() as session:
        return list(session.scalars(select(Comment.external_id)))


def test_second_scheduler_waits_then_takes_over_when_the_holder_is_killed(
    spawn: Callable[..., ServiceProcess], services: Services
) -> None:
    first = spawn("scheduler")
    first.wait_for(f"Scheduler running on host {HOST} pid {first.pid}")
    second = spawn("scheduler")
    waiting = second.wait_for("Another scheduler holds the lease")
    assert f"host {HOST} pid {first.pid}" in waiting
    assert "last heartbeat" in waiting
    assert "Scheduler running" not in "\n".join(second.lines)

    first.process.kill()  # SIGKILL: no release, the lease must expire
    first.process.wait(TIMEOUT)
    second.wait_for(f"Took over the lease from host {HOST} pid {first.pid}")
    second.wait_for(f"Scheduler running on host {HOST} pid {second.pid}")
    holder = lease.current(services.db)
    assert holder is not None
    assert holder.pid == second.pid

    assert second.stop(signal.SIGTERM) == 0
    second.wait_for("Scheduler stopped; lease released.")
    assert lease.current(services.db) is None


def test_run_without_slack_settings_serves_like_the_scheduler_and_does_a_handed_over_poll(
    spawn: Callable[..., ServiceProcess], env: dict[str, str], kuulo: Any, replay: ReplayServer, services: Services
) -> None:
    # The handed-over poll loads the language and embedding models (seconds of CPU on 2 cores):
    # a lease of 1.5 s could lapse meanwhile, so this service gets the lease length it would have in use.
    env["KUULO_LEASE_SECONDS"] = "15"
    replay.load(FIXTURES / "reddit" / "thread_nested.json")
    service = spawn("run")
    service.wait_for("Slack is not configured (missing SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET")
    service.wait_for(f"Scheduler running on host {HOST} pid {service.pid}")
    client_env = {"KUULO_REDDIT_URL": replay.url}

    assert kuulo("watch", "add", URL, **client_env).code == 0
    polled = kuulo("poll", **client_env)
    assert polled.code == 0, polled.err
    assert f"A scheduler is running (host {HOST} pid {service.pid})" in polled.err
    (line,) = polled.out.splitlines()
    assert line.startswith("watch 1 https://www.reddit.com/")
    assert ": 9 new, 0 changed, 0 deleted" in line
    with services.db.read() as session:
        (request,) = session.scalars(select(WorkRequest))
        assert (request.kind, request.status) == ("poll", "done")
        assert request.requested_by == f"{HOST} pid {os.getpid()}"

    status = kuulo("status")
    assert f"Scheduler: running (host {HOST} pid {service.pid}" in status.out
    assert "poll-due-watches: next run" in status.out
    assert "work-requests" in status.out

    assert service.stop(signal.SIGINT) == 0  # Ctrl-C
    service.wait_for("Received SIGINT; stopping.")
    service.wait_for("Scheduler stopped; lease released.")
    assert "Scheduler: no scheduler running" in kuulo("status").out


def test_service_killed_in_the_middle_of_a_poll_polls_again_after_restart_without_duplicates(
    spawn: Callable[..., ServiceProcess], kuulo: Any, replay: ReplayServer, services: Services
) -> None:
    cassette = json.loads((FIXTURES / "reddit" / "thread_nested.json").read_text("utf-8"))
    (recorded,) = [i for i in cassette["interactions"] if i["request"]["path"] == THREAD]
    slow_then_normal = [{**recorded["response"], "delay": 10}, recorded["response"]]
    replay.add("GET", THREAD, slow_then_normal, query=recorded["request"]["query"])  # matched first
    replay.load(FIXTURES / "reddit" / "thread_nested.json")
    assert kuulo("watch", "add", URL, KUULO_REDDIT_URL=replay.url).code == 0

    first = spawn("scheduler")
    _wait_until(lambda: len(replay.requests_to(THREAD)) == 1)  # the start-up poll is waiting on the slow thread
    first.process.kill()
    first.process.wait(TIMEOUT)
    assert _comment_ids(services) == []

    second = spawn("scheduler")
    second.wait_for(f"Took over the lease from host {HOST} pid {first.pid}")
    _wait_until(lambda: len(_comment_ids(services)) == 9)
    with services.db.read() as session:
        watch = session.get(Watch, 1)
        assert watch is not None
        assert watch.last_polled_at is not None
        assert watch.status == "ok"
    assert second.stop(signal.SIGTERM) == 0

    ids = _comment_ids(services)
    assert len(ids) == len(set(ids)) == 9
    assert len(replay.requests_to(THREAD)) == 2
    with services.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Comment)) == 9


def test_run_with_slack_settings_serves_slack_and_the_scheduler_until_sigterm(
    spawn: Callable[..., ServiceProcess], env: dict[str, str]
) -> None:
    from tests.fakes.slack_api import FakeSlack

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with FakeSlack() as slack:
        env.update(SLACK_BOT_TOKEN="xoxb-test", SLACK_SIGNING_SECRET="test-secret", KUULO_SLACK_API_URL=slack.url)
        service = spawn("run", "--http", "--port", str(port))
        service.wait_for(f"Scheduler running on host {HOST} pid {service.pid}")
        # The Slack app is built after the scheduler starts (imports, services, models): 23 s on this 2-core
        # machine at load 11, where the old 20 s failed a CI run (4 December 2026).
        _wait_until(lambda: _healthy(port), 90.0)
        assert service.stop(signal.SIGTERM) == 0
        service.wait_for("Scheduler stopped; lease released.")
    assert "Slack is not configured" not in "\n".join(service.lines)


def _healthy(port: int) -> bool:
    import httpx

    try:
        report = httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).json()
        return report["ok"] is True and report["lease"]["alive"] is True and report["database"] == "ok"
    except httpx.TransportError:
        return False
