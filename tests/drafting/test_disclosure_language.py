"""The offline drafter's disclosure line is in the reply's language: the guidance's own example for that language,
read as the guidance gives it (an example named by its language is the same line as the one before it, for the
same replies), else a line in that language's own words; never another language's line (issue 25)."""

from __future__ import annotations

import pytest

from bot.checks.hygiene import check_language, foreign_sentence
from bot.checks.types import CheckContext
from bot.domain import Passage
from bot.drafting.offline import OfflineDrafter
from bot.drafting.voice import _quotes, disclosure_line, for_personal_account
from knowledge.embeddings import LocalE5Embedder
from tests.drafting.conftest import REVONTULI
from tests.drafting.test_offline_drafter import request


def _disclosure(pid: str, language: str, text: str, brand: str = "Tammi Spel") -> Passage:
    return Passage(
        id=pid, text=text, kind="disclosure", language=language, visibility="public", source="tammi.md", brand=brand
    )


# One line for personal accounts, given in three languages, named by language after the first.
SWEDISH_RULE = _disclosure(
    "d-sv",
    "sv",
    "Skriver du från ditt eget konto, lägg sist till '(anställd på Tammi Spel)' eller på finska '(töissä Tammi "
    "Spelillä)', på engelska '(I work at Tammi Spel)'. Tipsa aldrig om våra spel i grupper utan den raden.",
)
ENGLISH_RULE = _disclosure(
    "d-en",
    "en",
    "On your own profile, open with the line 'Heads up: I work at Tammi.' (Finnish: 'Olen töissä Tammella.', "
    "Swedish: 'Jag jobbar på Tammi.'). The shop's own account needs no line.",
)
FINNISH_RULE = _disclosure(
    "d-fi",
    "fi",
    "Omalta tililtä vastatessa kerro heti alussa, että olet Tammelta, esim. 'Moikka, olen Tammen "
    "myymälästä!' tai 'Full disclosure: I work at Tammi.' Kaupan omalta tililtä erillistä mainintaa ei tarvita.",
)


def test_examples_named_by_their_language_are_one_line_for_the_same_replies() -> None:
    for rule in (SWEDISH_RULE, ENGLISH_RULE):
        quotes = _quotes(rule.text)
        assert len(quotes) == 3
        assert all(for_personal_account(rule.text, quoted) for quoted in quotes)


@pytest.mark.parametrize(
    ("rule", "language", "expected"),
    [
        (SWEDISH_RULE, "sv", "(anställd på Tammi Spel)"),
        (ENGLISH_RULE, "en", "Heads up: I work at Tammi."),
    ],
)
def test_the_passages_line_in_its_own_language_is_chosen(rule: Passage, language: str, expected: str) -> None:
    found = disclosure_line([rule], language)
    assert found is not None and found[0] == expected
    assert disclosure_line([rule], language, personal=True) == found


@pytest.mark.parametrize(
    ("rule", "language", "expected"),
    [
        (SWEDISH_RULE, "fi", "(töissä Tammi Spelillä)"),
        (SWEDISH_RULE, "en", "(I work at Tammi Spel)"),
        (ENGLISH_RULE, "fi", "Olen töissä Tammella."),
        (ENGLISH_RULE, "sv", "Jag jobbar på Tammi."),
    ],
)
def test_another_languages_passage_gives_the_line_named_for_the_reply(
    rule: Passage, language: str, expected: str
) -> None:
    found = disclosure_line([rule], language, anywhere=True)
    assert found is not None and found[0] == expected


def test_a_finnish_passages_english_example_is_no_line_for_a_finnish_reply() -> None:
    found = disclosure_line([FINNISH_RULE], "fi")
    assert found is not None and found[0] == "Moikka, olen Tammen myymälästä!"
    english = disclosure_line([FINNISH_RULE], "en", anywhere=True)
    assert english is not None and english[0] == "Full disclosure: I work at Tammi."
    # The Finnish passage has no Swedish example: none is made up from the other two.
    swedish = disclosure_line([FINNISH_RULE], "sv", anywhere=True)
    assert swedish is None or foreign_sentence(swedish[0], "sv", "Tammi Spel") is None


@pytest.mark.parametrize(
    ("text", "language", "other"),
    [
        ("Tilaus lähtee huomenna. (I work at Tammi Spel)", "fi", "en"),
        ("Beställningen skickas i morgon. Työskentelen Tammella.", "sv", "fi"),
        ("Your order ships tomorrow. Jag jobbar på Tammi.", "en", "sv"),
    ],
)
def test_the_language_checks_reading_of_a_sentence_is_one_function(text: str, language: str, other: str) -> None:
    found = foreign_sentence(text, language, "Tammi Spel")
    assert found is not None and found[1] == other
    ctx = CheckContext(platform="reddit", comment_language=language, brand_name="Tammi Spel")
    assert not check_language(text, ctx).passed
    assert foreign_sentence(text.split(".")[0] + ".", language, "Tammi Spel") is None


@pytest.fixture(scope="module")
def offline() -> OfflineDrafter:
    return OfflineDrafter(LocalE5Embedder(), brand="Revontuli")


QUESTION = {
    "fi": "Kuinka pitkä takuu teidän lämpöpumpuilla on?",
    "sv": "Hur lång garanti har era värmepumpar?",
    "en": "How long is the warranty on your heat pumps?",
}
# Revontuli's disclosure rule given once, in Finnish, its only example English: no reply may carry it but an English
# one; a Finnish or Swedish reply says it in its own words.
ONLY_ENGLISH_EXAMPLE = Passage(
    id="disclosure-only-en",
    text="Jos vastaat omalta tililtäsi, lisää vastauksen loppuun '(Full disclosure: I work at Revontuli.)'.",
    kind="disclosure",
    language="fi",
    visibility="public",
    source="revontuli.md",
    brand="Revontuli",
)


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_the_offline_reply_discloses_in_its_own_language(offline: OfflineDrafter, language: str) -> None:
    passages = (*(p for p in REVONTULI if p.kind != "disclosure"), ONLY_ENGLISH_EXAMPLE)
    draft = offline.draft(request(QUESTION[language], language, passages=passages, replies_from="personal_account"))
    assert not draft.skip
    ctx = CheckContext(platform="reddit", comment_language=language, brand_name="Revontuli")
    assert check_language(draft.text, ctx).passed, draft.text
    assert ("I work at Revontuli" in draft.text) == (language == "en"), draft.text
    assert "Revontul" in draft.text, draft.text
