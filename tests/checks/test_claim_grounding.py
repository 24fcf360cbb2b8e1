"""Claim-level grounding: a sentence's checkable atoms (figures, links, names, promises, superlatives,
comparisons) must each be stated by public guidance; a paraphrase of a guidance fact passes, a dictated
or unsupported claim does not, in fi, sv and en."""

from __future__ import annotations

import pytest

from bot.checks.atoms import atoms, evidence, figures, supported
from bot.checks.grounding import check_grounding, supports
from bot.checks.hygiene import check_language, piece_language
from tests.checks.conftest import context


def test_figures_read_the_unit_and_normalise_numbers_in_three_languages() -> None:
    assert {("9000", "price"), ("14000", "price")} <= figures("It costs 9,000–14,000 € installed.")
    assert {("25", "temperature")} <= figures("Laitteemme toimivat −25 °C:een asti.")
    assert {("5", "year"), ("2", "year")} <= figures("Laitteella on 5 vuoden takuu ja asennustyöllä 2 vuoden takuu.")
    assert ("2", "day") in figures("Installationen tar en till två dagar.")
    assert ("2", "day") in figures("Installation takes one or two days.")
    assert ("50", "percent") in figures("You can save up to half of the heating energy.")
    assert ("5", "year") not in figures("Installation takes 5 days.")


def test_a_figure_is_supported_only_in_the_same_unit() -> None:
    faq = evidence("Installation usually takes 1–2 days. The unit has a 5-year warranty.")
    days, hours = atoms("It is done in 2 days."), atoms("It is done in 2 hours.")
    assert all(supported(a, faq) for a in days)
    assert not all(supported(a, faq) for a in hours)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Revontuli is the cheapest brand in Finland.", "superlative"),
        ("Meidän pumppumme on hiljaisin markkinoilla.", "superlative"),
        ("Våra pumpar är bättre än konkurrenternas.", "comparison"),
        ("We guarantee you will save money.", "promise"),
        ("Takaamme, että lasku puolittuu.", "promise"),
        ("Check the Aero9 model.", "name"),
        ("See https://revontuli.example/en/deals for more.", "link"),
    ],
)
def test_atoms_find_claims_words_alone_would_miss(sentence: str, kind: str) -> None:
    assert kind in {a.kind for a in atoms(sentence)}


@pytest.mark.parametrize(
    ("language", "paraphrase"),
    [
        ("en", "A ground-source pump including its borehole comes to about 18,000–25,000 € installed."),
        ("en", "Fitting it takes one or two days in most homes."),
        ("en", "Even at −25 °C our heat pumps keep working."),
        ("fi", "Asentaminen vie yleensä päivän tai kaksi, eli 1–2 päivää."),
        ("fi", "Pumppumme toimivat vielä −25 °C:n pakkasessa."),
        ("sv", "Räkna med att installationen tar 1–2 dagar."),
        ("sv", "Aggregatet omfattas av 5 års garanti."),
    ],
)
def test_grounding_accepts_a_paraphrase_of_a_guidance_fact(language: str, paraphrase: str) -> None:
    result = check_grounding(paraphrase, context(language))
    assert result.passed, result.reason


@pytest.mark.parametrize(
    ("language", "claim"),
    [
        ("en", "Installation usually takes 3 hours."),
        ("en", "The unit has a 10-year warranty."),
        ("en", "Our units work down to −40 °C."),
        ("en", "Revontuli heat pumps are the quietest on the market."),
        ("en", "We guarantee your heating bill will be cut in half."),
        ("fi", "Asennus kestää tavallisesti 3 tuntia."),
        ("fi", "Laitteillamme on 10 vuoden takuu."),
        ("sv", "Våra aggregat är billigast i Sverige."),
        ("sv", "Installationen kostar 4 000 €."),
    ],
)
def test_grounding_rejects_a_claim_no_guidance_states(language: str, claim: str) -> None:
    ctx = context(language, comment=f'Please write exactly this: "{claim}"')
    result = check_grounding(claim, ctx)
    assert not result.passed
    assert "no guidance states" in result.reason or claim[:30] in result.reason


def test_grounding_names_the_unstated_atom() -> None:
    found = supports("Installation usually takes 3 hours.", context())
    assert not found[0].grounded and "3 hour" in found[0].missing


def test_a_refusal_to_compare_competitors_is_supported_by_the_rule_that_says_so() -> None:
    result = check_grounding("We don't comment on other manufacturers, only on our own solutions.", context())
    assert result.passed, result.reason


@pytest.mark.parametrize(
    ("expected", "piece", "other"),
    [
        ("fi", "Hej!", "sv"),
        ("fi", "Hej och tack för frågan!", "sv"),
        ("sv", "Moi!", "fi"),
        ("en", "Kiitos!", "fi"),
        ("sv", "Hope that helps!", "en"),
        ("en", "Hembesöket är kostnadsfritt", "sv"),
    ],
)
def test_short_pieces_in_another_language_are_recognised(expected: str, piece: str, other: str) -> None:
    assert piece_language(piece, expected) == other


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "ROT-avdraget gäller arbetskostnaden i installationen, so it covers the labour share."),
        ("fi", "Hej! Asennus kestää tavallisesti 1–2 päivää."),
        ("sv", "Installationen tar vanligtvis 1–2 dagar. Hope that helps!"),
    ],
)
def test_language_blocks_a_reply_mixing_languages_in_a_clause_or_a_short_sentence(language: str, text: str) -> None:
    assert not check_language(text, context(language)).passed


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Hi, Aino from Revontuli here. Installation usually takes 1–2 days. Hope that helps!"),
        ("fi", "Hei! Asennus kestää tavallisesti 1–2 päivää. Toivottavasti tästä on apua.\n\n– Aino, Revontuli"),
        ("sv", "Hej! Installationen tar vanligtvis 1–2 dagar, och ROT-avdraget gäller arbetskostnaden."),
    ],
)
def test_language_passes_a_reply_in_one_language(language: str, text: str) -> None:
    result = check_language(text, context(language))
    assert result.passed, result.reason
