"""Approve clicks answered in the WSGI layer: the signature check and one compare-and-set write, then 200.

A burst of clicks is CPU work on one interpreter lock, so each answer waits for the CPU of the clicks
before it. Profiled in-process (docs/performance.md), Bolt's dispatch of a click — its request and
context objects, the middleware chain, listener matching over every registered listener, a
``WebClient`` per request — cost more than the click's own write. :class:`FastApprove` answers the
usual Approve click before Bolt sees it:

1. the Slack signature over the raw body, with Slack's 5-minute timestamp window (``SignatureVerifier``,
   a constant-time comparison: the same check Bolt's ``RequestVerification`` makes);
2. the payload parsed: one ``block_actions`` whose first action is Approve, its clicker and draft readable;
3. one write transaction that records the click's delivery (a retried or replayed click, ``X-Slack-Retry-Num``
   or not, is dropped by that write), checks the clicker against the draft's brand's approvers from memory,
   and compare-and-sets the draft; the card refresh and any note go to the background, as from Bolt's
   listener. Clicks that arrive together share that transaction (bot/slack/approvals.py: group commit); a
   click the batch cannot decide is decided alone by :func:`bot.slack.actions.decide_click`, as Bolt's
   listener decides it.

Anything else goes to Bolt unchanged, which answers it as before: a bad signature or stale timestamp
(Bolt answers 401), any other request, an unreadable click (Bolt tells the clicker), and a clicker who is
not known to be an approver from memory (refused, or a user group to look up at Slack): that write is
rolled back first, so Bolt's listener sees a first delivery.
"""

from __future__ import annotations

import json
import logging
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs

from slack_sdk.signature import SignatureVerifier

from bot.slack import blocks
from bot.slack.actions import UnreadableClick, card_place, clicker, draft_ref
from bot.slack.approvals import ApproveBatches, Click
from bot.slack.deliveries import delivery_key

if TYPE_CHECKING:
    from slack_sdk import WebClient

    from bot.slack.app import Deps

log = logging.getLogger(__name__)
_MARK = blocks.APPROVE.encode()  # form-encoding leaves an action id of letters and "_" as it is
# The payload's ``"actions":`` key, form-encoded (``"`` is always %22; a JSON string holding it escapes the quotes).
_ACTIONS_KEY = (b"%22actions%22%3A", b"%22actions%22%3a")


class FastApprove:
    """``answer(body, environ)``: True when it answered a signed Approve click (the caller answers 200)."""

    def __init__(self, deps: Deps, client: WebClient, signing_secret: str) -> None:
        self.deps, self.client = deps, client
        self.verifier = SignatureVerifier(signing_secret)
        self.batches = ApproveBatches(deps, client)

    def answer(self, body: bytes, environ: dict[str, Any]) -> bool:
        """Decide the click in ``body`` and return True, or return False having written nothing (Bolt answers)."""
        if not _may_approve(body) or not str(environ.get("CONTENT_TYPE", "")).startswith(
            "application/x-www-form-urlencoded"
        ):
            return False
        if not self._signed(body, environ):
            return False  # Bolt answers 401 and logs it
        payload = _payload(body)
        if payload is None:
            return False
        try:
            user, (draft_id, shown_hash) = clicker(payload), draft_ref(payload)
        except UnreadableClick:
            return False  # Bolt's listener tells the clicker what it could not read
        channel, _ts = card_place(payload)
        return self.batches.decide(Click(user, draft_id, shown_hash, delivery_key(payload), channel))

    def _signed(self, body: bytes, environ: dict[str, Any]) -> bool:
        timestamp = environ.get("HTTP_X_SLACK_REQUEST_TIMESTAMP")
        signature = environ.get("HTTP_X_SLACK_SIGNATURE")
        if not isinstance(timestamp, str) or not isinstance(signature, str) or not timestamp.isdigit():
            return False
        return self.verifier.is_valid(body, timestamp, signature)


def _may_approve(body: bytes) -> bool:
    """False when ``body`` cannot be an Approve click, decided without checking or parsing it.

    A real click carries the whole card (``message.blocks``), whose Approve button names the action id
    even when Edit or Skip was clicked; the clicked action follows the payload's ``"actions":`` key, so
    only what follows that key's last occurrence is searched. Without that key the body is parsed as
    before. A wrong guess either way costs time only: a click declined here is answered by Bolt.
    """
    start = max(body.rfind(key) for key in _ACTIONS_KEY)
    return _MARK in body if start < 0 else body.find(_MARK, start) >= 0


def _payload(body: bytes) -> dict[str, Any] | None:
    """The ``block_actions`` payload whose first action is Approve; None for anything else."""
    try:
        raw = parse_qs(body.decode("utf-8"), strict_parsing=True).get("payload") or []
        payload = json.loads(raw[0]) if len(raw) == 1 else None
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(payload, dict) or payload.get("type") != "block_actions":
        return None
    actions = payload.get("actions")
    first = actions[0] if isinstance(actions, list) and actions else None
    if not isinstance(first, dict) or first.get("action_id") != blocks.APPROVE:
        return None
    return payload
