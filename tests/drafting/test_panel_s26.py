"""Session 26 (s26-panel, issue 25): the approver panel's largest wording kinds on the spent reply-plans-r and -q. A
voice that asks every reply to end with a wish gets one; the disclosure opens the reply where its guidance says
"open the reply by saying who you are", in the guidance's own named line or, where its examples in other languages
greet as the brand, as a greeting from the brand; a support list with a "phone/WhatsApp" channel or a chat "on our
website" is said as a sentence; a verbless campaign offer gets its verb; a cancellation is apologised for as one and
a promised refund that never came as a refund; nobody is asked for a booking number they never had. Invented
guidance and comments in fi/sv/en."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from bot.checks.signature import introduced, slotted_disclosure
from bot.checks.voice_rules import voice_rules
from bot.drafting.bridging import route_line
from bot.drafting.greetings import empathy_line
from bot.drafting.offers import offer_sentence
from bot.drafting.offline import OfflineDrafter
from bot.drafting.support import nothing_booked, route_sentence
from bot.drafting.voice import brand_greeting, voice_wish
from tests.drafting.conftest import acknowledgement, passage

WISH_VOICE = passage(
    "voice-fi",
    "voice",
    "fi",
    "Ääni: rauhallinen ja lyhyt. Vastaus päättyy toivotukseen, esim. 'Tervetuloa vaellukselle!' Ei allekirjoitusta.",
)
FACT_FI = passage("fact-fi", "fact", "fi", "Päivävaellus kestää 5 tuntia ja maksaa 69 € aikuiselta.")
SUPPORT_FI = passage(
    "support-fi", "support", "fi", "Asiakaspalvelu: apu@kaira.example tai puhelin/WhatsApp 040 555 0101 päivittäin."
)
SUPPORT_SV = passage("support-sv", "support", "sv", "Kundtjänst: apu@kaira.example, tel. 040 555 0101.")


@pytest.mark.parametrize(
    ("text", "language", "example"),
    [
        ("Vastaus päättyy toivotukseen, esim. 'Tervetuloa vaellukselle!'", "fi", "Tervetuloa vaellukselle!"),
        ("Vastaus päättyy toivotukseen, esim. 'Tervetuloa vaellukselle!'", "sv", None),
        ("Always end with a warm wish.", "en", None),
        ("Avsluta varje svar med en önskan, t.ex. 'Välkommen ut i fjällen!'", "sv", "Välkommen ut i fjällen!"),
    ],
)
def test_a_voice_asking_for_a_closing_wish_is_read_with_its_example_in_the_reply_language(
    text: str, language: str, example: str | None
) -> None:
    voice = passage("v", "voice", "sv" if "Avsluta" in text else "fi" if "Vastaus" in text else "en", text)
    asked = voice_wish([voice], language)
    assert asked is not None
    assert asked[0] == example


@pytest.mark.parametrize(
    "text",
    [
        "Älä päätä vastausta toivotukseen.",
        "Never end with a wish or a slogan.",
        "Vastaus saa päättyä toivotukseen.",
        "Answer in the person's own language. We wish every guest a calm day.",
    ],
)
def test_a_voice_that_forbids_permits_or_only_mentions_a_wish_asks_for_none(text: str) -> None:
    assert voice_wish([passage("v", "voice", "en", text)], "en") is None


def _thank(comment: str, language: str, *passages: object) -> object:
    return replace(acknowledgement(comment, language, *passages), plan="thank")


def test_a_thank_you_ends_with_the_voice_wish_in_its_own_language(offline: OfflineDrafter) -> None:
    result = offline.draft(_thank("Ihana päivä oli, kiitos!", "fi", WISH_VOICE, FACT_FI))
    assert not result.skip
    assert result.text.rstrip().endswith("Tervetuloa vaellukselle!")


def test_a_thank_you_in_another_language_ends_with_a_fixed_wish_never_the_finnish_example(
    offline: OfflineDrafter,
) -> None:
    result = offline.draft(_thank("Vilken fin dag, tack!", "sv", WISH_VOICE, FACT_FI))
    assert not result.skip
    assert "Tervetuloa" not in result.text
    assert result.text.rstrip().endswith("Ha en fin dag!")


def test_a_complaint_ends_with_a_wish_that_invites_no_visit(offline: OfflineDrafter) -> None:
    comment = "vaellus loppui tunnin etuajassa eikä kukaan selittänyt miksi"
    result = offline.draft(acknowledgement(comment, "fi", WISH_VOICE, SUPPORT_FI))
    assert not result.skip
    assert "Tervetuloa" not in result.text
    assert result.text.rstrip().endswith("Kaikkea hyvää.")


def test_a_voice_without_a_wish_adds_none(offline: OfflineDrafter) -> None:
    plain = passage("voice-fi", "voice", "fi", "Ääni: rauhallinen ja lyhyt. Ei allekirjoitusta.")
    result = offline.draft(_thank("Ihana päivä oli, kiitos!", "fi", plain, FACT_FI))
    assert not result.skip
    assert "Tervetuloa" not in result.text


def test_open_the_reply_by_saying_who_you_are_puts_the_disclosure_first() -> None:
    rule = passage(
        "d", "disclosure", "en", "In threads we did not start, open the reply by saying who you are: 'Hi, Aino here.'"
    )
    assert voice_rules([rule], "en").disclosure_at == "start"


def test_a_disclosure_line_introduces_its_writer_not_a_word_of_the_brand() -> None:
    line = "Hi, Aino from Kirjapaja Lumo here –"
    assert introduced(line, "Kirjapaja Lumo") == {"Aino"}
    assert slotted_disclosure(line, "Kirjapaja Lumo") == "Hi, {name} from Kirjapaja Lumo here –"


def test_examples_greeting_as_the_brand_give_a_greeting_in_the_reply_language() -> None:
    rule = passage(
        "d",
        "disclosure",
        "en",
        "In threads we did not start, begin with 'Hi from Kaira Trails 🥾' (in Finnish 'Moi, täällä Kairan retket').",
    )
    assert brand_greeting([rule], "sv", "Kaira Trails") == "Hej från oss på Kaira Trails."
    fi_rule = passage("d2", "disclosure", "fi", "Muiden julkaisuissa vastaus alkaa: 'Hei, vastaan Kairan puolesta.'")
    assert brand_greeting([fi_rule], "en", "Kaira Vaellus Oy") == "Hi from the Kaira team."


def test_examples_speaking_as_a_person_keep_the_standard_line() -> None:
    rule = passage(
        "d", "disclosure", "sv", "Skriv i första meningen att du jobbar här, t.ex. 'Hej, jag jobbar på Kaira.'"
    )
    assert brand_greeting([rule], "en", "Kaira") is None


@pytest.mark.parametrize(
    ("statement", "language", "said"),
    [
        (
            "apu@kaira.example tai puhelin/WhatsApp 040 555 0101 päivittäin klo 9–18.",
            "fi",
            "Saat meihin yhteyden sähköpostitse osoitteesta apu@kaira.example tai puhelin/WhatsApp numerosta "
            "040 555 0101 päivittäin klo 9–18.",
        ),
        (
            "Support: apu@kaira.example or phone/WhatsApp +358 40 555 0101, daily 9–18.",
            "en",
            "You can reach us by email at apu@kaira.example or by phone/WhatsApp on +358 40 555 0101, daily 9–18.",
        ),
        (
            "Support in English: apu@kaira.example or chat on our website during opening hours.",
            "en",
            "You can reach us by email at apu@kaira.example or by chat on our website during opening hours.",
        ),
    ],
)
def test_a_support_list_with_whatsapp_or_a_website_chat_is_said_as_a_sentence(
    statement: str, language: str, said: str
) -> None:
    assert route_sentence(statement, language, statement) == said


def test_an_acknowledgement_never_opens_its_route_with_a_bare_address(offline: OfflineDrafter) -> None:
    comment = "kierros oli tosi hätäinen eikä opas puhunut mitään"
    result = offline.draft(acknowledgement(comment, "fi", SUPPORT_FI))
    assert not result.skip
    assert "Apu@" not in result.text
    assert "Saat meihin yhteyden" in result.text


def test_a_verbless_offer_that_names_its_price_gets_a_verb() -> None:
    said = offer_sentence("Kevätkampanja 1.3.–30.4.: kaksi iltakurssia yhteishintaan 110 €.", "fi", date(2026, 2, 1))
    assert said == "Ajalla 1.3.–30.4. saat kaksi iltakurssia yhteishintaan 110 €."
    said = offer_sentence("Höstkampanj 1.9–31.10: två prova på-pass för 45 €.", "sv", date(2026, 8, 1))
    assert said == "Under perioden 1.9–31.10 får du två prova på-pass för 45 €."


@pytest.mark.parametrize(
    ("comment", "language", "topic"),
    [
        (
            "Anmälde mig men kursen ställdes in två dagar innan. Fick pengarna tillbaka men ändå trist",
            "sv",
            "cancellation",
        ),
        ("kurssi peruttiin 2 pv ennen eikä kukaan soittanu", "fi", "cancellation"),
        ("the tour was cancelled the night before with no explanation", "en", "cancellation"),
        ("lupasivat hyvityksen mutta sitä ei oo tullu kuukauteen", "fi", "refund"),
        ("veloititte kortilta kahdesti", "fi", "charge"),
    ],
)
def test_a_cancellation_and_a_promised_refund_are_not_apologised_for_as_a_charge(
    comment: str, language: str, topic: str
) -> None:
    assert topic in empathy_line(comment, language)[0]


@pytest.mark.parametrize(
    ("comment", "booked"),
    [
        ("love how the workshop sold out in 4 minutes again", False),
        ("went there at 15:30 and the door was locked even tho the sign said open", False),
        ("tried to book twice and the booking page crashed at payment", False),
        ("yritin varata kahdesti mutta maksu kaatui", False),
        ("we booked a team session and half the materials were missing", True),
    ],
)
def test_no_booking_number_is_asked_of_someone_who_never_had_a_booking(comment: str, booked: bool) -> None:
    assert nothing_booked(comment) is not booked


def test_a_sold_out_complaint_is_not_asked_for_an_order_number(offline: OfflineDrafter) -> None:
    support = passage(
        "support-en",
        "support",
        "en",
        "Support in English: apu@kaira.example or +358 40 555 0101, Tue–Fri 10–16. Include your course date or "
        "order number.",
    )
    result = offline.draft(acknowledgement("the sunday hike sold out in 4 minutes again, so fair", "en", support))
    assert not result.skip
    assert "order number" not in result.text
    assert "your details" not in result.text


def test_a_phone_number_asked_for_comes_with_its_hours_in_the_same_language_only() -> None:
    sentence = "Kundtjänst: hej@kaira.example, tfn 050 555 0101 (mån–fre 12–16) och chatt på webbplatsen."
    assert route_line(sentence, "phone", "sv", same_language=True) == "Telefonnumret är 050 555 0101 (mån–fre 12–16)."
    assert route_line(sentence, "phone", "fi") == "Puhelinnumero on 050 555 0101."
