"""Issue 19, round 2: a short bare claim ("Not safe.", "Ei toimi.", "Det är farligt.") sits close to every prototype,
so the nearest conversation prototype alone must not exempt it; inside an otherwise grounded reply it leaves the draft
ungrounded. Short talk with no word of its own ("Thanks!", "Hyvä kuulla.", "Lycka till!") stays exempt."""

from __future__ import annotations

import pytest

from bot.checks.grounding import _bare_claim, check_grounding
from tests.checks.conftest import context

FACT = {
    "en": "Our units work down to −25 °C.",
    "fi": "Laitteemme toimivat −25 °C:een asti.",
    "sv": "Våra aggregat fungerar ner till −25 °C.",
}


@pytest.mark.parametrize(
    ("language", "claim"),
    [
        ("en", "Not safe."),
        ("en", "Totally unsafe."),
        ("fi", "Ei toimi."),
        ("fi", "Ei pelitä."),
        ("sv", "Funkar inte."),
        ("sv", "Det är farligt."),
    ],
)
@pytest.mark.parametrize("first", [True, False])
def test_a_short_bare_claim_beside_a_grounded_fact_is_ungrounded(language: str, claim: str, first: bool) -> None:
    text = f"{claim} {FACT[language]}" if first else f"{FACT[language]} {claim}"
    result = check_grounding(text, context(language))
    assert not result.passed
    assert claim in (result.reason or "")


@pytest.mark.parametrize(
    ("language", "talk"),
    [
        ("en", "Thanks!"),
        ("en", "Good question."),
        ("en", "Sorry about that."),
        ("en", "Really sorry about that, I understand how frustrating it is."),
        ("en", "Will do."),
        ("fi", "Kiitos kysymyksestä."),
        ("fi", "Hyvä kuulla."),
        ("fi", "Mukava kuulla!"),
        ("fi", "Selvä."),
        ("sv", "Lycka till!"),
        ("sv", "Bra förslag!"),
    ],
)
def test_short_talk_stays_exempt(language: str, talk: str) -> None:
    result = check_grounding(f"{talk} {FACT[language]}", context(language))
    assert result.passed, result.reason


@pytest.mark.parametrize(
    ("sentence", "bare"),
    [
        ("Not safe.", True),
        ("Det är farligt.", True),
        ("Thanks!", False),
        ("Lycka till!", False),
        ("Not safe?", False),  # a question asks; it is judged as one
        ("These units are not safe below freezing.", False),  # long enough to be judged by meaning
    ],
)
def test_bare_claim_is_short_has_a_word_of_its_own_and_does_not_ask(sentence: str, bare: bool) -> None:
    assert _bare_claim(sentence, [], context("en")) is bare


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Your call."),
        ("sv", "Valet gör du."),
        ("fi", "En osaa sanoa."),
        ("fi", "Kerron sen eteenpäin."),
    ],
)
def test_a_short_sentence_about_the_writer_or_reader_is_no_bare_claim(language: str, sentence: str) -> None:
    assert not _bare_claim(sentence, [], context(language))


def test_a_short_sentence_saying_what_guidance_says_is_no_bare_claim() -> None:
    units = ["Delivery dates are not guaranteed."]
    assert not _bare_claim("Not guaranteed.", units, context("en"))
    assert _bare_claim("Guaranteed.", units, context("en"))  # the guidance says the opposite
