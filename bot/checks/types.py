"""What a check is given and what it answers."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from bot.checks.voice_rules import VoiceRules
from bot.domain import Passage

Severity = Literal["blocking", "warning"]
BLOCKING: Severity = "blocking"
WARNING: Severity = "warning"


@dataclass(frozen=True)
class CheckResult:
    """One check's verdict on one draft; ``reason`` says what to change (or what was checked)."""

    name: str
    severity: Severity
    passed: bool
    reason: str


@dataclass(frozen=True)
class CheckContext:
    """Everything the checks compare a draft against. Built by :func:`bot.checks.context.make_context`.

    ``comment_text`` and ``comment_author`` are untrusted: they may support a plain
    number ("you said 2019") or be mentioned by name, nothing more. ``cited_passages``
    must hold only public guidance the operator ingested: facts are checked against it.
    """

    platform: str
    comment_text: str = ""
    comment_language: str | None = None
    comment_author: str | None = None
    cited_passages: tuple[Passage, ...] = ()
    internal_passages: tuple[Passage, ...] = ()
    instruction_text: str = ""  # the prompt's own template text; ``{fields}`` separate its pieces
    allowed_domains: tuple[str, ...] = ()
    banned_phrases: tuple[str, ...] = ()
    brand_name: str | None = None
    disclosure_required: bool = False
    disclosure_phrases: Mapping[str, str] = field(default_factory=dict)  # language -> the brand's disclosure line
    # Every public passage known when the draft was made: the grounding check's evidence (any text,
    # a reviewer's edit too, is grounded against all of them, not only the cited ones).
    public_passages: tuple[Passage, ...] = ()
    first_reply: bool = True  # the brand never answered this person before: the disclosure is due
    exempt_lines: tuple[str, ...] = ()  # fixed lines added by Kuulo itself (the privacy notice)
    legacy: bool = False  # a draft made before check contexts were frozen: nothing to ground against
    # The sentence model (bot.checks.semantic.SentenceModel); None: the process's shared local e5.
    semantic: Any = field(default=None, compare=False, repr=False)
    reply_plan: str | None = None  # the reply plan the draft was written for (bot/checks/plan_fit.py)
    offer_texts: tuple[str, ...] = ()  # the public campaigns' texts, so an offer is recognised in any reply
    # The comment tells of a bad experience with the brand (its plan's ``complaint``): whatever the plan, the reply
    # carries no price, offer, campaign or link (bot/checks/plan_fit.py).
    complaint: bool = False
    # The sign-off the voice guidance asks for, with the approver's name as a slot ("/{name}, Kraftverk";
    # bot/checks/signature.py); None: no signed sign-off asked for.
    signature: str | None = None
    # The voice rules the guidance states (no exclamation marks, at most N sentences, where the disclosure
    # goes, a fixed sign-off; bot/checks/voice_rules.py), checked by bot/checks/voice.py.
    voice: VoiceRules = field(default_factory=VoiceRules)
    # The other untrusted text the drafter read with the comment (the thread's title, a blog page's text, the
    # parents it answers under): like the comment, it vouches for nothing (bot/checks/grounding.py: a sentence
    # that repeats it is no conversation of the brand's own).
    untrusted_texts: tuple[str, ...] = ()
    # The account the reply goes out from, as the brand file states it (``replies_from``): "brand_account" (the
    # account says who writes: no disclosure due), "personal_account", or None (not stated).
    replies_from: str | None = None
