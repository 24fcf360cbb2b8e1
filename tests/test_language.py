"""Language detection on short, real-looking comments in Kuulo's first-class languages."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.drafting.prompting import target_language
from bot.drafting.types import DraftRequest
from bot.language import (
    LANGUAGE_NAMES,
    detect_language,
    function_word_votes,
    greeting_language,
    language_name,
    negation_pattern,
    negation_words,
)

COMMENTS = [
    ("fi", "Paljonko tämä lämpöpumppu maksaa asennettuna?"),
    ("fi", "Toimiiko teidän pumppu hyvin kovalla pakkasella?"),
    ("fi", "Meillä on ollut pumppu viisi vuotta ilman ongelmia"),
    ("fi", "Onko teillä asentajia myös Lapissa asti?"),
    ("sv", "Hur länge gäller garantin på värmepumpen?"),
    ("sv", "Vi har haft vår pump i fem år utan problem"),
    ("sv", "Funkar den bra när det är riktigt kallt ute?"),
    ("sv", "Tack så mycket för hjälpen med pumpen igår"),
    ("en", "How long is the warranty on this heat pump?"),
    ("en", "We have had our pump for five years without problems"),
    ("en", "Does it still work when it gets really cold outside?"),
    ("en", "Thanks a lot for the quick help yesterday"),
]


@pytest.mark.parametrize(("expected", "text"), COMMENTS)
def test_detect_language_short_comment_in_first_class_language_is_right(expected: str, text: str) -> None:
    assert detect_language(text) == expected


@pytest.mark.parametrize(
    ("expected", "text"),
    [
        ("de", "Funktioniert die Pumpe auch bei starkem Frost gut?"),
        ("et", "Kui palju maksab soojuspumba paigaldus?"),
        ("no", "Jeg har hatt varmepumpe i mange år og er fornøyd med den"),
    ],
)
def test_detect_language_neighbour_languages_are_recognised(expected: str, text: str) -> None:
    assert detect_language(text) == expected


@pytest.mark.parametrize("text", ["ok", "+1", "Kiitos!", "😂😂😂", "https://x.example/123", ""])
def test_detect_language_too_short_or_no_letters_is_none(text: str) -> None:
    assert detect_language(text) is None


def test_language_names_cover_first_class_languages() -> None:
    assert language_name("fi") == "Finnish"
    assert language_name("sv") == "Swedish"
    assert language_name("xx") == "xx"
    assert language_name(None) == "unknown"
    assert {"fi", "sv", "en", "de", "et", "no", "da"} <= set(LANGUAGE_NAMES)


def test_a_text_with_a_lone_surrogate_gets_a_language_not_an_encoding_error() -> None:
    """Found by make fuzz (session 7) through `/kuulo ask AA AA AAAA\\ud800`: lingua encodes the text to UTF-8 and
    raised UnicodeEncodeError on a lone surrogate (JSON's "\\ud800" decodes to one, so a platform can send it)."""
    assert detect_language("AA AA AAAA\ud800") is None
    assert detect_language("Kiitos paljon, sovellus toimii hyvin myös ilman verkkoyhteyttä \ud800") == "fi"


@pytest.mark.parametrize(
    ("language", "says_no", "says_yes"),
    [
        ("fi", "Puhelinkoppeja ei voi varata.", "Puhelinkopit voi varata sovelluksessa."),
        ("sv", "Telefonbåsen kan inte bokas.", "Det finns en parkering vid Majorna."),
        ("en", "Phone booths can't be booked.", "Phone booths can be booked in the app."),
    ],
)
def test_the_negation_table_reads_a_no_in_each_language(language: str, says_no: str, says_yes: str) -> None:
    assert negation_pattern(language).search(says_no)
    assert not negation_pattern(language).search(says_yes)


def test_words_that_negate_only_in_finnish_are_left_out_of_the_table_for_any_language() -> None:
    assert "en" in negation_words("fi") and "et" in negation_words("fi")
    assert not {"en", "et"} & set(negation_words())
    assert "utan" in negation_words("sv", avoiding=True) and "utan" not in negation_words("sv")


@pytest.mark.parametrize(
    ("expected", "text"),
    [
        # a place or brand name in another language's spelling is not the comment's language
        ("en", "thank you for posting this, Jokiniemi has felt much calmer lately"),
        ("en", "Does Kalliola deliver to Göteborg yet?"),
        ("fi", "Kiitos Strandbergs, tosi hyvä juttu ja nopea toimitus"),
        # a short comment whose greeting and function words say its language where lingua is unsure
        ("sv", "Tack Vesihelmi, fint initiativ 🌱"),
        ("sv", "Hej, har ni öppet på lördag?"),
        # lowercase brand names pull lingua away; many English function words with none of its guess pull back
        ("en", "how do i cancel my kotiranta order when the app is down too"),
    ],
)
def test_names_emoji_and_function_words_decide_a_short_or_mixed_comment(expected: str, text: str) -> None:
    assert detect_language(text) == expected


def test_function_word_votes_count_words_of_one_language_only() -> None:
    assert function_word_votes("Tack så mycket, det var bra") == {"fi": 0, "sv": 4, "en": 0}
    assert function_word_votes("on ja en men") == {"fi": 0, "sv": 0, "en": 0}  # words of two languages count for none


@pytest.mark.parametrize(
    ("expected", "text"),
    [
        ("sv", "Grattis! 🎉"),
        ("sv", "Tack!"),
        ("fi", "Kiitos!"),
        ("fi", "Onnea 🎉"),
        ("en", "Thanks!"),
        ("en", "Congrats!"),
    ],
)
def test_a_comment_too_short_to_detect_that_only_thanks_or_greets_has_that_language(expected: str, text: str) -> None:
    assert detect_language(text) is None
    assert greeting_language(text) == expected


@pytest.mark.parametrize("text", ["ok", "Hej kiitos", "lol", "+1", "😂", "Moi mitä"])
def test_a_short_comment_of_other_or_mixed_words_has_no_greeting_language(text: str) -> None:
    assert greeting_language(text) is None


def test_a_reply_to_a_short_swedish_congratulation_is_written_in_swedish_not_the_fallback() -> None:
    request = DraftRequest(
        comment_text="Grattis! 🎉",
        comment_language=None,
        comment_author=None,
        platform="instagram",
        thread_title=None,
        thread_body=None,
        parents=(),
        objective="trust",
        topics=(),
        passages=(),
        plan="thank",
    )
    assert target_language(request, "en") == "sv"
    assert target_language(replace(request, comment_text="ok"), "en") == "en"
