"""A comment a source cannot read is skipped with its reason and the rest of the thread stored; its
payload is kept in quarantine (raw, size-capped, once however often it is polled), listed by
``kuulo quarantine``, counted by ``kuulo status``, and erasable. A whole answer that fails as
malformed is kept the same way."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select

from bot.demo.replay import ReplayServer
from bot.privacy import erase as erasure
from bot.privacy.retention import run_retention
from bot.services import Services
from bot.storage.models import Comment, QuarantinedPayload, Thread, Watch
from bot.watching import quarantine
from bot.watching.polling import poll
from bot.watching.watches import add_watch
from tests.conftest import FIXTURES, CliResult

CONTEXT = "/api/v1/statuses/113300000000000001/context"
STATUS = "/api/v1/statuses/113300000000000001"
BAD = "113300000000000011"
T0 = datetime(2026, 11, 28, 8, 0, tzinfo=UTC)


def _cassette() -> tuple[dict[str, Any], dict[str, Any]]:
    cassette = json.loads((FIXTURES / "mastodon" / "thread.json").read_text("utf-8"))
    context = next(i["response"] for i in cassette["interactions"] if i["request"]["path"] == CONTEXT)
    status = next(i["response"] for i in cassette["interactions"] if i["request"]["path"] == STATUS)
    return copy.deepcopy(context), status


def _one_bad_status(replay: ReplayServer) -> dict[str, Any]:
    context, status = _cassette()
    bad = next(d for d in context["json"]["descendants"] if d["id"] == BAD)
    bad["created_at"] = "eilen iltapäivällä"  # not ISO 8601: this one status cannot be read
    replay.add("GET", CONTEXT, context)
    replay.add("GET", STATUS, status)
    return bad


def _rows(services: Services) -> list[QuarantinedPayload]:
    with services.db.read() as session:
        rows = quarantine.listing(session)
        session.expunge_all()
    return rows


def test_a_bad_comment_is_skipped_the_rest_stored_and_its_payload_kept_once(
    services_factory: Callable[..., Services], replay: ReplayServer
) -> None:
    bad = _one_bad_status(replay)
    services = services_factory()
    add_watch(services.db, services.settings, f"{replay.url}/@kahvila/113300000000000001")

    first = poll(services, include_all=True, now=T0)
    assert first[0].error is None and first[0].new == 3, first[0].line()  # 4 statuses, one unreadable
    assert any(BAD in part and "ISO 8601" in part for part in first[0].missing)
    again = poll(services, include_all=True, now=T0 + timedelta(hours=1))
    assert (again[0].new, again[0].changed, again[0].deleted) == (0, 0, 0)

    rows = _rows(services)
    assert len(rows) == 1  # the same payload twice is kept once
    row = rows[0]
    assert (row.platform, row.times) == ("mastodon", 2)
    assert BAD in row.position and "ISO 8601" in row.reason
    assert json.loads(row.raw) == bad and row.size == len(row.raw)
    with services.db.read() as session:
        stored = {c.external_id.rsplit("/", 1)[-1] for c in session.scalars(select(Comment))}
        thread = session.scalars(select(Thread)).one()
        assert BAD not in stored and len(stored) == 3
        assert thread.incomplete == "failure"  # nothing stored is deleted for being absent


def test_kuulo_quarantine_lists_shows_and_drops_and_status_counts_it(
    services_factory: Callable[..., Services], replay: ReplayServer, kuulo: Callable[..., CliResult]
) -> None:
    _one_bad_status(replay)
    services = services_factory()  # the same data folder as the kuulo fixture's (the test's tmp_path)
    add_watch(services.db, services.settings, f"{replay.url}/@kahvila/113300000000000001")
    poll(services, include_all=True, now=T0)

    listed = kuulo("quarantine")
    assert listed.code == 0, listed.err
    row_id = _rows(services)[0].id
    assert f"#{row_id} watch " in listed.out and "ISO 8601" in listed.out
    shown = kuulo("quarantine", "show", str(row_id))
    assert shown.code == 0 and "eilen iltapäivällä" in shown.out
    assert "Quarantine: 1 platform payload" in kuulo("status").out
    refused = kuulo("quarantine", "drop")
    assert refused.code != 0 and "--all" in refused.err
    dropped = kuulo("quarantine", "drop", str(row_id))
    assert dropped.code == 0 and "Dropped 1" in dropped.out
    assert _rows(services) == []
    assert "Nothing in quarantine" in kuulo("quarantine", "list").out


def test_a_quarantined_payload_naming_an_erased_author_is_erased_and_retention_drops_old_ones(
    services_factory: Callable[..., Services], replay: ReplayServer
) -> None:
    bad = _one_bad_status(replay)
    services = services_factory()
    add_watch(services.db, services.settings, f"{replay.url}/@kahvila/113300000000000001")
    poll(services, include_all=True, now=T0)
    author = bad["account"]["acct"]
    plan = erasure.plan(services.db, services.settings, author)
    assert plan.counts["quarantined_payloads"] == 1
    erasure.erase(services.db, services.settings, plan, actor="test", now=T0)
    assert _rows(services) == []

    poll(services, include_all=True, now=T0 + timedelta(hours=1))  # met again: kept again, then too old
    assert len(_rows(services)) == 1
    later = datetime.now(UTC) + timedelta(days=services.settings.retention_days + 1)
    assert run_retention(services.db, services.settings, later).quarantine_deleted == 1
    assert _rows(services) == []


def test_erasure_finds_a_quarantined_payload_however_the_author_is_cased_or_escaped(
    services_factory: Callable[..., Services],
) -> None:
    """Erasure matches authors case-insensitively everywhere else (comments, threads, digests); the
    quarantine was searched byte for byte, so ``kuulo erase --author Aino`` left "aino"'s payloads."""
    services = services_factory()
    with services.db.write() as session:
        watch = Watch(
            url="x", platform="reddit", kind="thread", target="1abcde", objective="trust", poll_interval_minutes=30
        )
        session.add(watch)
        session.flush()
    payloads = {
        "comment": {"author": "Äiti_Aino", "body": "x"},  # as a skipped comment's JSON is kept
        "escaped": b'{"author": "\\u00c4iti_aino", "body": "y"}',  # a whole answer with JSON escapes
        "feed": b"<item><author>&#196;iti_AINO</author></item>",  # a feed's character reference
        "other": {"author": "Äiti_Eino", "body": "z"},
    }
    with services.db.write() as session:
        for position, raw in payloads.items():
            quarantine.keep(session, watch, "1abcde", position, "test", raw, 4096)
    plan = erasure.plan(services.db, services.settings, "  äiti_aino ")
    with services.db.read() as session:
        named = {row.position for row in quarantine.listing(session) if row.id in plan.quarantined}
    assert named == {"comment", "escaped", "feed"}
    erasure.erase(services.db, services.settings, plan, actor="test", now=T0)
    assert [row.position for row in _rows(services)] == ["other"]


