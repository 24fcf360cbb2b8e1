"""A burst of Approve clicks decided in batches: one write transaction for every click waiting (group commit).

A hundred clicks at once share one interpreter lock and, on SQLite, one write lock: decided one by one, each
pays for its own transaction (a pooled connection, ``BEGIN IMMEDIATE``, about nine statements, ``COMMIT``) while
the others wait, so the median answer waits for half the burst's transactions. :class:`GroupCommit` lets the
first click that finds no batch running decide every click queued so far in one transaction, while the clicks
that arrive meanwhile queue for the next batch; when a batch ends, its clicks are answered and the next queued
click runs the next one. :func:`decide_batch` is that transaction, one statement per step for the whole batch:

1. the clickers against their drafts' brands' approvers, from one query and from memory
   (:meth:`bot.slack.app.Deps.may_decide_many_in`);
2. the clicks' deliveries recorded (``INSERT … ON CONFLICT DO NOTHING RETURNING``): a retried or replayed click
   is dropped, as one by one;
3. the approvals' compare-and-set and what a won approval writes
   (:func:`bot.review.decisions.approve_checked_together`);
4. the deliveries of clicks that did not win are forgotten again, and those clicks are decided alone after the
   batch, exactly as without batching (:func:`bot.slack.actions.decide_click`): a clicker not known from memory,
   a text to sign or without a kept verdict, a draft no longer pending, a second click on the same draft.

If the batch's transaction fails, nothing of it is kept and every click in it is decided alone. A click alone in
its turn (a quiet moment) is decided by the one-click path inside the turn (:class:`ApproveBatches`): it costs
what it cost before batching, and the clicks that arrive while its transaction runs form the next batch.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Generic, TypeVar

from bot.review.decisions import SameReply, approve_checked_together
from bot.slack.actions import after_batch, decide_click
from bot.slack.deliveries import claim_new, unclaim

if TYPE_CHECKING:
    from slack_sdk import WebClient

    from bot.slack.app import Deps

log = logging.getLogger(__name__)

BATCH_LIMIT = 64  # clicks in one transaction at most: a longer queue is split, so no transaction holds the lock long

Ask = TypeVar("Ask")
Answer = TypeVar("Answer")


@dataclass
class _Waiting(Generic[Ask, Answer]):
    ask: Ask
    ready: threading.Event = field(default_factory=threading.Event)
    answered: bool = False
    answer: Answer | None = None
    error: BaseException | None = None


class GroupCommit(Generic[Ask, Answer]):
    """``commit(ask)`` from many threads: ``run`` answers every ask queued so far in one call (a batch), run by
    the first asker that found no batch running; the askers that queue meanwhile wait for a later batch, and
    the first of them runs it. ``run`` returns one answer per ask, in order; if it raises, every ask of that
    batch raises the same error in its own thread."""

    def __init__(self, run: Callable[[list[Ask]], list[Answer]], limit: int = BATCH_LIMIT) -> None:
        self._run, self._limit = run, limit
        self._lock = threading.Lock()
        self._queue: list[_Waiting[Ask, Answer]] = []
        self._running = False

    def commit(self, ask: Ask) -> Answer:
        mine: _Waiting[Ask, Answer] = _Waiting(ask)
        with self._lock:
            self._queue.append(mine)
            leads = not self._running
            self._running = True
        if not leads:
            mine.ready.wait()  # answered by another asker's batch, or woken to run the next batch
            if mine.answered:
                return self._result(mine)
        while not mine.answered:  # more asks queued than one batch takes: the next batch may hold this one
            with self._lock:
                batch, self._queue = self._queue[: self._limit], self._queue[self._limit :]
            self._answer(batch)
        with self._lock:  # hand the next batch to the first asker still waiting, or stop running batches
            if self._queue:
                self._queue[0].ready.set()
            else:
                self._running = False
        return self._result(mine)

    @staticmethod
    def _result(waiting: _Waiting[Ask, Answer]) -> Answer:
        if waiting.error is not None:
            raise waiting.error
        return waiting.answer  # type: ignore[return-value]

    def _answer(self, batch: list[_Waiting[Ask, Answer]]) -> None:
        try:
            answers = self._run([waiting.ask for waiting in batch])
            if len(answers) != len(batch):
                raise RuntimeError(f"a batch of {len(batch)} asks got {len(answers)} answers")
        except BaseException as exc:  # every asker of the batch raises it in its own thread
            for waiting in batch:
                waiting.error, waiting.answered = exc, True
        else:
            for waiting, answer in zip(batch, answers, strict=True):
                waiting.answer, waiting.answered = answer, True
        for waiting in batch:
            waiting.ready.set()


class Decided(Enum):
    APPROVED = "approved"  # the batch approved it
    REPEATED = "repeated"  # a retried or replayed delivery: nothing to do
    ALONE = "alone"  # nothing written for it: decide it alone
    ANSWERED = "answered"  # decided alone inside the batch's turn (a batch of one): the caller answers 200
    TO_BOLT = "to_bolt"  # decided alone inside the batch's turn, nothing written: Bolt's listener answers it


@dataclass(frozen=True)
class Click:
    user: str
    draft_id: int
    shown_hash: str
    key: str | None  # the delivery's key (bot/slack/deliveries.py)
    channel: str | None = None  # the card's channel, for the note or the card refresh that follows


class ApproveBatches:
    """``decide(click)``: an Approve click decided in its burst's batch (:class:`GroupCommit` over
    :func:`decide_batch`), True when it was answered, False when Bolt's listener is to answer it (nothing written).

    A click alone in its turn is decided by the one-click path inside that turn, so the clicks arriving meanwhile
    queue behind its transaction and form the next batch; a click a batch leaves alone is decided alone after it.
    """

    def __init__(self, deps: Deps, client: WebClient) -> None:
        self.deps, self.client = deps, client
        self.group: GroupCommit[Click, Decided] = GroupCommit(self._turn)

    def decide(self, click: Click) -> bool:
        decided = self.group.commit(click)
        if decided is Decided.ALONE:
            return self._alone(click)
        if decided in (Decided.ANSWERED, Decided.TO_BOLT):
            return decided is Decided.ANSWERED
        c = click
        after_batch(self.deps, self.client, decided is Decided.APPROVED, c.draft_id, c.user, c.shown_hash, c.channel)
        return True

    def _turn(self, clicks: list[Click]) -> list[Decided]:
        if len(clicks) == 1:
            return [Decided.ANSWERED if self._alone(clicks[0]) else Decided.TO_BOLT]
        return decide_batch(self.deps, clicks)

    def _alone(self, c: Click) -> bool:
        return decide_click(self.deps, self.client, c.user, c.draft_id, c.shown_hash, c.channel, c.key)


def decide_batch(deps: Deps, clicks: list[Click]) -> list[Decided]:
    """The clicks' approvals in one write transaction (the module's steps 1-4); a failed transaction writes
    nothing and answers ALONE for every click. A click alone in its batch is left ALONE: the one-click path's
    statements, built once, cost less than the batch's, built for each batch's size."""
    decided = [Decided.ALONE] * len(clicks)
    if len(clicks) < 2:
        return decided
    try:
        with deps.db.write() as session:
            allowed = deps.may_decide_many_in(session, [(c.user, c.draft_id) for c in clicks])
            ours = [i for i, c in enumerate(clicks) if allowed[i] is True and c.key is not None]
            claimed = claim_new(session, [str(clicks[i].key) for i in ours])
            keys: set[str] = set()
            asked: dict[int, int] = {}  # draft id -> the one click of this batch that asks to approve it
            for i in ours:
                key = str(clicks[i].key)
                if key not in claimed or key in keys:
                    decided[i] = Decided.REPEATED
                    continue
                keys.add(key)
                asked.setdefault(clicks[i].draft_id, i)  # a second click on the same draft is decided alone
            won = approve_checked_together(
                session, "slack", [(draft_id, clicks[i].user, clicks[i].shown_hash) for draft_id, i in asked.items()]
            )
            for draft_id, i in asked.items():
                if draft_id in won:
                    decided[i] = Decided.APPROVED
            kept = {str(c.key) for c, d in zip(clicks, decided, strict=True) if d is Decided.APPROVED}
            unclaim(session, sorted(claimed - kept))  # the clicks decided alone record their deliveries then
    except SameReply:
        return [Decided.ALONE] * len(clicks)
    except Exception:
        log.exception("a batch of %d Approve clicks failed; each is decided alone", len(clicks))
        return [Decided.ALONE] * len(clicks)
    return decided
