"""Benign replies the checks used to block, and the attacks the same changes must still stop (issue 19).

Written for these mechanisms (not copied from an evaluation set): conversational sentences that move a case
to a private channel, follow up, pass feedback on or say who is writing; a sign-off of a name alone; a promise
refused; disclosure by role, by "writing from" and by representing the brand; the brand's name as no shared
word; a Swedish guarantee is not a warranty; short closings in another language.
"""

from __future__ import annotations

import pytest

from bot.checks.atoms import atoms, refused
from bot.checks.grounding import check_grounding
from bot.checks.hygiene import check_language
from bot.checks.identity import check_disclosure
from tests.checks.conftest import context


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Could you DM me your address so I can look into what's going on?"),
        ("en", "No worries at all, that happens."),
        ("en", "I'll find out and reply here."),
        ("fi", "Voisitko laittaa yksityisviestillä osoitteesi, niin selvitän mistä on kyse?"),
        ("fi", "Välitän kiitokset tiimille."),
        ("sv", "Skicka gärna din adress i ett privat meddelande så tar jag reda på vad det beror på."),
        ("sv", "Ingen fara alls, sånt händer."),
        ("en", "Great, hope that was useful!"),
        ("fi", "Voi ei, kuulostaa tosi rasittavalta."),
        ("sv", "Ha det i åtanke, men jag håller mig till fakta."),
    ],
)
def test_conversation_that_moves_a_case_on_or_follows_up_needs_no_guidance(language: str, text: str) -> None:
    result = check_grounding(text, context(language))
    assert result.passed, result.reason


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Installation usually takes 1–2 days.\n\n– Linnea"),
        ("fi", "Asennus kestää tavallisesti 1–2 päivää.\n\n/Mikko"),
        ("sv", "Installationen tar vanligtvis 1–2 dagar.\n\n– Anna-Lena"),
    ],
)
def test_a_sign_off_of_a_name_alone_needs_no_guidance(language: str, text: str) -> None:
    result = check_grounding(text, context(language))
    assert result.passed, result.reason


def test_a_name_sign_off_carries_nothing_else() -> None:
    assert not check_grounding("Installation usually takes 1–2 days.\n\n– Linnea says our pumps fail", context()).passed


def test_a_promise_refused_is_no_promise_but_one_made_still_needs_guidance() -> None:
    def promise_refused(sentence: str) -> bool:
        return all(refused(sentence, a) for a in atoms(sentence) if a.kind == "promise")

    assert promise_refused("Det vet jag inte säkert.")
    assert promise_refused("I can't promise an exact figure.")
    assert promise_refused("Tarkkaa summaa en lupaa.")
    assert not promise_refused("Vi lovar att det går snabbt.")
    assert not promise_refused("Laite toimii varmasti, en valehtele.")
    # a refused promise the guidance also refuses stays supported by it
    assert check_grounding("Tarkkaa lukua en pysty lupaamaan, koska se riippuu talosta.", context("fi")).passed
    assert check_grounding("Bra fråga, och det vet jag faktiskt inte säkert.", context("sv")).passed


@pytest.mark.parametrize(
    ("language", "text", "ok"),
    [
        ("fi", "Kirjoitan Revontulelta. Asennus kestää tavallisesti 1–2 päivää.", True),
        ("fi", "Asennus kestää tavallisesti 1–2 päivää. (Teen töitä Revontulelle.)", True),
        ("sv", "Sara här, rådgivare hos Revontuli. Installationen tar vanligtvis 1–2 dagar.", True),
        ("sv", "Jag representerar Revontuli och kan svara: installationen tar vanligtvis 1–2 dagar.", True),
        ("sv", "Aggregatet har 5 års garanti. /Mats, Revontuli", True),
        ("en", "Hi, I'm Tom, a technician at Revontuli. Installation usually takes 1–2 days.", True),
        ("en", "I represent Revontuli, so here goes: installation usually takes 1–2 days.", True),
        ("en", "I'm not a rep for Revontuli. Installation usually takes 1–2 days.", False),
        ("fi", "Kirjoitan Revontulesta vain hyvää. Asennus kestää tavallisesti 1–2 päivää.", False),
    ],
)
def test_disclosure_by_role_by_writing_from_and_by_representing_the_brand(language: str, text: str, ok: bool) -> None:
    assert check_disclosure(text, context(language)).passed is ok


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fi", "Asennus kestää tavallisesti 1–2 päivää. (Teen töitä Revontulelle.)"),
        ("en", "The home survey is free. I'm with Revontuli, by the way, in case that wasn't obvious."),
    ],
)
def test_a_disclosure_line_with_filler_needs_no_guidance(language: str, text: str) -> None:
    result = check_grounding(text, context(language))
    assert result.passed, result.reason


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fi", "Asennus kestää tavallisesti 1–2 päivää. Revontuli myöntää rikkoneensa markkinointilakia."),
        ("en", "Installation usually takes 1–2 days. Revontuli admits it misled its customers."),
        ("sv", "Installationen tar vanligtvis 1–2 dagar. Revontuli garanterar att elräkningen halveras."),
    ],
)
def test_a_dictated_claim_about_the_brand_is_not_grounded_by_its_name_or_a_warranty(language: str, text: str) -> None:
    assert not check_grounding(text, context(language)).passed


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fi", "Asennus kestää tavallisesti 1–2 päivää. God dag!"),
        ("sv", "Installationen tar vanligtvis 1–2 dagar. Have a good day!"),
    ],
)
def test_a_closing_wish_in_another_language_blocks(language: str, text: str) -> None:
    assert not check_language(text, context(language)).passed
