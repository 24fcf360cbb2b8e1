"""Session 22 (issue 25): an acknowledgement's route fits the complaint. A late quote goes to the complaints channel,
never to the on-call line kept for emergencies; a visit that never happened is no "wait" and no "visit"; someone
with only a gift card is not asked for a booking number, and nobody is told "if you are our customer". Invented
guidance and comments in fi/sv/en."""

from __future__ import annotations

import pytest

from bot.drafting.greetings import empathy_line
from bot.drafting.offline import OfflineDrafter
from bot.drafting.phrasebook import phrases
from bot.drafting.support import missed_visit, nothing_booked
from tests.drafting.conftest import acknowledgement, passage

ON_CALL_FI = passage(
    "oncall-fi",
    "support",
    "fi",
    "Kiireellinen vuoto tai sähkövika: päivystys 040 555 0199 joka päivä klo 7–22.",
)
CLAIMS_FI = passage(
    "claims-fi",
    "support",
    "fi",
    "Reklamaatiot ja palaute: palaute@kivirinne.example tai 09 555 0120 arkisin 8–16.",
)
VISITS_EN = passage(
    "visits-en",
    "support",
    "en",
    "For complaints about a service visit, use the chat or e-mail apu@kivirinne.example with your order number "
    "(KR-) so the fitter who visited can call you back.",
)
BOOKINGS_SV = passage(
    "bookings-sv",
    "support",
    "sv",
    "Kundtjänst: hej@kivirinne.example eller 020 555 0130, mån–fre 9–17. Uppge ditt bokningsnummer (börjar med "
    "KR-) och din adress.",
)


request = acknowledgement


def test_a_late_quote_goes_to_the_complaints_channel_not_the_on_call_line(offline: OfflineDrafter) -> None:
    comment = "Lupasitte tarjouksen kolmessa päivässä ja se tuli vasta kahden viikon päästä"
    result = offline.draft(request(comment, "fi", ON_CALL_FI, CLAIMS_FI))
    assert not result.skip
    assert "040 555 0199" not in result.text and "päivystys" not in result.text.lower()
    assert "palaute@kivirinne.example" in result.text


def test_only_an_on_call_line_is_no_route_for_a_late_quote(offline: OfflineDrafter) -> None:
    comment = "Lupasitte tarjouksen kolmessa päivässä ja se tuli vasta kahden viikon päästä"
    result = offline.draft(request(comment, "fi", ON_CALL_FI))
    assert result.skip or "040 555 0199" not in result.text


def test_an_emergency_still_gets_the_on_call_line(offline: OfflineDrafter) -> None:
    result = offline.draft(request("Teidän asentama kiuas ja nyt sähkövika, sulake palaa heti", "fi", ON_CALL_FI))
    assert not result.skip
    assert "040 555 0199" in result.text


def test_a_visit_that_never_happened_is_no_wait_and_no_visit(offline: OfflineDrafter) -> None:
    comment = "The fitter never showed up for our booking on Tuesday and nobody called"
    result = offline.draft(request(comment, "en", VISITS_EN))
    assert not result.skip
    assert "wait" not in result.text.lower()
    assert "who visited" not in result.text
    assert "apu@kivirinne.example" in result.text and "order number" in result.text


@pytest.mark.parametrize(
    ("comment", "language"),
    [
        ("virittäjä ei tullut ollenkaan sovittuna päivänä", "fi"),
        ("montören dök aldrig upp trots bokad tid", "sv"),
        ("the cleaner never came and we took a day off for it", "en"),
    ],
)
def test_a_missed_visit_is_named_as_one(comment: str, language: str) -> None:
    assert missed_visit(comment)
    topic, line = empathy_line(comment, language)
    assert topic == "missed visit"
    assert (
        line == phrases()["empathy"][[t["name"] for t in phrases()["empathy"]].index("missed visit")]["line"][language]
    )


@pytest.mark.parametrize(
    ("comment", "language"),
    [
        ("paketti ei ole vieläkään tullut", "fi"),
        ("my parcel never arrived", "en"),
        ("the parcel just didn't show up, great", "en"),
        ("leveransen har inte kommit", "sv"),
    ],
)
def test_a_parcel_that_never_came_is_no_missed_visit(comment: str, language: str) -> None:
    assert not missed_visit(comment)
    assert empathy_line(comment, language)[0] != "missed visit"


def test_a_gift_card_that_expired_unused_is_not_asked_for_a_booking_number(offline: OfflineDrafter) -> None:
    comment = "Mitt presentkort från Kivirinne gick ut innan jag hann boka, snyggt 🙄"
    result = offline.draft(request(comment, "sv", BOOKINGS_SV))
    assert not result.skip
    assert "bokningsnummer" not in result.text
    assert "hej@kivirinne.example" in result.text
    assert "kund hos oss" not in result.text


@pytest.mark.parametrize(
    ("comment", "expected"),
    [
        ("lahjakortti vanheni ennen kuin ehdin varata", True),
        ("I never booked anything and still got charged", True),
        ("ett presentkort som jag fick i julklapp gick ut", True),
        ("varasin siivouksen ja lahjakortti ei kelvannut", False),
        ("we booked the whole-home visit and it was late", False),
    ],
)
def test_nothing_booked_reads_who_has_no_booking(comment: str, expected: bool) -> None:
    assert nothing_booked(comment) is expected


def test_the_not_ours_line_never_doubts_the_person() -> None:
    for language, line in phrases()["if_ours"].items():
        assert not any(word in line.lower() for word in ("if you", "om du är", "jos olet")), language
