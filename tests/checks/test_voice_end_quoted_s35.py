"""A closing a voice quotes after an end word, and a disclosure that begins the reply after an inverted subject."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.checks.hygiene import check_language
from bot.checks.voice_rules import VoiceRules, _position, fixed_signoff
from tests.checks.conftest import context


@pytest.mark.parametrize(
    "voice",
    [
        "Sävy: rento ja ystävällinen, ei emojeita. Loppuun aina 'Kahviterveisin, Paahtimo Ruska'.",
        "Ton: varm och saklig. I slutet alltid 'Kaffehälsningar, Rostery Ruska'.",
        "Tone: friendly, short. Always close with 'Brewed with care, Ruska'.",
    ],
)
@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_a_closing_quoted_after_an_end_word_signs_every_reply(voice: str, language: str) -> None:
    quoted = voice.split("'")[1]

    assert fixed_signoff(voice, language) == quoted


@pytest.mark.parametrize(
    "voice",
    [
        "Tone: friendly. Never close with 'Kind regards, Ruska' — it sounds like a bank.",
        "Sävy: rento. Älä koskaan lopeta 'Ystävällisin terveisin' -fraasiin.",
    ],
)
def test_a_closing_the_voice_forbids_is_not_signed(voice: str) -> None:
    assert fixed_signoff(voice, "en") is None


def test_a_swedish_disclosure_beginning_the_reply_after_an_inverted_subject_goes_first() -> None:
    assert _position("I andras trådar börjar vi svaret med '(Jag jobbar på Ruska.)' före själva svaret.") == "start"
    assert _position("I andras trådar börjar du svaret med en mening om vem du är.") == "start"


@pytest.mark.parametrize(
    ("language", "comment", "reply"),
    [
        (
            "sv",
            "Hur länge håller brödet?",
            "Brödet håller en vecka i rumstemperatur och tre månader i frysen. Leipäterveisin, Juurella",
        ),
        ("en", "How long does the bread keep?", "It keeps a week at room temperature. Leipäterveisin, Juurella"),
    ],
)
def test_the_closing_the_voice_fixes_for_every_reply_is_no_sentence_of_another_language(
    language: str, comment: str, reply: str
) -> None:
    fixed = VoiceRules(signoff="Leipäterveisin, Juurella")

    assert check_language(reply, replace(context(language, comment=comment), voice=fixed)).passed
    # Without the voice's closing the same Finnish words are a sentence in another language.
    assert not check_language(
        reply.replace("Leipäterveisin, Juurella", "Leipäterveisin, kiitos kun kysyit tästä"),
        replace(context(language, comment=comment), voice=fixed),
    ).passed
