"""Shared builders for the reply-plan tests: signals for a comment and the usual guidance and thread."""

from __future__ import annotations

from typing import Any

from bot.opportunities.plan import GuidanceFit, ThreadContext, plan_reply
from bot.signals.types import Signals

FULL = GuidanceFit(answers=True, support=True, campaign=True)
OWN = ThreadContext(brand_post=True)  # the brand's own post


def sig(intent: str, language: str = "en", **changes: Any) -> Signals:
    values: dict[str, Any] = {"language": language, "intent": intent, "emotion": "neutral", "intent_confidence": 0.8}
    values.update(changes)
    return Signals(**values)


def plan_on(signals: Signals, text: str, thread: ThreadContext = OWN, fit: GuidanceFit = FULL) -> Any:
    return plan_reply(signals, text, objective="trust", thread=thread, guidance=fit)
