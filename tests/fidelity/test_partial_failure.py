"""A thread whose one sub-request fails keeps what arrived, says so, and is completed on the next poll."""

from __future__ import annotations

import copy
import json
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from bot.demo.replay import ReplayServer
from bot.services import Services
from bot.storage.models import Comment, Thread, utcnow
from bot.watching.polling import EXIT_INCOMPLETE, EXIT_OK, exit_code, poll
from bot.watching.watches import add_watch
from scheduler import lease
from scheduler.lease import Holder
from scheduler.registry import request_handler
from scheduler.requests import delegate_or_run, process_queued
from scheduler.status import collect, render
from scheduler.tasks import poll_request
from tests.conftest import FIXTURES, CliResult

REDDIT = FIXTURES / "reddit" / "thread_nested.json"
MASTODON = FIXTURES / "mastodon" / "thread.json"
THREAD_URL = "https://www.reddit.com/r/Suomi/comments/1abcde/lampopumppu_vai_kaukolampo/"
T0 = datetime(2026, 11, 28, 8, 0, tzinfo=UTC)

# One sub-request failing: a server error, a timeout (the answer comes after KUULO_HTTP_TIMEOUT), malformed JSON.
FAILURES: dict[str, dict[str, Any]] = {
    "500": {"status": 500, "json": {"message": "Internal Server Error", "error": 500}},
    "timeout": {"status": 200, "json": {"json": {"errors": [], "data": {"things": []}}}, "delay": 1.5},
    "malformed": {"status": 200, "body": '{"json": {"errors": [], "data": {"things": [{"kind": "t1", "da'},
}
PARTS = {  # the request path and query of each sub-request of the recorded thread
    "morechildren": ("/api/morechildren.json", {"children": "c7,c9"}),
    "continue-thread": ("/comments/1abcde/_/c3.json", {}),
}


def _reddit_with_failure(replay: ReplayServer, part: str, failure: str) -> None:
    cassette = json.loads(REDDIT.read_text("utf-8"))
    path, query = PARTS[part]
    for item in cassette["interactions"]:
        request = item["request"]
        if request["path"] == path and all(request.get("query", {}).get(k) == v for k, v in query.items()):
            broken = copy.deepcopy(FAILURES[failure])
            if failure == "malformed":
                broken["headers"] = {"Content-Type": "application/json; charset=UTF-8"}
            item["responses"] = [broken, item.pop("response")]  # fails once, then recovers
    replay.load(cassette)


def _full_ids(services_factory: Callable[..., Services], tmp_path: Any) -> set[str]:
    with ReplayServer() as clean:
        clean.load(REDDIT)
        services = services_factory(reddit_url=clean.url, data_dir=tmp_path / "clean")
        add_watch(services.db, services.settings, THREAD_URL)
        poll(services, include_all=True, now=T0)
        with services.db.read() as session:
            return set(session.scalars(select(Comment.external_id)))


@pytest.mark.parametrize("failure", sorted(FAILURES))
@pytest.mark.parametrize("part", sorted(PARTS))
def test_reddit_failed_part_keeps_every_other_comment_then_recovers_without_duplicates(
    services_factory: Callable[..., Services], replay: ReplayServer, tmp_path: Any, part: str, failure: str
) -> None:
    everything = _full_ids(services_factory, tmp_path)
    _reddit_with_failure(replay, part, failure)
    services = services_factory(reddit_url=replay.url, http_max_attempts=1, http_timeout_seconds=0.5)
    add_watch(services.db, services.settings, THREAD_URL)

    first = poll(services, include_all=True, now=T0)
    [outcome] = first
    assert outcome.error is None and outcome.missing, outcome.line()
    assert exit_code(first) == EXIT_INCOMPLETE
    assert "INCOMPLETE: 1 part(s) failed" in outcome.line()
    with services.db.read() as session:
        stored = set(session.scalars(select(Comment.external_id)))
        thread = session.scalars(select(Thread)).one()
        assert (thread.incomplete, len(thread.missing)) == ("failure", 1)
    lost = everything - stored
    assert stored < everything and lost, "the failed part held comments"
    assert outcome.new == len(stored)
    report = render(collect(services.db, T0))
    assert any(line.startswith(f"  thread {thread.id} ") and "missing" in line for line in report)

    second = poll(services, include_all=True, now=T0 + timedelta(minutes=5))
    assert exit_code(second) == EXIT_OK, second[0].line()
    assert second[0].new == len(lost) and second[0].deleted == 0
    with services.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Comment)) == len(everything)
        assert set(session.scalars(select(Comment.external_id))) == everything
        thread = session.scalars(select(Thread)).one()
        assert (thread.incomplete, thread.missing) == (None, [])


