"""The blocking checks' verdict kept with a draft, so an approval need not run them again.

The checks are pure (``bot/checks/registry.py``): a draft's text, its frozen context and its platform
decide the verdict, under one version of the checks (:func:`bot.checks.version.checks_version`). The
draft row keeps the sha256 of the text the checks judged (``checked_hash``), that version, whether the
text passed and the failures. It is written wherever the checks run on the draft's current text: when
the draft is stored, when an edit is saved (the modal has just checked it), and when an approval had to
run them. An approval then compares hashes inside its compare-and-set
(:func:`bot.review.status.approve_checked`): the draft moves only if the text shown to the approver is
the text that passed, under this process's checks. A draft without a current verdict (made before it
was kept, or checked by other code) has its checks run before it is approved, never after.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.checks.frozen import blocking
from bot.checks.version import checks_version
from bot.storage.models import Draft
from bot.textnorm import text_hash


@dataclass(frozen=True)
class Verdict:
    text_hash: str  # sha256 of the text judged
    version: str  # the checks' version that judged it
    failures: tuple[str, ...]  # "name: reason" of every failed blocking check; empty: approvable

    @property
    def passed(self) -> bool:
        return not self.failures

    def values(self) -> dict[str, Any]:
        """The draft columns that hold it (for an ``UPDATE`` or a new row)."""
        return {
            "checked_hash": self.text_hash,
            "checks_version": self.version,
            "checks_passed": self.passed,
            "check_failures": list(self.failures),
        }


def judge(text: str, platform: str, context: dict[str, Any] | None) -> Verdict:
    """Run the blocking checks on ``text`` against a draft's frozen context."""
    return Verdict(text_hash(text), checks_version(), tuple(blocking(text, context, platform)))


def verdict_of(text: str, failures: list[str]) -> Verdict:
    """A verdict the caller has just computed with :func:`bot.checks.frozen.blocking` on ``text``."""
    return Verdict(text_hash(text), checks_version(), tuple(failures))


def known(draft: Draft, text: str) -> Verdict | None:
    """The draft's kept verdict if it judged ``text`` under the current checks; else None (run them)."""
    if draft.checked_hash is None or draft.checks_passed is None or draft.checks_version != checks_version():
        return None
    if draft.checked_hash != text_hash(text):
        return None
    return Verdict(draft.checked_hash, draft.checks_version, tuple(str(f) for f in draft.check_failures or ()))


def record(draft: Draft, verdict: Verdict | None) -> None:
    """Keep ``verdict`` on ``draft`` (None forgets any kept one: the text changed unchecked)."""
    values = verdict.values() if verdict else dict.fromkeys(Verdict("", "", ()).values())
    for key, value in values.items():
        setattr(draft, key, value)
