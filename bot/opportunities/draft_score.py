"""The learned draft score: how likely a careful manager is to want a reply, learnt from the spent writers' labels.

A comment that passed every safety gate (skip, risk, the grey bands, opt-out, spam, toxic, off topic, the doubt
caps and the community's caps: :func:`bot.opportunities.scoring.score_opportunity` keeps them all) is scored by
one logistic layer over the parts the hand-weighted score summed, read without its hand-set clips: the intent's
value for the watch's objective, how far the nearest passage's similarity sits above or below the default answer
threshold of its language pair, how far the topic relevance sits from the default relevance threshold (both in
tenths of similarity, capped at :data:`SPAN`), sarcasm, the classifier's confidence in its intent, whether the
passage is in the comment's language, and the intent as one-hot. The model decides what the hand weights, the
answerability cap ("guidance does not answer it") and the no-plan cap ("nothing to answer") decided together.

Its bias is shifted so that the watch's draft threshold (0.55 by default) is the point the fit chose
(:func:`probability` returns the shifted probability), so a watch's stricter or looser threshold keeps its meaning.
``python -m eval.score_train`` (``make draft-score-model``) builds ``data/draft_score.json`` and documents its
training data and leave-one-writer-out figures. The hand weights stay as the switchable fallback
(``ScoreInput.learned``).
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from functools import cache
from importlib import resources
from typing import Any

from bot.signals.types import Signals

MODEL_FILE = "data/draft_score.json"
# The classifier's intents that can be drafted (spam, toxic and off topic are ignored before scoring).
INTENTS: tuple[str, ...] = (
    "question",
    "recommendation_request",
    "comparison_or_purchase",
    "complaint",
    "misinformation",
    "feedback_or_idea",
    "praise",
)
SPAN = 0.15  # similarity above/below a default threshold past which the margin counts no more
FEATURES: tuple[str, ...] = (
    "intent_value",
    "answer_margin",
    "relevance_margin",
    "sarcasm",
    "intent_confidence",
    "same_language",
    *(f"intent_{name}" for name in INTENTS),
)


def _margin(value: float | None, threshold: float) -> float:
    if value is None:
        return -SPAN * 10
    return max(-SPAN, min(SPAN, value - threshold)) * 10


def features(
    signals: Signals,
    intent_value: float,
    answer_similarity: float | None,
    answer_at: float,
    relevance: float | None,
    relevance_at: float,
    same_language: bool,
) -> list[float]:
    """The model's inputs in :data:`FEATURES` order. ``answer_at`` and ``relevance_at`` are the default thresholds
    (not a watch's or a calibration's), so the same comment reads the same in every path; an unknown relevance (a
    watch without topics) sits on its threshold."""
    return [
        intent_value,
        _margin(answer_similarity, answer_at),
        0.0 if relevance is None else _margin(relevance, relevance_at),
        float(signals.sarcasm),
        float(signals.intent_confidence),
        float(same_language),
        *(float(signals.intent == name) for name in INTENTS),
    ]


@cache
def model() -> dict[str, Any]:
    """The committed parameters (``data/draft_score.json``)."""
    text = resources.files("bot.opportunities").joinpath(MODEL_FILE).read_text(encoding="utf-8")
    found: dict[str, Any] = json.loads(text)
    if tuple(found["features"]) != FEATURES:
        raise ValueError(f"{MODEL_FILE} was fitted on other features: rebuild it with `make draft-score-model`")
    return found


def probability(values: Sequence[float], params: Mapping[str, Any] | None = None) -> float:
    """The shifted probability that the comment is one to draft: at or above the watch's draft threshold (0.55 by
    default) where the fit's chosen point is."""
    params = params or model()
    z = float(params["bias"]) + sum(float(w) * v for w, v in zip(params["weights"], values, strict=True))
    return 1.0 / (1.0 + math.exp(-z))