def test_reddit_expansion_cap_is_incomplete_by_design_not_an_error(
    services_factory: Callable[..., Services], replay: ReplayServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("bot.sources.reddit.MAX_EXPANSIONS", 1)
    replay.load(REDDIT)
    services = services_factory(reddit_url=replay.url)
    add_watch(services.db, services.settings, THREAD_URL)
    outcomes = poll(services, include_all=True, now=T0)
    assert exit_code(outcomes) == EXIT_OK and not outcomes[0].missing
    assert "left for the next poll" in outcomes[0].line()
    with services.db.read() as session:
        thread = session.scalars(select(Thread)).one()
    assert thread.incomplete == "design" and thread.missing[0].startswith("2 'more' stubs left")


def test_stored_comments_are_never_deleted_because_a_part_is_missing(
    services_factory: Callable[..., Services], replay: ReplayServer
) -> None:
    """Even a full (reconcile) read that lost a part keeps the comments it could not see."""
    cassette = json.loads(REDDIT.read_text("utf-8"))
    for item in cassette["interactions"]:
        if item["request"]["path"] == "/comments/1abcde/_/c3.json":
            item["responses"] = [item.pop("response"), FAILURES["500"]]  # fine, then failing from then on
    replay.load(cassette)
    services = services_factory(reddit_url=replay.url, http_max_attempts=1, reconcile_hours=0.01)
    add_watch(services.db, services.settings, THREAD_URL)
    first = poll(services, include_all=True, now=T0)
    with services.db.read() as session:
        before = set(session.scalars(select(Comment.external_id).where(Comment.deleted.is_(False))))
    second = poll(services, include_all=True, now=T0 + timedelta(hours=1))  # a reconcile read, missing a part
    assert exit_code(first) == EXIT_OK and exit_code(second) == EXIT_INCOMPLETE
    assert second[0].deleted == 0
    with services.db.read() as session:
        after = set(session.scalars(select(Comment.external_id).where(Comment.deleted.is_(False))))
        thread = session.scalars(select(Thread)).one()
    assert after == before and thread.last_reconciled_at is not None


def test_mastodon_context_failure_is_reread_in_full_even_when_the_server_would_say_304(
    services_factory: Callable[..., Services], replay: ReplayServer
) -> None:
    cassette = json.loads(MASTODON.read_text("utf-8"))
    context = next(i for i in cassette["interactions"] if i["request"]["path"].endswith("/context"))
    status = next(i for i in cassette["interactions"] if not i["request"]["path"].endswith("/context"))
    good = context["response"]
    not_modified = {"status": 304, "headers": {"ETag": good["headers"]["ETag"]}}
    replay.add("GET", context["request"]["path"], [good, FAILURES["500"], good, not_modified])
    replay.add("GET", status["request"]["path"], status["response"])
    services = services_factory(http_max_attempts=1)
    add_watch(services.db, services.settings, f"{replay.url}/@kahvila/113300000000000001")

    assert poll(services, include_all=True, now=T0)[0].new == 4
    failed = poll(services, include_all=True, now=T0 + timedelta(minutes=5))  # conditional; the server fails
    assert exit_code(failed) == EXIT_INCOMPLETE and failed[0].deleted == 0
    recovered = poll(services, include_all=True, now=T0 + timedelta(minutes=10))
    assert exit_code(recovered) == EXIT_OK and (recovered[0].new, recovered[0].deleted) == (0, 0)
    sent = [r.headers.get("if-none-match") for r in replay.requests_to(context["request"]["path"])]
    assert sent[0] is None and sent[1] == good["headers"]["ETag"] and sent[2] is None  # no validators after a failure
    with services.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Comment).where(Comment.deleted.is_(False))) == 4
        assert session.scalars(select(Thread)).one().incomplete is None


def test_kuulo_poll_exit_codes(kuulo: Callable[..., CliResult], replay: ReplayServer) -> None:
    _reddit_with_failure(replay, "morechildren", "500")
    env = {"KUULO_REDDIT_URL": replay.url, "KUULO_HTTP_MAX_ATTEMPTS": "1"}
    assert kuulo("watch", "add", THREAD_URL, **env).code == 0
    incomplete = kuulo("poll", "--all", **env)
    assert incomplete.code == 4, incomplete.out + incomplete.err
    assert "INCOMPLETE" in incomplete.out and "morechildren for 2 comments (c7, ...)" in incomplete.out
    status = kuulo("status", **env)
    assert "Threads incomplete by failure" in status.out and "morechildren" in status.out
    complete = kuulo("poll", "--all", **env)
    assert complete.code == 0, complete.out + complete.err
    replay.reset()
    replay.add("GET", "/comments/1abcde.json", FAILURES["500"])
    failed = kuulo("poll", "--all", **env)
    assert failed.code == 3 and "FAILED" in failed.out


def test_a_poll_handed_to_a_running_scheduler_carries_the_exit_code(
    services_factory: Callable[..., Services], replay: ReplayServer
) -> None:
    _reddit_with_failure(replay, "morechildren", "malformed")
    services = services_factory(reddit_url=replay.url, http_max_attempts=1)
    add_watch(services.db, services.settings, THREAD_URL)
    lease.acquire(services.db, Holder("elsewhere:4242:cafe", "elsewhere", 4242), 600, utcnow())
    stop = threading.Event()

    def drain() -> None:  # the service's work-requests job, in another thread
        while not stop.is_set():
            process_queued(services, request_handler)
            stop.wait(0.05)

    worker = threading.Thread(target=drain, daemon=True)
    worker.start()
    try:
        payload = {"include_all": True}
        result = delegate_or_run(
            services, "poll", payload, lambda: poll_request(services, payload), handler_for=request_handler,
            poll_seconds=0.02, timeout=60,
        )  # fmt: skip
    finally:
        stop.set()
        worker.join(10)
    assert result["exit_code"] == EXIT_INCOMPLETE
    assert "INCOMPLETE" in result["lines"][0] and "invalid JSON" in result["lines"][0]
