"""Modal submissions: edited text (re-validated), skip reason, regeneration request, posted link.

The edited text's draft checks run before the answer, within
:data:`~bot.slack.background.EDIT_CHECK_SECONDS` (their errors are shown in the
modal); card updates and notes go to the background (``bot/slack/background.py``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from bot.errors import KuuloError, NotFound
from bot.review import decisions as review
from bot.review.status import SKIP_REASONS
from bot.slack import blocks, modals
from bot.slack.background import EDIT_CHECK_SECONDS, show_decision
from bot.slack.client import tell
from bot.storage.models import AuditEvent, Comment, Draft, WorkRequest
from bot.wording import say

if TYPE_CHECKING:
    from slack_bolt import Ack, App
    from slack_sdk import WebClient

    from bot.slack.app import Deps

log = logging.getLogger(__name__)
Handler = Callable[..., None]


def _guard(deps: Deps, ack: Ack, body: dict[str, Any], attempted: str, field: str) -> modals.Submission | None:
    """The submission (submitter, draft, card, value of ``field``), or None after answering in the modal:
    a submission Kuulo cannot read (damaged or forged: the field is logged, the person asked to reopen
    the modal), or a submitter who may not decide (audited)."""
    try:
        submission = modals.read_submission(body, field)
    except modals.UnreadableSubmission as exc:
        log.warning("ignored a Slack %s submission without a readable %s", attempted, exc)
        ack(response_action="errors", errors={field: say(deps.locale, "submission_unreadable", field=str(exc))})
        return None
    if not deps.may_decide(submission.user, submission.draft_id):
        review.audit_refusal(deps.db, submission.draft_id, submission.user, "slack", attempted, "not an approver")
        ack(response_action="errors", errors={field: say(deps.locale, "not_authorised")})
        return None
    return submission


def _edit(deps: Deps) -> Handler:
    def handle(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        sub = _guard(deps, ack, body, "edit", "text")
        if sub is None:
            return
        text = sub.value.strip()
        try:
            failures = deps.background.within(EDIT_CHECK_SECONDS, edit_failures, deps, sub.draft_id, text)
        except TimeoutError:
            log.warning(
                "draft %s: edit checks took over %.1f s; the user was asked to resubmit",
                sub.draft_id,
                EDIT_CHECK_SECONDS,
            )
            ack(response_action="errors", errors={"text": say(deps.locale, "checks_slow")})
            return
        except KuuloError as exc:
            ack(response_action="errors", errors={"text": str(exc)})
            return
        if failures:
            review.audit_refusal(deps.db, sub.draft_id, sub.user, "slack", "edit", "; ".join(failures))
            ack(response_action="errors", errors={"text": "; ".join(failures)})
            return
        try:
            review.edit(deps.db, sub.draft_id, sub.user, "slack", text, sub.hash, failures=failures)
        except KuuloError as exc:  # refused (InvalidTransition), or the draft is gone (NotFound)
            ack(response_action="errors", errors={"text": str(exc)})
            return
        ack()
        deps.background.submit(show_decision, deps.db, client, deps.settings, sub.draft_id)

    return handle


def edit_failures(deps: Deps, draft_id: int, text: str) -> list[str]:
    """Blocking check failures of an edited text, against the facts frozen with its draft."""
    with deps.db.read() as session:
        row = session.execute(
            select(Draft.check_context, Comment.platform)
            .join(Comment, Draft.comment_id == Comment.id)
            .where(Draft.id == draft_id)
        ).first()
    if row is None:
        raise NotFound(f"no draft {draft_id}; it may have been deleted")
    return review.blocking_failures(text, row.platform or "other", row.check_context)


def _skip(deps: Deps) -> Handler:
    def handle(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        sub = _guard(deps, ack, body, "skip", "reason")
        if sub is None:
            return
        reason = sub.value if sub.value in SKIP_REASONS else "other"  # a forged reason is not stored
        ack()
        note = None
        try:
            review.skip(deps.db, sub.draft_id, sub.user, "slack", reason)
        except KuuloError as exc:  # refused (InvalidTransition), or the draft is gone (NotFound)
            note = say(deps.locale, "not_done", reason=blocks.escape(str(exc)))
        deps.background.submit(
            show_decision,
            deps.db,
            client,
            deps.settings,
            sub.draft_id,
            channel=sub.channel,
            user=sub.user,
            note=note,
        )

    return handle


def _regenerate(deps: Deps) -> Handler:
    def handle(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        sub = _guard(deps, ack, body, "regenerate", "instruction")
        if sub is None:
            return
        ack()
        user, instruction = sub.user, sub.value.strip()
        with deps.db.write() as session:
            request = WorkRequest(
                kind="regenerate",
                payload={"draft_id": sub.draft_id, "instruction": instruction[:2000]},
                requested_by=f"slack:{user}",
            )
            session.add(request)
            session.flush()
            session.add(
                AuditEvent(
                    actor=f"slack:{user}",
                    action="draft.regenerate_requested",
                    subject_type="draft",
                    subject_id=str(sub.draft_id),
                    detail={"work_request": request.id},
                )
            )
        deps.background.submit(tell, client, sub.channel, user, say(deps.locale, "regenerate_queued", id=sub.draft_id))

    return handle


def _posted(deps: Deps) -> Handler:
    def handle(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        sub = _guard(deps, ack, body, "mark_posted", "link")
        if sub is None:
            return
        try:
            review.mark_posted(deps.db, sub.draft_id, sub.user, "slack", sub.value)
        except KuuloError as exc:
            ack(response_action="errors", errors={"link": str(exc)})
            return
        ack()
        deps.background.submit(show_decision, deps.db, client, deps.settings, sub.draft_id)

    return handle


def register(app: App, deps: Deps) -> None:
    app.view(blocks.EDIT_VIEW)(_edit(deps))
    app.view(blocks.SKIP_VIEW)(_skip(deps))
    app.view(blocks.REGENERATE_VIEW)(_regenerate(deps))
    app.view(blocks.POSTED_VIEW)(_posted(deps))
