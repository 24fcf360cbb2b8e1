"""Task claims: the same work is never queued twice, stale messages are dropped, a task that keeps
killing its worker goes to the dead letters, and a rerun asked for while running is not lost."""

from __future__ import annotations

from datetime import timedelta

from bot.storage.db import Database
from bot.storage.models import TaskClaim, utcnow
from scheduler import claims
from scheduler.batches import merge_batch

HOUR = 3600.0


def _claim(db: Database, key: str = "poll:reddit:abc", **kwargs: object) -> claims.Claimed | None:
    values: dict[str, object] = {"kind": "poll", "queue": "poll", "payload": {"watch_id": 1}, "queued_for": HOUR}
    values.update(kwargs)
    values.setdefault("now", utcnow())
    return claims.claim(db, key, **values)  # type: ignore[arg-type]


def test_work_queued_or_in_flight_is_not_queued_again(db: Database) -> None:
    first = _claim(db)
    assert first is not None and first.queue == "poll"
    assert _claim(db) is None, "queued: no second message"
    began = claims.start(db, first.key, first.token, max_deliveries=3, now=utcnow())
    assert began.action == "run" and began.payload == {"watch_id": 1} and began.deliveries == 1
    assert _claim(db) is None, "running: no second message"
    assert claims.finish(db, first.key, first.token, now=utcnow(), result={"n": 1}) is None
    second = _claim(db)
    assert second is not None and second.token != first.token, "finished work may be queued again"


def test_a_message_delivered_after_its_work_finished_is_dropped(db: Database) -> None:
    first = _claim(db)
    assert first is not None
    claims.start(db, first.key, first.token, max_deliveries=3, now=utcnow())
    claims.finish(db, first.key, first.token, now=utcnow(), result={})
    assert claims.start(db, first.key, first.token, max_deliveries=3, now=utcnow()).action == "drop"
    assert claims.start(db, first.key, "someone-elses-token", max_deliveries=3, now=utcnow()).action == "drop"


def test_a_redelivery_waits_while_the_running_worker_heartbeats_then_takes_over(db: Database) -> None:
    first = _claim(db)
    assert first is not None
    now = utcnow()
    claims.start(db, first.key, first.token, max_deliveries=3, now=now)
    assert claims.start(db, first.key, first.token, max_deliveries=3, now=now + timedelta(seconds=5)).action == "busy"
    quiet = now + timedelta(seconds=claims.STALE_SECONDS + 1)
    again = claims.start(db, first.key, first.token, max_deliveries=3, now=quiet)
    assert (again.action, again.deliveries) == ("run", 2), "the dead worker's task runs again"


def test_a_task_that_keeps_killing_its_worker_becomes_a_dead_letter(db: Database) -> None:
    first = _claim(db)
    assert first is not None
    moment = utcnow()
    actions = []
    for _ in range(4):
        moment += timedelta(seconds=claims.STALE_SECONDS + 1)  # each worker died without a word
        actions.append(claims.start(db, first.key, first.token, max_deliveries=3, now=moment).action)
    assert actions == ["run", "run", "run", "dead"]
    dead = claims.dead_letters(db)
    assert [row.key for row in dead] == [first.key] and "delivered 4 times" in (dead[0].error or "")
    assert _claim(db) is None, "a dead letter is not queued again by itself"
    assert claims.requeue_dead(db) == [first.key]
    assert _claim(db) is not None


def test_new_data_while_running_asks_for_one_more_run(db: Database) -> None:
    key = "process:thread:7"
    first = _claim(db, key, kind="process", queue="process")
    assert first is not None
    claims.start(db, key, first.token, max_deliveries=3, now=utcnow())
    assert _claim(db, key, kind="process", queue="process", rerun_if_running=True) is None
    again = claims.finish(db, key, first.token, now=utcnow(), result={})
    assert again is not None and again.token != first.token, "queued again once the first run ends"
    with db.read() as session:
        row = session.get(TaskClaim, key)
        assert row is not None and row.status == "queued" and not row.rerun


def test_a_claim_whose_message_was_lost_is_queued_again_after_the_claim_timeout(db: Database) -> None:
    first = _claim(db)
    assert first is not None
    assert _claim(db, now=utcnow() + timedelta(seconds=HOUR - 60)) is None
    later = _claim(db, now=utcnow() + timedelta(seconds=HOUR + 60))
    assert later is not None and later.token != first.token
    assert claims.start(db, first.key, first.token, max_deliveries=3, now=utcnow()).action == "drop"


def test_queue_depths_show_the_oldest_waiting_task(db: Database) -> None:
    early = utcnow() - timedelta(minutes=5)
    _claim(db, "draft:comment:1", kind="draft", queue="draft", now=early)
    _claim(db, "draft:comment:2", kind="draft", queue="draft")
    depths = {depth.queue: depth for depth in claims.depths(db, ["poll", "draft"])}
    assert (depths["draft"].queued, depths["draft"].running, depths["poll"].queued) == (2, 0, 0)
    assert depths["draft"].oldest_queued is not None
    assert abs((depths["draft"].oldest_queued - early).total_seconds()) < 1


def test_a_batch_reads_back_as_the_lines_of_a_local_poll() -> None:
    watch = {"watch_id": 3, "url": "https://example.org/t", "new": 4, "changed": 0, "deleted": 0, "notes": []}
    rows = [
        {"kind": "poll", "status": "done", "payload": {"watch_id": 3}, "result": {"outcomes": [watch]}, "error": None},
        {
            "kind": "process",
            "status": "done",
            "payload": {"watch_id": 3},
            "error": None,
            "result": {"watch_id": 3, "opportunities": 2, "notes": []},
        },
        {
            "kind": "draft",
            "status": "done",
            "payload": {"watch_id": 3},
            "error": None,
            "result": {"watch_id": 3, "comment_id": 9, "draft_id": 5},
        },
        {
            "kind": "draft",
            "status": "done",
            "payload": {"watch_id": 3},
            "error": None,
            "result": {"watch_id": 3, "comment_id": 10, "draft_id": None, "error": "model down"},
        },
        {
            "kind": "poll",
            "status": "failed",
            "payload": {"watch_id": 4, "url": "https://example.org/u"},
            "result": {},
            "error": "reddit: 503",
        },
    ]
    lines = [outcome.line() for outcome in merge_batch(rows)]
    assert lines == [
        "watch 3 https://example.org/t: 4 new, 0 changed, 0 deleted; 2 opportunities, 1 drafts; "
        "draft for comment 10 failed: model down",
        "watch 4 https://example.org/u: FAILED: reddit: 503",
    ]
