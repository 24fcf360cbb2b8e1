"""The learned plan-kind signal: what it may move, what it never touches, and the committed model's shape."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from bot.opportunities import plan_model
from bot.opportunities.plan import ACKNOWLEDGE, ANSWER, NONE, THANK, GuidanceFit, ThreadContext, plan_reply, rule_plan
from bot.opportunities.plan_model import KINDS, STRUCTURE, PlanModel, facts, features, move
from bot.signals.types import Signals
from tests.opportunities.planning import FULL, OWN, sig

ON = dict.fromkeys(plan_model.MOVES, 0.7)
GUIDED = {"answers": True, "support": True, "brand_post": True}


def probs(kind: str, p: float) -> np.ndarray:
    """Probabilities with ``p`` on ``kind`` and the rest spread evenly."""
    rest = (1.0 - p) / (len(KINDS) - 1)
    return np.array([p if k == kind else rest for k in KINDS])


def test_move_answer_to_none_only_at_its_threshold() -> None:
    assert move(probs(NONE, 0.75), ANSWER, ON, GUIDED) == (NONE, 0.75)
    assert move(probs(NONE, 0.65), ANSWER, ON, GUIDED) is None


def test_move_never_makes_or_unmakes_a_correction() -> None:
    assert move(probs(NONE, 0.99), "correct", ON, GUIDED) is None
    assert move(probs("correct", 0.99), ANSWER, ON, GUIDED) is None


def test_move_from_none_only_where_that_move_is_on() -> None:
    assert move(probs(THANK, 0.9), NONE, ON, GUIDED) == (THANK, 0.9)
    assert move(probs(THANK, 0.9), NONE, {**ON, "none>thank": plan_model.OFF}, GUIDED) is None


@pytest.mark.parametrize(
    "where",
    [
        {"brand_post": False},  # a group, a review, an influencer's video: a thank-you reads as astroturfing
        {"names_competitor": True},  # "Nordhem tekee myös hyvää jälkeä": no praise of the brand
        {"reply_to_other": True},  # "@Maija same, they were lovely": aimed at her
        {"to_someone": True},
    ],
)
def test_move_never_makes_a_thank_you_where_the_brand_does_not_thank(where: dict[str, bool]) -> None:
    assert move(probs(THANK, 0.95), NONE, ON, {**GUIDED, **where}) is None
    assert move(probs(NONE, 0.95), THANK, ON, {**GUIDED, **where}) == (NONE, 0.95)  # taking one back stays


@pytest.mark.usefixtures("thinks_thank")
@pytest.mark.parametrize(
    ("text", "thread"),
    [
        ("Vi lät Möbelhuset Lind klä om vår soffa, jättefint jobb", ThreadContext(names_competitor=True)),
        ("hyrde stugan förra sommaren och båtarna var i toppskick", ThreadContext()),
        ("we rented their boat last summer and it was spotless", ThreadContext()),
        ("vuokrattiin heidän sauna viime kesänä ja oli tosi siisti", ThreadContext()),
    ],
)
def test_plan_reply_keeps_the_rules_none_under_someone_elses_post_and_for_a_competitor(
    text: str, thread: ThreadContext
) -> None:
    language = "sv" if "Vi " in text or "hyrde" in text else "fi" if "vuokrattiin" in text else "en"
    signals = sig("praise", language, emotion="positive")
    assert rule_plan(signals, text, objective="trust", thread=thread, guidance=FULL).kind == NONE
    assert plan_reply(signals, text, objective="trust", thread=thread, guidance=FULL, vector=VECTOR).kind == NONE


def test_move_to_a_kind_the_guidance_cannot_carry_keeps_the_rules() -> None:
    assert move(probs(ANSWER, 0.9), THANK, ON, {"support": True}) is None  # no answering passage
    assert move(probs(ACKNOWLEDGE, 0.9), ANSWER, ON, {"answers": True}) is None  # no support route


def test_move_switched_off_target_keeps_the_rules() -> None:
    assert move(probs(THANK, 0.99), ANSWER, {**ON, "answer>thank": plan_model.OFF}, GUIDED) is None


def test_facts_read_thread_and_guidance_fields_and_the_text() -> None:
    found = facts(
        "@anna where?",
        ThreadContext(reply_to_other=True),
        GuidanceFit(support=True, opposes="polarity"),
        to_someone=True,
    )
    assert found["reply_to_other"] and found["support"] and found["opposes"] and found["question_mark"]
    assert not found["answers"] and not found["brand_post"]


def _confident(kind: str) -> PlanModel:
    """A model whose only opinion, whatever the comment, is ``kind`` at about 0.95."""
    width = 384 + STRUCTURE
    bias = np.full(len(KINDS), -3.0, dtype=np.float32)
    bias[KINDS.index(kind)] = 3.0
    return PlanModel(np.zeros((len(KINDS), width), dtype=np.float32), bias, dict(ON), "e5")


@pytest.fixture
def thinks_none(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(plan_model, "model", lambda: _confident(NONE))


@pytest.fixture
def thinks_thank(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(plan_model, "model", lambda: _confident(THANK))


VECTOR = np.full(384, 1 / np.sqrt(384), dtype=np.float32)
QUESTION = "how long does the battery last on one charge?"


@pytest.mark.usefixtures("thinks_none")
def test_plan_reply_with_a_confident_model_moves_an_answer_and_says_so() -> None:
    signals = sig("question", is_question=True)
    assert rule_plan(signals, QUESTION, objective="sales", thread=OWN, guidance=FULL).kind == ANSWER
    plan = plan_reply(signals, QUESTION, objective="sales", thread=OWN, guidance=FULL, vector=VECTOR)
    assert plan.kind == NONE and not plan.offer
    assert plan.reason.startswith("learned signal") and "the rules said answer" in plan.reason


@pytest.mark.usefixtures("thinks_none")
def test_plan_reply_without_a_vector_is_the_rules_plan() -> None:
    signals = sig("question", is_question=True)
    assert plan_reply(signals, QUESTION, objective="sales", thread=OWN, guidance=FULL) == rule_plan(
        signals, QUESTION, objective="sales", thread=OWN, guidance=FULL
    )


@pytest.mark.parametrize(
    "changes",
    [
        {"risk": ("injury_or_health",)},
        {"uncertain": ("opt_out",)},
        {"opt_out": True},
        {"risk_doubt": ("politics",)},
        {"intent": "toxic"},
    ],
)
def test_revise_leaves_risky_and_opt_out_signals_to_the_rules(
    monkeypatch: pytest.MonkeyPatch, changes: dict[str, Any]
) -> None:
    monkeypatch.setattr(plan_model, "model", lambda: _confident(ANSWER))
    signals: Signals = sig(str(changes.pop("intent", "complaint")), **changes)
    assert plan_model.revise(ACKNOWLEDGE, signals, "sales", GUIDED, VECTOR) is None


def test_acknowledgement_moved_to_an_answer_stays_a_complaint(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(plan_model, "model", lambda: _confident(ANSWER))
    text = "my order came two weeks late and nobody answered, how long is delivery supposed to take?"
    signals = sig("complaint", emotion="negative", is_question=True)
    assert rule_plan(signals, text, objective="sales", thread=OWN, guidance=FULL).kind == ACKNOWLEDGE
    plan = plan_reply(signals, text, objective="sales", thread=OWN, guidance=FULL, vector=VECTOR)
    assert plan.kind == ANSWER and plan.complaint and not plan.offer


def test_committed_model_fits_the_features_and_the_e5_vector() -> None:
    learned = plan_model.model()
    assert learned.dim == 384
    row = features(ANSWER, sig("question"), "trust", GUIDED, VECTOR)
    p = learned.probabilities(row)[0]
    assert p.shape == (len(KINDS),) and abs(p.sum() - 1.0) < 1e-6
    assert set(learned.thresholds) == set(plan_model.MOVES)
