"""Session 27 (s27-panel, issue 25): the approver panel's wording kinds on the spent reply-plans-s. An emoji taken out
leaves its sentence's full stop, and a reply to a complaint carries none; a support statement that names the e-mail
without its address is no route; a price asked or named in a compound is no trouble with a charge; a thing done "while
I waited" is no patience to thank; a voice asking for 2–4 sentences gets a warm line under a one-sentence reply; a
verbless campaign statement gets its verb; someone who already wrote or called gets a channel they did not try.
Invented guidance and comments in fi/sv/en."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from bot.drafting.greetings import empathy_line, thank_line
from bot.drafting.norms import strip_disallowed, without_emoji
from bot.drafting.offline import OfflineDrafter, priced_offer
from bot.drafting.voice import fewest_sentences
from tests.drafting.conftest import acknowledgement, passage


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hei, Liisa Tunturilta täällä 🌲 Reitti on auki koko talven.",
            "Hei, Liisa Tunturilta täällä. Reitti on auki koko talven.",
        ),
        (
            "Hi from the Lakeside team 🛶 The kayaks are out from May.",
            "Hi from the Lakeside team. The kayaks are out from May.",
        ),
        ("Tack så mycket 😊!", "Tack så mycket!"),
        ("Utan emoji här.", "Utan emoji här."),
    ],
)
def test_an_emoji_taken_out_leaves_the_full_stop_of_the_sentence_it_ended(text: str, expected: str) -> None:
    assert without_emoji(text) == expected


def test_a_platform_without_emoji_keeps_the_disclosure_a_sentence_of_its_own() -> None:
    said = strip_disallowed("Hi, Mira from Lakeside here 🛶 Our kayaks rent for 30 € a day.", "reddit")
    assert said == "Hi, Mira from Lakeside here. Our kayaks rent for 30 € a day."


SUPPORT_FI = passage(
    "support-fi",
    "support",
    "fi",
    "Asiakaspalvelu: apu@tunturi.example tai puh. 040 123 4567 (ma–pe 9–15). Vastaamme sähköpostiin kolmen "
    "arkipäivän kuluessa.",
)


def test_an_acknowledgement_routes_to_the_address_not_a_statement_that_only_names_the_email(
    offline: OfflineDrafter,
) -> None:
    result = offline.draft(
        acknowledgement("Ostin lahjakortin ja siinä luki väärä päivämäärä, harmittaa", "fi", SUPPORT_FI)
    )
    assert not result.skip
    assert "apu@tunturi.example" in result.text


def test_a_reply_to_a_complaint_carries_no_emoji_even_where_the_disclosure_example_has_one(
    offline: OfflineDrafter,
) -> None:
    disclosure = passage(
        "disclosure-en",
        "disclosure",
        "en",
        "When replying outside our own channels, start by saying who you are: 'Hi, Mira from Lakeside here 🛶'.",
    )
    support = passage("support-en", "support", "en", "Customer service: help@lakeside.example or call 040 765 4321.")
    result = offline.draft(
        acknowledgement("They lost our booking and we stood at the pier for an hour", "en", disclosure, support)
    )
    assert not result.skip
    assert "🛶" not in result.text


@pytest.mark.parametrize(
    ("comment", "language"),
    [
        ("Banan har varit ojämn hela veckan. Vi betalar 300 € i medlemsavgift för det här", "sv"),
        ("Radalla oli taas kuoppia, ja kausimaksu on 400 €", "fi"),
        ("The repair had to be done over again. What do you even charge for that now?", "en"),
        ("Paljonko huolto nykyään maksaa? Viimeksi kello jätätti heti", "fi"),
    ],
)
def test_a_price_named_or_asked_is_no_trouble_with_a_charge(comment: str, language: str) -> None:
    assert empathy_line(comment, language)[0] != "a charge"


@pytest.mark.parametrize(
    ("comment", "language"),
    [
        ("You charged my card twice for one lesson", "en"),
        ("Ni tog en extra avgift som ingen hade nämnt", "sv"),
        ("Maksu veloitettiin tililtäni kahdesti", "fi"),
    ],
)
def test_a_charge_told_as_what_happened_is_still_a_charge(comment: str, language: str) -> None:
    assert empathy_line(comment, language)[0] == "a charge"


@pytest.mark.parametrize(
    ("comment", "language"),
    [
        ("Lenkit vaihdettiin siinä odottaessa, tosi nopeaa palvelua 👍", "fi"),
        ("They fixed the zip while I waited, brilliant", "en"),
        ("De bytte batteriet medan jag väntade, så smidigt", "sv"),
    ],
)
def test_a_thing_done_while_the_person_waited_is_no_patience_to_thank(comment: str, language: str) -> None:
    assert thank_line(comment, language)[0] != "patience"


def test_waiting_endured_is_still_thanked_as_patience() -> None:
    assert thank_line("Kiitos että jaksoitte odottaa meitä!", "fi")[0] != "praise"


@pytest.mark.parametrize(
    ("text", "fewest"),
    [
        ("Tone: warm. Replies are 2–4 sentences. At most one emoji.", 2),
        ("Ton: lugn. 2–3 meningar per svar.", 2),
        ("Äänensävy: rento. Vähintään kaksi lausetta.", 2),
        ("Voice: short, 1–3 sentences.", 1),
        ("Ton: saklig. Högst 2–3 meningar, och avsluta med en hälsning.", 1),
        ("Äänensävy: asiallinen, korkeintaan 2–4 lausetta.", 1),
        ("Keep it to at most 2-3 sentences.", 1),
        ("Voice: friendly and brief.", 1),
    ],
)
def test_the_fewest_sentences_a_voice_asks_for_is_read_from_its_range(text: str, fewest: int) -> None:
    assert fewest_sentences([passage("v", "voice", "en", text)]) == fewest


WARM_VOICE = passage("voice-en", "voice", "en", "Voice: warm and friendly. Replies are 2–4 sentences. No emoji.")
SHORT_VOICE = passage("voice-en", "voice", "en", "Voice: relaxed. 1–3 sentences. No emoji.")


def test_a_one_sentence_thank_you_gets_a_warm_line_where_the_voice_asks_for_two_to_four(
    offline: OfflineDrafter,
) -> None:
    request = replace(acknowledgement("Loved the paddle tour, the guide was great", "en", WARM_VOICE), plan="thank")
    result = offline.draft(request)
    assert not result.skip
    assert "always welcome" in result.text


def test_a_voice_without_a_minimum_keeps_the_thank_you_short(offline: OfflineDrafter) -> None:
    request = replace(acknowledgement("Loved the paddle tour, the guide was great", "en", SHORT_VOICE), plan="thank")
    result = offline.draft(request)
    assert not result.skip
    assert "always welcome" not in result.text


@pytest.mark.parametrize(
    ("statement", "language", "said"),
    [
        (
            "Talvilahja: kaksi melontaretkeä yhteensä 80 € 1.12.2026–31.1.2027 verkkokaupassa.",
            "fi",
            "Kaksi melontaretkeä maksaa yhteensä 80 € 31.1.2027 asti verkkokaupassa.",
        ),
        (
            "Presentkort för två och en fika 45 € (ord. 60 €) 1.–20.12.2026.",
            "sv",
            "Presentkort för två och en fika kostar 45 € (ord. 60 €) till och med 20.12.2026.",
        ),
        ("Winter deal: a paddle lesson 25 € 1.12.2026–28.2.2027.", "en", "A paddle lesson costs 25 € until 28.2.2027."),
    ],
)
def test_a_verbless_campaign_statement_is_said_with_its_verb(statement: str, language: str, said: str) -> None:
    assert priced_offer(statement, language, date(2026, 12, 10)) == said


def test_a_campaign_statement_with_a_verb_is_left_as_it_is() -> None:
    statement = "Book a kayak weekend by 31 January and pay 199 € instead of 249 €."
    assert priced_offer(statement, "en", date(2026, 12, 10)) is None


def test_someone_who_called_without_an_answer_gets_the_email_not_a_private_message(
    offline: OfflineDrafter,
) -> None:
    result = offline.draft(acknowledgement("Soitin teille kahdesti eilen eikä kukaan vastannut", "fi", SUPPORT_FI))
    assert not result.skip
    assert "apu@tunturi.example" in result.text
    assert "yksityisviesti" not in result.text


def test_someone_who_emailed_gets_the_phone_the_guidance_gives_in_another_language(offline: OfflineDrafter) -> None:
    only_mail = passage("support-sv", "support", "sv", "Kundtjänst: mejla apu@tunturi.example med bokningsnumret.")
    result = offline.draft(
        acknowledgement(
            "Jag har mejlat er två gånger om min bokning och väntar fortfarande", "sv", only_mail, SUPPORT_FI
        )
    )
    assert not result.skip
    assert "040 123 4567" in result.text
