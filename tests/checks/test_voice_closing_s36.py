"""Session 36 (s36-close, issue 25): the voice check's reading of a reply's ending. A closing wish is told from a
sentence of the reply (the voice's sentence limit does not count it); a one-word fixed sign-off is read as a whole
word, never inside the brand's inflected name. Invented guidance in fi/sv/en."""

from __future__ import annotations

import json

import pytest

from bot.checks import Brand, make_context
from bot.checks.frozen import restore, snapshot
from bot.checks.voice import body_sentences
from bot.checks.voice_rules import is_wish, voice_rules
from tests.drafting.conftest import passage


@pytest.mark.parametrize(
    ("sentence", "wish"),
    [
        ("Ha en fin dag!", True),
        ("Smaklig måltid!", True),
        ("Hyvää päivänjatkoa!", True),
        ("Take care.", True),
        ("Välkommen tillbaka!", False),
        ("Ha en fin dag och beställ före 15.12!", False),
        ("Have a look at our webshop for the whole range of jams and gift boxes!", False),
    ],
)
def test_a_closing_wish_is_told_from_a_sentence_of_the_reply(sentence: str, wish: bool) -> None:
    assert is_wish(sentence, ("Smaklig måltid!",)) is wish


def test_a_voice_asking_for_a_wish_is_read_with_its_examples_in_every_language() -> None:
    text = "Korta svar. Avsluta med en önskan som 'Smaklig måltid!' eller 'Ha en fin dag!'."
    voice = passage("v", "voice", "sv", text)
    rules = voice_rules([voice], "fi")
    assert rules.wish and rules.wishes == ("Smaklig måltid!", "Ha en fin dag!")
    assert not voice_rules([passage("v", "voice", "en", "Never end with a wish.")], "en").wish


def test_a_one_word_sign_off_is_not_read_inside_the_brands_inflected_name() -> None:
    voice = passage("angso-voice", "voice", "sv", "Tonen är varm. Avsluta med en hälsning och signaturen '/Ängsö'.")
    opener = passage("angso-d", "disclosure", "en", "In threads we did not start, open with 'Hi, I work at Ängsö –'.")
    ctx = make_context(
        platform="facebook",
        comment_text="kauanko tee säilyy?",
        comment_language="fi",
        comment_author=None,
        passages=(voice, opener),
        brand=Brand(name="Ängsö Örtte"),
    )
    text = "Olen töissä Ängsöllä. Se säilyy 18 kuukautta. Terveisin /Ängsö"

    assert body_sentences(text, ctx) == ["Olen töissä Ängsöllä.", "Se säilyy 18 kuukautta."]


def test_the_wish_a_voice_asks_for_is_frozen_with_the_draft_and_restored() -> None:
    text = "Korta svar, 1–2 meningar. Avsluta med en önskan som 'Ha en fin dag!'."
    ctx = make_context(
        platform="facebook",
        comment_text="hur länge håller sylten?",
        comment_language="sv",
        comment_author=None,
        passages=(passage("v", "voice", "sv", text),),
        brand=Brand(name="Marjamaa"),
    )
    again = restore(json.loads(json.dumps(snapshot(ctx))))
    assert again.voice == ctx.voice and again.voice.wishes == ("Ha en fin dag!",)


def test_a_one_word_sign_off_inside_a_sentence_is_the_brands_name_not_the_sign_off() -> None:
    voice = passage("angso-voice", "voice", "sv", "Tonen är varm. Avsluta med en hälsning och signaturen '/Ängsö'.")
    ctx = make_context(
        platform="facebook",
        comment_text="vad kostar Iltahetki?",
        comment_language="sv",
        comment_author=None,
        passages=(voice,),
        brand=Brand(name="Ängsö Örtte"),
    )
    text = "Jag jobbar på Ängsö. Iltahetki kostar 12,90 €. Vänliga hälsningar /Ängsö"

    assert body_sentences(text, ctx) == ["Jag jobbar på Ängsö.", "Iltahetki kostar 12,90 €."]
