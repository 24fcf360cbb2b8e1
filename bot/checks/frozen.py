"""Checks bound to a draft: what a draft is checked against, frozen when it is made.

When the pipeline drafts a reply it knows the comment, the platform, the
retrieved guidance (public and internal), the brand file and the allowed link
domains. :func:`snapshot` freezes that :class:`~bot.checks.CheckContext` into
the draft row (``drafts.check_context``), so every later text of the draft —
a human's edit in the terminal or in Slack — is checked against exactly the
same facts, in any process, without opening the vector store. The prompt's own
instruction text is not stored: it is read from ``prompts/`` when checking.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

from bot.checks import Brand, CheckContext, CheckResult, failures, instruction_text, load_brand, make_context
from bot.checks.links import foreign_hosts
from bot.checks.registry import run_checks
from bot.checks.voice_rules import VoiceRules
from bot.config import Settings
from bot.domain import Passage

INTERNAL_FOR_LEAKS = 20  # internal passages frozen with a draft, for the leak check


def brand_for(settings: Settings) -> Brand:
    """The brand file named by ``KUULO_BRAND_FILE``, or no brand facts."""
    if settings.brand_file is None:
        return Brand()
    return _load_brand(Path(settings.brand_file).resolve())


def link_domains(settings: Settings) -> tuple[str, ...]:
    """The domains the link check allows a brand's replies (``KUULO_ALLOWED_LINK_DOMAINS`` or the brand's
    ``allowed_link_domains``, then its brand file's), each once."""
    return tuple(dict.fromkeys((*settings.link_domains, *brand_for(settings).allowed_link_domains)))


@dataclass(frozen=True)
class UnallowedLinks:
    """The hosts and e-mail domains of a brand's public guidance its replies may not link to."""

    hosts: tuple[str, ...]  # sorted, each once
    allowed: tuple[str, ...]  # what the link check allows now
    value: str  # the allowed_link_domains that allows them too: kuulo brand set NAME allowed_link_domains VALUE


def unallowed_links(settings: Settings, texts: Sequence[str]) -> UnallowedLinks | None:
    """What ``kuulo knowledge ingest`` notes of the public guidance ``texts``: a draft stating such a host is blocked
    by the link check (bot/checks/links.py), and the setting that allows it; None when every host is allowed."""
    allowed = link_domains(settings)
    hosts = foreign_hosts(texts, allowed)
    if not hosts:
        return None
    return UnallowedLinks(tuple(hosts), allowed, ",".join(dict.fromkeys((*settings.link_domains, *hosts))))


@cache
def _load_brand(path: Path) -> Brand:
    return load_brand(path)


@cache
def _instructions() -> str:
    return instruction_text()


def build(
    settings: Settings,
    *,
    platform: str,
    comment_text: str,
    comment_language: str | None,
    comment_author: str | None,
    passages: Sequence[Passage],
    internal: Sequence[Passage],
    cited_ids: Sequence[str],
    first_reply: bool = True,
    exempt_lines: Sequence[str] = (),
    untrusted_texts: Sequence[str] = (),
) -> CheckContext:
    known = {p.id: p for p in [*passages, *internal]}
    return make_context(
        platform=platform,
        comment_text=comment_text,
        comment_language=comment_language,
        comment_author=comment_author,
        passages=list(known.values()),
        cited_ids=cited_ids,
        brand=brand_for(settings),
        allowed_domains=settings.link_domains,
        instruction="",
        first_reply=first_reply,
        exempt_lines=exempt_lines,
        untrusted_texts=untrusted_texts,
    )


def snapshot(context: CheckContext) -> dict[str, Any]:
    """JSON for ``drafts.check_context`` (without the instruction text)."""
    data = asdict(replace(context, instruction_text="", semantic=None))
    data.pop("semantic", None)
    data["disclosure_phrases"] = dict(context.disclosure_phrases)
    return data


def restore(data: dict[str, Any]) -> CheckContext:
    values = dict(data)
    for key in ("cited_passages", "internal_passages", "public_passages"):
        values[key] = tuple(Passage(**p) for p in values.get(key) or ())
    if "public_passages" not in data:  # frozen before grounding: the cited passages are all it knew
        values["public_passages"] = values["cited_passages"]
    for key in ("allowed_domains", "banned_phrases", "exempt_lines", "untrusted_texts"):
        values[key] = tuple(values.get(key) or ())
    voice = dict(values.get("voice") or {})  # frozen before voice rules: none
    voice["foreign_signoffs"] = tuple(voice.get("foreign_signoffs") or ())  # JSON keeps a list
    voice["wishes"] = tuple(voice.get("wishes") or ())
    values["voice"] = VoiceRules(**voice)
    values["instruction_text"] = _instructions()
    return CheckContext(**values)


def check(text: str, data: dict[str, Any] | None, platform: str) -> list[CheckResult]:
    """Run every check on ``text`` against a draft's frozen context (or a bare one for old drafts).

    This is the one check path: the drafting pipeline's results, ``kuulo review``, the Slack edit
    modal, the drafts export and the injection benchmark all call it with a frozen context.
    """
    context = restore(data) if data else CheckContext(platform=platform, instruction_text=_instructions(), legacy=True)
    return run_checks(text, context)


def blocking(text: str, data: dict[str, Any] | None, platform: str) -> list[str]:
    return failures(check(text, data, platform))


def warnings(text: str, data: dict[str, Any] | None, platform: str) -> list[str]:
    return failures(check(text, data, platform), "warning")
