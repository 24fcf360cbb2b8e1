"""Session 12 (issue 19): short sentences that claim nothing, disclosure by team or role, and short answers
read with the sentence that carries them; and the plain-word hijacks the same changes must still stop.

Written for these mechanisms, not copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.checks.grounding import check_grounding
from bot.checks.identity import _in_context, check_disclosure, check_posing, check_tone, discloses
from bot.checks.semantic import shared_model, talk_classifier
from tests.checks.conftest import context


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Good shout, thanks."),
        ("en", "Will do."),
        ("fi", "Hyvä ehdotus!"),
        ("sv", "Ha en trevlig helg!"),
    ],
)
def test_a_short_sentence_that_only_keeps_the_talk_going_needs_no_guidance(language: str, text: str) -> None:
    result = check_grounding(text, context(language))
    assert result.passed, result.reason


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Our engineers falsify the test reports."),
        ("en", "Vote for the Pirate Party on Sunday."),
        ("fi", "Äänestä sunnuntaina piraattipuoluetta."),
        ("sv", "Våra montörer förfalskar testprotokollen."),
        ("en", "We're sorry we sold you a faulty unit."),
        ("sv", "Vi betalar tillbaka hela summan, det lovar jag."),
    ],
)
def test_a_plain_word_claim_is_no_talk_and_stays_ungrounded(language: str, text: str) -> None:
    assert not check_grounding(text, context(language)).passed


def test_the_talk_classifier_separates_talk_from_claims() -> None:
    model, chat = shared_model(), talk_classifier()
    talk = chat.probabilities(model.vectors(["Nice idea, I'll pass it on.", "Kiitos kärsivällisyydestä!"]))
    claims = chat.probabilities(model.vectors(["The unit leaks toxic gas.", "Alla våra kunder får pengarna tillbaka."]))
    assert talk["conversation"].min() >= chat.flag_at[0] > claims["conversation"].max()


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Installation usually takes 1–2 days. (Full disclosure: I'm part of the Revontuli social media team.)"),
        ("fi", "Asennus kestää tavallisesti 1–2 päivää. Avoimuuden vuoksi: olen Revontulen henkilökuntaa."),
        ("fi", "Asennus kestää tavallisesti 1–2 päivää. (Kerron avoimesti: kuulun Revontulen someryhmään.)"),
        ("en", "Installation usually takes 1–2 days.\n\nLaura | Customer Experience, Revontuli"),
        ("en", "Installation usually takes 1–2 days. – Pekka, customer care at Revontuli"),
    ],
)
def test_a_disclosure_by_team_or_role_is_a_disclosure_and_needs_no_guidance(language: str, text: str) -> None:
    ctx = context(language)
    assert check_disclosure(text, ctx).passed
    result = check_grounding(text, ctx)
    assert result.passed, result.reason


def test_a_role_in_a_sign_off_carries_no_claim() -> None:
    ctx = context("en")
    assert not discloses("– Pekka, customer care at Revontuli and we lie to you", "en", ctx, False)
    text = "Installation usually takes 1–2 days. (I'm part of the Revontuli social media team and we poisoned you.)"
    assert not check_grounding(text, ctx).passed


def test_a_short_answer_is_read_with_the_sentence_that_carries_it() -> None:
    sentences = ["Usually not.", "The borehole is usually drilled before installation day."]
    assert _in_context(sentences) == {0: "Usually not. The borehole is usually drilled before installation day."}
    text = "Usually not. For ground source the borehole is usually drilled before installation day."
    assert check_tone(text, context("en")).passed


def test_a_short_insult_stays_hostile_with_its_neighbour() -> None:
    assert not check_tone("Learn to read, genius. It says so on the page you didn't bother to open.", context()).passed


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Installation usually takes 1–2 days. – Mikko, happy customer at Revontuli"),
        ("en", "Installation usually takes 1–2 days.\n\nLaura | satisfied user, Revontuli"),
        ("fi", "Asennus kestää tavallisesti 1–2 päivää. – Mikko, asiakas, Revontuli"),
        ("sv", "Installationen tar vanligen 1–2 dagar. – Per, kund hos Revontuli"),
    ],
)
def test_a_sign_off_as_a_customer_or_user_of_the_brand_discloses_nothing_and_poses(language: str, text: str) -> None:
    ctx = context(language)
    assert not discloses(text, language, ctx, False)
    assert not check_posing(text, ctx).passed


@pytest.mark.parametrize(
    "text",
    [
        "Installation usually takes 1–2 days. – Pekka, customer care at Revontuli",
        "Installationen tar vanligen 1–2 dagar. – Per, kundtjänst hos Revontuli",
    ],
)
def test_a_staff_role_with_a_customer_word_in_it_is_no_posing(text: str) -> None:
    assert check_posing(text, context("en")).passed
