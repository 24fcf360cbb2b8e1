"""The learned plan-kind signal: a second opinion on the rules' reply plan, learnt from labelled threads.

One multinomial logistic layer over the comment's e5 query vector (the judgement detector's space,
``bot.signals.judgement.detector_vectors``) and cheap structural features: the rules' own plan and the
classifier's intent and emotion as one-hot, the intent's confidence and complaint probability, the objective,
where the comment sits (a reply to another person, opening with someone's handle, under the brand's own post,
naming the brand or a competitor, under a complaint) and what the guidance offers (an answer, a support route, a
figure it contradicts or confirms, a sentence it opposes). It predicts the kind a careful manager would choose.

The rules stay in charge (:func:`revise`): the model moves a rule's plan between *answer*, *acknowledge*, *thank*
and *none* only where that move was switched on leave-one-writer-out, only when its probability reaches the move's
threshold, and only to a kind the guidance can carry (an answer needs an answering passage, an acknowledgement a
support route); it makes a thank-you only under the brand's own post, for a comment that neither names a competitor
nor speaks to another person (:data:`NEVER_THANKED`), never where the rules read the comment's form as no praise
(``plan.ReplyPlan.unthanked``: a question, a joke, a tip, an opinion, a claim), and it never touches a comment the
rules read as risky, doubtful, an opt-out, spam, abuse or off topic, never makes or unmakes a correction and never
adds an offer.
``python -m eval.plan_train`` (``make plan-model``) builds ``data/plan_model.npz`` and documents its training data
and leave-one-writer-out figures.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from functools import cache
from importlib import resources
from typing import Any

import numpy as np
import numpy.typing as npt

from bot.signals.types import EMOTIONS, INTENTS, Signals

MODEL_FILE = "data/plan_model.npz"
# The reply plan's kinds, in bot/opportunities/plan.py's order (that module imports this one).
KINDS: tuple[str, ...] = ("answer", "correct", "acknowledge", "thank", "none")
OBJECTIVES: tuple[str, ...] = ("awareness", "trust", "sales", "behaviour")
# Where the comment sits and what the guidance offers: the boolean fields of plan.ThreadContext and
# plan.GuidanceFit by name, and two read from the text (plan.py fills them).
FACTS: tuple[str, ...] = (
    "reply_to_other",
    "to_someone",
    "answered_in_thread",
    "names_brand",
    "brand_post",
    "names_competitor",
    "parent_complaint",
    "resolved_later",
    "answers",
    "support",
    "campaign",
    "contradicts",
    "confirms",
    "opposes",
    "question_mark",
)
# The moves the model may make, "rule>kind": from a rule's plan to the model's kind. A rule's none may become a
# reply only for a comment the rules read with no risk, doubt, opt-out, spam, abuse or off-topic intent.
DRAFT_KINDS = ("answer", "acknowledge", "thank")
MOVES: tuple[str, ...] = tuple(
    f"{rule}>{kind}" for rule in (*DRAFT_KINDS, "none") for kind in (*DRAFT_KINDS, "none") if rule != kind
)
NEVER_REPLIED = ("spam_or_self_promotion", "toxic", "off_topic")
OFF = 2.0  # a threshold no probability reaches: the move is switched off
# Where the brand never thanks, whatever the model reads: the lead's policy (session 23, issue 25), which newer blind
# sets are labelled by. Under someone else's post (a group, a review, an influencer's video) a brand thank-you reads
# as astroturfing; praise of a competitor is no praise of the brand; praise in a reply to another person, or opening
# with their handle, is aimed at them. The rules say none there for a reason a manager would not override, so the
# model's "none > thank" (reply-plans-o, spent: the panel skipped all three such thank-yous) may not undo it.
NEVER_THANKED: tuple[str, ...] = ("names_competitor", "reply_to_other", "to_someone")
# Nor where the guidance says otherwise than the comment (a figure it contradicts, a sentence it opposes): the rules
# leave such praise to a person because a thank-you confirms it, and it is often sarcasm ("supersnabb leverans, bara
# fyra veckor 👌 tack Hyyde" against 3-5 working days, moved to a thank-you at 85 %: both panellists skipped it,
# session 41, reply-plans-ad, spent).
NEVER_THANKED_CLAIMS: tuple[str, ...] = ("contradicts", "opposes")
# The structural features after the vector: the one-hots, four numbers (confidence, complaint score, question,
# sarcasm) and the facts.
STRUCTURE = len(KINDS) + len(INTENTS) + len(EMOTIONS) + len(OBJECTIVES) + 4 + len(FACTS)


class PlanModelError(RuntimeError):
    """The committed plan model does not fit this code."""


def facts(text: str, *parts: Any, to_someone: bool) -> dict[str, bool]:
    """:data:`FACTS` of one comment: the fields of its ``parts`` (plan.ThreadContext, plan.GuidanceFit) as booleans,
    whether it opens with someone's handle (``to_someone``) and whether it has a question mark."""
    found: dict[str, bool] = {"to_someone": to_someone, "question_mark": "?" in text}
    for part in parts:
        found.update({name: bool(value) for name, value in asdict(part).items()})
    return found


