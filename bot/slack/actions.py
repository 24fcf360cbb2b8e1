"""Card buttons: approve, edit, regenerate, skip, mark posted.

Listeners run before Slack gets its answer (``bot/slack/background.py``), so
each does only what the answer depends on. Approve: the clicker is checked
against the approvers, then :func:`bot.review.decisions.decide_approval` makes the
compare-and-set in one write transaction that also records the click's
delivery (a retried click is dropped by that same write). The card update
and any note to the clicker go to the background. The other buttons open a
modal: ``views.open`` runs in the background as well.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from bot.errors import InvalidTransition, KuuloError
from bot.review import decisions as review
from bot.slack import blocks, modals
from bot.slack.background import show_decision
from bot.slack.client import tell
from bot.slack.deliveries import RepeatedDelivery, claim, first_delivery
from bot.wording import say

if TYPE_CHECKING:
    from slack_bolt import Ack, App
    from slack_sdk import WebClient

    from bot.slack.app import Deps

log = logging.getLogger(__name__)


class UnreadableClick(ValueError):
    """A card click's payload lacks a field Kuulo needs (or holds it malformed); str() names the field."""


def draft_ref(body: dict[str, Any]) -> tuple[int, str]:
    try:
        value = json.loads(body["actions"][0]["value"])
        return int(value["draft_id"]), str(value["hash"])
    except (KeyError, IndexError, TypeError, ValueError):
        raise UnreadableClick("actions[0].value") from None


def clicker(body: dict[str, Any]) -> str:
    user = (body.get("user") or {}).get("id") if isinstance(body.get("user"), dict) else None
    if not isinstance(user, str) or not user:
        raise UnreadableClick("user.id")
    return user


def unreadable(deps: Deps, client: WebClient, body: dict[str, Any], exc: UnreadableClick) -> None:
    """Log the field a click lacked and, when the clicker is known, tell them nothing was done."""
    log.warning("ignored a Slack click without a readable %s", exc)
    user = (body.get("user") or {}).get("id") if isinstance(body.get("user"), dict) else None
    if isinstance(user, str) and user:
        channel, _ts = card_place(body)
        deps.background.submit(tell, client, channel, user, say(deps.locale, "click_unreadable", field=str(exc)))


def card_place(body: dict[str, Any]) -> tuple[str | None, str | None]:
    def part(key: str, field: str) -> str | None:
        holder = body.get(key)
        value = holder.get(field) if isinstance(holder, dict) else None
        return value if isinstance(value, str) and value else None

    channel = part("channel", "id") or part("container", "channel_id")
    ts = part("message", "ts") or part("container", "message_ts")
    return channel, ts


def allowed(deps: Deps, client: WebClient, user: str, draft_id: int, attempted: str, channel: str | None) -> bool:
    if deps.may_decide(user, draft_id):
        return True
    review.audit_refusal(deps.db, draft_id, user, "slack", attempted, "not an approver")
    log.info("refused %s on draft %s by %s: not an approver", attempted, draft_id, user)
    words = "not_brand_approver" if deps.approvers.allows(user) else "not_authorised"  # an approver of another brand
    deps.background.submit(tell, client, channel, user, say(deps.locale, words))
    return False


def _approve(deps: Deps) -> Callable[..., None]:
    def handle(ack: Ack, body: dict[str, Any], client: WebClient, context: dict[str, Any]) -> None:
        try:
            user, (draft_id, shown_hash) = clicker(body), draft_ref(body)
        except UnreadableClick as exc:
            ack()
            unreadable(deps, client, body, exc)
            return
        channel, _ts = card_place(body)
        key = context.get("delivery_key")
        if not deps.may_decide(user, draft_id):
            if key is None or first_delivery(deps.db, key):
                allowed(deps, client, user, draft_id, "approve", channel)
            ack()
            return
        note = None
        try:
            review.decide_approval(
                deps.db,
                draft_id,
                user,
                "slack",
                shown_hash,
                first=(lambda session: claim(session, key)) if key else None,
            )
        except RepeatedDelivery:
            log.info("dropped a repeated Slack delivery action")
            ack()
            return
        except InvalidTransition as exc:
            note = say(deps.locale, "not_done", reason=blocks.escape(str(exc)))
        ack()
        deps.background.submit(
            show_decision, deps.db, client, deps.settings, draft_id, channel=channel, user=user, note=note
        )

    return handle


def _open(deps: Deps, attempted: str, build: Callable[..., dict[str, Any]]) -> Callable[..., None]:
    def handle(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        ack()
        try:
            user, (draft_id, _hash) = clicker(body), draft_ref(body)
            trigger_id = body.get("trigger_id")
            if not isinstance(trigger_id, str) or not trigger_id:  # a modal cannot open without it
                raise UnreadableClick("trigger_id")
        except UnreadableClick as exc:
            unreadable(deps, client, body, exc)
            return
        channel, ts = card_place(body)
        if allowed(deps, client, user, draft_id, attempted, channel):
            deps.background.submit(open_modal, deps, client, draft_id, user, trigger_id, build, channel, ts)

    return handle


def open_modal(
    deps: Deps,
    client: WebClient,
    draft_id: int,
    user: str,
    trigger_id: str,
    build: Callable[..., dict[str, Any]],
    channel: str | None,
    ts: str | None,
) -> None:
    """``views.open`` of the draft's modal (in the background: the trigger stays valid for 3 s)."""
    try:
        draft = review.view(deps.db, draft_id)
    except KuuloError as exc:
        tell(client, channel, user, say(deps.locale, "not_done", reason=blocks.escape(str(exc))))
        return
    client.views_open(trigger_id=trigger_id, view=build(draft, deps.locale, channel, ts))


def register(app: App, deps: Deps) -> None:
    app.action(blocks.APPROVE)(_approve(deps))
    app.action(blocks.EDIT)(_open(deps, "edit", modals.edit_modal))
    app.action(blocks.SKIP)(_open(deps, "skip", modals.skip_modal))
    app.action(blocks.REGENERATE)(_open(deps, "regenerate", modals.regenerate_modal))
    app.action(blocks.MARK_POSTED)(_open(deps, "mark_posted", modals.posted_modal))