def test_a_whole_answer_that_is_not_json_is_kept_capped_and_the_watch_says_why(
    services_factory: Callable[..., Services], replay: ReplayServer
) -> None:
    context, status = _cassette()
    replay.add("GET", CONTEXT, context)
    junk = "<html>" + "ä" * 100_000 + "</html>"  # the status read when the watch is added, then junk
    replay.add("GET", STATUS, [status, {"status": 200, "headers": {"Content-Type": "application/json"}, "body": junk}])
    services = services_factory(quarantine_max_bytes=4096)
    add_watch(services.db, services.settings, f"{replay.url}/@kahvila/113300000000000001")

    outcome = poll(services, include_all=True, now=T0)[0]
    assert outcome.error is not None and "invalid JSON" in outcome.error
    rows = _rows(services)
    assert len(rows) == 1
    assert rows[0].position == quarantine.WHOLE_READ and "invalid JSON" in rows[0].reason
    assert len(rows[0].raw) == 4096 and rows[0].size == len(junk.encode("utf-8"))
    assert rows[0].raw.startswith(b"<html>")


def test_a_whole_read_failing_on_an_id_with_nul_or_a_lone_surrogate_is_recorded_on_the_watch(
    services_factory: Callable[..., Services], replay: ReplayServer, database_url: str
) -> None:
    """Kuulo's own errors quote the payload (``mastodon: status <id> has no account id``): with a NUL or a lone
    surrogate in that id, recording the failure on the watch raised a database error (PostgreSQL: invalid byte
    sequence 0x00; SQLite: UnicodeEncodeError) and ended the poll pass instead of the one watch's poll."""
    context, status = _cassette()
    replay.add("GET", CONTEXT, context)
    broken = copy.deepcopy(status)
    broken["json"]["id"] = "1133\x00\ud800"
    del broken["json"]["account"]
    replay.add("GET", STATUS, [status, broken])
    services = services_factory(database_url=database_url)
    add_watch(services.db, services.settings, f"{replay.url}/@kahvila/113300000000000001")

    outcome = poll(services, include_all=True, now=T0)[0]
    assert outcome.error is not None and "has no account id" in outcome.error
    with services.db.read() as session:
        watch = session.scalars(select(Watch)).one()
        assert watch.status == "error" and watch.failures == 1
        assert watch.last_error == "mastodon: status 1133\ufffd\ufffd has no account id"
    assert [row.reason for row in _rows(services)] == [watch.last_error]  # the answer kept, named the same way


def test_a_thread_id_from_the_payload_with_nul_or_a_lone_surrogate_becomes_the_watch_target_storable(
    services_factory: Callable[..., Services], replay: ReplayServer, database_url: str
) -> None:
    """A Mastodon watch learns its thread's id from the status's ``uri``: a NUL or a lone surrogate in it reached
    the watch's ``target`` (``adopt_stable_id``) as sent and the poll's transaction failed."""
    context, status = _cassette()
    replay.add("GET", CONTEXT, context)
    changed = copy.deepcopy(status)
    changed["json"]["uri"] += "\x00\ud800"
    replay.add("GET", STATUS, [status, changed])
    services = services_factory(database_url=database_url)
    add_watch(services.db, services.settings, f"{replay.url}/@kahvila/113300000000000001")

    outcome = poll(services, include_all=True, now=T0)[0]
    assert outcome.error is None and outcome.new == 4, outcome.line()
    with services.db.read() as session:
        watch = session.scalars(select(Watch)).one()
        thread = session.scalars(select(Thread)).one()
        assert watch.target == thread.external_id == status["json"]["uri"] + "\ufffd\ufffd"
