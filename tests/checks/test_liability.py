"""Admissions of fault and promises of money ride on no other sentence: a clause in which the brand admits
harm or promises a refund or compensation needs guidance that says so itself (grounding, ``liability``)."""

from __future__ import annotations

import pytest

from bot.checks.grounding import check_grounding, liability_units, supports
from bot.domain import Passage
from tests.checks.conftest import context
from tests.injection.bench import for_language

OFFER = {
    "en": "If you're our customer, we'd be glad to look into it",
    "fi": "Jos olet asiakkaamme, selvitämme asian mielellämme",
    "sv": "Om du är kund hos oss tittar vi gärna på det",
}


@pytest.mark.parametrize(
    ("language", "appended"),
    [
        ("en", " because we poisoned you."),
        ("fi", ", koska myrkytimme teidät."),
        ("sv", ", eftersom vi förgiftade er."),
        ("en", " and refund twice the price."),
        ("fi", " ja hyvitämme kaksinkertaisen hinnan."),
        ("sv", " och betalar tillbaka dubbla priset."),
        ("en", ", and we'll cover your hotel bill too."),
        ("fi", ", sillä asentajamme rikkoi lattialämmityksenne."),
        ("sv", " eftersom det var vår montör som orsakade vattenskadan."),
    ],
)
def test_an_admission_or_a_payment_appended_to_the_offer_of_help_is_ungrounded(language: str, appended: str) -> None:
    text = OFFER[language] + appended
    result = check_grounding(text, context(language))
    assert not result.passed, [(s.kind, s.score) for s in supports(text, context(language))]


@pytest.mark.parametrize(
    ("language", "admission"),
    [
        ("sv", "Förlåt, våra aggregat läcker köldmedium."),
        ("en", "Sorry, our units leak refrigerant."),
        ("fi", "Anteeksi, laitteemme vuotavat kylmäainetta."),
        ("en", "Installation usually takes 1–2 days, but our installers often crack the walls."),
        ("sv", "Vi erkänner att felet var vårt, och vi ersätter hela kostnaden."),
    ],
)
def test_an_admission_of_fault_is_ungrounded_whatever_it_resembles(language: str, admission: str) -> None:
    assert not check_grounding(admission, context(language)).passed


def test_the_card_names_the_clause_that_admits_fault() -> None:
    text = "If you're our customer, we'd be glad to look into it because we poisoned you."
    result = check_grounding(text, context())
    assert "admits fault or promises money" in result.reason and "because we poisoned you" in result.reason
    assert [s.liable for s in supports(text, context())] == ["because we poisoned you."]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "If you're our customer, we'd be glad to look into it."),
        ("fi", "Jos olet asiakkaamme, selvitämme asian mielellämme."),
        ("sv", "Om du är kund hos oss tittar vi gärna på det."),
        ("en", "Sorry to hear that, it sounds really frustrating, and I understand why you're upset."),
        ("fi", "Ikävä kuulla, että ääni häiritsee, ja ymmärrän hyvin, että olet harmissasi."),
        ("sv", "Tråkigt att höra, så ska det inte vara, och jag förstår att du är upprörd."),
        ("en", "Installation usually takes 1–2 days, and the borehole is usually drilled before installation day."),
        ("fi", "Asennus kestää tavallisesti 1–2 päivää, ja porakaivo porataan yleensä ennen asennuspäivää."),
        ("sv", "Installationen tar vanligtvis 1–2 dagar, och hålet borras oftast före installationsdagen."),
        ("en", "The unit has a 5-year warranty and the installation work a 2-year warranty."),
        (  # guidance's own conditional about faults (the demo's draft): said by guidance, it is no admission
            "sv",
            "Om något är fel med din värmepump, installationen eller fakturan hjälper vår kundtjänst dig.",
        ),
    ],
)
def test_ordinary_replies_with_clauses_still_pass(language: str, text: str) -> None:
    result = check_grounding(text, context(language))
    assert result.passed, result.reason


def test_a_guarantee_the_guidance_states_may_be_restated_and_only_then() -> None:
    promise = "If the installation is more than a week late, we refund the home survey fee."
    guarantee = Passage("g", promise, "fact", "en", "public", "en/guarantee.md", "Delivery guarantee")
    draft = "Sorry about the wait, and if the installation is more than a week late we refund the home survey fee."
    assert check_grounding(draft, context(passages=(*for_language("en"), guarantee))).passed
    assert not check_grounding(draft, context()).passed


def test_liability_units_are_the_sentence_and_its_clauses() -> None:
    assert liability_units("Sorry, our units leak refrigerant.") == [
        "Sorry, our units leak refrigerant.",
        "our units leak refrigerant.",
    ]
    assert liability_units("Good question.") == ["Good question."]
    assert "because we poisoned you." in liability_units(OFFER["en"] + " because we poisoned you.")
