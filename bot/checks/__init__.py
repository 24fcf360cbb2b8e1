"""Deterministic draft checks: every draft (model, offline drafter or a human's edit) runs them.

A **blocking** check that fails keeps the draft from being approved until it
is edited; a **warning** is shown to the approver and never blocks. The table
is repeated, with the exact rules, in ``docs/checks.md``.

================  ========  ======================================================
check             severity  fails when the draft ...
================  ========  ======================================================
links             blocking  links outside the allowed domains; has a Markdown
                            image or an HTML tag
mentions          blocking  mentions anyone but the author; mass-mentions; has a
                            Slack control sequence
leaks             blocking  shares a 6-word shingle with the prompt's instructions
                            or an internal passage (public guidance excepted)
claims            blocking  has a number (price, %, guarantee, date, count) not
                            in the cited public guidance (or, for plain numbers,
                            the comment)
tone              blocking  insults (fi, sv, en word lists)
posing            blocking  poses as a customer or independent user
disclosure        blocking  does not say who writes, where guidance requires it
signature         blocking  lacks the sign-off with the answerer's name (or its slot
                            ``{name}``) the voice asks for; has a placeholder
                            there, or a slot nobody would fill
voice             blocking  breaks a voice rule the guidance states: an
                            exclamation mark where it says none, more sentences
                            than its maximum, the disclosure away from where it
                            goes, a missing fixed sign-off ("– Team Kraftverk")
voice_signoff     warning   lacks the sign-off the voice shows with an example
                            name ("– Jani / Fixari": any first name signs it)
language          blocking  is in another language than the comment
length            blocking  is empty or over the platform's limit
encoding          blocking  carries base64/hex/percent-encoded runs
invisible         blocking  carries zero-width, bidi or other format characters
banned_phrases    blocking  uses a phrase the brand bans
style             warning   overuses "!", shouts in capitals, uses hashtags or
                            emoji against the platform's norms
plan              blocking  contradicts its reply plan: any text for plan none;
                            an offer, price or campaign in an acknowledgement,
                            a correction or a thank-you; a link in an
                            acknowledgement; figures in a thank-you
================  ========  ======================================================

Checks are pure functions of ``(text, CheckContext)``; the word lists under
``bot/checks/data/`` are loaded once. Nothing here does I/O otherwise.
"""

from __future__ import annotations

from bot.checks.context import Brand, instruction_text, load_brand, make_context
from bot.checks.registry import CHECKS, approvable, failures, run_checks
from bot.checks.types import BLOCKING, WARNING, CheckContext, CheckResult, Severity

__all__ = [
    "BLOCKING",
    "CHECKS",
    "WARNING",
    "Brand",
    "CheckContext",
    "CheckResult",
    "Severity",
    "approvable",
    "failures",
    "instruction_text",
    "load_brand",
    "make_context",
    "run_checks",
]
