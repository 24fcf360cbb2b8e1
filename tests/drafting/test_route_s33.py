"""Session 33 (issue 25): acknowledgements a manager approves as they are. Someone not known to be a customer is asked
for no customer number and offered help on the condition that it is the brand's; an empathy line too long to lead
into the route under a tight sentence limit keeps the clause naming the trouble; torn, crushed, wet or mouldy is
damage; the wrong item and a place not got are named; a story told "every time" in the first person is routed, not
passed on; a complaint that says it tried a channel gets every language's support guidance. Invented guidance and
comments in fi/sv/en."""

from __future__ import annotations

import pytest

from bot.checks.grounding import house_sentences
from bot.domain import Passage
from bot.drafting.greetings import empathy_line, general_feedback
from bot.drafting.offline import OfflineDrafter
from bot.drafting.phrasebook import phrases
from bot.drafting.pipeline import guidance_for
from bot.drafting.voice import _within
from bot.opportunities.plan import ReplyPlan
from tests.drafting.conftest import acknowledgement, passage
from tests.drafting.test_guidance_search import SlowStore

HELP = {
    "fi": passage(
        "help-fi",
        "support",
        "fi",
        "Jos laitteessa on vikaa, asiakaspalvelumme auttaa: soita 010 555 0199 arkisin 8–16. "
        "Kerro asiakasnumerosi, niin löydämme tietosi heti.",
    ),
    "sv": passage(
        "help-sv",
        "support",
        "sv",
        "Om något är fel med apparaten hjälper vår kundtjänst dig: ring 010 555 0199 vardagar 8–16. "
        "Uppge ditt kundnummer, så hittar vi dina uppgifter direkt.",
    ),
    "en": passage(
        "help-en",
        "support",
        "en",
        "If something is wrong with the appliance, our customer service sorts it out: call 010 555 0199 on weekdays "
        "8–16. Tell us your customer number, so we can find your details straight away.",
    ),
}
NOT_OURS = {
    "fi": "Ilmalämpöpumput on pelkkää rahastusta, sähkölasku nousi meillä vaan.",
    "sv": "Luftvärmepumpar är bara en bluff, vår elräkning steg ändå.",
    "en": "Air heat pumps are a scam, we just pay more for electricity now.",
}
NUMBER = {"fi": "asiakasnumero", "sv": "kundnummer", "en": "customer number"}


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_someone_not_known_to_be_a_customer_is_asked_for_no_customer_number(
    offline: OfflineDrafter, language: str
) -> None:
    result = offline.draft(acknowledgement(NOT_OURS[language], language, HELP[language]))

    assert not result.skip
    assert NUMBER[language] not in result.text.lower()
    assert "010 555 0199" in result.text
    assert phrases()["if_ours"][language] in result.text or phrases()["if_ours_told"][language] in result.text
    assert phrases()["privately"][language] not in result.text


@pytest.mark.parametrize(
    ("empathy", "route", "joined"),
    [
        (
            "Förlåt att du inte har fått något svar, så ska det inte vara.",
            "Du når oss via e-post till hej@vass.example.",
            "Förlåt att du inte har fått något svar – du når oss via e-post till hej@vass.example.",
        ),
        (
            "Really sorry about that, I understand how frustrating it is.",
            "You can reach us by email at hej@vass.example.",
            "Really sorry about that – you can reach us by email at hej@vass.example.",
        ),
        (
            "Pahoittelut, että olet jäänyt ilman vastausta, näin ei pitäisi käydä.",
            "Saat meihin yhteyden sähköpostitse osoitteesta hej@vass.example.",
            "Pahoittelut, että olet jäänyt ilman vastausta – saat meihin yhteyden sähköpostitse osoitteesta "
            "hej@vass.example.",
        ),
    ],
)
def test_a_long_empathy_line_under_a_one_sentence_limit_keeps_the_trouble_and_leads_into_the_route(
    empathy: str, route: str, joined: str
) -> None:
    parts = [(empathy, True, None), (route, True, "support")]
    kept = _within(parts, {empathy, route}, 1)
    assert [text for text, _, _ in kept] == [joined]


@pytest.mark.parametrize(
    ("comment", "language", "topic"),
    [
        ("the pouch arrived torn and half the tea was in the box", "en", "damage or fault"),
        ("paketti oli märkä ja tee homeessa", "fi", "damage or fault"),
        ("påsen kom fram blöt och möglig", "sv", "damage or fault"),
        ("sain tilauksessa kaks kertaa saman teen peräkkäin", "fi", "wrong item"),
        ("fick fel storlek för andra gången", "sv", "wrong item"),
        ("they sent me the wrong colour", "en", "wrong item"),
        ("kurssi oli täynnä jo kahdesti kun yritin ilmoittautua", "fi", "no place"),
        ("kursen var fullbokad när jag försökte", "sv", "no place"),
        ("the workshop was sold out before I could book", "en", "no place"),
    ],
)
def test_the_empathy_names_the_trouble(comment: str, language: str, topic: str) -> None:
    assert empathy_line(comment, language, own_post=True)[0] == topic


@pytest.mark.parametrize(
    ("comment", "language"),
    [
        ("pussi oli täynnä hometta", "fi"),  # full of mould: damage, not a full course
        ("jag fick betala fullt pris", "sv"),  # full price, no place missed
        ("henkilökunta antoi väärät avaimet", "fi"),  # the wrong keys handed over: no order
    ],
)
def test_full_of_something_or_the_wrong_keys_is_no_place_missed_and_no_wrong_order(comment: str, language: str) -> None:
    assert empathy_line(comment, language, own_post=True)[0] not in ("no place", "wrong item")


@pytest.mark.parametrize(
    ("comment", "language"),
    [
        ("vuokrasukset oli kuluneet ja pohjat rikki, ja maksoin siitä 15 e joka kerta", "fi"),
        ("hyrskidorna var slitna och jag betalade 15 euro varje gång", "sv"),
        ("the rental skis were worn out and I paid 15 euros every time", "en"),
    ],
)
def test_a_trouble_told_every_time_in_the_first_person_is_the_persons_own_case(comment: str, language: str) -> None:
    assert not general_feedback(comment)


def test_a_complaint_that_tried_a_channel_gets_every_languages_support() -> None:
    own = Passage("support-fi", "Asiakaspalvelu: apu@kauppa.example.", "support", "fi", "public", "g")
    other = Passage("support-en", "Phone 010 555 0199 on weekdays.", "support", "en", "public", "g")
    store = SlowStore([own, other])
    plan = ReplyPlan("acknowledge", "a complaint")
    tried = [p.id for p in guidance_for(store, "lähetin jo kolme sähköpostia eikä mitään", "fi", plan)]
    untried = [p.id for p in guidance_for(store, "Pumppu ei toimi", "fi", plan)]
    assert "support-en" in tried
    assert "support-en" not in untried  # its own language gives a route, and none was tried


def test_the_drafters_condition_and_same_thread_lines_need_no_guidance_of_their_own() -> None:
    house = house_sentences()
    for key in ("if_ours", "if_ours_told", "same_thread"):
        for language, line in phrases()[key].items():
            assert " ".join(line.split()) in house, (key, language)
