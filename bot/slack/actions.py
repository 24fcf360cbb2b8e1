"""Card buttons: approve, edit, regenerate, skip, mark posted.

Listeners run before Slack gets its answer (``bot/slack/background.py``), so
each does only what the answer depends on. Approve: the clicker is checked
against the approvers, then :func:`bot.review.decisions.approve_if_checked` makes the
compare-and-set in one write transaction that also records the click's
delivery (a retried click is dropped by that same write); it compares the
shown text's hash with the checks' verdict kept with the draft and runs no
check. A text without a kept verdict is checked and approved after the answer
(:func:`approve_after_checks`), never approved unchecked. A sign-off with the slot ``{name}`` is
signed by the clicker (bot/slack/signatures.py: their ``/kuulo signature``, else their Slack
profile's first name, looked up once and cached). The card update
and any note to the clicker go to the background. The other buttons open a
modal: ``views.open`` runs in the background as well.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from bot.errors import InvalidTransition, KuuloError, NotFound
from bot.review import decisions as review
from bot.slack import blocks, modals
from bot.slack.background import show_decision
from bot.slack.client import tell
from bot.slack.deliveries import RepeatedDelivery, claim, first_delivery
from bot.wording import say

if TYPE_CHECKING:
    from slack_bolt import Ack, App
    from slack_sdk import WebClient
    from sqlalchemy.orm import Session

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


_SLACK_ID = re.compile(r"[A-Za-z0-9_]{1,64}")  # a Slack user id (U0123ABCD, W0123ABCD), as bot/slack/modals.py reads it


def clicker(body: dict[str, Any]) -> str:
    """The clicker's Slack user id; a missing one, or one no Slack id looks like (a lone surrogate, found by make
    fuzz in session 7, reached the audit log's insert and Bolt answered 500), is unreadable."""
    user = (body.get("user") or {}).get("id") if isinstance(body.get("user"), dict) else None
    if not isinstance(user, str) or not _SLACK_ID.fullmatch(user):
        raise UnreadableClick("user.id")
    return user


def unreadable(deps: Deps, client: WebClient, body: dict[str, Any], exc: UnreadableClick) -> None:
    """Log the field a click lacked and, when the clicker is known, tell them nothing was done."""
    log.warning("ignored a Slack click without a readable %s", exc)
    user = (body.get("user") or {}).get("id") if isinstance(body.get("user"), dict) else None
    if isinstance(user, str) and _SLACK_ID.fullmatch(user):
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


class _NotAuthorisedHere(Exception):
    """Inside the approval's write: the clicker is not an approver of the draft's brand, or that needs a
    user group looked up at Slack (not done while holding the write): the write is rolled back."""


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
        if decide_click(deps, client, user, draft_id, shown_hash, channel, key):  # the usual click
            ack()
            return
        if not deps.may_decide(user, draft_id):  # refused, or a user group looked up outside the write
            if key is None or first_delivery(deps.db, key):
                allowed(deps, client, user, draft_id, "approve", channel)
            ack()
            return

        def record_delivery(session: Session) -> None:
            if key is not None:
                claim(session, key)

        outcome = _decide(deps, draft_id, user, shown_hash, record_delivery)
        ack()
        _after(deps, client, outcome, draft_id, user, shown_hash, channel)

    return handle


def decide_click(
    deps: Deps, client: WebClient, user: str, draft_id: int, shown_hash: str, channel: str | None, key: str | None
) -> bool:
    """The usual Approve click, in one write: record its delivery ``key`` (a retried click is dropped by this
    same write), check ``user`` against the draft's brand's approvers from memory, compare-and-set the draft;
    its side effects go to the background. False, having written nothing, when the clicker is not known to be
    an approver from memory (not one, or a user group not looked up yet): the caller decides more slowly.

    Bolt's listener and the WSGI fast path (bot/slack/fastpath.py) both call it, so a click is decided the
    same way whichever answers it.
    """

    def record_and_authorise(session: Session) -> None:
        if key is not None:
            claim(session, key)
        if deps.may_decide_in(session, user, draft_id) is not True:
            raise _NotAuthorisedHere

    try:
        outcome = _decide(deps, draft_id, user, shown_hash, record_and_authorise)
    except _NotAuthorisedHere:
        return False
    _after(deps, client, outcome, draft_id, user, shown_hash, channel)
    return True


def after_batch(
    deps: Deps, client: WebClient, approved: bool, draft_id: int, user: str, shown_hash: str, channel: str | None
) -> None:
    """What follows a click a batch decided (bot/slack/approvals.py): the card when it approved the draft,
    nothing for a repeated delivery."""
    _after(deps, client, _Outcome(True) if approved else None, draft_id, user, shown_hash, channel)


def _after(
    deps: Deps,
    client: WebClient,
    outcome: _Outcome | None,
    draft_id: int,
    user: str,
    shown_hash: str,
    channel: str | None,
) -> None:
    """What follows an Approve click's write, in the background: the card, a note, or the checks then approval."""
    if outcome is None:
        log.info("dropped a repeated Slack delivery action")
    elif outcome.checked:
        deps.background.submit(
            show_decision, deps.db, client, deps.settings, draft_id, channel=channel, user=user, note=outcome.note
        )
    else:  # no kept verdict for the shown text: its checks run, then the approval, after the answer
        deps.background.submit(approve_after_checks, deps, client, draft_id, user, shown_hash, channel)


@dataclass(frozen=True)
class _Outcome:
    checked: bool  # decided (approved or refused); False: the text's checks must run first
    note: str | None = None  # why it was not done


def _decide(deps: Deps, draft_id: int, user: str, shown_hash: str, first: Callable[[Session], None]) -> _Outcome | None:
    """:func:`bot.review.decisions.approve_if_checked`; None for a repeated delivery."""
    try:
        checked = review.approve_if_checked(
            deps.db, draft_id, user, "slack", shown_hash, first=first, signer=deps.signer(user)
        )
    except RepeatedDelivery:
        return None
    except (InvalidTransition, NotFound) as exc:  # NotFound: the draft was removed (erasure) since its card
        return _Outcome(True, say(deps.locale, "not_done", reason=blocks.escape(str(exc))))
    return _Outcome(checked)


def approve_after_checks(
    deps: Deps, client: WebClient, draft_id: int, user: str, shown_hash: str, channel: str | None
) -> None:
    """An approval whose text had no kept verdict: run the checks, approve only if they pass, show the result.

    The click's delivery was recorded in the answer's write, so a retry does not come here twice; of two
    approvers, the draft's compare-and-set lets one win and the other is told who did.
    """
    note = None
    try:
        review.decide_approval(deps.db, draft_id, user, "slack", shown_hash, signer=deps.signer(user))
    except InvalidTransition as exc:
        note = say(deps.locale, "not_done", reason=blocks.escape(str(exc)))
    show_decision(deps.db, client, deps.settings, draft_id, channel=channel, user=user, note=note)


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
