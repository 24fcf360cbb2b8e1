"""Modal builders (pure): edit, skip, regenerate and mark-posted, each carrying the card it came from."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from bot.review.status import SKIP_REASONS
from bot.review.view import DraftView
from bot.slack.blocks import (
    EDIT_VIEW,
    METADATA_MAX,
    POSTED_VIEW,
    REGENERATE_VIEW,
    SKIP_VIEW,
    Block,
    plain,
)
from bot.wording import say

MODAL_TITLE_MAX = 24
INPUT_MAX = 3000
_UNSTORABLE = re.compile("[\ud800-\udfff\x00]")  # a lone surrogate or NUL: no database stores it
_SLACK_ID = re.compile(r"[A-Za-z0-9_]{1,64}")  # Slack's user ids: U0123ABCD, W0123ABCD
DRAFT_ID_MAX = 2**31 - 1  # a draft id is an INTEGER column: a larger one names no draft (and PostgreSQL refuses it)


class UnreadableSubmission(ValueError):
    """A modal submission lacks a field Kuulo needs, or holds it malformed; str() names the field."""


@dataclass(frozen=True)
class Submission:
    """What a modal submission carries that Kuulo reads: who, which draft (and card), and the value entered."""

    user: str
    draft_id: int
    hash: str
    channel: str | None
    value: str


def read_submission(body: Any, block_id: str) -> Submission:
    """The submitter, the draft and card from ``private_metadata``, and the value of ``block_id``.

    Raises :class:`UnreadableSubmission` naming the field when any of them is missing, of the wrong
    type or out of range (a forged or damaged payload), or the value is longer than :data:`INPUT_MAX`.
    """
    user = body.get("user") if isinstance(body, dict) else None
    user_id = user.get("id") if isinstance(user, dict) else None
    if not isinstance(user_id, str) or not _SLACK_ID.fullmatch(user_id):
        raise UnreadableSubmission("user.id")
    view = body.get("view")
    if not isinstance(view, dict):
        raise UnreadableSubmission("view")
    try:
        meta = read_metadata(view)
    except ValueError:  # not JSON, not an object, no integer draft id
        raise UnreadableSubmission("view.private_metadata") from None
    draft_id, text_hash, channel = meta["draft_id"], meta.get("hash"), meta.get("channel")
    if isinstance(draft_id, bool) or not 0 < draft_id <= DRAFT_ID_MAX or not isinstance(text_hash, str):
        raise UnreadableSubmission("view.private_metadata")
    try:
        value = submitted(view, block_id)
    except (KeyError, TypeError, AttributeError):
        raise UnreadableSubmission(f"view.state.values.{block_id}") from None
    if len(value) > INPUT_MAX:
        raise UnreadableSubmission(f"view.state.values.{block_id} (over {INPUT_MAX:,} characters)")
    value = _UNSTORABLE.sub(lambda m: "" if m.group() == "\x00" else "\ufffd", value)
    return Submission(
        user_id,
        draft_id,
        text_hash,
        channel if isinstance(channel, str) and _SLACK_ID.fullmatch(channel) else None,
        value,
    )


def private_metadata(draft: DraftView, channel: str | None, ts: str | None) -> str:
    """What the submission needs: the draft, the hash shown, and where its card is."""
    data = {"draft_id": draft.id, "hash": draft.text_hash, "channel": channel, "ts": ts}
    encoded = json.dumps(data, separators=(",", ":"))
    if len(encoded) > METADATA_MAX:  # ids are short; this only guards a malformed channel or ts
        encoded = json.dumps({"draft_id": draft.id, "hash": draft.text_hash}, separators=(",", ":"))
    return encoded


def read_metadata(view: dict[str, Any]) -> dict[str, Any]:
    meta = view.get("private_metadata") or "{}"
    if not isinstance(meta, str):
        raise ValueError("the modal's private_metadata is not text")
    try:  # JSONDecodeError is a ValueError; so is a number too long to convert (Python's int limit)
        data = json.loads(meta)
    except RecursionError:
        raise ValueError("the modal's private_metadata nests too deep") from None
    if not isinstance(data, dict) or not isinstance(data.get("draft_id"), int):
        raise ValueError("the modal carries no draft id")
    return data


def _modal(callback_id: str, title: str, locale: str, meta: str, blocks: list[Block]) -> Block:
    return {
        "type": "modal",
        "callback_id": callback_id,
        "title": plain(title, MODAL_TITLE_MAX),
        "submit": plain(say(locale, "save"), MODAL_TITLE_MAX),
        "close": plain(say(locale, "cancel"), MODAL_TITLE_MAX),
        "private_metadata": meta,
        "blocks": blocks,
    }


def _text_input(block_id: str, label: str, initial: str | None = None, multiline: bool = True) -> Block:
    element: Block = {"type": "plain_text_input", "action_id": "value", "multiline": multiline}
    if initial is not None:
        element["initial_value"] = initial[:INPUT_MAX]
        element["max_length"] = INPUT_MAX
    return {"type": "input", "block_id": block_id, "label": plain(label, 2000), "element": element}


def edit_modal(draft: DraftView, locale: str, channel: str | None, ts: str | None) -> Block:
    """The current text is the initial value: an input is plain text, so nothing in it is interpreted."""
    meta = private_metadata(draft, channel, ts)
    blocks = [_text_input("text", say(locale, "text_label"), draft.text)]
    return _modal(EDIT_VIEW, say(locale, "modal_edit_title", id=draft.id), locale, meta, blocks)


def skip_modal(draft: DraftView, locale: str, channel: str | None, ts: str | None) -> Block:
    options = [{"text": plain(say(locale, f"reason_{r}")), "value": r} for r in SKIP_REASONS]
    select = {"type": "static_select", "action_id": "value", "options": options, "initial_option": options[0]}
    blocks = [{"type": "input", "block_id": "reason", "label": plain(say(locale, "reason_label")), "element": select}]
    meta = private_metadata(draft, channel, ts)
    return _modal(SKIP_VIEW, say(locale, "modal_skip_title", id=draft.id), locale, meta, blocks)


def regenerate_modal(draft: DraftView, locale: str, channel: str | None, ts: str | None) -> Block:
    blocks = [_text_input("instruction", say(locale, "instruction_label"))]
    meta = private_metadata(draft, channel, ts)
    return _modal(REGENERATE_VIEW, say(locale, "modal_regenerate_title", id=draft.id), locale, meta, blocks)


def posted_modal(draft: DraftView, locale: str, channel: str | None, ts: str | None) -> Block:
    blocks = [_text_input("link", say(locale, "link_label"), multiline=False)]
    meta = private_metadata(draft, channel, ts)
    return _modal(POSTED_VIEW, say(locale, "modal_posted_title", id=draft.id), locale, meta, blocks)


def submitted(view: dict[str, Any], block_id: str) -> str:
    """The value a user entered or chose in one input block."""
    value = view["state"]["values"][block_id]["value"]
    if value.get("type") == "static_select":
        chosen = (value.get("selected_option") or {}).get("value")
    else:
        chosen = value.get("value")
    if chosen is not None and not isinstance(chosen, str):  # Slack sends text; anything else is damage
        raise TypeError(f"{block_id} is not text")
    return chosen or ""