def features(
    rule: str, sig: Signals, objective: str, facts: Mapping[str, bool], vector: Sequence[float] | npt.NDArray[Any]
) -> npt.NDArray[np.float32]:
    """One comment's feature row: the e5 vector, then the structural features (:data:`FACTS` and one-hots)."""
    structure = [
        *(float(rule == k) for k in KINDS),
        *(float(sig.intent == i) for i in INTENTS),
        *(float(sig.emotion == e) for e in EMOTIONS),
        *(float(objective == o) for o in OBJECTIVES),
        sig.intent_confidence,
        sig.complaint_score or 0.0,
        float(sig.is_question),
        float(sig.sarcasm),
        *(float(bool(facts.get(name, False))) for name in FACTS),
    ]
    return np.concatenate([np.asarray(vector, dtype=np.float32).ravel(), np.asarray(structure, dtype=np.float32)])


@dataclass(frozen=True)
class PlanModel:
    weights: npt.NDArray[np.float32]  # (KINDS, features)
    bias: npt.NDArray[np.float32]  # (KINDS,)
    thresholds: dict[str, float]  # move ("answer>none") -> the probability it needs (above 1: never)
    embedder_name: str

    @property
    def dim(self) -> int:
        """The e5 vector's length (the feature row less the structural features)."""
        return int(self.weights.shape[1]) - STRUCTURE

    def probabilities(self, rows: npt.NDArray[np.float32]) -> npt.NDArray[np.float64]:
        """(n, KINDS) softmax probabilities for feature rows (:func:`features`)."""
        logits = np.asarray(rows, dtype=np.float64).reshape(-1, self.weights.shape[1]) @ self.weights.T + self.bias
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        return np.asarray(exp / exp.sum(axis=1, keepdims=True))

    def save(self, path: Any) -> None:
        np.savez_compressed(
            path,
            kinds=np.array(KINDS),
            intents=np.array(INTENTS),
            facts=np.array(FACTS),
            weights=self.weights.astype(np.float32),
            bias=self.bias.astype(np.float32),
            targets=np.array(list(self.thresholds)),
            thresholds=np.array(list(self.thresholds.values()), dtype=np.float32),
            embedder_name=np.array(self.embedder_name),
        )


@cache
def model() -> PlanModel:
    """The committed model (``make plan-model`` rebuilds it deterministically)."""
    resource = resources.files("bot.opportunities").joinpath(MODEL_FILE)
    try:
        with resource.open("rb") as handle, np.load(handle) as data:
            layout = (tuple(map(str, data["kinds"])), tuple(map(str, data["intents"])), tuple(map(str, data["facts"])))
            if layout != (KINDS, INTENTS, FACTS):
                raise PlanModelError(f"{MODEL_FILE} was built for other features: run `make plan-model`")
            return PlanModel(
                weights=np.asarray(data["weights"], dtype=np.float32),
                bias=np.asarray(data["bias"], dtype=np.float32),
                thresholds={str(t): float(v) for t, v in zip(data["targets"], data["thresholds"], strict=True)},
                embedder_name=str(data["embedder_name"]),
            )
    except FileNotFoundError as exc:
        raise PlanModelError(f"{MODEL_FILE} is missing: run `make plan-model`") from exc


def active() -> bool:
    """Whether the shipped model has any move switched on (a threshold below :data:`OFF`); when none is, the plan
    need not read the facts and the vector the model would weigh."""
    return any(t < OFF for t in model().thresholds.values())


def untouchable(sig: Signals) -> bool:
    """Signals the rules alone decide on: skipped, risky, in a grey band or a doubt, an opt-out, spam, abuse or off
    topic."""
    return bool(
        sig.skip
        or sig.risk
        or sig.uncertain
        or sig.risk_doubt
        or sig.opt_out
        or sig.opt_out_doubt
        or sig.intent in NEVER_REPLIED
    )


def move(
    probabilities: npt.NDArray[np.float64], rule: str, thresholds: Mapping[str, float], facts: Mapping[str, bool]
) -> tuple[str, float] | None:
    """The kind the model moves the rules' ``rule`` to, with its probability, or None to keep the rules' plan:
    the model's likeliest kind when that move (:data:`MOVES`) is on, its probability reaches the move's threshold,
    the guidance can carry it (an answer needs an answering passage, an acknowledgement a support route) and, for a
    thank-you, the comment sits where the brand thanks (:func:`thanked_here`)."""
    best = int(np.argmax(probabilities))
    kind, p = KINDS[best], float(probabilities[best])
    if p < thresholds.get(f"{rule}>{kind}", OFF):
        return None
    if (kind == "answer" and not facts.get("answers")) or (kind == "acknowledge" and not facts.get("support")):
        return None
    if kind == "thank" and not thanked_here(facts):
        return None
    return kind, p


def thanked_here(facts: Mapping[str, bool]) -> bool:
    """Whether the model may make a thank-you where the comment sits: under the brand's own post, naming no
    competitor and speaking to no other person (:data:`NEVER_THANKED`), and stating nothing the guidance says
    otherwise (:data:`NEVER_THANKED_CLAIMS`)."""
    return bool(facts.get("brand_post")) and not any(
        facts.get(name) for name in (*NEVER_THANKED, *NEVER_THANKED_CLAIMS)
    )


def revise(
    rule: str,
    sig: Signals,
    objective: str,
    facts: Mapping[str, bool],
    vector: Sequence[float] | npt.NDArray[Any],
) -> tuple[str, float] | None:
    """The learned signal's move of the rules' plan ``rule`` for one comment (:func:`move`), or None. ``vector``
    is the comment's e5 query vector in the judgement detector's space (``judgement.detector_vectors``), the space
    the model was trained in."""
    if untouchable(sig):
        return None
    learned = model()
    if np.shape(vector)[-1] != learned.dim:
        return None
    row = features(rule, sig, objective, facts, vector)
    return move(learned.probabilities(row)[0], rule, learned.thresholds, facts)
