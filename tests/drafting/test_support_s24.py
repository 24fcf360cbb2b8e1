"""Session 24 (issue 25): a complaint written in a language the support guidance is not written in still gets its
route, said in the complaint's language by the channel's addresses and numbers alone, chosen for the complaint's
purpose (never a line for one occasion). Invented guidance and comments in fi/sv/en."""

from __future__ import annotations

import pytest

from bot.drafting.greetings import already_contacted, empathy_line, thank_line, topic_of
from bot.drafting.offline import OfflineDrafter
from bot.drafting.phrasebook import phrases
from bot.drafting.support import same_trouble
from tests.drafting.conftest import acknowledgement, passage

SUPPORT_FI = passage(
    "support-fi",
    "support",
    "fi",
    "Asiakaspalvelu: puhelin 09 555 0171 (ti–to 10–15) tai sähköposti apu@lankapuoti.example. "
    "Kerro tilausnumero ja liitä kuva viasta.",
)
SUPPORT_EN_OCCASION = passage(
    "support-en",
    "support",
    "en",
    "Booking problems: e-mail hello@melontaretket.example with your booking number (MR-xxxx). "
    "On paddling day, call the guide: 045 555 0188.",
)


request = acknowledgement


@pytest.mark.parametrize(
    ("comment", "language", "reach"),
    [
        ("min beställning kom fram med trasigt garn och ingen har hört av sig", "sv", "Du når oss"),
        ("my yarn order arrived with half the skeins missing, really annoying", "en", "You can reach us"),
    ],
)
def test_a_complaint_in_another_language_than_the_support_guidance_gets_its_channels(
    offline: OfflineDrafter, comment: str, language: str, reach: str
) -> None:
    result = offline.draft(request(comment, language, SUPPORT_FI))
    assert not result.skip, result.rationale
    assert reach in result.text
    assert "apu@lankapuoti.example" in result.text or "09 555 0171" in result.text
    # None of the Finnish passage's own words: not its hours' abbreviations, not its request for the order number.
    assert "ti–to" not in result.text and "tilausnumero" not in result.text


def test_a_foreign_route_is_never_the_line_for_one_occasion(offline: OfflineDrafter) -> None:
    comment = "meiltä veloitettiin retki kahdesti eikä rahoja ole palautettu"
    result = offline.draft(request(comment, "fi", SUPPORT_EN_OCCASION))
    assert not result.skip, result.rationale
    assert "hello@melontaretket.example" in result.text
    assert "045 555 0188" not in result.text
    assert result.text.count("Saat meihin yhteyden") == 1


def test_a_same_language_support_passage_is_still_preferred(offline: OfflineDrafter) -> None:
    own = passage(
        "support-sv", "support", "sv", "Kundtjänst: mejla hjalp@lankapuoti.example, vi svarar inom två dagar."
    )
    result = offline.draft(request("mitt paket kom aldrig fram och ingen svarar", "sv", SUPPORT_FI, own))
    assert not result.skip, result.rationale
    assert "hjalp@lankapuoti.example" in result.text and "apu@lankapuoti.example" not in result.text


@pytest.mark.parametrize(
    ("comment", "language"),
    [
        ("peruin kurssin viikkoa ennen enkä ole vieläkään saanut rahoja takaisin", "fi"),
        ("avbokade kursen i god tid och har inte fått några pengar tillbaka", "sv"),
        ("cancelled a week ahead and still no refund", "en"),
    ],
)
def test_a_refund_that_never_came_is_named_as_such_not_as_a_charge(comment: str, language: str) -> None:
    assert topic_of(comment) == "a refund"
    topic, line = empathy_line(comment, language, ())
    assert topic == "a refund"
    assert line == phrases()["empathy"][[t["name"] for t in phrases()["empathy"]].index("a refund")]["line"][language]


@pytest.mark.parametrize(
    "statement",
    [
        "Återbetalningar görs inom 7 bankdagar efter din begäran.",
        "Refunds are processed within 5 working days.",
        "Palautukset maksetaan 7 pankkipäivän kuluessa.",
    ],
)
def test_a_support_statement_about_refunds_keeps_the_charges_topic(statement: str) -> None:
    assert topic_of(statement) in ("a charge", "general")
    assert not same_trouble("general", "a refund")
    assert same_trouble("a charge", "a refund")


@pytest.mark.parametrize(
    ("comment", "language"),
    [
        ("SAGA 😍😍", "sv"),
        ("mikä sävy 🥰", "fi"),
        ("the colour of that wool 😍 wow", "en"),
        ("love it", "en"),
    ],
)
def test_a_cheer_of_a_few_words_is_thanked_without_great_to_hear(comment: str, language: str) -> None:
    kind, line = thank_line(comment, language)
    assert kind == "a cheer"
    assert line != phrases()["thank"][language]


@pytest.mark.parametrize(
    ("comment", "language", "kind"),
    [
        ("grattis på födelsedagen! ❤️", "sv", "congratulations"),
        ("kiitos! ❤️", "fi", "thanks"),
        ("the whole team at the shop was so friendly and helpful when we visited last week", "en", "staff"),
    ],
)
def test_a_cheer_never_takes_the_place_of_a_fitting_thank_you(comment: str, language: str, kind: str) -> None:
    assert thank_line(comment, language)[0] == kind


def test_an_email_sent_too_is_already_contacted() -> None:
    assert already_contacted("tilaus katosi ja chatissa ei löydetty, laitoin myös sähköpostia eilen", "fi")
    assert already_contacted("laitoin jo mailia kahdesti eikä mitään", "fi")


def test_a_same_language_support_passage_with_no_private_channel_gives_way_to_another_languages(
    offline: OfflineDrafter,
) -> None:
    # (Session 37: a chat on the brand's site is a private channel, "the chat on vihtamo.fi" the route the y panel
    # asked for: test_language_neutral_s37. A link alone is none.)
    hours = passage(
        "hours-en", "support", "en", "The shop is open Tue–Fri 10–17. News on lankapuoti.example every week."
    )
    result = offline.draft(request("ordered yarn in june and half the skeins arrived torn", "en", hours, SUPPORT_FI))
    assert not result.skip, result.rationale
    assert "apu@lankapuoti.example" in result.text and "You can reach us" in result.text


def test_a_foreign_route_passes_over_a_line_kept_for_speakers_of_its_own_language(offline: OfflineDrafter) -> None:
    swedish = passage("support-sv", "support", "sv", "Kundtjänst på svenska: skriv till kundtjanst@lankapuoti.example.")
    result = offline.draft(request("ordered yarn in june and half the skeins arrived torn", "en", swedish, SUPPORT_FI))
    assert not result.skip, result.rationale
    assert "apu@lankapuoti.example" in result.text and "kundtjanst@" not in result.text
    alone = offline.draft(request("ordered yarn in june and half the skeins arrived torn", "en", swedish))
    assert not alone.skip and "kundtjanst@lankapuoti.example" in alone.text
