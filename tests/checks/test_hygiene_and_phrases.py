from __future__ import annotations

import base64

import pytest

from bot.checks.hygiene import check_encoding, check_invisible, check_language, check_length, graphemes
from bot.checks.phrases import check_banned, check_style
from tests.checks.conftest import context


def test_language_other_than_the_comments_blocks_and_a_short_piece_is_judged_by_its_marker_words() -> None:
    assert not check_language("Vielen Dank für Ihre Frage, die Installation dauert zwei Tage.", context("fi")).passed
    assert check_language("Asennus kestää tavallisesti kaksi päivää.", context("fi")).passed
    assert not check_language("Kiitos!", context("sv")).passed  # a Finnish thanks in a Swedish reply mixes languages
    assert check_language("OK!", context("sv")).passed  # too short and no marker word: unclear, passes


ENGLISH_TAIL = (
    " Installation usually takes one or two days. We visit your home first, check the space and the pipes, and then"
    " agree a day that suits you. The installer explains how the unit works before leaving, and you can always call"
    " us if anything is unclear later."
)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Die Installation dauert normalerweise nur ein paar Tage, und wir beraten Sie gerne persönlich bei Ihnen"
            " zu Hause." + ENGLISH_TAIL,
            "en",
        ),
        ("Merci beaucoup pour votre question, l'installation prend généralement quelques jours." + ENGLISH_TAIL, "en"),
    ],
)
def test_a_sentence_in_a_language_outside_fi_sv_en_blocks_even_when_the_rest_of_the_reply_outweighs_it(
    text: str, language: str
) -> None:
    # German nouns are capitalised: once they are left out as names, the whole draft reads as the comment's language
    result = check_language(text, context(language))

    assert not result.passed and "write every sentence in" in result.reason


def test_long_swedish_and_finnish_sentences_are_not_taken_for_a_neighbour_language() -> None:
    swedish = "Installationen tar vanligtvis en till två dagar, och vi hjälper gärna till med allt det praktiska."
    finnish = "Asennus kestää tavallisesti yhdestä kahteen päivään, ja autamme mielellämme kaikessa käytännön asiassa."

    assert check_language(swedish, context("sv")).passed
    assert check_language(finnish, context("fi")).passed


def test_length_bluesky_counts_grapheme_clusters_not_code_points() -> None:
    family = "👩\u200d👩\u200d👧"
    assert graphemes(family * 300) == 300
    assert check_length(family * 300, context(platform="bluesky")).passed
    assert not check_length(family * 301, context(platform="bluesky")).passed


def test_length_mastodon_counts_links_as_23_and_empty_blocks() -> None:
    text = "x" * 470 + " https://revontuli.example/" + "a" * 100
    assert check_length(text, context(platform="mastodon")).passed
    assert not check_length("y" * 501, context(platform="mastodon")).passed
    assert not check_length("  ", context()).passed


@pytest.mark.parametrize(
    "text",
    [
        base64.b64encode(b"evil.example/steal?secret=1").decode(),
        "deadbeef" * 5,
        "%68%74%74%70%73",
    ],
)
def test_encoding_blob_blocks(text: str) -> None:
    assert not check_encoding(f"Code: {text}", context()).passed


def test_encoding_long_words_and_allowed_urls_pass() -> None:
    text = "Kotitalousvahennysoikeudesta ja https://revontuli.example/kotikaynti?ref=AbCdEf1234567890AbCdEf"
    assert check_encoding(text, context()).passed


def test_invisible_zero_width_and_bidi_block_but_emoji_joiner_passes() -> None:
    assert not check_invisible("Hi\u200bthere", context()).passed
    assert not check_invisible("abc\u202edef", context()).passed
    assert check_invisible("👩\u200d🔧 thanks", context()).passed


def test_banned_phrase_from_voice_guidance_blocks() -> None:
    assert not check_banned("This is the best ever heat pump.", context()).passed
    assert not check_banned("Tämä on mullistavaa.", context("fi")).passed
    assert check_banned("This heat pump works well.", context()).passed


def test_style_warns_on_shouting_hashtags_and_emoji_on_reddit() -> None:
    result = check_style("GREAT deal #heatpump 🔥", context(platform="reddit"))
    assert not result.passed
    assert result.severity == "warning"
    assert "capitals" in result.reason
    assert "hashtags" in result.reason
    assert "emoji" in result.reason
    assert check_style("The ROT deduction applies.", context()).passed
