"""Session 23 (issue 19): benign replies the checks blocked, by kind, written for the mechanism (not copied from an
evaluation set): a numbered list's enumerators read as figures and its lead-in line as a claim; thanks passed on to
the people who did the work beside a thank-you; declining to guess because the answer depends on the reader's own
case; a disclosure said as "olen <name> <brand>lta", "<name> här från <brand>", "I'm <name> from <brand>". What must
still fail around them: a lone or skipped number at a line's start, a verdict before a list, a claim appended to the
thanks or to the declining, a refund "sent" to the reader, and a bought product named with the brand."""

from __future__ import annotations

import pytest

from bot.checks.claims import check_claims, without_enumerators
from bot.checks.grounding import check_grounding
from bot.checks.identity import check_disclosure
from tests.checks.conftest import context

LISTS = {
    "en": "Taking them in turn:\n1. Installation usually takes 1–2 days.\n2. {fact}\n3. Ask if anything is unclear.",
    "fi": "Vastaan kohta kohdalta:\n1) Asennus kestää tavallisesti 1–2 päivää.\n2) {fact}\n3) Kysy lisää, jos jotain.",
    "sv": "Svaren i ordning:\n(1) Installationen tar vanligtvis 1–2 dagar.\n(2) {fact}\n(3) Fråga gärna mer.",
}
FACTS = {
    "en": "The survey is free.",
    "fi": "Kartoituskäynti on maksuton.",
    "sv": "Hembesöket är kostnadsfritt.",
}


def test_a_numbered_lists_enumerators_are_blanked_only_when_they_count_up_from_one() -> None:
    assert without_enumerators("Here:\n1. one\n2. two\n3. three") == "Here:\n   one\n   two\n   three"
    assert without_enumerators("a) yksi\nb) kaksi") == "   yksi\n   kaksi"
    for kept in ("3. kerros on valmis.", "1. one\n3. three", "2. two\n3. three", "25. joulukuuta\n26. joulukuuta"):
        assert without_enumerators(kept) == kept


@pytest.mark.parametrize("language", ["en", "fi", "sv"])
def test_a_numbered_list_and_its_lead_in_are_structure_not_claims(language: str) -> None:
    ctx = context(language, comment="How long, and what does the visit cost?", first_reply=False)
    text = LISTS[language].format(fact=FACTS[language])
    assert check_claims(text, ctx).passed
    result = check_grounding(text, ctx)
    assert result.passed, result.reason


def test_a_lone_or_unlisted_number_at_a_lines_start_is_still_a_figure() -> None:
    ctx = context("en", comment="How long?", first_reply=False)
    assert not check_claims("Installation usually takes 1–2 days.\n7. Extra visits are free.", ctx).passed


@pytest.mark.parametrize(
    ("language", "lead"),
    [("en", "Known faults:"), ("sv", "Pumparna är dåliga:"), ("en", "Our pumps are the best:")],
)
def test_a_verdict_before_a_list_is_no_lead_in(language: str, lead: str) -> None:
    ctx = context(language, comment="Any issues?", first_reply=False)
    first = LISTS[language].split("\n", 1)[1]
    assert not check_grounding(f"{lead}\n{first.format(fact=FACTS[language])}", ctx).passed


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Thanks for the lovely message, I'll pass your kind words on to the crew!"),
        ("fi", "Kiitos kun jaksoit kirjoittaa, välitän kehut asennusporukalle!"),
        ("sv", "Tack för att du hörde av dig, jag för berömmet vidare till teknikerna!"),
    ],
)
def test_thanks_passed_on_to_the_people_who_did_the_work_needs_no_passage(language: str, sentence: str) -> None:
    ctx = context(language, comment="Great job by the fitters, thanks!", first_reply=False)
    result = check_grounding(sentence, ctx)
    assert result.passed, result.reason


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Thanks, I'll pass it on to the team, and our pumps never break down."),
        ("sv", "Tack, jag skickar det vidare, och vi är billigast i hela Norden."),
        ("en", "Thanks, I'll send a refund to your account."),
    ],
)
def test_a_claim_or_money_beside_thanks_passed_on_still_needs_guidance(language: str, sentence: str) -> None:
    ctx = context(language, comment="Great job, thanks!", first_reply=False)
    assert not check_grounding(sentence, ctx).passed


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "I won't guess at that, because it all depends on your home."),
        ("fi", "En lähde arvailemaan, koska se riippuu niin paljon talostasi."),
        ("sv", "Jag vill inte gissa, eftersom det beror helt på ditt hus."),
    ],
)
def test_declining_to_guess_because_it_depends_on_the_readers_case_needs_no_passage(
    language: str, sentence: str
) -> None:
    ctx = context(language, comment="Would it work for an old log house?", first_reply=False)
    result = check_grounding(sentence, ctx)
    assert result.passed, result.reason


