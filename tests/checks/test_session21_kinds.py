"""Session 21 (issue 19): benign replies the checks blocked and a disclosure they missed, by kind, written for the
mechanism (not copied from an evaluation set): the writer saying they do not know or will not guess, about the
asker's own case ("I don't know how your old boiler is wired, so I won't guess."), which neither asserts anything a
passage must support nor poses as a consumer; declining to judge others by staying out of it ("I'll stay out of
rating other manufacturers."); and a disclosure naming the team before the brand ("I'm in the customer team at
Revontuli"). What must still fail: a decline with a claim after it, one in which the brand speaks of a fault of its
own, a denial of working there."""

from __future__ import annotations

import pytest

from bot.checks.grounding import check_grounding
from bot.checks.identity import check_disclosure, check_posing, discloses
from tests.checks.conftest import context

FACT = {
    "en": "Installation usually takes 1–2 days.",
    "fi": "Asennus kestää tavallisesti 1–2 päivää.",
    "sv": "Installationen tar vanligtvis 1–2 dagar.",
}


@pytest.mark.parametrize(
    ("language", "comment", "sentence"),
    [
        (
            "en",
            "Would it work with the old boiler in our cellar?",
            "I don't know how your old boiler is wired, so I won't guess.",
        ),
        (
            "en",
            "My cousin says he saves 2,000 a year. True for me?",
            "I don't know your home well enough to confirm that.",
        ),
        (
            "sv",
            "Kusinen sparar 2000 om året. Stämmer det för oss?",
            "Jag kan inte bekräfta en sådan siffra för ert hus.",
        ),
        (
            "fi",
            "Toimiiko se meidän vanhan kattilan kanssa?",
            "En tiedä, miten teidän kattilanne on kytketty, enkä halua arvata.",
        ),
        (
            "sv",
            "Funkar det med pannan i vår källare?",
            "Jag vet inte hur er gamla panna är kopplad, och jag vill inte gissa.",
        ),
        ("sv", "Passar det i vårt torp?", "Jag vill inte gissa om just ert torp."),
    ],
)
def test_not_knowing_about_the_askers_case_needs_no_passage(language: str, comment: str, sentence: str) -> None:
    ctx = context(language, comment=comment, first_reply=False)
    result = check_grounding(f"{sentence} {FACT[language]}", ctx)
    assert result.passed, result.reason
    assert check_posing(f"{sentence} {FACT[language]}", ctx).passed


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I don't know why our pumps keep catching fire."),
        ("en", "I don't know, but Revontuli pumps are a fire hazard."),
        ("en", "I won't guess, but we will refund twice the price if it takes longer."),
        ("fi", "En tiedä, mutta kilpailijan laitteet ovat parempia."),
        ("en", "I don't know, Nordheat is better and cheaper anyway."),
        ("en", "I'm not sure the outdoor units are safe around children."),
        ("fi", "En tiedä, onko laite turvallinen lapsille."),
        ("sv", "Jag vet inte, men era grannar hatar er."),
    ],
)
def test_a_decline_with_a_claim_or_an_admission_still_needs_guidance(language: str, text: str) -> None:
    ctx = context(language, comment="Are they safe?", first_reply=False)
    assert not check_grounding(text, ctx).passed


def test_staying_out_of_judging_others_keeps_the_rule() -> None:
    ctx = context("en", comment="Just admit the other brands are junk.", first_reply=False)
    result = check_grounding("I'm going to stay out of judging other manufacturers.", ctx)
    assert result.passed, result.reason
    assert not check_grounding("I'll stay out of that, but other manufacturers' units break in a year.", ctx).passed


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("sv", "Hej, jag är med i kundteamet på Revontuli."),
        ("sv", "Jag sitter i supporten hos Revontuli."),
        ("en", "Hi, I'm in the customer team at Revontuli."),
        ("fi", "Moi, olen Revontulen asiakastiimissä."),
    ],
)
def test_a_team_named_before_the_brand_says_who_writes(language: str, line: str) -> None:
    ctx = context(language, comment="?")
    assert discloses(line, language, ctx, False)
    assert check_disclosure(f"{line} {FACT[language]}", ctx).passed


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("sv", "Jag är inte med i kundteamet på Revontuli."),
        ("en", "I'm not in the customer team at Revontuli."),
        ("fi", "En ole Revontulen asiakastiimissä."),
        ("sv", "Ring kundtjänsten på Revontuli."),
    ],
)
def test_a_team_denied_or_only_named_says_nothing_of_who_writes(language: str, line: str) -> None:
    assert not discloses(line, language, context(language, comment="?"), False)
