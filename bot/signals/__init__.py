"""Signals of a comment: language, intent, emotion and tones, sarcasm, need, risk, opt-out.

``OfflineClassifier`` (embeddings + rules, the default) and ``LLMClassifier``
(batched structured output) return the same :class:`Signals`; the model's
risk flags only ever add to the rule-based ones.
"""

from bot.signals.types import EMOTIONS, INTENTS, RISK_FLAGS, TONES, Signals

__all__ = ["EMOTIONS", "INTENTS", "RISK_FLAGS", "TONES", "Signals"]
