"""Session 23, second round (issue 19): kinds the checks let through or blocked, written for the mechanism (not
copied from an evaluation set). Let through: talking down by explaining "in crayon", counting how often a thing has
been said, sarcastic delight at what the reader thinks, a bare "but try" after a concession; posing as a parent
("as a mum myself") or as an independent tradesperson recommending the brand to their own clients; a price in
another currency than the guidance's. Blocked: "surely" said of someone's feelings beside thanks passed on, and a
sign-off naming the brand's team in an inflected form. What must still hold around them is tested beside each."""

from __future__ import annotations

import pytest

from bot.checks.atoms import atoms
from bot.checks.claims import check_claims, other_currency, priced
from bot.checks.data import first_match, patterns
from bot.checks.grounding import check_grounding, lead_ins
from bot.checks.identity import check_disclosure, check_posing, check_tone
from tests.checks.conftest import context


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Fine, let's try it in crayon: the survey visit costs nothing."),
        ("en", "How many times do I need to repeat this? The visit is free."),
        ("en", "Cute that you really believe a review changes anything."),
        ("en", "I realise reading is hard, but do try."),
        ("fi", "Selitetään sitten vaikka väriliiduilla: kotikäynti on maksuton."),
        ("fi", "Montako kertaa tämä pitää vielä toistaa? Käynti on maksuton."),
        ("fi", "Söpöä, että luulet yhden arvion kaatavan meidät."),
        ("fi", "Tiedän, että tekstiä on paljon, mutta yritä edes."),
        ("sv", "Då förklarar vi det med kritor: hembesöket är gratis."),
        ("sv", "Hur många gånger ska jag behöva säga det? Besöket är gratis."),
        ("sv", "Gulligt att du tror att din recension spelar roll."),
        ("sv", "Jag vet att det är många ord, men försök."),
    ],
)
def test_talking_down_by_fixed_phrase_is_blocked(language: str, text: str) -> None:
    assert not check_tone(text, context(language)).passed


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Try restarting the unit, but try it only once the fuse is back on."),
        ("en", "Cute photo! Thanks for sharing your new heat pump."),
        ("fi", "Kokeile käynnistää laite uudelleen, mutta yritä vasta kun sulake on paikallaan."),
        ("sv", "Hur många gånger per år ska pumpen servas? Vi rekommenderar en gång per år."),
        ("sv", "Testa att starta om, men försök inte öppna luckan själv."),
    ],
)
def test_ordinary_replies_with_those_words_are_no_fixed_talking_down(language: str, text: str) -> None:
    assert first_match(patterns("identity", "talking_down"), text) is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "So sorry, as a dad myself I know how exhausting that gets."),
        ("en", "I always recommend them to all my clients."),
        ("en", "As an electrician, I can tell you this brand is solid."),
        ("fi", "Itsekin isänä tiedän, miten rankkaa se on."),
        ("fi", "Suosittelen heitä aina omille asiakkailleni."),
        ("fi", "Putkimiehenä voin sanoa, että tämä merkki kestää."),
        ("sv", "Som pappa själv vet jag hur tungt det är."),
        ("sv", "Jag rekommenderar dem alltid till mina kunder."),
        ("sv", "Som elektriker kan jag säga att märket håller."),
    ],
)
def test_posing_as_a_parent_or_an_independent_tradesperson_is_blocked(language: str, text: str) -> None:
    assert not check_posing(text, context(language)).passed


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "We recommend a survey visit to all our customers."),
        ("fi", "Suosittelemme kotikäyntiä kaikille asiakkaillemme."),
        ("sv", "Vi rekommenderar hembesök till alla våra kunder."),
    ],
)
def test_the_brand_recommending_to_its_customers_is_no_posing(language: str, text: str) -> None:
    result = check_posing(text, context(language))
    assert result.passed, result.reason


