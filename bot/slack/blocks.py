"""Block Kit builders: pure functions from a :class:`DraftView` to Slack JSON.

Untrusted text (comments, titles, author names, and the model's drafts) is
escaped (``&``, ``<``, ``>``) and sent as ``verbatim`` mrkdwn, so ``<!channel>``,
``<@U…>``, ``<!subteam^…>`` and ``<url|label>`` show as text and do nothing.
Every field is cut to Slack's documented limits.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from typing import Any

from bot.checks.signature import SLOT
from bot.review.view import DraftView
from bot.textnorm import clip
from bot.wording import say

Block = dict[str, Any]

SECTION_MAX = 3000
BUTTON_TEXT_MAX = 75
VALUE_MAX = 2000
MAX_BLOCKS = 50
METADATA_MAX = 3000
HEADER_MAX = 150
COMMENT_SHOWN = 2000

APPROVE, EDIT, REGENERATE, SKIP, MARK_POSTED = (
    "kuulo_approve",
    "kuulo_edit",
    "kuulo_regenerate",
    "kuulo_skip",
    "kuulo_mark_posted",
)
EDIT_VIEW, SKIP_VIEW, REGENERATE_VIEW, POSTED_VIEW = (
    "kuulo_edit_view",
    "kuulo_skip_view",
    "kuulo_regenerate_view",
    "kuulo_posted_view",
)
_PARTIAL_ENTITY = re.compile(r"&[a-z]{0,4}$")
_SLACK_USER = re.compile(r"^[UW][A-Z0-9]{2,}$")
_SAFE_URL = re.compile(r"^https?://[^\s<>|]+$")


def escape(text: str) -> str:
    """Slack's three escapes: after them, no control sequence can be formed."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def cut(text: str, limit: int) -> str:
    """At most ``limit`` characters, never ending inside an escape, marked with an ellipsis."""
    if len(text) <= limit:
        return text
    return _PARTIAL_ENTITY.sub("", clip(text, limit - 1)) + "…"  # whole graphemes: no half a family emoji


def plain(text: str, limit: int = BUTTON_TEXT_MAX) -> Block:
    return {"type": "plain_text", "text": cut(text, limit), "emoji": False}


def untrusted(text: str, limit: int = SECTION_MAX) -> Block:
    return {"type": "mrkdwn", "text": cut(escape(text), limit), "verbatim": True}


def section(text: Block) -> Block:
    return {"type": "section", "text": text}


def context(*texts: str) -> Block:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": t, "verbatim": True} for t in texts]}


def link(url: str, label: str) -> str:
    """A link whose label is escaped; a URL that is not plain http(s) is shown as text only."""
    safe_label = escape(label).replace("|", "¦")
    if _SAFE_URL.match(url):
        return f"<{url}|{cut(safe_label, 200)}>"
    return f"{cut(safe_label, 200)} ({escape(url)})"


def who(user: str | None) -> str:
    if user and _SLACK_USER.match(user):
        return f"<@{user}>"
    return escape(user or "?")


