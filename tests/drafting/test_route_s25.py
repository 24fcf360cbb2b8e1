"""Session 25 (s25-route, issue 25): an acknowledgement that fits what the person told. The support list is said as a
sentence, never pasted under its "Customer service:" label; a request for one kind of trouble stays with it; a told
story is not asked to be told again; someone who already wrote hears the same-thread line whatever language the
guidance gives it in; a promised reply time is not promised to someone who waited; a photo only for damage; a claims
route only for damage. Invented guidance and comments in fi/sv/en."""

from __future__ import annotations

import pytest

from bot.drafting.greetings import already_contacted
from bot.drafting.offline import OfflineDrafter
from bot.drafting.phrasebook import phrases
from bot.drafting.support import PHOTO_CLAUSE, photo_fits, route_sentence, same_thread_case, without_reply_promise
from tests.drafting.conftest import acknowledgement, passage

LIST_EN = passage(
    "list-en",
    "support",
    "en",
    "Customer service: apu@vuorela.example, phone +358 40 555 0188 on open days 10–18. "
    "For refunds or rebooking, include your order number.",
)
THREAD_FI = passage(
    "thread-fi",
    "support",
    "fi",
    "Palaute: täytä lomake 14 päivän kuluessa. Jos olet jo lähettänyt palautteen, älä lähetä uutta, käsittely jatkuu "
    "samassa viestiketjussa.",
)
PROMISE_FI = passage(
    "promise-fi",
    "support",
    "fi",
    "Asiakaspalvelu: kauppa@vuorela.example, vastaamme 2 arkipäivän kuluessa.",
)
CLAIMS_EN = passage(
    "claims-en",
    "support",
    "en",
    "Damaged in shipping: email kauppa@vuorela.example within 7 days with your order number and photos of both the "
    "package and the item.",
)
GENERAL_FI = passage(
    "general-fi",
    "support",
    "fi",
    "Asiakaspalvelu: kauppa@vuorela.example tai puh. 040 555 0177 (ti–pe klo 10–16). Liitä viestiin varausnumero.",
)


def test_an_english_list_with_hours_on_days_is_said_as_a_sentence() -> None:
    said = route_sentence("Customer service: apu@vuorela.example, phone +358 40 555 0188 on open days 10–18.", "en")
    assert said is not None
    assert said.startswith("You can reach us by email at apu@vuorela.example or by phone on +358 40 555 0188")
    assert "on open days 10–18" in said


def test_a_finnish_channel_sentence_with_its_verb_stays_as_written() -> None:
    assert route_sentence("Asiakaspalvelu: sovelluksen chat on auki 8–20", "fi") is None


def test_a_told_wait_gets_no_label_no_retelling_and_no_refund_request(offline: OfflineDrafter) -> None:
    comment = "went there last weekend and waited 50 mins for the safety briefing, staff totally overwhelmed"
    result = offline.draft(acknowledgement(comment, "en", LIST_EN))
    assert not result.skip
    assert "Customer service:" not in result.text
    assert "Tell us what happened" not in result.text
    assert "refund" not in result.text.lower()
    assert "apu@vuorela.example" in result.text


def test_a_refund_complaint_keeps_the_request_made_for_refunds(offline: OfflineDrafter) -> None:
    comment = "I cancelled two weeks ago and I'm still waiting for my refund"
    result = offline.draft(acknowledgement(comment, "en", LIST_EN))
    assert not result.skip
    assert "order number" in result.text


@pytest.mark.parametrize(
    ("comment", "language"),
    [
        ("same thing happened to us, filled in the feedback form 3 weeks ago and still nothing", "en"),
        ("jag skickade feedback via formuläret för tre veckor sedan och har inte hört något", "sv"),
    ],
)
def test_someone_who_already_wrote_hears_the_same_thread_line_from_guidance_in_another_language(
    offline: OfflineDrafter, comment: str, language: str
) -> None:
    assert already_contacted(comment, language)
    result = offline.draft(acknowledgement(comment, language, THREAD_FI, PROMISE_FI))
    assert not result.skip
    assert phrases()["same_thread"][language] in result.text
    assert phrases()["contacted"]["line"][language] not in result.text


def test_the_same_thread_case_is_found_only_where_the_guidance_gives_one() -> None:
    assert same_thread_case([PROMISE_FI, THREAD_FI]) is THREAD_FI
    assert same_thread_case([PROMISE_FI, GENERAL_FI]) is None


