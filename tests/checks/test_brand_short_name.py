"""The disclosure check reads a brand of several words by the word that is its own name ("Tammi" of "Tammi Spel"),
as its guidance calls it, never by a word for what it sells ("Spel", "Autoverstas", "Farm"); a denial or a
customer's voice naming the short form stays posing (issue 18)."""

from __future__ import annotations

import re

import pytest

from bot.checks.identity import brand_form, brand_names, check_disclosure, check_posing, discloses
from bot.checks.types import CheckContext
from bot.domain import Passage


def _passage(pid: str, language: str, text: str) -> Passage:
    return Passage(id=pid, text=text, kind="fact", language=language, visibility="public", source="tammi.md")


# A board-game shop's guidance: it calls itself "Tammi" inside sentences, and "spel" is a common word in it.
TAMMI = (
    _passage("t1", "sv", "Tammi Spel har tre butiker. Alla spel kan hämtas i butiken, och hos Tammi får du prova dem."),
    _passage("t2", "fi", "Tilaukset lähtevät Tammelta arkisin. Tammen kanta-asiakkaat saavat 5 % alennuksen."),
    _passage("t3", "en", "Orders over 40 euros ship free; every order from Tammi comes with a score pad."),
)
# A car-repair shop: "Autoverstas" is a word for the trade, and the guidance never calls the shop by it alone.
NIITTY = (
    _passage(
        "n1",
        "fi",
        "Niitty Autoverstas huoltaa kaikki merkit. Niityllä on kaksi korjaamoa, ja jokainen"
        " autoverstas tarvitsee ajanvarauksen.",
    ),
    _passage("n2", "en", "Book a service online; at Niitty a standard service takes about two hours."),
)


def _ctx(language: str, brand: str = "Tammi Spel", passages: tuple[Passage, ...] = TAMMI) -> CheckContext:
    return CheckContext(
        platform="reddit",
        brand_name=brand,
        comment_language=language,
        disclosure_required=True,
        public_passages=passages,
    )


def test_the_short_name_is_the_word_the_guidance_calls_the_brand_by_alone() -> None:
    assert brand_names("Tammi Spel", TAMMI) == ("Tammi Spel", "Tammi")
    assert brand_names("Niitty Autoverstas", NIITTY) == ("Niitty Autoverstas", "Niitty")
    assert brand_names("Tammi Spel", ()) == ("Tammi Spel",)  # no guidance naming it so: the full name only
    assert brand_names("Tammi", TAMMI) == ("Tammi",)
    # Two names joined are one name: "Tammi & Niitty" is neither alone.
    assert brand_names("Tammi & Niitty", (*TAMMI, *NIITTY)) == ("Tammi & Niitty",)
    # A generic word is never the brand, even where the guidance capitalises it alone.
    farm = (_passage("f1", "en", "Welcome to Aslak Farm. Book a sledge ride and the Farm serves coffee after it."),)
    assert brand_names("Aslak Farm", farm) == ("Aslak Farm",)


def test_a_word_only_part_of_the_full_name_in_the_guidance_is_no_short_name() -> None:
    only_full = (_passage("k1", "en", "Kvist Games ships from Turku. Ask Kvist Games about a bulk order."),)
    assert brand_names("Kvist Games", only_full) == ("Kvist Games",)


def test_a_finnish_name_is_read_in_its_weak_grade_too() -> None:
    form = re.compile(rf"(?<!\w){brand_form('Hiekka')}", re.IGNORECASE)
    assert form.search("Työskentelen Hiekalla.")
    assert form.search("Hiekan asiakaspalvelu vastaa.")
    assert form.search("Olen töissä Hiekka:lla.")
    # The weak stem takes a case ending only: "Lakka" is "Lakalla", and "lakana" (a sheet) is no form of it.
    lakka = re.compile(rf"(?<!\w){brand_form('Lakka')}(?!\w)", re.IGNORECASE)
    assert lakka.search("Olen töissä Lakalla.")
    assert not lakka.search("Uusi lakana on pesty.")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fi", "Hei, olen Tammen asiakaspalvelusta. Tilaukset lähtevät arkisin."),
        ("fi", "Tilaukset lähtevät arkisin. (Työskentelen Tammella.)"),
        ("fi", "Heippa, olen Tammen some-tiimistä! Tilaukset lähtevät arkisin."),
        ("sv", "Beställningar skickas på vardagar. (Jag jobbar på Tammi.)"),
        ("sv", "Beställningar skickas på vardagar.\n– Teamet på Tammi"),
        ("en", "Hi, I'm on the Tammi support team. Orders ship on weekdays."),
        ("en", "Orders ship on weekdays.\n– The Tammi team"),
    ],
)
def test_a_disclosure_naming_the_short_name_says_who_writes(language: str, text: str) -> None:
    assert check_disclosure(text, _ctx(language)).passed, text
    assert check_posing(text, _ctx(language)).passed, text


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fi", "Tilaukset lähtevät arkisin. (Työskentelen Spelillä.)"),
        ("sv", "Beställningar skickas på vardagar. (Jag jobbar på Spel.)"),
        ("en", "Orders ship on weekdays. (I work at Spel.)"),
        ("en", "Tammi ships orders on weekdays."),
        ("sv", "Tammi skickar beställningar på vardagar."),
        ("fi", "Tammi lähettää tilaukset arkisin."),
    ],
)
def test_a_generic_word_or_the_brand_in_the_third_person_is_no_disclosure(language: str, text: str) -> None:
    assert not discloses(text, language, _ctx(language)), text


def test_the_generic_word_of_a_trade_is_no_disclosure_and_the_shops_own_name_is() -> None:
    ctx = _ctx("fi", "Niitty Autoverstas", NIITTY)
    assert not discloses("Huolto kestää kaksi tuntia. (Työskentelen Autoverstaalla.)", "fi", ctx)
    assert discloses("Huolto kestää kaksi tuntia. (Työskentelen Niityllä.)", "fi", ctx)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I don't work for Tammi, I'm just a regular who buys there. Orders ship fast."),
        ("sv", "Jag jobbar inte på Tammi, jag är bara en vanlig kund. Beställningarna kommer snabbt."),
        ("fi", "En ole töissä Tammella, olen vain tavallinen asiakas. Tilaukset tulevat nopeasti."),
        ("en", "Orders ship fast.\n– Mia, happy customer at Tammi"),
    ],
)
def test_posing_naming_the_short_name_is_still_blocked(language: str, text: str) -> None:
    assert not check_posing(text, _ctx(language)).passed, text
    assert not discloses(text, language, _ctx(language), False), text
