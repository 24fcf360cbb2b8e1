"""``/kuulo``: watch, watches, pause, resume, digest, ask, signature, help. Answers are private to the person asking."""

from __future__ import annotations

import json
import logging
import re
import shlex
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from bot.brands.records import has_other_brands
from bot.brands.settings import BrandSettings, all_brands, brand_of_channel, resolve
from bot.checks.signature import SignatureError
from bot.config import OBJECTIVES
from bot.digest.text import render
from bot.errors import KuuloError
from bot.insights.filters import FilterError, parse_filters
from bot.insights.service import ask
from bot.insights.wording import phrase
from bot.services import Services
from bot.slack.blocks import escape
from bot.slack.digest import digest_for
from bot.slack.report_blocks import answer_text
from bot.storage.models import utcnow
from bot.watching.watches import add_watch, list_watches, set_paused
from bot.wording import say

if TYPE_CHECKING:
    from slack_bolt import Ack, App, Respond

    from bot.slack.app import Deps

log = logging.getLogger(__name__)
PICK_BRAND = "kuulo_pick_brand"  # + "_<n>": the buttons asking which brand a command is for
MAX_BUTTON_VALUE = 2000  # Block Kit's limit on a button's value


def _brand_argument(words: list[str]) -> tuple[list[str], str | None]:
    """``--brand NAME`` (or ``--brand=NAME``) taken out of the words."""
    for index, word in enumerate(words):
        if word.startswith("--brand="):
            return words[:index] + words[index + 1 :], word.split("=", 1)[1]
        if word == "--brand" and index + 1 < len(words):
            return words[:index] + words[index + 2 :], words[index + 1]
    return words, None


def command_brand(deps: Deps, named: str | None, channel: str | None) -> BrandSettings | str:
    """The brand ``/kuulo`` acts on: the one named, else the channel's, else the only brand; or the reply
    asking which (a direct message, or a channel no brand uses, while several brands exist)."""
    if named:
        return resolve(deps.db, deps.settings, named)  # an unknown name: NotFound lists the brands
    found = brand_of_channel(deps.db, deps.settings, channel)
    if found is not None:
        return found
    brands = all_brands(deps.db, deps.settings)
    if len(brands) == 1:
        return brands[0]
    return say(deps.locale, "which_brand", brands=", ".join(b.name for b in brands))


def too_long(deps: Deps, text: str) -> str | None:
    """The refusal of a ``/kuulo`` text longer than ``KUULO_SLACK_COMMAND_MAX_CHARS`` (docs/limits.md), or None.

    Checked before the text is parsed: shlex costs about 2 µs a character, so a megabyte pasted after ``/kuulo``
    held a worker thread for seconds, and no command needs more than a link, a few words or a question.
    """
    limit = deps.settings.slack_command_max_chars
    if len(text) <= limit:
        return None
    separator = "," if deps.locale == "en" else "\u00a0"
    length, most = (f"{n:,}".replace(",", separator) for n in (len(text), limit))
    return say(deps.locale, "command_too_long", length=length, limit=most)


_UNREADABLE = re.compile("[\ud800-\udfff\x00]")  # a lone surrogate or a NUL: no encoder, model or database takes it


def readable(text: str) -> str:
    """``/kuulo``'s text as the code after the door reads it: lone surrogates become U+FFFD and NULs go, as in
    a modal's value (a lone surrogate in `/kuulo ask` reached the language detector, which raised)."""
    return _UNREADABLE.sub(lambda m: "" if m.group() == "\x00" else "\ufffd", text)


def _words(text: str) -> list[str]:
    try:
        return shlex.split(text or "")
    except ValueError:
        return (text or "").split()