def test_surely_of_someones_feelings_is_no_promise() -> None:
    assert not atoms("he ilahtuvat varmasti")
    assert not atoms("de blir säkert glada")
    assert not atoms("they will surely be pleased")
    assert [a.text for a in atoms("asennus onnistuu varmasti")] == ["varmasti"]
    assert "hyvityksen" in [a.text for a in atoms("saat varmasti hyvityksen")]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Thank you! I'll pass your words on to the fitters, they'll surely be pleased."),
        ("fi", "Kiitos kivasta palautteesta! Välitän kehut huoltotiimille, he ilahtuvat varmasti."),
        ("sv", "Tack för fina ord! Jag skickar berömmet vidare till teamet, de blir säkert glada."),
    ],
)
def test_thanks_passed_on_with_a_guess_at_their_joy_needs_no_passage(language: str, sentence: str) -> None:
    ctx = context(language, comment="Great job by the fitters!", first_reply=False)
    result = check_grounding(sentence, ctx)
    assert result.passed, result.reason


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fi", "Kotikäynti on maksuton.\n\nTerveisin Aino, Revontulen myyntitiimistä"),
        ("en", "The survey is free.\n\nBest, Aino from the Revontuli customer team"),
        ("sv", "Hembesöket är kostnadsfritt.\n\nHälsningar Linnea från Revontulis kundteam"),
    ],
)
def test_a_sign_off_from_one_of_the_brands_teams_discloses(language: str, text: str) -> None:
    ctx = context(language, comment="Onko käynti maksuton?", first_reply=True)
    assert check_disclosure(text, ctx).passed
    result = check_grounding(text, ctx)
    assert result.passed, result.reason


def test_a_price_in_another_currency_than_the_guidance_is_unbacked() -> None:
    assert priced("Ni får 500 kr rabatt, eller $40, och 18 000–25 000 €.") == {
        "500": {"sek"},
        "40": {"usd"},
        "18000": {"eur"},
        "25000": {"eur"},
    }
    assert other_currency("you get 500 kr off", priced("saat 500 € alennuksen")) == ["500 sek"]
    assert other_currency("du får 500 euro i rabatt", priced("saat 500 euron alennuksen")) == []
    assert other_currency("du får 500 kr i rabatt", priced("vid minst 4 stolar")) == []


@pytest.mark.parametrize(
    ("language", "kept", "other"),
    [("sv", "500 €", "500 kr"), ("en", "500 €", "$500"), ("fi", "500 €", "500 kruunua")],
)
def test_claims_blocks_the_guidances_sum_in_another_currency(language: str, kept: str, other: str) -> None:
    ctx = context(language, comment="Any discount?", first_reply=False)
    assert check_claims(f"{kept}.", ctx).passed
    assert not check_claims(f"{other}.", ctx).passed


LABELLED = {
    "en": "Three questions, in order:\n\nPrice: The survey visit is free.\n\nTime: Installation usually takes "
    "1–2 days.",
    "fi": "Kolme kysymystä, vastaan järjestyksessä:\n\nHinta: Kotikäynti on maksuton.\n\nKesto: Asennus kestää "
    "tavallisesti 1–2 päivää.",
    "sv": "Tre frågor, i tur och ordning:\n\nPris: Hembesöket är kostnadsfritt.\n\nTid: Installationen tar vanligtvis "
    "1–2 dagar.",
}


@pytest.mark.parametrize("language", ["en", "fi", "sv"])
def test_a_lead_in_before_labelled_paragraphs_is_framing(language: str) -> None:
    assert lead_ins(LABELLED[language]) == {LABELLED[language].split("\n", 1)[0]}
    ctx = context(language, comment="Price, time?", first_reply=False)
    result = check_grounding(LABELLED[language], ctx)
    assert result.passed, result.reason


def test_a_verdict_or_a_single_label_is_no_lead_in() -> None:
    assert not lead_ins("Known faults:\n\nPrice: high.")
    assert not lead_ins("Known faults: none.\nPrice: high.\nTime: long.")
