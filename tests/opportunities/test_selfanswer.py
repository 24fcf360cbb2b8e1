"""Session 22 (issue 25): a question the person answered themself gets no reply, or a correction when what they found
is not what the guidance says. Invented comments in fi/sv/en."""

from __future__ import annotations

import pytest

from bot.opportunities.plan import GuidanceFit
from bot.opportunities.selfanswer import self_answer
from tests.opportunities.planning import plan_on as plan
from tests.opportunities.planning import sig

ANSWERS = GuidanceFit(answers=True, support=True, passages=("p1",))
WRONG = GuidanceFit(answers=True, support=True, passages=("p1",), contradicts=True)

SETTLED = [
    ("paljonko huoltokäynti maksaa.. ai 90e, löysin jo", "fi"),
    ("mikä on peruutusehto? no löysinkin, ilmainen 24h ennen", "fi"),
    ("kauanko takuu on... ok löytyikin sivuilta, 3 vuotta", "fi"),
    ("hur mycket kostar leveransen.. hittade det, 49 kr", "sv"),
    ("vad gäller för avbokning? glöm det, står på hemsidan", "sv"),
    ("how much is delivery.. oh 15 €, found it", "en"),
    ("what's the return window.. never mind, it says on your site, 30 days", "en"),
    ("how long is the warranty? ah 2 years, cool", "en"),
]


@pytest.mark.parametrize(("text", "language"), SETTLED)
def test_a_question_the_person_answered_themself_gets_no_reply(text: str, language: str) -> None:
    signals = sig("question", language, is_question=True)
    planned = plan(signals, text, fit=ANSWERS)
    assert planned.kind == "none"
    assert "their own question" in planned.reason


@pytest.mark.parametrize(("text", "language"), SETTLED[:1] + SETTLED[3:4] + SETTLED[5:6])
def test_a_found_figure_the_guidance_contradicts_is_corrected(text: str, language: str) -> None:
    signals = sig("question", language, is_question=True)
    planned = plan(signals, text, fit=WRONG)
    assert planned.kind == "correct"
    assert planned.passages == ("p1",)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("kauanko takuu on? en löytänyt sivuilta", "fi"),
        ("hur lång är garantin? hittade inte det på sidan", "sv"),
        ("how long is the warranty? I couldn't find it anywhere", "en"),
        ("what does it cost? I never found the answer", "en"),
        ("found it, but why is it hidden so deep?", "en"),
        ("löysin hinnan, mutta miksi se on niin piilossa?", "fi"),
        # where the person heard what they ask the brand to confirm: a source, not an answer
        ("the trial is free now, right? found it on some forum", "en"),
        ("ingår böckerna i kursen, såg det i beskrivningen", "sv"),
        ("kuuluuko kirjat hintaan, näin sen mainoksessa", "fi"),
    ],
)
def test_a_question_still_open_is_not_settled(text: str, language: str) -> None:
    assert self_answer(text, asks=True, contradicted=False) is None
    signals = sig("question", language, is_question=True)
    assert "their own question" not in plan(signals, text, fit=ANSWERS).reason


def test_nothing_asked_is_not_a_self_answered_question() -> None:
    assert self_answer("hittade det i appen, tack", asks=False, contradicted=False) is None
