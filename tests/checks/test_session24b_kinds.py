"""Session 24b (issue 19): kinds of benign replies grounding still blocked, written for the mechanism (not copied
from an evaluation set): a promise to find out and come back ("… ja palaan asiaan", "… och återkommer"), a bare
"I can't" with nobody else able to promise it either, and a list's lead-in of a few more words ("Tre frågor på en
gång, i tur och ordning:"). What must still hold around each (a figure, an offer or a claim beside it) is tested
beside it."""

from __future__ import annotations

import pytest

from bot.checks.data import first_match, patterns
from bot.checks.grounding import check_grounding, lead_ins, supports
from bot.checks.identity import only_unsure
from tests.checks.conftest import context


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I'll check with the installers and get back to you."),
        ("en", "Let me look into the wiring question and report back here."),
        ("fi", "Tarkistan asian asentajilta ja palaan asiaan."),
        ("fi", "Kysyn huoltotiimiltä ja ilmoitan, kun tiedän."),
        ("sv", "Jag stämmer av med installatörerna och hör av mig."),
        ("sv", "Jag frågar serviceteamet och återkommer till dig."),
    ],
)
def test_a_promise_to_find_out_and_come_back_needs_no_passage(language: str, text: str) -> None:
    result = check_grounding(text, context(language, comment="Does it work with my old radiators?"))
    assert result.passed, result.reason


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I'll check with the installers and get back to you with a 20 % discount."),
        ("en", "I'll get back to you, our pump is the quietest on the market."),
        ("fi", "Selvitän ja palaan asiaan 30 % alennuksen kanssa."),
        ("fi", "Tarkistan asian ja palaan asiaan, meidän pumppu on markkinoiden paras."),
        ("sv", "Jag kollar och återkommer med ett specialpris på 300 €."),
        ("sv", "Jag återkommer, men vår pump är tystast på marknaden."),
    ],
)
def test_a_figure_an_offer_or_a_claim_beside_the_follow_up_still_needs_guidance(language: str, text: str) -> None:
    assert not check_grounding(text, context(language, comment="Does it work with my old radiators?")).passed


@pytest.mark.parametrize(
    "sentence",
    [
        "I can't, and nobody else can promise that without seeing the house.",
        "En pysty, eikä kukaan muukaan voi luvata sitä ilman talon tietoja.",
        "Jag kan inte, och ingen annan kan lova det utan att ha sett huset.",
        "Det kan jag inte.",
        "En voi.",
    ],
)
def test_a_bare_i_cant_and_nobody_else_can_either_is_only_unsure(sentence: str) -> None:
    assert only_unsure(sentence)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I can't, and nobody else can promise a saving without seeing the house. The home survey is free."),
        ("fi", "En pysty, eikä kukaan muukaan voi luvata säästöä ilman talon tietoja. Kotikäynti on maksuton."),
        (
            "sv",
            "Jag kan inte, och ingen annan kan lova en besparing utan att ha sett huset. Hembesöket är kostnadsfritt.",
        ),
    ],
)
def test_declining_for_oneself_and_for_everyone_needs_no_passage(language: str, text: str) -> None:
    result = check_grounding(text, context(language, comment="How much will I save?"))
    assert result.passed, result.reason


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I can't, but our pump beats every other brand."),
        ("fi", "En voi, mutta meidän pumppu on markkinoiden paras."),
        ("sv", "Jag kan inte, men vår pump slår alla andra märken."),
    ],
)
def test_a_bare_i_cant_with_a_claim_after_it_still_needs_guidance(language: str, text: str) -> None:
    assert not only_unsure(text)
    assert not check_grounding(text, context(language, comment="How much will I save?")).passed


def test_the_bare_refusal_is_only_a_clause_of_its_own() -> None:
    unsure = patterns("semantic", "not_knowing")
    assert first_match(unsure, "I can't.") is not None
    assert first_match(unsure, "I can't believe how quiet our pump is") is None
    assert first_match(unsure, "en voi suositella muuta") is None
    assert first_match(unsure, "jag kan inte nog rekommendera den") is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "sv",
            "Tre frågor på en gång, i tur och ordning:\n\nPris: hembesöket är kostnadsfritt.\n\n"
            "Avdrag: ROT-avdraget gäller arbetskostnaden.\n\nBokning: hembesöket är kostnadsfritt.",
        ),
        (
            "fi",
            "Kolme hyvää kysymystä, vastaan järjestyksessä:\n\nHinta: kotikäynti on maksuton.\n\n"
            "Varaus: kotikäynti on maksuton.\n\nAika: kotikäynti on maksuton.",
        ),
        (
            "en",
            "Three good questions, one at a time:\n\nPrice: the home survey is free.\n\n"
            "Booking: the home survey is free.\n\nTiming: the home survey is free.",
        ),
    ],
)
def test_a_lead_in_of_up_to_seven_words_frames_its_list(language: str, text: str) -> None:
    assert lead_ins(text)
    result = check_grounding(text, context(language, comment="Price, timing and booking?"))
    assert result.passed, result.reason


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Our pumps outlast every brand:\n\nPrice: the home survey is free.\n\nSurvey: the home survey is free."),
        ("sv", "Våra pumpar håller längst:\n\nPris: hembesöket är kostnadsfritt.\n\nBesök: det är kostnadsfritt."),
        ("fi", "Meidän pumput kestävät pisimpään:\n\nHinta: kotikäynti on maksuton.\n\nKäynti: se on maksuton."),
    ],
)
def test_a_verdict_before_a_list_is_no_lead_in(language: str, text: str) -> None:
    found = supports(text, context(language, comment="Price and booking?"))
    verdict = text.split(":")[0]
    assert [s.sentence for s in found if not s.grounded] == [f"{verdict}:"]
