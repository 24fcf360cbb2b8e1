"""Small interfaces the core depends on; ``bot/services.py`` builds the real ones.

The core (signals, scoring, drafting, checks, digest) imports these protocols,
never Chroma, Slack or HTTP clients, so it can be tested with plain objects.
:class:`Notifier` is the one way the core talks to people in Slack; the Slack
package implements it and the composition root wires it in.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

import numpy as np
import numpy.typing as npt

from bot.domain import Passage

if TYPE_CHECKING:
    from bot.insights.alert_view import AlertView

Vectors = npt.NDArray[np.float32]


class Embedder(Protocol):
    """Turns text into unit-length vectors. Queries and passages are embedded differently
    (multilingual-e5 prefixes ``query: `` and ``passage: ``)."""

    name: str
    dim: int

    def embed_queries(self, texts: Sequence[str]) -> Vectors: ...

    def embed_passages(self, texts: Sequence[str]) -> Vectors: ...


class TokenBuckets(Protocol):
    """Rate limits and quotas shared by every process (``bot.storage.buckets``)."""

    def take(self, key: str, n: float, *, capacity: float, refill_per_second: float) -> tuple[bool, float]:
        """Take ``n`` tokens if the bucket has them: (granted, tokens left)."""
        ...


class GuidanceRetriever(Protocol):
    """Finds brand guidance passages for a text."""

    def search(
        self,
        query: str,
        *,
        k: int = 5,
        language: str | None = None,
        kinds: Sequence[str] | None = None,
    ) -> list[Passage]: ...


@dataclass(frozen=True)
class Location:
    """A message Kuulo posted for people to read (a Slack channel and ts)."""

    channel: str
    ts: str


@dataclass
class RedactOutcome:
    updated: list[Location] = field(default_factory=list)
    failed: list[Location] = field(default_factory=list)
    error: str | None = None  # why nothing could be tried (no messaging configured)


class Notifier(Protocol):
    """What the core tells the people who review drafts; ``bot/slack`` implements it, ``bot/services.py`` wires it.

    The core passes plain text from strangers as it is: escaping and formatting are the adapter's.
    """

    def reply_arrived(self, draft_id: int, author: str, text: str, url: str | None) -> bool:
        """Someone answered our published reply to this draft; False when nobody could be told."""
        ...

    def redact(self, locations: Sequence[Location], when: datetime) -> RedactOutcome:
        """Replace each message that quoted an erased person with a short note."""
        ...


class SilentNotifier:
    """The notifier when no messaging is configured: nothing to tell, and erasure says what is left to do."""

    def reply_arrived(self, draft_id: int, author: str, text: str, url: str | None) -> bool:
        return False

    def redact(self, locations: Sequence[Location], when: datetime) -> RedactOutcome:
        if not locations:
            return RedactOutcome()
        return RedactOutcome(failed=list(locations), error=NO_MESSAGING)


NO_MESSAGING = "SLACK_BOT_TOKEN is not set; delete these messages in Slack by hand"


class AlertNotifier(Protocol):
    """Tells the team about a burst: one message per alert, updated in place.

    Implementations raise :class:`~bot.errors.DeliveryError` when the message
    could not be posted or updated; the caller retries on its next check.
    """

    def post_alert(self, channel: str, alert: AlertView) -> str:
        """Post the alert; returns the message id (Slack: its ``ts``)."""
        ...

    def update_alert(self, channel: str, ts: str, alert: AlertView) -> None:
        """Replace the message with what the alert says now."""
        ...


class ProgressTask(Protocol):
    """One counted piece of long work (watches polled, files read, rows stored)."""

    def advance(self, amount: int = 1) -> None: ...

    def done(self) -> None:
        """The work is over (also when it stopped early)."""
        ...


class Progress(Protocol):
    """How long work says how far it is. ``bot/cli/progress.py`` draws a bar on a terminal and one
    summary line otherwise; the core only counts, and never prints."""

    def task(self, label: str, total: int | None = None) -> ProgressTask: ...


class _Uncounted:
    def advance(self, amount: int = 1) -> None:
        return None

    def done(self) -> None:
        return None


class NoProgress:
    """Nobody is watching (the scheduler, tests, the Slack app): counting costs nothing."""

    def task(self, label: str, total: int | None = None) -> ProgressTask:
        return _Uncounted()


NO_PROGRESS: Progress = NoProgress()