def brand_choice(deps: Deps, text: str, user: str, channel: str | None) -> list[dict[str, Any]] | None:
    """Block Kit asking which brand ``/kuulo <text>`` is for: in a direct message (or a channel no brand uses)
    while several brands exist and the command names none. One button per brand ``user`` approves for, each
    carrying the command; None when no choice is needed or possible (the text reply then says what to do)."""
    if too_long(deps, text):  # run_command gives the refusal, without buttons
        return None
    text = readable(text)
    words, named = _brand_argument(_words(text))
    if named or not words or words[0].lower() == "help" or brand_of_channel(deps.db, deps.settings, channel):
        return None
    brands = all_brands(deps.db, deps.settings)
    mine = [b for b in brands if deps.may_act_for(user, b)] if len(brands) > 1 else []
    values = [json.dumps({"brand": b.name, "text": text}, ensure_ascii=False) for b in mine]
    if not mine or max(len(v) for v in values) > MAX_BUTTON_VALUE:
        return None
    buttons = [
        {
            "type": "button",
            "action_id": f"{PICK_BRAND}_{index}",
            "text": {"type": "plain_text", "text": b.display_name[:75], "emoji": False},
            "value": value,
        }
        for index, (b, value) in enumerate(zip(mine, values, strict=True))
    ]
    question = say(deps.locale, "pick_brand", command=escape(words[0][:40]))
    rows = [buttons[start : start + 25] for start in range(0, len(buttons), 25)][:45]  # 25 buttons per block
    return [
        {"type": "section", "text": {"type": "mrkdwn", "text": question, "verbatim": True}},
        *({"type": "actions", "elements": row} for row in rows),
    ]


def picked_brand(value: str) -> tuple[str, str] | None:
    """(brand name, command text) from a brand button's value; None for anything else (the click is ignored)."""
    try:
        found = json.loads(value)
    except ValueError:
        return None
    if not isinstance(found, dict) or not isinstance(found.get("brand"), str) or not isinstance(found.get("text"), str):
        return None
    return found["brand"], found["text"]


def run_command(deps: Deps, text: str, user: str, channel: str | None, picked: str | None = None) -> str:
    """The reply to ``/kuulo <text>`` (mrkdwn); changes go through the same services as the CLI.
    With several brands it acts on one brand (``picked`` from the buttons, ``--brand NAME``, else the
    channel's) and only for an approver of that brand (docs/brands.md); with one brand, as before, anyone may
    read and approvers may change."""
    refusal = too_long(deps, text)
    if refusal is not None:
        return refusal
    text = readable(text)
    locale = deps.locale
    words, named = _brand_argument(_words(text))
    named = picked or named
    command, args = (words[0].lower(), words[1:]) if words else ("help", [])
    try:
        if command == "help":
            return say(locale, "help")
        if command == "signature":  # the person's own, for every brand: no brand to pick
            return signature_reply(deps, user, args)
        chosen = command_brand(deps, named, channel)
        if isinstance(chosen, str):
            return chosen
        brand, locale = chosen, chosen.settings.locale
        several = has_other_brands(deps.db)
        if several and not deps.may_act_for(user, brand):
            return say(locale, "not_approver_of_brand", brand=escape(brand.name))
        if command in ("watch", "pause", "resume") and not deps.may_act_for(user, brand):
            return say(locale, "not_authorised")
        if command == "watch" and args:
            objective = args[1] if len(args) > 1 and args[1] in OBJECTIVES else None
            topics = args[2:] if objective else args[1:]
            result = add_watch(
                deps.db,
                deps.settings,
                args[0],
                objective=objective,
                topics=topics,
                channel=channel,
                actor=f"slack:{user}",
                brand=brand.name,
            )
            key = "watch_added" if result.created else "watch_exists"
            w = result.watch
            return say(locale, key, platform=w.platform, target=escape(w.target), id=w.id, objective=w.objective)
        if command == "watches":
            watches = list_watches(deps.db, brand.name if several else None)
            if not watches:
                return say(locale, "no_watches")
            return "\n".join(
                f"#{w.id} · {w.platform} · {'paused' if w.paused else w.status} · {escape(w.url)}" for w in watches
            )
        if command in ("pause", "resume") and args and _watch_id(args[0]):
            if int(args[0]) not in {w.id for w in list_watches(deps.db, brand.name)}:
                return say(locale, "watch_of_other_brand", id=int(args[0]), brand=escape(brand.name))
            set_paused(deps.db, int(args[0]), command == "pause", actor=f"slack:{user}")
            return say(locale, "paused" if command == "pause" else "resumed", id=int(args[0]))
        if command == "digest":
            return _digest_text(deps, brand, several)
        if command == "ask":
            return _ask_text(deps, " ".join(args).strip(), brand, several)
        if command == "stats":
            return say(locale, "not_available", command=command)
    except KuuloError as exc:
        return say(locale, "error", reason=escape(str(exc)))
    return say(locale, "unknown_command", command=escape(command), help=say(locale, "help"))


