"""Mentions (blocking): nobody but the author being answered; no mass mentions; no Slack controls.

Mention forms per platform: Reddit ``u/name`` and ``/u/name``; Bluesky
``@handle.domain``; Mastodon ``@user`` and ``@user@instance``; YouTube and the
rest ``@name``. A mention equal to the comment's author (case-insensitive,
without the leading ``@``/``u/``; for Mastodon the local part may stand alone)
is allowed. ``@everyone``, ``@here``, ``@channel`` are refused even as the
author's name. Slack control sequences (``<!channel>``, ``<!here>``,
``<!everyone>``, ``<@U…>``, ``<#C…>``, ``<!subteam^…>``, ``<url|label>``) are
refused: the draft is shown in Slack and would ping or disguise a link there.
"""

from __future__ import annotations

import re
import unicodedata

from bot.checks.types import BLOCKING, CheckContext, CheckResult

SLACK_CONTROL = re.compile(r"<\s*[!@#][^<>]*>|<[^<>\s|]+\|[^<>]*>")
MASS = re.compile(r"(?<![\w@])[@＠!](everyone|here|channel|all|room)\b", re.IGNORECASE)
REDDIT_USER = re.compile(r"(?<![\w/])/?u/([A-Za-z0-9_-]{2,})", re.IGNORECASE)
AT_MENTION = re.compile(r"(?<![\w@.])@([\w.-]+(?:@[\w-]+(?:\.[\w-]+)+)?)", re.UNICODE)


def _norm(handle: str) -> str:
    handle = handle.strip().lstrip("@").lower().rstrip(".")
    return re.sub(r"^/?u/", "", handle)


def _is_author(handle: str, author: str | None, platform: str) -> bool:
    if not author:
        return False
    mine, theirs = _norm(author), _norm(handle)
    if theirs == mine:
        return True
    if platform == "mastodon":  # @user stands for @user@instance on the same instance
        same_user = mine.split("@", 1)[0] == theirs.split("@", 1)[0]
        return same_user and ("@" not in mine or "@" not in theirs)
    return False


def find_mentions(text: str) -> list[str]:
    found = [f"u/{match.group(1)}" for match in REDDIT_USER.finditer(text)]
    found += [f"@{match.group(1).rstrip('.')}" for match in AT_MENTION.finditer(text)]
    return found


def check_mentions(text: str, ctx: CheckContext) -> CheckResult:
    folded = unicodedata.normalize("NFKC", text)
    control = SLACK_CONTROL.search(folded)
    if control:
        return CheckResult("mentions", BLOCKING, False, f"remove the Slack control sequence {control.group(0)[:40]!r}")
    mass = MASS.search(folded)
    if mass:
        return CheckResult("mentions", BLOCKING, False, f"remove the mass mention {mass.group(0)!r}")
    others = sorted({m for m in find_mentions(folded) if not _is_author(m, ctx.comment_author, ctx.platform)})
    if others:
        who = f"only the author ({ctx.comment_author})" if ctx.comment_author else "nobody"
        return CheckResult(
            "mentions", BLOCKING, False, f"remove the mention of {', '.join(others)}: a reply may mention {who}"
        )
    return CheckResult("mentions", BLOCKING, True, "mentions no one but the author")
