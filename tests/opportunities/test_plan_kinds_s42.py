"""Session 42 (issue 25): the learned plan signal makes no thank-you of a comment whose form the rules read as
something other than praise of the brand (a question, a joke, a tip, an opinion, praise with a "but"), in fi/sv/en,
while a none the rules reach for lack of a reading (praise the classifier barely reads) stays open to it."""

from __future__ import annotations

import numpy as np
import pytest

from bot.opportunities import plan_model
from bot.opportunities.plan import NONE, THANK, plan_reply, rule_plan
from bot.opportunities.plan_model import KINDS, STRUCTURE, PlanModel
from tests.opportunities.planning import FULL, OWN, sig

VECTOR = np.full(384, 1 / np.sqrt(384), dtype=np.float32)


@pytest.fixture
def thinks_thank(monkeypatch: pytest.MonkeyPatch) -> None:
    """A model whose only opinion, whatever the comment, is a thank-you at about 0.95, every move on."""
    bias = np.full(len(KINDS), -3.0, dtype=np.float32)
    bias[KINDS.index(THANK)] = 3.0
    confident = PlanModel(
        np.zeros((len(KINDS), 384 + STRUCTURE), dtype=np.float32), bias, dict.fromkeys(plan_model.MOVES, 0.7), "e5"
    )
    monkeypatch.setattr(plan_model, "model", lambda: confident)


@pytest.mark.usefixtures("thinks_thank")
@pytest.mark.parametrize(
    ("text", "language", "reads"),
    [
        ("min första näverask såg mer ut som ett fågelbo 😂", "sv", "a joke"),
        ("my first basket looked more like a bird's nest 😂", "en", "a joke"),
        ("mun eka kori näytti lähinnä linnunpesältä 😂", "fi", "a joke"),
        ("jag lägger mina i en hink med vatten, funkar fint", "sv", "a tip"),
        ("I always swim with a friend and a whistle, recommended", "en", "a tip"),
        ("gloss ser ut som plast tycker jag, satin all day", "sv", "an opinion"),
        ("fin färg men den flagnar", "sv", "praise with a but"),
        ("kiva väri mutta se hilseilee", "fi", "praise with a but"),
        ("installerar ni i Västerås, vi är sugna", "sv", "a question"),
        ("tuutteko myös tampereelle, ois ihanaa", "fi", "a question"),
        ("do you deliver to Oulu too, would love that", "en", "a question"),
    ],
)
def test_the_learned_signal_thanks_no_comment_the_rules_read_as_no_praise(text: str, language: str, reads: str) -> None:
    signals = sig("praise", language, emotion="positive", intent_confidence=0.7)
    ruled = rule_plan(signals, text, objective="trust", thread=OWN, guidance=FULL)
    assert ruled.kind == NONE and ruled.unthanked and ruled.reason.startswith(reads)
    assert plan_reply(signals, text, objective="trust", thread=OWN, guidance=FULL, vector=VECTOR) == ruled


@pytest.mark.usefixtures("thinks_thank")
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("meillä on pelitorstai joka viikko", "fi"),
        ("vi har spelkväll varje torsdag", "sv"),
        ("we play every thursday", "en"),
    ],
)
def test_a_none_for_lack_of_a_reading_stays_open_to_the_learned_thank_you(text: str, language: str) -> None:
    # Praise the classifier barely reads, with nothing the rules read in its form: the learned signal's own case
    # (none > thank, switched on leave-one-writer-out in session 22).
    signals = sig("praise", language, emotion="positive", intent_confidence=0.3)
    ruled = rule_plan(signals, text, objective="trust", thread=OWN, guidance=FULL)
    assert ruled.kind == NONE and not ruled.unthanked and ruled.reason.startswith("a remark")
    assert plan_reply(signals, text, objective="trust", thread=OWN, guidance=FULL, vector=VECTOR).kind == THANK


def test_the_plan_trainer_never_reads_the_sessions_hold_outs() -> None:
    from eval import plan_train

    names = {name for name, _ in plan_train.spent_sets()}
    assert plan_train.HELD_OUT and not names & set(plan_train.HELD_OUT)
    assert {"reply-plans-dev", "reply-plans-ad"} <= names
    assert "reply-plans-s" in {name for name, _ in plan_train.spent_sets(held_out=())}
