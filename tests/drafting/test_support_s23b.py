"""Session 23, second round (issue 25): an acknowledgement's route is worded for its channel and fits the complaint.
Nothing is sent "there" to a phone number: the details are told on the phone; a line the support guidance gives for
one occasion (the tour day, the course day) is no route for a billing complaint. Invented guidance and comments in
fi/sv/en."""

from __future__ import annotations

from typing import Any

import pytest

from bot.drafting.offline import OfflineDrafter
from bot.drafting.phrasebook import phrases
from bot.drafting.support import details_there
from tests.drafting.conftest import acknowledgement, passage

PHONE_OR_MAIL_FI = passage(
    "phone-fi",
    "support",
    "fi",
    "Asiakaspalvelu: puhelin 09 555 0142 (ma–pe 10–16) tai sähköposti apu@kanteleverstas.example.",
)
TOUR_DAY_EN = passage(
    "tour-en",
    "support",
    "en",
    "Booking and billing questions: e-mail hello@kajakkiretket.example with your booking number (KR-xxxx). "
    "We reply within one working day. On paddling day, call the guide: 045 555 0177.",
)
COURSE_DAY_SV = passage(
    "course-sv",
    "support",
    "sv",
    "Fakturafrågor: mejla kansli@kursgarden.example. På kursdagen ring läraren: 040 555 0163.",
)


request = acknowledgement


@pytest.mark.parametrize(
    ("route", "language"),
    [
        ("Saat meihin yhteyden puhelimitse numerosta 09 555 0142 (ma–pe 10–16).", "fi"),
        ("Du når oss på telefon 018 555 0120 vardagar 9–15.", "sv"),
        ("You can reach us by phone on 09 555 0142 (Mon–Fri 10–16).", "en"),
    ],
)
def test_a_phone_route_takes_the_details_on_the_phone(route: str, language: str) -> None:
    line = str(phrases()["privately"][language])
    merged = details_there([("Sorry.", True, None), (route, True, "s1"), (line, True, None)], language)
    assert len(merged) == 2
    said = merged[1][0]
    assert said.startswith(route[:-1]) and line not in said
    assert any(word in said for word in ("puhelimessa", "i telefon", "on the phone"))


def test_a_written_route_keeps_the_details_there_line() -> None:
    route = "Saat meihin yhteyden puhelimitse numerosta 09 555 0142 tai sähköpostitse osoitteesta apu@x.example."
    line = str(phrases()["privately"]["fi"])
    parts = [("Pahoittelut.", True, None), (route, True, "s1"), (line, True, None)]
    assert details_there(parts, "fi") == parts


def test_a_complaint_whose_mail_went_unanswered_gets_the_phone_worded_for_a_phone(offline: OfflineDrafter) -> None:
    comment = "kaksi sähköpostia apu@ osoitteeseen ja silti veloitettiin kahdesti marraskuulta"
    result = offline.draft(request(comment, "fi", PHONE_OR_MAIL_FI))
    assert not result.skip
    assert "09 555 0142" in result.text
    assert "sinne" not in result.text


@pytest.mark.parametrize(
    ("comment", "language", "support", "route", "occasion"),
    [
        (
            "I was charged twice for the family tour and the refund still hasn't come",
            "en",
            TOUR_DAY_EN,
            "hello@kajakkiretket.example",
            "045 555 0177",
        ),
        (
            "ni har dragit kursavgiften två gånger från mitt konto",
            "sv",
            COURSE_DAY_SV,
            "kansli@kursgarden.example",
            "040 555 0163",
        ),
    ],
)
def test_a_billing_complaint_is_not_sent_to_the_line_for_one_occasion(
    offline: OfflineDrafter, comment: str, language: str, support: Any, route: str, occasion: str
) -> None:
    result = offline.draft(request(comment, language, support))
    assert not result.skip
    assert route in result.text and occasion not in result.text


def test_a_complaint_on_the_occasion_may_still_get_its_line(offline: OfflineDrafter) -> None:
    comment = "on paddling day the guide never showed up at the shore and we waited an hour"
    result = offline.draft(request(comment, "en", TOUR_DAY_EN))
    assert not result.skip
