"""Modal builders (pure): edit, skip, regenerate and mark-posted, each carrying the card it came from."""

from __future__ import annotations

import json
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


def private_metadata(draft: DraftView, channel: str | None, ts: str | None) -> str:
    """What the submission needs: the draft, the hash shown, and where its card is."""
    data = {"draft_id": draft.id, "hash": draft.text_hash, "channel": channel, "ts": ts}
    encoded = json.dumps(data, separators=(",", ":"))
    if len(encoded) > METADATA_MAX:  # ids are short; this only guards a malformed channel or ts
        encoded = json.dumps({"draft_id": draft.id, "hash": draft.text_hash}, separators=(",", ":"))
    return encoded


def read_metadata(view: dict[str, Any]) -> dict[str, Any]:
    data = json.loads(view.get("private_metadata") or "{}")
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
        return str((value.get("selected_option") or {}).get("value") or "")
    return str(value.get("value") or "")
