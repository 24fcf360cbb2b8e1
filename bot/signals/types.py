"""What Kuulo knows about one comment: the plain result of classification."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, get_args

# The label sets are Literal types (so model output is validated against them) and tuples for code.
Intent = Literal[
    "question",
    "recommendation_request",
    "comparison_or_purchase",
    "complaint",
    "praise",
    "feedback_or_idea",
    "misinformation",
    "off_topic",
    "spam_or_self_promotion",
    "toxic",
]
Emotion = Literal["positive", "negative", "neutral"]
Tone = Literal["frustration", "confusion", "excitement"]
Risk = Literal[
    "crisis_or_tragedy",
    "injury_or_health",
    "legal_or_financial_advice",
    "minors",
    "politics",
    "harassment",
    "competitor_thread",
    "community_rule",
]
INTENTS: tuple[str, ...] = get_args(Intent)
EMOTIONS: tuple[str, ...] = get_args(Emotion)
TONES: tuple[str, ...] = get_args(Tone)
RISK_FLAGS: tuple[str, ...] = get_args(Risk)
# The offline classifier's rule that reads a comment its intent model reads as asking, with a word of trouble and no
# question's form the rules know, as a complaint (the plan weighs the model's own complaint probability beside it,
# plan.asked_over_trouble).
PROBLEM_WITHOUT_QUESTION = "problem without a question"


@dataclass(frozen=True)
class Signals:
    """Signals of one comment. ``risk`` or ``uncertain`` non-empty means: never draft, send to a human."""

    language: str | None
    intent: str
    emotion: str
    tones: tuple[str, ...] = ()
    sarcasm: bool = False
    need: str | None = None
    risk: tuple[str, ...] = ()
    opt_out: bool = False
    is_question: bool = False
    method: str = "offline"  # offline | llm
    intent_confidence: float = 0.0
    evidence: dict[str, str] = field(default_factory=dict)  # which rule or example decided, for the reason line
    uncertain: tuple[str, ...] = ()  # risk classes or opt_out in the detector's grey band: a person decides
    skip: str | None = None  # why the comment was not assessed at all (empty, binary, obfuscated)
    # The offline intent model's probability that the comment is off topic (None: another classifier, or
    # stored signals): an asking comment the model is sure is about the brand stays a question.
    off_topic_score: float | None = None
    # The detector doubts an opt-out below its grey band (combine.OPT_OUT_DOUBT): never drafted, at most the
    # digest, where a person reads it; not escalated, since most such comments are plain questions.
    opt_out_doubt: bool = False
    # Risk classes the detector comes near, under their grey band (judgement.DOUBT_SHARE): never drafted, at most
    # the digest, where a person reads it; not escalated, since most such comments are plain questions.
    risk_doubt: tuple[str, ...] = ()
    # The offline intent model's probability that the comment is a complaint, whatever intent the rules chose
    # (None: another classifier, or stored signals): a question asked in complaint ("why did I pay 399 kr for
    # this?") reads as a complaint by meaning though its form makes it a question.
    complaint_score: float | None = None
