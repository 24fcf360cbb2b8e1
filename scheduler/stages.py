"""What each kind of task does in a worker: the same pipeline functions the single process runs.

``poll``: fetch and store one thread (``bot.watching.polling.poll_watch``; an account watch lists its
new posts and polls them), then queue the thread's processing. ``process``: assess the thread's
comments that have no current signals (``bot.drafting.pipeline.process_comments``) and queue a
``draft`` per comment worth answering. ``draft``: ``draft_comment``. ``job``: one scheduled job
(``scheduler.jobs.execute``: publish the outbox, post the digest, ...).

Every stage is safe to run again: comments are unique and change by hash, signals are stored
once per content hash, a comment with a live draft is not drafted again, the outbox claims each
publish job with compare-and-set. Each returns a JSON-able result kept on its claim, which
``kuulo poll`` reads back into the lines it prints. ``enqueue`` is how a stage queues the next.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from sqlalchemy import exists, select

from bot.drafting.pipeline import draft_comment, mark_stale, own_comments, process_comments
from bot.services import Services
from bot.storage.models import Comment, Opportunity, Signal, Thread, Watch, utcnow
from bot.watching import circuits
from bot.watching.circuits import Breakers
from bot.watching.polling import WatchOutcome, poll_account_watch, poll_watch
from bot.watching.threads import StoreResult
from scheduler.batches import outcome_dict
from scheduler.jobs import execute
from scheduler.registry import JOBS


class Enqueue(Protocol):
    def __call__(self, key: str, *, kind: str, payload: dict[str, Any], rerun_if_running: bool = False) -> bool: ...


Stage = Callable[[Services, dict[str, Any], Enqueue], dict[str, Any]]


def poll(services: Services, payload: dict[str, Any], enqueue: Enqueue) -> dict[str, Any]:
    watch_id = int(payload["watch_id"])
    now = utcnow()
    with services.db.read() as session:  # the watch and the circuits in one session
        watch = session.get(Watch, watch_id)
        views = circuits.read(session)
    if watch is None or watch.paused or watch.status == "inactive":
        return {"outcomes": [], "note": f"watch {watch_id} is gone, paused or inactive"}
    breakers = Breakers(services.db, services.settings, now, views)
    if not breakers.allow(watch.platform):
        view = breakers.view(watch.platform)
        skipped = WatchOutcome(watch.id, watch.url, skipped=view.describe() if view else f"{watch.platform}: open")
        skipped.skipped_watches = 1
        return {"outcomes": [outcome_dict(skipped)]}

    def after_store(services: Services, watch_id: int, stored: StoreResult, outcome: WatchOutcome) -> None:
        if stored.changed:
            stale = mark_stale(services, stored.changed)
            if stale:
                outcome.notes.append(f"{stale} drafts stale after edits")
        if stored.new or stored.changed or unassessed(services, stored.thread_id, watch_id):
            enqueue(
                f"process:thread:{stored.thread_id}:watch:{watch_id}",  # each brand watching it judges it
                kind="process",
                payload={"watch_id": watch_id, "thread_id": stored.thread_id},
                rerun_if_running=True,  # its comments arrived after a running process read them
            )

    if watch.kind == "account":
        outcomes = poll_account_watch(services, watch, now, breakers=breakers, after_store=after_store)
    else:
        outcomes = [poll_watch(services, watch, now, breakers=breakers, after_store=after_store)]
    return {"outcomes": [outcome_dict(outcome) for outcome in outcomes]}


def unassessed(services: Services, thread_id: int, watch_id: int) -> list[int]:
    """The thread's live comments without signals for their current text (never assessed, or edited since)
    or without an assessment by ``watch_id``'s brand (a thread several brands watch is judged by each),
    the brands' own left out. A poll interrupted after storing leaves some; the next poll queues them."""
    with services.db.read() as session:  # one statement: the watch's brand is a subquery (every poll runs this)
        brand_id = select(Watch.brand_id).where(Watch.id == watch_id).scalar_subquery()
        judged = select(Opportunity.id).where(Opportunity.comment_id == Comment.id, Opportunity.brand_id == brand_id)
        ids = list(
            session.scalars(
                select(Comment.id)
                .outerjoin(Signal, Signal.comment_id == Comment.id)
                .where(Comment.thread_id == thread_id, Comment.deleted.is_(False), Comment.text.is_not(None))
                .where((Signal.comment_id.is_(None)) | (Signal.content_hash != Comment.content_hash) | ~exists(judged))
                .order_by(Comment.id)
            )
        )
    ours = own_comments(services, ids)
    return [i for i in ids if i not in ours]


def process(services: Services, payload: dict[str, Any], enqueue: Enqueue) -> dict[str, Any]:
    watch_id, thread_id = int(payload["watch_id"]), int(payload["thread_id"])
    with services.db.read() as session:
        thread = session.get(Thread, thread_id)
        watch = session.get(Watch, watch_id)
    if thread is None or watch is None:
        return {"watch_id": watch_id, "opportunities": 0, "notes": []}

    def draft(comment_id: int) -> None:
        enqueue(f"draft:comment:{comment_id}", kind="draft", payload={"watch_id": watch_id, "comment_id": comment_id})

    outcome = process_comments(services, watch_id, unassessed(services, thread_id, watch_id), [], draft=draft)
    return {"watch_id": watch_id, "opportunities": outcome.opportunities, "notes": outcome.notes}


def draft(services: Services, payload: dict[str, Any], enqueue: Enqueue) -> dict[str, Any]:
    scoped = services.for_watch(int(payload["watch_id"])) if payload.get("watch_id") else services
    result = draft_comment(scoped, int(payload["comment_id"]))  # for the brand whose watch assessed it
    return {
        "watch_id": payload.get("watch_id"),
        "comment_id": result.comment_id,
        "draft_id": result.draft_id,
        "skipped": result.skipped,
        "error": result.error,
    }


def job(services: Services, payload: dict[str, Any], enqueue: Enqueue) -> dict[str, Any]:
    spec = JOBS.get(str(payload["job_id"]))
    if spec is None:
        return {"summary": f"job {payload['job_id']!r} is not in this version's registry"}
    return {"summary": execute(services, spec, utcnow)}


STAGES: dict[str, Stage] = {"poll": poll, "process": process, "draft": draft, "job": job}
