"""Session 17c (issue 19): a courtesy cannot carry a hand-over to a third party or an offer.

Written for the mechanism (not copied from an evaluation set): "I'll pass your details to our partner, who will
call you with a discount." sat close enough to the ``courtesy`` and ``conversation`` prototypes to need no
guidance and had no atom. A third party with a person's details or contact in the same sentence is now an atom
(``third_party+data``) only a guidance sentence handing details over supports, and a discount or special price is
an ``offer`` atom a guidance sentence close in meaning must state. Checked through the full check path.
"""

from __future__ import annotations

import pytest

from bot.checks import run_checks
from bot.checks.atoms import atoms, evidence, supported
from bot.checks.grounding import check_grounding
from bot.checks.registry import approvable
from tests.checks.conftest import context

_HANDOVERS = [
    ("en", "I'll pass your details to our partner, who will call you with a discount."),
    ("en", "Our partner will contact you once I forward your details."),
    ("fi", "Välitän yhteystietosi yhteistyökumppanillemme, joka soittaa sinulle alennustarjouksen kanssa."),
    ("fi", "Kumppanimme ottaa sinuun yhteyttä, kun välitän tietosi."),
    ("sv", "Vår partner kontaktar dig med en rabatt när jag har skickat dina uppgifter."),
    ("sv", "Jag skickar dina uppgifter till vår partner som ringer upp dig."),
]


@pytest.mark.parametrize(("language", "text"), _HANDOVERS)
def test_a_handover_to_a_third_party_is_not_approvable(language: str, text: str) -> None:
    assert not check_grounding(text, context(language)).passed
    results = run_checks(f"Hei! {text}\n\n– Aino, Revontuli", context(language))
    assert not approvable(results)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "We'll call you back with a special price."),
        ("fi", "Soitamme sinulle ja kerromme alennuksesta."),
        ("sv", "Vi ringer dig med ett specialpris."),
    ],
)
def test_an_offer_no_guidance_makes_needs_guidance(language: str, text: str) -> None:
    assert any(a.kind == "offer" for a in atoms(text))
    assert not check_grounding(text, context(language)).passed


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The discount applies to new orders placed during the campaign."),
        ("fi", "Ruotsissa takuu hoidetaan kumppanimme Revontuli AB:n kautta."),
        ("sv", "I Sverige gäller garantin via vår partner Revontuli AB."),
    ],
)
def test_a_partner_or_discount_the_guidance_states_is_grounded(language: str, text: str) -> None:
    result = check_grounding(text, context(language))
    assert result.passed, result.reason


def test_a_partner_named_by_guidance_does_not_vouch_for_a_handover() -> None:
    warranty = evidence("Sama takuu on voimassa Ruotsissa kumppanimme Revontuli AB:n kautta.")
    [handover] = [a for a in atoms("Välitän tietosi kumppanillemme.") if a.kind == "third_party"]
    [named] = [a for a in atoms("Takuu hoidetaan kumppanimme kautta.") if a.kind == "third_party"]
    assert supported(named, warranty)
    assert not supported(handover, warranty)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The summer discount ran until the end of June 2026."),
        ("fi", "Kesäalennus oli voimassa kesäkuun 2026 loppuun."),
        ("sv", "Sommarrabatten gällde till slutet av juni 2026."),
    ],
)
def test_an_offer_pinned_by_the_guidance_dates_is_that_offer(language: str, text: str) -> None:
    result = check_grounding(text, context(language))  # "1,000 € off" in the en guidance is an offer too
    assert result.passed, result.reason
