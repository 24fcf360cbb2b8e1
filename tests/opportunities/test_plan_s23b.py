"""Session 23, second round (issue 25): the right kind of reply. A claim that something is free agrees with a
guidance sentence saying it costs nothing ("utan kostnad", "maksutta"); a question with a figure of the person's own
is answered, not corrected; a claim put for confirmation is never thanked; applause for the post's author and a joke
about the post under someone else's post are no complaint. Invented comments in fi/sv/en."""

from __future__ import annotations

import pytest

from bot.opportunities.claims import opposite
from bot.opportunities.plan import GuidanceFit, ThreadContext, contradicts
from tests.opportunities.planning import plan_on as plan
from tests.opportunities.planning import sig

ANSWERS = GuidanceFit(answers=True, support=True, passages=("p1",))
CONTRADICTED = GuidanceFit(answers=True, support=True, passages=("p1",), contradicts=True)
OPPOSED = GuidanceFit(answers=True, support=True, passages=("p1",), opposes="polarity", opposing_passage="p2")
OTHERS = ThreadContext()  # someone else's post, the brand not named


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        ("man får byta skor gratis om de är för små", "Skorna kan bytas utan kostnad inom 30 dagar, hyran är 15 €."),
        ("you can swap the helmet for free when it is too small", "The helmet is swapped without charge; rent is 9 €."),
        ("kypärän saa vaihtaa ilmaiseksi isompaan", "Kypärä vaihdetaan isompaan maksutta, vuokra on 9 € kuussa."),
        ("parkering ingår gratis", "Parkeringen ingår utan extra kostnad för alla gäster."),
    ],
)
def test_free_said_both_ways_is_agreement(claim: str, sentence: str) -> None:
    assert opposite(claim, sentence) is None
    assert not contradicts(claim, sentence)


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        ("man måste betala för att byta storlek", "Storleken kan bytas utan kostnad när barnet växer."),
        ("kypärän vaihto ei ole ilmaista", "Kypärä vaihdetaan isompaan maksutta."),
    ],
)
def test_a_cost_claimed_against_no_cost_is_still_opposed(claim: str, sentence: str) -> None:
    assert opposite(claim, sentence) == "polarity"


def test_free_against_a_price_still_contradicts() -> None:
    assert contradicts("installation is free", "Installation costs 390 € and takes a day.")
    assert contradicts("asennus on ilmainen", "Asennus maksaa 390 €.")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("väger runt 110 kg, kan jag fortfarande vara med", "sv"),
        ("väger ca 105 kg, får jag rida", "sv"),
        ("painan 110 kg, voinko silti osallistua", "fi"),
        ("I'm about 110 kg, can I still ride", "en"),
    ],
)
def test_a_question_with_a_figure_of_ones_own_is_answered_not_corrected(text: str, language: str) -> None:
    signals = sig("question", language, intent_confidence=0.7, is_question=False)
    assert plan(signals, text, fit=CONTRADICTED).kind == "answer"


def test_a_claimed_figure_with_no_question_is_still_corrected() -> None:
    signals = sig("misinformation", "sv", intent_confidence=0.7)
    assert plan(signals, "viktgränsen är 120 kg hos er", fit=CONTRADICTED).kind == "correct"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("real rosewood pegs on these right", "en"),
        ("ni har väl ebenholts på greppbrädan", "sv"),
        ("näissä on eebenpuinen otelauta eikö", "fi"),
    ],
)
def test_a_claim_put_for_confirmation_is_never_thanked(text: str, language: str) -> None:
    signals = sig("praise", language, emotion="positive", intent_confidence=0.55)
    assert plan(signals, text, fit=GuidanceFit(support=True)).kind == "none"
    corrected = plan(signals, text, fit=OPPOSED)
    assert corrected.kind == "correct" and corrected.passages == ("p2",)


@pytest.mark.parametrize(
    ("text", "language"),
    [("you did everything right", "en"), ("you got it right", "en")],
)
def test_right_said_of_a_deed_is_still_praise(text: str, language: str) -> None:
    signals = sig("praise", language, emotion="positive", intent_confidence=0.8)
    assert plan(signals, text, fit=GuidanceFit(support=True)).kind == "thank"


@pytest.mark.parametrize(
    ("text", "language", "intent", "emotion", "confidence"),
    [
        ("mikko taas asialla 👏", "fi", "praise", "positive", 0.35),
        ("emma igen med ett bra tips 👏", "sv", "praise", "positive", 0.35),
        ("jonna at it again 👏", "en", "praise", "positive", 0.35),
        ("ponin ilme kohdassa 1:12 'ei kiitos' 😂😂", "fi", "complaint", "negative", 0.5),
        ("katten på 0:20 bara 'absolut inte' 😂", "sv", "complaint", "negative", 0.5),
        ("the dog at 0:15 just 'nope' 😂😂", "en", "complaint", "negative", 0.5),
    ],
)
def test_applause_or_a_joke_about_someone_elses_post_is_no_complaint(
    text: str, language: str, intent: str, emotion: str, confidence: float
) -> None:
    signals = sig(intent, language, emotion=emotion, intent_confidence=confidence, complaint_score=confidence)
    assert plan(signals, text, thread=OTHERS, fit=GuidanceFit(support=True)).kind == "none"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("mahtavaa, taas myöhässä 👏", "fi"),
        ("leveransen försenad igen, bravo 👏", "sv"),
        ("my order late again 👏", "en"),
    ],
)
def test_applause_for_trouble_again_stays_a_complaint_anywhere(text: str, language: str) -> None:
    signals = sig("praise", language, emotion="positive", intent_confidence=0.5, complaint_score=0.3)
    assert plan(signals, text, thread=OTHERS, fit=GuidanceFit(support=True)).kind == "acknowledge"
