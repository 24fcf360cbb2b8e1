"""Session 18 round 2 (issue 19): disclosures the checks missed, written for the mechanism (not copied from an
evaluation set): the brand's staff announcing itself ("X staff here:"), working at the brand in a role ("Jag jobbar
som montör på X"), and the writer saying they are the staff member the sentence before named ("I'm that employee.").
Also: limiting what the writer speaks for ("jag kan bara svara för ...") admits no fault; the surest estimate
coming from the guidance's free visit is advice, not a ranking; "I'm that employee." after a sentence naming the
brand's employee needs no passage. What must still fail: a customer's role at the brand, an instruction to call
the brand's support, a denial.
"""

from __future__ import annotations

import pytest

from bot.checks.grounding import check_grounding
from bot.checks.identity import check_disclosure
from tests.checks.conftest import context


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Revontuli staff here: the home visit is free."),
        ("en", "Hi Anna, Revontuli support here. The home visit is free."),
        ("en", "I work as a heat pump technician at Revontuli, and the home visit is free."),
        ("sv", "Jag jobbar som montör på Revontuli. Hembesöket är gratis."),
        ("sv", "Revontulis kundtjänst här: hembesöket är gratis."),
        ("fi", "Työskentelen asentajana Revontulella. Kotikäynti on maksuton."),
        ("en", "Every comment here is read by a Revontuli employee. I'm that employee."),
        ("sv", "En medarbetare på Revontuli läser kommentarerna. Jag är den medarbetaren."),
        ("fi", "Revontulen työntekijä lukee kommentit. Minä olen se työntekijä."),
    ],
)
def test_staff_announcing_itself_or_a_role_at_the_brand_discloses(language: str, text: str) -> None:
    assert check_disclosure(text, context(language)).passed


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Call Revontuli support here: 010 555 0100."),
        ("fi", "Olen asiakkaana Revontulella ja kotikäynti oli maksuton."),
        ("en", "I'm that employee."),
        ("en", "My neighbour loves Revontuli. I'm that person too."),
        ("sv", "Jag jobbar inte som montör på Revontuli."),
    ],
)
def test_no_disclosure_without_the_writer_at_the_brand(language: str, text: str) -> None:
    assert not check_disclosure(text, context(language)).passed


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("sv", "Jag jobbar på Revontuli, så jag kan bara svara för våra egna pumpar: de fungerar ner till −25 °C."),
        ("fi", "Hinta riippuu talosta, joten luotettavimman arvion saat maksuttomalta kotikäynniltä."),
        ("en", "Fair point. Every reply is checked by a Revontuli employee before it goes out. I'm that employee."),
    ],
)
def test_speaking_only_for_own_products_advice_and_pointing_back_are_grounded(language: str, text: str) -> None:
    result = check_grounding(text, context(language))
    assert result.passed, result.reason


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Revontuli is the most reliable heat pump brand in Finland."),
        ("en", "I'm that employee, and we refund everyone twice the price."),
    ],
)
def test_a_ranking_or_a_promise_riding_on_it_still_fails(language: str, text: str) -> None:
    assert not check_grounding(text, context(language)).passed


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fi", "Kiitos kärsivällisyydestä, palaan pian."),
        ("en", "Thanks for your patience, I'll be back soon."),
        ("sv", "Tack för tålamodet, jag hör av mig snart."),
    ],
)
def test_coming_back_soon_is_a_courtesy(language: str, text: str) -> None:
    result = check_grounding(text, context(language))
    assert result.passed, result.reason


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Thanks for waiting, we refund everyone twice the price."),
        ("fi", "Palaan pian, ja hyvitämme koko summan."),
        ("en", "I'll come back to you, our units never break."),
    ],
)
def test_a_claim_riding_on_coming_back_still_fails(language: str, text: str) -> None:
    assert not check_grounding(text, context(language)).passed
