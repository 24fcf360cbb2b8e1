"""Approve clicks decided in batches (bot/slack/approvals.py): the group commit, and one batch's transaction on
SQLite and PostgreSQL writing exactly what the clicks decided one by one would write."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from bot.review import decisions as review
from bot.slack.app import Deps, web_client
from bot.slack.approvals import Click, Decided, GroupCommit, decide_batch
from bot.slack.approvers import Approvers
from bot.storage.db import Database
from bot.storage.models import AuditEvent, Decision, Draft, DraftVersion, PublishJob, SlackDelivery
from tests.conftest import make_settings
from tests.slack.conftest import APPROVER, OUTSIDER
from tests.slack.factory import make_draft

OTHER_APPROVER = "UOTHERAPPROVER"


def _gated(limit: int, asks: int) -> tuple[GroupCommit[int, int], list[list[int]], threading.Event]:
    """A group commit whose first batch waits for ``gate``, so every other ask queues behind it."""
    batches: list[list[int]] = []
    gate = threading.Event()

    def run(batch: list[int]) -> list[int]:
        if not batches:
            gate.wait(10)
        batches.append(batch)
        if -1 in batch:
            raise RuntimeError("this batch failed")
        return [ask * 2 for ask in batch]

    return GroupCommit(run, limit=limit), batches, gate


def _ask_all(group: GroupCommit[int, int], asks: list[int], gate: threading.Event) -> dict[int, Any]:
    answers: dict[int, Any] = {}

    def ask(n: int) -> None:
        try:
            answers[n] = group.commit(n)
        except RuntimeError as exc:
            answers[n] = exc

    first = threading.Thread(target=ask, args=(asks[0],))
    first.start()
    deadline = time.monotonic() + 10
    while not group._running and time.monotonic() < deadline:
        time.sleep(0.001)
    rest = [threading.Thread(target=ask, args=(n,)) for n in asks[1:]]
    for thread in rest:
        thread.start()
    while len(group._queue) < len(asks) - 1 and time.monotonic() < deadline:  # all queued behind the first batch
        time.sleep(0.001)
    gate.set()
    for thread in [first, *rest]:
        thread.join(10)
    return answers


def test_asks_arriving_during_a_batch_are_answered_together_in_batches_of_at_most_the_limit() -> None:
    group, batches, gate = _gated(limit=16, asks=40)
    answers = _ask_all(group, list(range(40)), gate)
    assert answers == {n: n * 2 for n in range(40)}
    assert sorted(len(batch) for batch in batches) == [1, 7, 16, 16]  # the first alone, then the 39 queued behind it
    assert sorted(n for batch in batches for n in batch) == list(range(40))  # each ask run once
    assert not group._running and group._queue == []


def test_a_failed_batch_raises_in_each_of_its_askers_and_the_next_batch_still_runs() -> None:
    group, batches, gate = _gated(limit=4, asks=8)
    answers = _ask_all(group, [0, 1, -1, 3, 4, 5, 6, 7], gate)
    failed = next(batch for batch in batches if -1 in batch)
    assert all(isinstance(answers[n], RuntimeError) for n in failed)
    assert {n: a for n, a in answers.items() if n not in failed} == {n: n * 2 for n in answers if n not in failed}
    assert group.commit(21) == 42  # nothing is left running


# -- one batch's transaction ------------------------------------------------------------------------------------
@pytest.fixture
def deps(db: Database, tmp_path: Path) -> Deps:
    settings = make_settings(
        tmp_path,
        slack_bot_token="xoxb-test",
        slack_api_url="http://127.0.0.1:9",
        approvers=f"{APPROVER},{OTHER_APPROVER}",
    )
    return Deps(db, settings, Approvers(web_client(settings), settings.approver_ids))


def _click(db: Database, draft_id: int, key: str, user: str = APPROVER) -> Click:
    return Click(user, draft_id, review.view(db, draft_id).text_hash, key)


def _count(db: Database, model: Any, **where: Any) -> int:
    with db.read() as session:
        query = select(func.count()).select_from(model)
        for column, value in where.items():
            query = query.where(getattr(model, column) == value)
        return int(session.scalar(query) or 0)


def _variant_of(db: Database, draft_id: int) -> int:
    """A second pending variant of the same reply (same comment and opportunity), with its own kept verdict."""
    with db.write() as session:
        draft = session.get(Draft, draft_id)
        assert draft is not None
        version = draft.versions[0]
        copy = Draft(
            opportunity_id=draft.opportunity_id,
            comment_id=draft.comment_id,
            status="pending",
            drafter=draft.drafter,
            language=draft.language,
            current_version=1,
            check_context=draft.check_context,
            checked_hash=draft.checked_hash,
            checks_version=draft.checks_version,
            checks_passed=draft.checks_passed,
            check_failures=draft.check_failures,
        )
        session.add(copy)
        session.flush()
        session.add(
            DraftVersion(
                draft_id=copy.id,
                version=1,
                text=version.text,
                content_hash=version.content_hash,
                cited=version.cited,
                author=version.author,
            )
        )
        return copy.id


def test_a_batch_approves_its_clicks_in_one_transaction_as_one_by_one_would(db: Database, deps: Deps) -> None:
    drafts = [make_draft(db) for _ in range(3)]
    sibling = _variant_of(db, drafts[0])
    clicks = [_click(db, d, f"k{n}", user=APPROVER if n else OTHER_APPROVER) for n, d in enumerate(drafts)]
    assert decide_batch(deps, clicks) == [Decided.APPROVED] * 3
    for click in clicks:
        assert review.view(db, click.draft_id).status == "approved"
        with db.read() as session:
            decision = session.scalar(select(Decision).where(Decision.draft_id == click.draft_id))
            job = session.scalar(select(PublishJob).where(PublishJob.draft_id == click.draft_id))
            audit = session.scalar(select(AuditEvent).where(AuditEvent.subject_id == str(click.draft_id)))
        assert decision is not None and (decision.action, decision.decided_by, decision.via, decision.text_hash) == (
            "approved",
            click.user,
            "slack",
            click.shown_hash,
        )
        assert job is not None and (job.state, job.text_hash, job.platform) == ("queued", click.shown_hash, "reddit")
        assert audit is not None and (audit.action, audit.actor) == ("draft.approved", f"slack:{click.user}")
        assert audit.detail == {"text_hash": click.shown_hash, "reason": None}
    assert review.view(db, sibling).status == "skipped"  # the other variant, skipped by its reply's approver
    with db.read() as session:
        skipped = session.scalar(select(Decision).where(Decision.draft_id == sibling))
    assert skipped is not None and (skipped.action, skipped.decided_by, skipped.reason) == (
        "skipped",
        OTHER_APPROVER,
        review.SIBLING_APPROVED,
    )
    assert _count(db, SlackDelivery) == 3 and _count(db, AuditEvent, action="draft.skipped") == 1


def test_what_a_batch_cannot_decide_is_left_alone_with_nothing_written(db: Database, deps: Deps) -> None:
    approvable, outsiders, unchecked, twice = (
        make_draft(db),
        make_draft(db),
        make_draft(db, checked=False),
        make_draft(db),
    )
    review.approve_if_checked(
        db, approvable, APPROVER, "slack", review.view(db, approvable).text_hash
    )  # decided before
    clicks = [
        _click(db, approvable, "late"),  # no longer pending: refused when decided alone
        _click(db, outsiders, "outsider", user=OUTSIDER),  # not an approver: Bolt's listener refuses it
        _click(db, unchecked, "unchecked"),  # no kept verdict: checked, then approved, alone
        _click(db, twice, "first"),
        _click(db, twice, "second", user=OTHER_APPROVER),  # the same draft clicked again in the batch
        Click(APPROVER, outsiders, "0" * 64, "stale"),  # a text other than the one now shown
    ]
    assert decide_batch(deps, clicks) == [Decided.ALONE] * 3 + [Decided.APPROVED] + [Decided.ALONE] * 2
    with db.read() as session:
        keys = set(session.scalars(select(SlackDelivery.key)))
    assert keys == {"first"}  # the others' deliveries are recorded when they are decided alone
    assert review.view(db, outsiders).status == "pending" and review.view(db, unchecked).status == "pending"
    assert _count(db, Decision) == 2 and _count(db, PublishJob) == 2  # the earlier approval and "first"


def test_a_repeated_delivery_is_dropped_in_a_batch_and_across_batches(db: Database, deps: Deps) -> None:
    one, two, three = make_draft(db), make_draft(db), make_draft(db)
    assert decide_batch(deps, [_click(db, one, "k1"), _click(db, three, "k3")]) == [Decided.APPROVED] * 2
    again = [_click(db, one, "k1"), _click(db, two, "k2"), _click(db, two, "k2")]
    assert decide_batch(deps, again) == [Decided.REPEATED, Decided.APPROVED, Decided.REPEATED]
    assert _count(db, Decision) == 3 and _count(db, SlackDelivery) == 3


def test_a_click_alone_in_its_batch_is_decided_alone_by_the_lean_path(db: Database, deps: Deps) -> None:
    draft_id = make_draft(db)
    assert decide_batch(deps, [_click(db, draft_id, "k")]) == [Decided.ALONE]
    assert _count(db, SlackDelivery) == 0 and review.view(db, draft_id).status == "pending"  # nothing written


def test_two_variants_of_one_reply_in_one_batch_are_rolled_back_and_decided_alone(db: Database, deps: Deps) -> None:
    first = make_draft(db)
    second = _variant_of(db, first)
    other = make_draft(db)
    clicks = [_click(db, first, "a"), _click(db, second, "b", user=OTHER_APPROVER), _click(db, other, "c")]
    assert decide_batch(deps, clicks) == [Decided.ALONE] * 3
    assert _count(db, Decision) == 0 and _count(db, SlackDelivery) == 0 and _count(db, PublishJob) == 0
    assert {review.view(db, d).status for d in (first, second, other)} == {"pending"}
