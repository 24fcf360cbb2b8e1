"""Task claims: the same work is never queued twice, stale messages are dropped, a task that keeps
killing its worker goes to the dead letters, and a rerun asked for while running is not lost."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import event

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


def _claim_many(db: Database, keys: list[str], now: object = None) -> list[claims.Claimed]:
    payloads = [{"watch_id": n} for n, _ in enumerate(keys)]
    moment = utcnow() if now is None else now
    return claims.claim_many(db, keys, payloads, kind="poll", queue="poll", now=moment, queued_for=HOUR, batch="b1")  # type: ignore[arg-type]


def test_the_scheduler_claims_many_threads_at_once_as_one_by_one(db: Database) -> None:
    """claim_many claims exactly what claim would: new, finished, lost or abandoned work; never what is queued,
    running with a heartbeat, or dead; a key listed twice once."""
    now = utcnow()
    queued = _claim(db, "poll:reddit:queued", now=now)
    running = _claim(db, "poll:reddit:running", now=now)
    done = _claim(db, "poll:reddit:done", now=now)
    abandoned = _claim(db, "poll:reddit:abandoned", now=now - timedelta(minutes=5))
    lost = _claim(db, "poll:reddit:lost", now=now - timedelta(seconds=HOUR + 60))
    dead = _claim(db, "poll:reddit:dead", now=now)
    assert None not in (queued, running, done, abandoned, lost, dead)
    assert running and done and abandoned and dead
    claims.start(db, running.key, running.token, max_deliveries=3, now=now)
    claims.start(db, done.key, done.token, max_deliveries=3, now=now)
    claims.finish(db, done.key, done.token, now=now, result={})
    claims.start(db, abandoned.key, abandoned.token, max_deliveries=3, now=now - timedelta(minutes=5))
    for n in range(4):  # each start after its worker went quiet: the fourth buries it
        quiet = now - timedelta(minutes=10) + n * timedelta(seconds=claims.STALE_SECONDS + 1)
        claims.start(db, dead.key, dead.token, max_deliveries=3, now=quiet)
    keys = ["poll:reddit:new", "poll:reddit:queued", "poll:reddit:running", "poll:reddit:done",
            "poll:reddit:abandoned", "poll:reddit:lost", "poll:reddit:dead", "poll:reddit:new"]  # fmt: skip
    made = _claim_many(db, keys, now=now)
    assert [c.key for c in made] == ["poll:reddit:new", "poll:reddit:done", "poll:reddit:abandoned", "poll:reddit:lost"]
    assert len({c.token for c in made}) == 4
    with db.read() as session:
        rows = {row.key: row for row in session.query(TaskClaim)}
    for claimed in made:
        row = rows[claimed.key]
        assert (row.status, row.token, row.batch, row.deliveries, row.rerun) == (
            "queued",
            claimed.token,
            "b1",
            0,
            False,
        )
        assert row.started_at is None and row.finished_at is None and row.error is None
    assert rows["poll:reddit:new"].payload == {"watch_id": 0}, "the first of a key's payloads"
    assert rows["poll:reddit:running"].status == "running" and rows["poll:reddit:dead"].status == "dead"
    assert rows["poll:reddit:queued"].token == queued.token  # type: ignore[union-attr]
    assert _claim_many(db, keys, now=now) == [], "all of it queued or in flight now"
    assert _claim(db, "poll:reddit:new", now=now) is None, "claim agrees"
    # A claim made in bulk runs as any other: started by its message, stale copies dropped.
    began = claims.start(db, made[0].key, made[0].token, max_deliveries=3, now=now)
    assert (began.action, began.batch, began.deliveries) == ("run", "b1", 1)
    assert claims.start(db, made[0].key, "old-token", max_deliveries=3, now=now).action == "drop"


def test_a_running_claim_finishes_in_one_statement_unless_a_rerun_was_asked(db: Database) -> None:
    statements: list[str] = []
    first = _claim(db)
    assert first is not None
    claims.start(db, first.key, first.token, max_deliveries=3, now=utcnow())
    event.listen(db.engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    assert claims.finish(db, first.key, first.token, now=utcnow(), result={"n": 1}, error="boom") is None
    assert [s.split()[0] for s in statements if s.split()[0] in ("SELECT", "UPDATE")] == ["UPDATE"]
    with db.read() as session:
        row = session.get(TaskClaim, first.key)
        assert row is not None and (row.status, row.error, row.result) == ("failed", "boom", {"n": 1})
    assert claims.finish(db, first.key, first.token, now=utcnow(), result={}) is None, "finished: nothing to do"


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
