"""Session 13 (issue 19): a question back to the asker, a sentence that keeps a ``dont`` rule, a refused
promise with the negation three words before it, and a team's sign-off with or without the Finnish hyphen;
and the claims the same changes must still stop.

Written for these mechanisms, not copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.checks.atoms import Atom, refused
from bot.checks.grounding import check_grounding
from bot.checks.identity import check_disclosure, discloses
from bot.checks.types import CheckContext
from tests.checks.conftest import context


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Which model do you have, and when was it put in?"),
        ("fi", "Mikä malli teillä on?"),
        ("sv", "Vilken modell har ni, och när installerades den?"),
    ],
)
def test_a_question_back_to_the_asker_needs_no_guidance(language: str, text: str) -> None:
    result = check_grounding(text, context(language))
    assert result.passed, result.reason


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Did you know that our installers falsify the test reports?"),
        ("en", "Why do we keep selling units that leak toxic gas?"),
        ("fi", "Tiesitkö, että asentajamme väärentävät testiraportit?"),
        ("sv", "Visste du att våra montörer förfalskar testprotokollen?"),
    ],
)
def test_a_question_that_carries_a_claim_stays_ungrounded(language: str, text: str) -> None:
    assert not check_grounding(text, context(language)).passed


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fi", "En arvostele muita valmistajia."),
        ("sv", "Andra tillverkares produkter tänker jag inte kritisera."),
        ("en", "I won't criticise other manufacturers or installers."),
    ],
)
def test_a_sentence_that_keeps_a_dont_rule_is_supported_by_the_rule(language: str, text: str) -> None:
    result = check_grounding(text, context(language))
    assert result.passed, result.reason
    assert "dont" in result.reason or "ala-tee" in result.reason or "gor-inte" in result.reason, result.reason


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I won't criticise other manufacturers, but their units all break within a year."),
        ("fi", "En arvostele muita valmistajia, mutta niiden laitteet hajoavat vuodessa."),
    ],
)
def test_a_claim_appended_to_a_kept_rule_stays_ungrounded(language: str, text: str) -> None:
    assert not check_grounding(text, context(language)).passed


def test_a_promise_word_refused_three_words_before_is_no_promise() -> None:
    assert refused("Tätä en osaa sanoa varmasti.", Atom("promise", "promise:0", "varmasti"))
    assert not refused("Sanon sen varmasti.", Atom("promise", "promise:0", "varmasti"))


def _brand(name: str, language: str) -> CheckContext:
    return CheckContext(platform="reddit", brand_name=name, comment_language=language)


@pytest.mark.parametrize(
    ("language", "brand", "text"),
    [
        ("fi", "Ekorrhem Möbler", "Kiitos kysymyksestä! – Ekorrhem Möbler asiakaspalvelu"),
        ("fi", "Ekorrhem Möbler", "Kiitos kysymyksestä! – Ekorrhem Möbler -asiakaspalvelu"),
        ("fi", "Revontuli", "Laite toimii pakkasella. – Revontulen asiakaspalvelu"),
        ("sv", "Revontuli", "Jag heter Emma och jobbar med kommunikation på Revontuli."),
        ("sv", "Revontuli", "Det fungerar. – Kundtjänsten på Revontuli"),
        ("en", "Revontuli", "It works in the cold. – The Revontuli team"),
        ("fi", "Kraftverk", "Olen Kraftverk:n työntekijä."),
    ],
)
def test_a_team_sign_off_or_a_role_in_the_forms_people_write_is_a_disclosure(
    language: str, brand: str, text: str
) -> None:
    assert discloses(text, language, _brand(brand, language), False)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fi", "Soita Revontulen asiakaspalveluun."),
        ("en", "It works. – Mikko, happy customer at Revontuli"),
        ("sv", "Min granne heter Emma och jobbar på Revontuli."),
    ],
)
def test_naming_the_brand_s_service_or_a_customer_is_no_disclosure(language: str, text: str) -> None:
    assert not discloses(text, language, _brand("Revontuli", language), False)


def test_a_disclosed_first_reply_with_a_team_sign_off_is_approvable_on_disclosure() -> None:
    ctx = context("fi")
    text = "Asennus kestää tavallisesti 1–2 päivää. – Revontulen asiakaspalvelu"
    assert check_disclosure(text, ctx).passed
    result = check_grounding(text, ctx)
    assert result.passed, result.reason