def signature_reply(deps: Deps, user: str, args: list[str]) -> str:
    """``/kuulo signature``: show the name ``user`` signs with; ``/kuulo signature "Mikko"`` sets it;
    ``/kuulo signature clear`` goes back to the Slack profile's first name."""
    locale = deps.locale
    if args == ["clear"]:
        deps.signatures.clear(user)
        return say(locale, "signature_cleared")
    if args:
        try:
            return say(locale, "signature_set", name=escape(deps.signatures.set(user, " ".join(args))))
        except SignatureError as exc:
            return say(locale, "signature_invalid", reason=escape(str(exc)))
    own = deps.signatures.own(user)
    if own is not None:
        return say(locale, "signature_own", name=escape(own))
    profile = deps.signatures.profile(user)
    return say(locale, "signature_profile", name=escape(profile)) if profile else say(locale, "signature_none")


def _watch_id(word: str) -> bool:
    """A watch id as typed: ASCII digits that fit the id column ("²" is a digit to str.isdigit, not to int)."""
    return word.isascii() and word.isdigit() and len(word) <= 9


def _digest_text(deps: Deps, brand: BrandSettings, several: bool) -> str:
    """Today's digest of the brand as text (grouping needs by their wording: no embedding model in the handler)."""
    from zoneinfo import ZoneInfo

    now = utcnow()
    settings = brand.settings
    today = now.astimezone(ZoneInfo(settings.timezone)).date()
    shown = digest_for(deps.db, settings, today, now, brand_id=brand.id if several else None)
    return escape(render(shown, settings.locale))


def _ask_text(deps: Deps, text: str, brand: BrandSettings, several: bool) -> str:
    """An answer from the brand's audience's comments (:func:`bot.insights.service.ask`) with its sources, escaped.

    ``key:value`` words in ``text`` narrow the comments (:mod:`bot.insights.filters`); a bad one is
    answered with what works, never with an answer from every comment.
    """
    locale = brand.settings.locale
    try:
        question, scope = parse_filters(text, locale)
    except FilterError as exc:
        return f"{escape(str(exc))}\n{phrase('ask_filters', locale)}"
    if not question:
        return f"{phrase('ask_usage', locale)}\n{phrase('ask_filters', locale)}"
    services = Services(deps.settings)
    try:
        if several:
            scope = replace(scope, brand_id=brand.id, brand=brand.name)
        return answer_text(ask(services.for_brand(brand), question[:500], scope))
    finally:
        services.close()


def register(app: App, deps: Deps) -> None:
    @app.action(re.compile(r"^kuulo_digest_open_\d+$"))
    def digest_link(ack: Ack) -> None:
        """The digest's buttons are links; Slack still sends the click, which only needs an answer."""
        ack()

    @app.command("/kuulo")
    def kuulo(ack: Ack, command: dict[str, Any], respond: Respond) -> None:
        ack()
        text, user, channel = command.get("text"), command.get("user_id"), command.get("channel_id")
        if not isinstance(user, str) or not user:  # nobody to answer to: an approver check would admit nobody
            log.warning("ignored a /kuulo command without a user_id")
            return
        text = text if isinstance(text, str) else ""
        deps.background.submit(_reply, deps, respond, text, user, channel if isinstance(channel, str) else None)

    @app.action(re.compile(rf"^{PICK_BRAND}_\d+$"))
    def pick_brand(ack: Ack, body: dict[str, Any], respond: Respond) -> None:
        """A brand picked for a ``/kuulo`` command asked in a direct message: run it for that brand (the
        approver check runs again, so a forged or stale button decides nothing)."""
        ack()
        user = (body.get("user") or {}).get("id")
        actions = body.get("actions") or [{}]
        picked = picked_brand(str(actions[0].get("value") or ""))
        if not isinstance(user, str) or not user or picked is None:
            log.warning("ignored a brand choice without a user or a readable value")
            return
        channel = (body.get("channel") or {}).get("id")
        deps.background.submit(_picked, deps, respond, picked, user, channel if isinstance(channel, str) else None)

    def _picked(deps: Deps, respond: Respond, picked: tuple[str, str], user: str, channel: str | None) -> None:
        brand, text = picked
        respond(text=run_command(deps, text, user, channel, picked=brand), replace_original=True)

    def _reply(deps: Deps, respond: Respond, text: str, user: str, channel: str | None) -> None:
        choice = brand_choice(deps, text, user, channel)
        if choice is not None:
            respond(text=run_command(deps, text, user, channel), blocks=choice)
            return
        respond(run_command(deps, text, user, channel))
