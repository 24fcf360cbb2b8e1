"""Card buttons: approve, edit, regenerate, skip, mark posted.

Every handler acks first (Slack wants an answer within 3 s), then checks the
clicker is an approver (refusals are audited and answered privately), then
calls :mod:`bot.review.decisions` and shows the result on the card in place.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from bot.errors import InvalidTransition, KuuloError
from bot.review import decisions as review
from bot.slack import blocks, cards, modals
from bot.wording import say

if TYPE_CHECKING:
    from slack_bolt import Ack, App
    from slack_sdk import WebClient

    from bot.slack.app import Deps

log = logging.getLogger(__name__)


def draft_ref(body: dict[str, Any]) -> tuple[int, str]:
    value = json.loads(body["actions"][0]["value"])
    return int(value["draft_id"]), str(value["hash"])


def card_place(body: dict[str, Any]) -> tuple[str | None, str | None]:
    channel = (body.get("channel") or {}).get("id") or (body.get("container") or {}).get("channel_id")
    ts = (body.get("message") or {}).get("ts") or (body.get("container") or {}).get("message_ts")
    return channel, ts


def tell(client: WebClient, channel: str | None, user: str, text: str) -> None:
    """An ephemeral note to one user, or a DM when there is no channel."""
    if channel:
        client.chat_postEphemeral(channel=channel, user=user, text=text)
    else:
        client.chat_postMessage(channel=user, text=text)


def allowed(deps: Deps, client: WebClient, user: str, draft_id: int, attempted: str, channel: str | None) -> bool:
    if deps.approvers.allows(user):
        return True
    review.audit_refusal(deps.db, draft_id, user, "slack", attempted, "not an approver")
    log.info("refused %s on draft %s by %s: not an approver", attempted, draft_id, user)
    tell(client, channel, user, say(deps.locale, "not_authorised"))
    return False


def _approve(deps: Deps) -> Callable[..., None]:
    def handle(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        ack()
        user, (draft_id, shown_hash) = body["user"]["id"], draft_ref(body)
        channel, _ts = card_place(body)
        if not allowed(deps, client, user, draft_id, "approve", channel):
            return
        try:
            review.approve(deps.db, draft_id, user, "slack", shown_hash)
        except InvalidTransition as exc:
            tell(client, channel, user, say(deps.locale, "not_done", reason=blocks.escape(str(exc))))
        cards.refresh(deps.db, client, deps.settings, draft_id)

    return handle


def _open(deps: Deps, attempted: str, build: Callable[..., dict[str, Any]]) -> Callable[..., None]:
    def handle(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        ack()
        user, (draft_id, _hash) = body["user"]["id"], draft_ref(body)
        channel, ts = card_place(body)
        if not allowed(deps, client, user, draft_id, attempted, channel):
            return
        try:
            draft = review.view(deps.db, draft_id)
        except KuuloError as exc:
            tell(client, channel, user, say(deps.locale, "not_done", reason=blocks.escape(str(exc))))
            return
        client.views_open(trigger_id=body["trigger_id"], view=build(draft, deps.locale, channel, ts))

    return handle


def register(app: App, deps: Deps) -> None:
    app.action(blocks.APPROVE)(_approve(deps))
    app.action(blocks.EDIT)(_open(deps, "edit", modals.edit_modal))
    app.action(blocks.SKIP)(_open(deps, "skip", modals.skip_modal))
    app.action(blocks.REGENERATE)(_open(deps, "regenerate", modals.regenerate_modal))
    app.action(blocks.MARK_POSTED)(_open(deps, "mark_posted", modals.posted_modal))