def test_mail_the_brand_sent_is_no_contact_of_the_persons_own() -> None:
    comment = "kurssi peruttiin 2 pv ennen eikä kukaan soittanu, sähköposti meni roskapostiin"
    assert not already_contacted(comment, "fi")


def test_someone_who_waited_is_not_promised_the_reply_time(offline: OfflineDrafter) -> None:
    assert without_reply_promise("Asiakaspalvelu: kauppa@vuorela.example, vastaamme 2 arkipäivän kuluessa.") == (
        "Asiakaspalvelu: kauppa@vuorela.example."
    )
    result = offline.draft(acknowledgement("odotin vastausta viikon, ihan turhaa odottelua", "fi", PROMISE_FI))
    assert not result.skip
    assert "kauppa@vuorela.example" in result.text
    assert "2 arkipäivän" not in result.text


def test_a_closed_shop_is_not_sent_to_the_shipping_damage_claim(offline: OfflineDrafter) -> None:
    comment = "went there on tuesday at 12:30, door locked, sign said back soon, waited 30 mins"
    result = offline.draft(acknowledgement(comment, "en", CLAIMS_EN))
    assert not result.skip
    assert "kauppa@vuorela.example" in result.text
    assert "photo" not in result.text.lower() and "within 7 days" not in result.text


@pytest.mark.parametrize(
    ("comment", "fits"),
    [
        ("half of the cups were broken when we picked them up", True),
        ("puolet töistä oli rikki kun haettiin", True),
        ("the booking page crashed at payment twice", False),
        ("oh great so my stuff from october is gone?", False),
        ("they lost both my cups", False),
    ],
)
def test_a_photo_is_asked_only_for_something_broken(comment: str, fits: bool) -> None:
    assert photo_fits(comment) is fits


def test_a_gift_card_that_never_reached_the_mailbox_keeps_the_email_route(offline: OfflineDrafter) -> None:
    comment = "tilasin lahjakortin viikko sitten eikä oo vieläkään tullu sähköpostiin"
    result = offline.draft(acknowledgement(comment, "fi", GENERAL_FI))
    assert not result.skip
    assert "kauppa@vuorela.example" in result.text


def test_an_email_that_went_unanswered_is_still_the_tried_channel(offline: OfflineDrafter) -> None:
    comment = "sähköpostiin vastataan kuulemma kahdessa päivässä ja mä oon odottanu 9 päivää"
    result = offline.draft(acknowledgement(comment, "fi", GENERAL_FI))
    assert not result.skip
    assert "040 555 0177" in result.text
    assert "kauppa@vuorela.example" not in result.text


THREAD_EN = passage(
    "thread-en",
    "support",
    "en",
    "Broken, missing or wrong pieces: email apu@vuorela.example with your booking number and a photo. "
    "If you have already written to us, reply in the same email thread so we see the history.",
)


def test_a_crashed_payment_page_gets_no_same_thread_line_no_booking_number_and_no_photo(
    offline: OfflineDrafter,
) -> None:
    comment = "tried to book the taster twice and the booking page just crashed at payment, super annoying"
    result = offline.draft(acknowledgement(comment, "en", THREAD_EN))
    assert not result.skip
    assert "apu@vuorela.example" in result.text
    assert "same email thread" not in result.text
    assert "photo" not in result.text and "booking number" not in result.text


def test_an_answer_that_came_late_is_not_followed_by_the_promised_reply_time(offline: OfflineDrafter) -> None:
    result = offline.draft(acknowledgement("@ilkka sama, mulle ne vastas lopulta viikon päästä", "fi", PROMISE_FI))
    assert "2 arkipäivän" not in result.text


@pytest.mark.parametrize(
    ("request_text", "kept"),
    [
        # reply-plans-y (spent): the photo's clause began at the first "ja" and took the serial number with it
        (
            "Kerro kanteleen malli ja sarjanumero (kanteleen pohjassa) ja liitä kuva.",
            "Kerro kanteleen malli ja sarjanumero (kanteleen pohjassa).",
        ),
        ("Include the model, the serial number and a photo.", "Include the model, the serial number."),
        ("Ange ordernummer och modell och bifoga en bild.", "Ange ordernummer och modell."),
        ("Include your order number and a photo of the damage.", "Include your order number."),
    ],
)
def test_the_photo_clause_begins_at_the_last_and_before_the_photo(request_text: str, kept: str) -> None:
    assert PHOTO_CLAUSE.sub(r"\1", request_text) == kept
