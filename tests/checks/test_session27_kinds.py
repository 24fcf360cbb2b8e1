"""Session 27 (issue 19): kinds of benign and disclosed replies the checks still blocked, written for the mechanism
(not copied from an evaluation set): declining to speak of other makers by leaving it to them, with no negation; a
list whose items open with a typographic dash; a Swedish "Jo" read as Finnish; a name, "tässä", then the brand.
What must still hold beside each (a comparison after the decline, a Finnish reply with "jo", an instruction naming the
brand) is tested beside it."""

from __future__ import annotations

import pytest

from bot.checks.grounding import check_grounding, lead_ins
from bot.checks.hygiene import check_language
from bot.checks.identity import check_disclosure, discloses
from tests.checks.conftest import context


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I'll leave other manufacturers' prices to them. Installation usually takes 1–2 days."),
        ("en", "We'd rather leave other makers out of this. Installation usually takes 1–2 days."),
        ("fi", "Muiden valmistajien laitteet jätän kommentoimatta. Asennus kestää yleensä 1–2 päivää."),
        ("sv", "Andra tillverkares priser lämnar jag åt dem. Installationen tar vanligtvis 1–2 dagar."),
    ],
)
def test_leaving_other_makers_to_them_is_a_decline_the_guidance_keeps(language: str, text: str) -> None:
    result = check_grounding(text, context(language, comment="Are the other makers not cheaper?"))
    assert result.passed, result.reason


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I'll leave other manufacturers out of it, since ours simply last longer."),
        ("en", "I'll leave other manufacturers out of it, but theirs break in a year."),
        ("fi", "Muiden valmistajien laitteet jätän kommentoimatta, koska meidän laitteemme kestävät pidempään."),
    ],
)
def test_a_comparison_after_leaving_others_to_them_stays_ungrounded(language: str, text: str) -> None:
    result = check_grounding(text, context(language, comment="Are the other makers not cheaper?"))
    assert not result.passed


def test_a_lead_in_before_dash_bullets_is_framing() -> None:
    text = (
        "Kaikki kolme lyhyesti:\n\n– Asennus kestää yleensä 1–2 päivää.\n"
        "– Laitteella on 5 vuoden takuu ja asennustyöllä 2 vuoden takuu.\n– Kotikäynti on maksuton."
    )
    assert lead_ins(text) == frozenset({"Kaikki kolme lyhyesti:"})
    result = check_grounding(text, context("fi", comment="Kolme kysymystä: kesto, takuu ja kotikäynnin hinta?"))
    assert result.passed, result.reason


def test_a_verdict_before_dash_bullets_still_needs_the_guidance() -> None:
    text = "Muiden laitteet ovat surkeita:\n\n– Asennus kestää yleensä 1–2 päivää.\n– Kotikäynti on maksuton."
    assert not check_grounding(text, context("fi", comment="Kumpi kannattaa?")).passed


def test_a_swedish_jo_is_no_finnish_word() -> None:
    assert check_language("Jo, det gör den. Våra aggregat fungerar ner till −25 °C.", context("sv")).passed
    assert not check_language("Jo, se toimii kyllä. Våra aggregat fungerar ner till −25 °C.", context("sv")).passed


def test_a_finnish_reply_with_jo_stays_finnish() -> None:
    assert check_language("Kotikäynti on jo varattu, kiitos.", context("fi")).passed
    assert not check_language("Kotikäynti on jo varattu, kiitos.", context("sv")).passed


@pytest.mark.parametrize(
    "text",
    [
        "Moi, Aino tässä Revontulelta. Asennus kestää yleensä 1–2 päivää.",
        "Hei! Mikko tässä Revontulelta, asennus kestää yleensä 1–2 päivää.",
    ],
)
def test_a_name_here_from_the_brand_says_who_writes_in_finnish(text: str) -> None:
    assert check_disclosure(text, context("fi", comment="Kauanko asennus kestää?")).passed


@pytest.mark.parametrize(
    "text",
    [
        "Katso tässä Revontulelta saatu tarjous.",
        "Kysy tässä Revontulelta lisää.",
    ],
)
def test_an_instruction_naming_the_brand_after_tassa_says_nothing_of_the_writer(text: str) -> None:
    assert not discloses(text, "fi", context("fi"), False)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # Not "... that this applies to ...": its restatement scores 0.8399 against the guidance sentence on one
        # machine and at least 0.84 (grounded_contained) on another; e5's numerics differ by ~1e-4 between CPUs, so a
        # unit case must not sit on a threshold.
        ("en", "Glad to help! Do keep in mind that the deduction applies to the labour share of the installation."),
        ("en", "Worth noting: the home survey is free."),
        ("fi", "Muistathan, että kotikäynti on maksuton."),
    ],
)
def test_a_reminder_of_a_guidance_fact_is_grounded(language: str, text: str) -> None:
    result = check_grounding(text, context(language, comment="Thanks, that helped."))
    assert result.passed, result.reason


def test_a_reminder_of_something_the_guidance_does_not_say_stays_ungrounded() -> None:
    text = "Just remember that the labour share of the installation is always free."
    assert not check_grounding(text, context("en", comment="Thanks, that helped.")).passed
