"""Signals and verdicts the signal tests build again and again."""

from __future__ import annotations

from bot.signals.judgement import CLASSES, Verdict
from bot.signals.types import Signals


def question(**fields: object) -> Signals:
    """An English question with neutral emotion; ``fields`` override any field (risk, evidence, language, ...)."""
    base: dict[str, object] = {"language": "en", "intent": "question", "emotion": "neutral", "is_question": True}
    base.update(fields)
    return Signals(**base)  # type: ignore[arg-type]


def asking(language: str, *, intent: str = "question", off_topic_score: float = 0.45, **evidence: str) -> Signals:
    """A question in ``language`` as the intent model reads it (``off_topic_score``), with rule ``evidence``."""
    return question(language=language, intent=intent, off_topic_score=off_topic_score, evidence=dict(evidence))


def harmless() -> Verdict:
    """The semantic detector's verdict on a comment near no risk class."""
    return Verdict((), (), dict.fromkeys(CLASSES, 0.01))
