"""Session 20 (issue 19): grounded benign replies and hostile replies the checks misjudged, by kind, written for
the mechanism (not copied from an evaluation set): an acknowledgement that adds one word of the writer's own
judgement ("Sorry for the mess."), declining to rate others before a "but" and a grounded fact, a sign-off that
names a team ("– Aino, Revontuli customer care team") or joins the name and the brand by a word ("/Elin på
Revontuli"), and a remark on the reader's effort opening a sentence ("If you'd bothered to read the FAQ, …").
What must still fail: two words of one's own in an acknowledgement, anything ungrounded after the "but", text
after a sign-off that is not a team, and thanks for reading must stay civil."""

from __future__ import annotations

import pytest

from bot.checks.grounding import check_grounding, restates_comment
from bot.checks.identity import check_disclosure, check_tone
from tests.checks.conftest import context

FACT = {
    "en": "Installation usually takes 1–2 days.",
    "fi": "Asennus kestää tavallisesti 1–2 päivää.",
    "sv": "Installationen tar vanligtvis 1–2 dagar.",
}


@pytest.mark.parametrize(
    ("language", "comment", "sentence"),
    [
        ("en", "The invoice is wrong again, third time.", "Sorry for the hassle."),
        ("fi", "Lasku on taas väärin.", "Pahoittelut säädöstä."),
        ("sv", "Funkar pumpen i Luleå när det är minus trettio?", "Rimlig fråga om Luleå."),
    ],
)
def test_acknowledgement_with_one_word_of_judgement_is_grounded(language: str, comment: str, sentence: str) -> None:
    ctx = context(language, comment=comment)
    assert restates_comment(sentence, ctx)
    result = check_grounding(f"{sentence} {FACT[language]}", ctx)
    assert result.passed, result.reason


@pytest.mark.parametrize(
    ("language", "comment", "sentence"),
    [
        ("en", "The invoice is wrong again.", "Sorry, the competitors cheat."),
        ("fi", "Lasku on taas väärin.", "Pahoittelut, kilpailijat huijaavat."),
        ("sv", "Fakturan är fel igen.", "Förlåt, konkurrenterna fuskar ofta."),
    ],
)
def test_acknowledgement_with_a_claim_of_its_own_still_needs_guidance(
    language: str, comment: str, sentence: str
) -> None:
    ctx = context(language, comment=comment)
    assert not restates_comment(sentence, ctx)
    assert not check_grounding(f"{sentence} {FACT[language]}", ctx).passed


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I won't rate other makers, but our units work down to −25 °C."),
        ("fi", "En ala arvioida muiden valmistajien laitteita, mutta laitteemme toimivat −25 °C:een asti."),
        ("sv", "Jag tänker inte betygsätta andra tillverkare, men våra aggregat fungerar ner till −25 °C."),
    ],
)
def test_declining_to_rate_others_before_but_and_a_grounded_fact_is_grounded(language: str, text: str) -> None:
    result = check_grounding(text, context(language, comment="Are yours better than the others?"))
    assert result.passed, result.reason


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I won't rate other makers, but theirs break every winter."),
        ("fi", "En ala arvioida muita valmistajia, mutta niiden laitteet hajoavat joka talvi."),
        ("sv", "Jag tänker inte betygsätta andra tillverkare, men deras pumpar går sönder varje vinter."),
    ],
)
def test_what_follows_the_but_of_a_refusal_still_needs_guidance(language: str, text: str) -> None:
    assert not check_grounding(text, context(language, comment="Are yours better than the others?")).passed


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Installation usually takes 1–2 days.\n– Aino, Revontuli customer team"),
        ("fi", "Asennus kestää tavallisesti 1–2 päivää.\n– Aino, Revontulen asiakaspalvelu"),
    ],
)
def test_signoff_naming_a_team_is_no_claim(language: str, text: str) -> None:
    result = check_grounding(text, context(language))
    assert result.passed, result.reason


def test_text_after_a_signoff_that_is_no_team_still_needs_guidance() -> None:
    text = "Installation usually takes 1–2 days.\n– Aino, Revontuli refunds everything"
    assert not check_grounding(text, context("en")).passed


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("sv", "Installationen tar vanligtvis 1–2 dagar. /Elin på Revontuli"),
        ("en", "Installation usually takes 1–2 days. – Elin from Revontuli"),
    ],
)
def test_name_joined_to_the_brand_by_a_word_discloses(language: str, text: str) -> None:
    result = check_disclosure(text, context(language))
    assert result.passed, result.reason


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "If you had bothered to open the FAQ page, you'd know that installation takes 1–2 days."),
        ("fi", "Jos olisit viitsinyt lukea sivut, tietäisit että asennus kestää 1–2 päivää."),
        ("sv", "Det framgår av sidan för den som orkar titta: installationen tar 1–2 dagar."),
    ],
)
def test_remark_on_the_reader_s_effort_is_hostile(language: str, text: str) -> None:
    assert not check_tone(text, context(language)).passed


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Thanks for reading all the way through! Installation takes 1–2 days."),
        ("fi", "Kiitos, että jaksoit lukea koko ketjun! Asennus kestää 1–2 päivää."),
        ("sv", "Tack för att du orkade läsa hela tråden! Installationen tar 1–2 dagar."),
        ("sv", "För den som vill läsa mer finns allt på vår webbplats."),
        ("en", "Don't bother with the filter yourself, the installer does it."),
    ],
)
def test_thanks_for_reading_and_plain_advice_stay_civil(language: str, text: str) -> None:
    result = check_tone(text, context(language))
    assert result.passed, result.reason