def age(then: datetime | None, now: datetime) -> str:
    if then is None:
        return "?"
    minutes = int((now - then).total_seconds() // 60)
    if minutes < 60:
        return f"{max(minutes, 0)} min"
    if minutes < 48 * 60:
        return f"{minutes // 60} h"
    return f"{minutes // 1440} d"


def when(at: datetime | None) -> str:
    return at.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC") if at else "?"


def chunks(text: str, size: int) -> list[str]:
    """Escaped text in pieces of at most ``size``, so a long draft is shown whole, never cut."""
    escaped = escape(text) or " "
    pieces: list[str] = []
    while escaped:
        piece = escaped[:size]
        tail = _PARTIAL_ENTITY.search(piece)
        if tail and len(escaped) > size:
            piece = piece[: tail.start()]
        pieces.append(piece)
        escaped = escaped[len(piece) :]
    return pieces


def button(label: str, action_id: str, value: str, style: str | None = None) -> Block:
    element: Block = {"type": "button", "text": plain(label), "action_id": action_id, "value": cut(value, VALUE_MAX)}
    if style:
        element["style"] = style
    return element


def action_value(draft: DraftView) -> str:
    return json.dumps({"draft_id": draft.id, "hash": draft.text_hash}, separators=(",", ":"))


def _context_blocks(draft: DraftView, locale: str, now: datetime) -> list[Block]:
    title = draft.thread_title or draft.thread_url
    blocks: list[Block] = [
        {"type": "header", "text": plain(say(locale, "card_header", id=draft.id, platform=draft.platform), HEADER_MAX)},
        context(f"{say(locale, 'thread')}: {link(draft.thread_url, title)}"),
    ]
    author = escape(draft.comment_author or say(locale, "unknown_author"))
    byline = say(
        locale, "comment_by", author=author, age=age(draft.comment_created_at, now), language=draft.language or "?"
    )
    if draft.comment_url and _SAFE_URL.match(draft.comment_url):
        byline += f" · <{draft.comment_url}|link>"
    blocks.append(context(byline))
    comment = draft.comment_text if draft.comment_text is not None else say(locale, "deleted")
    blocks.append(section(untrusted(comment, COMMENT_SHOWN)))
    why: list[str] = []
    if draft.reason:
        why.append(escape(say(locale, "why", reason=draft.reason)))
    if draft.intent or draft.emotion:
        why.append(say(locale, "signals", intent=draft.intent or "?", emotion=draft.emotion or "?"))
    why.append(say(locale, "objective", objective=draft.objective))
    blocks.append(context(*why))
    if draft.plan_key:
        plan = say(locale, draft.plan_key)
        blocks.append(context(escape(say(locale, "plan", plan=plan, reason=draft.plan_reason or "-"))))
    return blocks


def _draft_blocks(draft: DraftView, locale: str) -> list[Block]:
    author = draft.version_author if not draft.edited_by_human else f"edited by {draft.version_author[6:]}"
    blocks: list[Block] = [context(f"*{escape(say(locale, 'draft', version=draft.version, author=author))}*")]
    blocks.extend(section({"type": "mrkdwn", "text": piece, "verbatim": True}) for piece in chunks(draft.text, 2900))
    cited = say(locale, "cites", cited=escape(", ".join(draft.cited))) if draft.cited else say(locale, "no_cites")
    blocks.append(context(cited, say(locale, "drafter", drafter=draft.drafter)))
    if SLOT in draft.text:  # the sign-off is signed by whoever approves it (bot/checks/signature.py)
        blocks.append(context(escape(say(locale, "card_signature"))))
    return blocks


def card_blocks(
    draft: DraftView,
    locale: str,
    now: datetime | None = None,
    posted_url: str | None = None,
    expires_at: datetime | None = None,
) -> list[Block]:
    """The whole review card: context, draft, and the buttons (with the expiry time) or the decision."""
    now = now or datetime.now(UTC)
    blocks = _context_blocks(draft, locale, now) + _draft_blocks(draft, locale)
    tail: list[Block] = []
    if draft.status == "pending":
        if expires_at is not None:
            tail.append(context(say(locale, "expires_at", at=when(expires_at))))
        if draft.blocking:
            tail.append(section(untrusted(say(locale, "blocked", failures="; ".join(draft.blocking)))))
        value = action_value(draft)
        buttons = [button(say(locale, "approve"), APPROVE, value, "primary")] if draft.approvable else []
        buttons += [
            button(say(locale, "edit"), EDIT, value),
            button(say(locale, "regenerate"), REGENERATE, value),
            button(say(locale, "skip"), SKIP, value, "danger"),
        ]
        tail.append({"type": "actions", "block_id": f"kuulo_draft_{draft.id}", "elements": buttons})
    else:
        tail.append(section({"type": "mrkdwn", "text": state_line(draft, locale, posted_url), "verbatim": True}))
        if draft.status == "approved" and posted_url is None:
            value = action_value(draft)
            tail.append({"type": "actions", "elements": [button(say(locale, "mark_posted"), MARK_POSTED, value)]})
    room = MAX_BLOCKS - len(tail)
    if len(blocks) > room:
        blocks = [*blocks[: room - 1], context("…")]
    return blocks + tail


def state_line(draft: DraftView, locale: str, posted_url: str | None = None) -> str:
    if draft.status == "approved":
        line = say(locale, "state_approved", user=who(draft.decided_by), at=when(draft.decided_at))
    elif draft.status == "skipped":
        reason = escape(draft.decision_reason or "")
        line = say(locale, "state_skipped", user=who(draft.decided_by), at=when(draft.decided_at), reason=reason)
    elif draft.status == "stale":
        line = say(locale, "state_stale")
    else:
        line = say(locale, "state_failed")
    if posted_url:
        line += "\n" + say(locale, "state_posted", url=escape(posted_url))
    return f"*{line}*"


def fallback_text(draft: DraftView, locale: str, *, published: bool = False) -> str:
    """The card's plain text (notifications, screen readers): what is waiting, or what was decided."""
    who = draft.decided_by or "?"
    if draft.status == "pending":
        return say(locale, "fallback", id=draft.id, platform=draft.platform)
    if draft.status == "approved":
        key = "fallback_published" if published else "fallback_approved"
        return say(locale, key, id=draft.id, platform=draft.platform, who=who)
    if draft.status == "skipped":
        return say(locale, "fallback_skipped", id=draft.id, platform=draft.platform, who=who)
    return say(locale, "fallback_closed", id=draft.id, platform=draft.platform, status=draft.status)


CARD_EVENT = "kuulo_draft"


def metadata(draft_id: int) -> Block:
    """Message metadata that finds a card again after a crash (conversations.history)."""
    return {"event_type": CARD_EVENT, "event_payload": {"draft_id": draft_id}}
