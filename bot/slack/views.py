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

from bot.errors import InvalidTransition, KuuloError, NotFound
from bot.review import decisions as review
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


def _guard(deps: Deps, ack: Ack, body: dict[str, Any], attempted: str, field: str) -> tuple[str, dict[str, Any]] | None:
    """The submitter and the modal's metadata, or None after answering a refusal in the modal."""
    user = body["user"]["id"]
    meta = modals.read_metadata(body["view"])
    if not deps.may_decide(user, int(meta["draft_id"])):
        review.audit_refusal(deps.db, meta["draft_id"], user, "slack", attempted, "not an approver")
        ack(response_action="errors", errors={field: say(deps.locale, "not_authorised")})
        return None
    return user, meta


def _edit(deps: Deps) -> Handler:
    def handle(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        guarded = _guard(deps, ack, body, "edit", "text")
        if guarded is None:
            return
        user, meta = guarded
        text = modals.submitted(body["view"], "text").strip()
        try:
            failures = deps.background.within(EDIT_CHECK_SECONDS, edit_failures, deps, meta["draft_id"], text)
        except TimeoutError:
            log.warning(
                "draft %s: edit checks took over %.1f s; the user was asked to resubmit",
                meta["draft_id"],
                EDIT_CHECK_SECONDS,
            )
            ack(response_action="errors", errors={"text": say(deps.locale, "checks_slow")})
            return
        except KuuloError as exc:
            ack(response_action="errors", errors={"text": str(exc)})
            return
        if failures:
            review.audit_refusal(deps.db, meta["draft_id"], user, "slack", "edit", "; ".join(failures))
            ack(response_action="errors", errors={"text": "; ".join(failures)})
            return
        try:
            review.edit(deps.db, meta["draft_id"], user, "slack", text, meta["hash"])
        except InvalidTransition as exc:
            ack(response_action="errors", errors={"text": str(exc)})
            return
        ack()
        deps.background.submit(show_decision, deps.db, client, deps.settings, meta["draft_id"])

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
        guarded = _guard(deps, ack, body, "skip", "reason")
        if guarded is None:
            return
        ack()
        user, meta = guarded
        reason = modals.submitted(body["view"], "reason") or "other"
        note = None
        try:
            review.skip(deps.db, meta["draft_id"], user, "slack", reason)
        except InvalidTransition as exc:
            note = say(deps.locale, "not_done", reason=blocks.escape(str(exc)))
        deps.background.submit(
            show_decision,
            deps.db,
            client,
            deps.settings,
            meta["draft_id"],
            channel=meta.get("channel"),
            user=user,
            note=note,
        )

    return handle


def _regenerate(deps: Deps) -> Handler:
    def handle(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        guarded = _guard(deps, ack, body, "regenerate", "instruction")
        if guarded is None:
            return
        ack()
        user, meta = guarded
        instruction = modals.submitted(body["view"], "instruction").strip()
        with deps.db.write() as session:
            request = WorkRequest(
                kind="regenerate",
                payload={"draft_id": meta["draft_id"], "instruction": instruction[:2000]},
                requested_by=f"slack:{user}",
            )
            session.add(request)
            session.flush()
            session.add(
                AuditEvent(
                    actor=f"slack:{user}",
                    action="draft.regenerate_requested",
                    subject_type="draft",
                    subject_id=str(meta["draft_id"]),
                    detail={"work_request": request.id},
                )
            )
        deps.background.submit(
            tell, client, meta.get("channel"), user, say(deps.locale, "regenerate_queued", id=meta["draft_id"])
        )

    return handle


def _posted(deps: Deps) -> Handler:
    def handle(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        guarded = _guard(deps, ack, body, "mark_posted", "link")
        if guarded is None:
            return
        user, meta = guarded
        url = modals.submitted(body["view"], "link")
        try:
            review.mark_posted(deps.db, meta["draft_id"], user, "slack", url)
        except KuuloError as exc:
            ack(response_action="errors", errors={"link": str(exc)})
            return
        ack()
        deps.background.submit(show_decision, deps.db, client, deps.settings, meta["draft_id"])

    return handle


def register(app: App, deps: Deps) -> None:
    app.view(blocks.EDIT_VIEW)(_edit(deps))
    app.view(blocks.SKIP_VIEW)(_skip(deps))
    app.view(blocks.REGENERATE_VIEW)(_regenerate(deps))
    app.view(blocks.POSTED_VIEW)(_posted(deps))