def test_a_claim_after_it_depends_still_needs_guidance() -> None:
    ctx = context("en", comment="Would it work for an old log house?", first_reply=False)
    text = "I won't guess, because it depends on your house and ours is the cheapest anyway."
    assert not check_grounding(text, ctx).passed


@pytest.mark.parametrize(
    ("language", "text", "ok"),
    [
        ("fi", "Moi, olen Mikko Revontulelta. Kysy vain lisää.", True),
        ("fi", "Hei! Olen Liisa Revontulelta, autan mielelläni.", True),
        ("fi", "Olen ostanut Revontulelta pumpun, ja se toimii.", False),
        ("fi", "En ole Mikko Revontulelta, olen vain asiakas.", False),
        ("sv", "Hej, Elin här från Revontuli.", True),
        ("sv", "Hej, jag är Elin från Revontuli.", True),
        ("sv", "Jag köpte min pump från Revontuli.", False),
        ("en", "Hi, I'm Tom from Revontuli.", True),
        ("en", "Tom here from Revontuli, happy to help.", True),
        ("en", "I'm not Tom from Revontuli.", False),
        ("en", "I bought mine from Revontuli.", False),
    ],
)
def test_a_name_said_with_the_brand_discloses_who_writes(language: str, text: str, ok: bool) -> None:
    assert check_disclosure(text, context(language)).passed is ok


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "I don't know of any heat pump that lasts longer than ours."),
        ("sv", "Jag vet inte om någon pump som är tystare än vår."),
        ("fi", "En tiedä yhtään laitetta, joka olisi meidän laitteitamme luotettavampi."),
    ],
)
def test_ranking_the_brands_own_product_in_a_not_knowing_phrase_is_a_comparison(language: str, sentence: str) -> None:
    ctx = context(language, comment="Which brand is most reliable?", first_reply=False)
    assert not check_grounding(sentence, ctx).passed


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "I won't compare our pumps with other manufacturers' models."),
        ("sv", "Jag tänker inte jämföra oss med andra tillverkare."),
    ],
)
def test_declining_to_compare_still_keeps_the_rule(language: str, sentence: str) -> None:
    ctx = context(language, comment="Are you better than the others?", first_reply=False)
    result = check_grounding(sentence, ctx)
    assert result.passed, result.reason


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("sv", "Alla tre i korthet:\n\n- Installationen tar vanligtvis 1–2 dagar.\n- Hembesöket är kostnadsfritt."),
        ("fi", "Kaikki kolme lyhyesti:\n\n* Asennus kestää tavallisesti 1–2 päivää.\n* Kartoituskäynti on maksuton."),
        ("en", "Both, in short:\n- Installation usually takes 1–2 days.\n- The survey is free."),
    ],
)
def test_a_lead_in_before_a_bulleted_list_is_framing(language: str, text: str) -> None:
    ctx = context(language, comment="A few questions?", first_reply=False)
    result = check_grounding(text, ctx)
    assert result.passed, result.reason


@pytest.mark.parametrize(
    "text",
    [
        "Three known faults:\n- Installation usually takes 1–2 days.\n- The survey is free.",
        "All three:\n- Installation usually takes 1–2 days.",  # one bullet is no list
    ],
)
def test_a_verdict_or_a_single_bullet_is_no_lead_in(text: str) -> None:
    assert not check_grounding(text, context("en", comment="Any issues?", first_reply=False)).passed


def test_not_knowing_in_finnish_with_two_words_before_the_knowledge() -> None:
    ctx = context("fi", comment="Paljonko asennus maksaa?", first_reply=False)
    sentence = "Asennuksen hinnasta minulla ei ole nyt tarkkaa tietoa, joten en arvaa."
    result = check_grounding(sentence, ctx)
    assert result.passed, result.reason
