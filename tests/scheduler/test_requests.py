"""Work handed to the running service: queue, claim, result, failure, timeout, and when not to delegate."""

from __future__ import annotations

import os
import socket
import threading
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from bot.errors import ConfigError, KuuloError
from bot.services import Services
from bot.storage.models import WorkRequest, utcnow
from scheduler import lease, registry
from scheduler.lease import Holder
from scheduler.registry import request_handler
from scheduler.requests import (
    delegate_or_run,
    delegation_target,
    fail_interrupted,
    process_queued,
    stores_embedded,
    submit,
)
from tests.conftest import make_settings

OTHER = Holder("elsewhere:4242:cafe", "elsewhere", 4242)


def echo(services: Services, payload: dict[str, Any]) -> dict[str, Any]:
    return {"lines": [f"echo {payload['word']}"], "pid": os.getpid()}


def refuse(services: Services, payload: dict[str, Any]) -> dict[str, Any]:
    raise KuuloError("the thing cannot be done; fix the input and try again")


def explode(services: Services, payload: dict[str, Any]) -> dict[str, Any]:
    raise RuntimeError("bug")


@pytest.fixture(autouse=True)
def _kinds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(registry.REQUEST_KINDS, "echo", f"{__name__}:echo")
    monkeypatch.setitem(registry.REQUEST_KINDS, "refuse", f"{__name__}:refuse")
    monkeypatch.setitem(registry.REQUEST_KINDS, "explode", f"{__name__}:explode")


@pytest.fixture
def services(services_factory: Callable[..., Services]) -> Services:
    return services_factory()


@pytest.fixture
def worker(services: Services) -> Iterator[None]:
    """A stand-in for the service's work-requests job: another thread draining the queue."""
    lease.acquire(services.db, OTHER, 30, utcnow())
    stop = threading.Event()

    def drain() -> None:
        while not stop.is_set():
            process_queued(services, request_handler)
            stop.wait(0.05)

    thread = threading.Thread(target=drain, daemon=True)
    thread.start()
    yield
    stop.set()
    thread.join(5)


def _rows(services: Services) -> list[WorkRequest]:
    with services.db.read() as session:
        return list(session.scalars(select(WorkRequest).order_by(WorkRequest.id)))


def _local() -> dict[str, Any]:
    return {"lines": ["done here"]}


def test_delegate_with_no_scheduler_running_runs_locally_and_queues_nothing(services: Services) -> None:
    assert delegate_or_run(services, "echo", {"word": "hi"}, _local, handler_for=request_handler) == {
        "lines": ["done here"]
    }
    assert _rows(services) == []


def test_delegate_with_a_live_scheduler_returns_the_services_result(services: Services, worker: None) -> None:
    result = delegate_or_run(
        services, "echo", {"word": "hei"}, _local, handler_for=request_handler, poll_seconds=0.02, timeout=10
    )
    assert result["lines"] == ["echo hei"]
    (row,) = _rows(services)
    assert (row.kind, row.status, row.payload) == ("echo", "done", {"word": "hei"})
    assert row.started_at is not None
    assert row.finished_at is not None


def test_delegate_whose_handler_refuses_raises_the_handlers_message(services: Services, worker: None) -> None:
    with pytest.raises(KuuloError, match="fix the input and try again"):
        delegate_or_run(services, "refuse", {}, _local, handler_for=request_handler, poll_seconds=0.02, timeout=10)
    assert _rows(services)[0].status == "failed"


def test_delegate_whose_handler_has_a_bug_reports_an_internal_error_without_details(
    services: Services, worker: None
) -> None:
    with pytest.raises(KuuloError, match=r"internal error \(RuntimeError\); see the log"):
        delegate_or_run(services, "explode", {}, _local, handler_for=request_handler, poll_seconds=0.02, timeout=10)


def test_delegate_not_taken_in_time_is_cancelled_and_says_what_to_do(services: Services) -> None:
    lease.acquire(services.db, OTHER, 30, utcnow())
    ran: list[bool] = []
    with pytest.raises(KuuloError, match=r"did not take this echo within 0.3 s.*kuulo status"):
        delegate_or_run(
            services,
            "echo",
            {"word": "x"},
            lambda: ran.append(True) or {},
            handler_for=request_handler,
            poll_seconds=0.05,
            timeout=0.3,
        )
    assert ran == []
    assert _rows(services)[0].status == "cancelled"
    assert process_queued(services, request_handler) == []  # a late service does not run it after all


def test_delegate_whose_scheduler_stops_before_taking_the_work_runs_it_locally(services: Services) -> None:
    start = utcnow()
    lease.acquire(services.db, OTHER, 30, start)
    moments = [start + timedelta(seconds=31), start]  # the holder is alive when asked first, then expired

    def clock() -> datetime:
        return moments.pop() if len(moments) > 1 else moments[0]

    notes: list[str] = []
    result = delegate_or_run(
        services,
        "echo",
        {"word": "x"},
        _local,
        handler_for=request_handler,
        notify=notes.append,
        clock=clock,
        timeout=10,
    )
    assert result == {"lines": ["done here"]}
    assert _rows(services)[0].status == "cancelled"
    assert "host elsewhere pid 4242" in notes[0]
    assert "doing it here" in notes[1]


def test_delegate_of_an_unknown_kind_fails_before_queueing(services: Services) -> None:
    lease.acquire(services.db, OTHER, 30, utcnow())
    with pytest.raises(ConfigError, match="no handler for work of kind 'nope'"):
        delegate_or_run(services, "nope", {}, _local, handler_for=request_handler)
    assert _rows(services) == []


def test_delegation_target_is_none_when_this_process_holds_the_lease(services: Services) -> None:
    me = Holder(f"{socket.gethostname()}:{os.getpid()}:self", socket.gethostname(), os.getpid())
    lease.acquire(services.db, me, 30, utcnow())
    assert delegation_target(services, utcnow()) is None


def test_stores_are_embedded_unless_postgresql_and_a_chroma_server(tmp_path: Path) -> None:
    pg = "postgresql://kuulo@db.internal/kuulo"
    assert stores_embedded(make_settings(tmp_path))
    assert stores_embedded(make_settings(tmp_path, chroma_url="http://chroma:8000"))
    assert stores_embedded(make_settings(tmp_path, database_url=pg))
    assert not stores_embedded(make_settings(tmp_path, database_url=pg, chroma_url="http://chroma:8000"))


def test_delegate_on_postgresql_with_a_chroma_server_runs_locally_even_with_a_scheduler(
    services_factory: Callable[..., Services], postgres_url: str
) -> None:
    services = services_factory(database_url=postgres_url, chroma_url="http://127.0.0.1:9")
    lease.acquire(services.db, OTHER, 30, utcnow())
    assert delegate_or_run(services, "echo", {"word": "x"}, _local, handler_for=request_handler) == {
        "lines": ["done here"]
    }
    assert _rows(services) == []


def test_requests_left_running_by_a_dead_scheduler_are_failed_with_advice(services: Services) -> None:
    first, second = submit(services.db, "echo", {"word": "a"}), submit(services.db, "echo", {"word": "b"})
    with services.db.write() as session:
        row = session.get(WorkRequest, first)
        assert row is not None
        row.status = "running"
    assert fail_interrupted(services.db, utcnow()) == 1
    rows = {row.id: row for row in _rows(services)}
    assert rows[first].status == "failed"
    assert "Run the command again" in (rows[first].error or "")
    assert rows[second].status == "queued"
