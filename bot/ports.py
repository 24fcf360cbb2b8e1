"""Small interfaces the core depends on; ``bot/services.py`` builds the real ones.

The core (signals, scoring, drafting, checks, digest, insights) imports these
protocols, never Chroma, Slack or HTTP clients, so it can be tested with plain
objects. ``bot/slack`` implements the ones that talk to the team.
"""

from __future__ import annotations

from collections.abc import Sequence
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
