"""Session 26 (issue 19): kinds of benign and disclosed replies the checks still blocked, written for the mechanism
(not copied from an evaluation set): a short restatement of a longer guidance sentence, an alternative the guidance
gives said as "X works too", a Finnish employee's negated verb read as a denial, a name at the brand "here", a
Swedish greeting or line from the brand's service, not knowing with its object first, and a decline whose comparison
follows its colon. What must still hold beside each (the opposite said in the same words, a denial, a claim of its
own words) is tested beside it."""

from __future__ import annotations

import pytest

from bot.checks.grounding import _apart_after_declining, check_grounding, supports
from bot.checks.identity import check_disclosure, check_posing, denied, discloses
from tests.checks.conftest import context


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Both of them apply to the labour share of the installation."),
        ("en", "The ROT deduction applies to the labour share of the installation."),
        ("en", "Sure, the installation address works just as well."),
        ("en", "No problem, the installation address works too."),
        ("sv", "Ingen fara, du kan uppge installationsadressen istället."),
    ],
)
def test_a_short_restatement_of_a_guidance_sentence_is_grounded(language: str, sentence: str) -> None:
    result = check_grounding(sentence, context(language, comment="Does it apply here too?"))
    assert result.passed, result.reason


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Neither deduction applies to the labour share of the installation."),
        ("en", "The installation address does not work, only the customer number."),
        ("en", "The labour share of the installation is always free of charge."),
        ("en", "Simple: one takes heat from the air, the other takes it from the ground."),
    ],
)
def test_the_opposite_or_a_claim_of_its_own_in_guidance_words_stays_ungrounded(language: str, sentence: str) -> None:
    result = check_grounding(sentence, context(language, comment="Does it apply here too?"))
    assert not result.passed


def test_a_finnish_employee_declining_a_promise_says_who_writes() -> None:
    text = "Revontulen työntekijänä en voi luvata tarkkaa säästöä, mutta säästö riippuu talosta."
    ctx = context("fi", comment="Paljonko säästän?")
    assert check_disclosure(text, ctx).passed
    assert check_posing(text, ctx).passed


@pytest.mark.parametrize(
    "text",
    [
        "Revontulen palveluksessa en ole, olen tavallinen asiakas.",
        "En ole Revontulen työntekijä.",
    ],
)
def test_a_finnish_denial_of_working_for_the_brand_is_still_posing(text: str) -> None:
    ctx = context("fi", comment="Oletko firman väkeä?")
    assert not check_posing(text, ctx).passed
    assert not discloses(text, "fi", ctx, False)


def test_denied_reads_a_finnish_negation_of_being_after_the_phrase() -> None:
    text = "Revontulen työntekijänä en ole koskaan ollut."
    start = text.index("Revontulen")
    assert denied(text, start, start + len("Revontulen työntekijänä"), "fi")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("sv", "Emil på Revontuli här. Installationen tar vanligtvis 1–2 dagar."),
        ("sv", "Hej från Revontulis kundservice! Installationen tar vanligtvis 1–2 dagar."),
        ("sv", "Installationen tar vanligtvis 1–2 dagar. (Svarar från Revontuli.)"),
        ("en", "Emil at Revontuli here. Installation usually takes 1–2 days."),
    ],
)
def test_a_name_or_greeting_from_the_brand_says_who_writes(language: str, text: str) -> None:
    ctx = context(language, comment="How long does it take?")
    assert check_disclosure(text, ctx).passed
    assert check_grounding(text, ctx).passed, check_grounding(text, ctx).reason


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("sv", "Priset på Revontuli här är högt."),
        ("sv", "Jag jobbar inte på Revontuli, jag är kund."),
        ("en", "The prices at Revontuli here are steep."),
    ],
)
def test_the_brand_named_beside_here_without_a_writer_says_nothing_of_who_writes(language: str, text: str) -> None:
    assert not discloses(text, language, context(language, comment="Hm?"), False)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("sv", "Hur länge den klarar ännu lägre temperaturer vet jag inte säkert, så jag tar reda på det."),
        ("fi", "Tarkempaa tietoa pakkasrajasta minulla ei ole, joten selvitän asian ja palaan."),
        ("fi", "Tähän en osaa vastata varmasti."),
    ],
)
def test_not_knowing_with_its_object_first_needs_no_passage(language: str, text: str) -> None:
    result = check_grounding(text, context(language, comment="Entä kovemmat pakkaset?"))
    assert result.passed, result.reason


def test_a_decline_whose_comparison_follows_its_colon_stays_one_sentence() -> None:
    sentence = (
        "Emme lupaa tarkkaa summaa: tyypillisesti säästö on jopa 50 % sähkölämmitykseen verrattuna, "
        "mutta säästö riippuu talosta."
    )
    assert _apart_after_declining(sentence) == [sentence]
    ctx = context("fi", comment="Paljonko säästää?")
    assert all(s.grounded for s in supports(sentence, ctx)), [s.label() for s in supports(sentence, ctx)]


def test_a_decline_to_compare_others_is_still_split_at_its_but() -> None:
    sentence = "I won't criticise other manufacturers, but ours work down to −25 °C."
    assert len(_apart_after_declining(sentence)) == 2
