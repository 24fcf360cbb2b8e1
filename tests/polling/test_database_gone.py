"""A database that goes away mid-poll: nothing half-written, the watch is not marked failed, and the poll
stage of a worker raises it (so the task is retried with backoff) instead of recording a failed poll."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from bot.demo.replay import ReplayServer
from bot.services import Services
from bot.storage.models import Comment, Watch
from bot.watching import polling
from bot.watching.watches import add_watch
from scheduler.stages import poll as poll_stage
from tests.fakes import reddit_threads


def _dropped(real: Callable[..., Any]) -> Callable[..., Any]:
    """store_thread, whose connection the server closes after the comments are written (uncommitted)."""

    def store(session: Any, *args: Any, **kwargs: Any) -> Any:
        real(session, *args, **kwargs)
        session.flush()
        raise OperationalError("UPDATE watches ...", {}, Exception("terminating connection due to administrator"))

    return store


def test_a_single_process_pass_fails_the_watch_writes_nothing_and_polls_the_others(
    services_factory: Callable[..., Services], replay: ReplayServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    reddit_threads.serve(replay, 2)
    services = services_factory(reddit_url=replay.url)
    first = add_watch(services.db, services.settings, reddit_threads.thread_url(0)).watch
    second = add_watch(services.db, services.settings, reddit_threads.thread_url(1)).watch
    real = polling.store_thread

    def store(session: Any, watch: Any, *args: Any, **kwargs: Any) -> Any:
        if watch.id == first.id:
            return _dropped(real)(session, watch, *args, **kwargs)
        return real(session, watch, *args, **kwargs)

    monkeypatch.setattr(polling, "store_thread", store)
    outcomes = {o.watch_id: o for o in polling.poll(services, include_all=True)}
    assert outcomes[first.id].error == "the database failed mid-poll (Exception)"
    assert outcomes[second.id].error is None and outcomes[second.id].new == reddit_threads.comment_count(1)
    with services.db.read() as session:
        stored = session.scalar(select(func.count()).select_from(Comment))
        watch = session.get(Watch, first.id)
    assert stored == reddit_threads.comment_count(1), "nothing of the dropped transaction was kept"
    assert watch is not None and watch.status != "error" and watch.failures == 0 and watch.last_polled_at is None


def test_the_poll_stage_raises_it_for_the_task_to_retry(
    services_factory: Callable[..., Services], replay: ReplayServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    reddit_threads.serve(replay, 1)
    services = services_factory(reddit_url=replay.url)
    watch = add_watch(services.db, services.settings, reddit_threads.thread_url(0)).watch
    monkeypatch.setattr(polling, "store_thread", _dropped(polling.store_thread))
    queued: list[str] = []
    with pytest.raises(OperationalError):
        poll_stage(services, {"watch_id": watch.id}, lambda key, **_: bool(queued.append(key)))
    assert queued == []
    with services.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Comment)) == 0
        assert session.get(Watch, watch.id).failures == 0  # type: ignore[union-attr]
