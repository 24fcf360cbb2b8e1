"""A price the guidance states only in another language, said in the reply's language (bot/drafting/bridging.py)."""

from __future__ import annotations

import pytest

from bot.drafting.bridging import asked_route, bridgeable, duration_line, price_line, route_line, routes
from bot.drafting.offline import OfflineDrafter
from tests.drafting.conftest import passage
from tests.drafting.test_offline_drafter import request

CARWASH = (
    passage("fri-en", "fact", "en", "Glansa Fri in Finland costs 29 €/month and covers unlimited washes for one car."),
    passage("wash-fi", "fact", "fi", "Pesuohjelmat kestävät 6–12 minuuttia."),
    passage("wash-sv", "fact", "sv", "Tvättprogrammen tar 6–12 minuter."),
    passage("tier-fi", "fact", "fi", "Premium-pesu maksaa 19 € ja sisältää alustanpesun."),
    passage("tier-sv", "fact", "sv", "Premium-tvätt ingår i Plus-nivån."),
)


@pytest.mark.parametrize(
    ("sentence", "language", "line"),
    [
        ("Glansa Fri in Finland costs 29 €/month.", "fi", "Hinta on 29 €/kk."),
        ("Glansa Fri in Finland costs 29 €/month.", "sv", "Priset är 29 €/mån."),
        ("Ajokokeeseen voi käyttää koulun autoa: hinta 120 € sisältää vuokran.", "en", "The price is 120 €."),
        ("Det billigaste medlemskapet kostar 1 690 kr/mån.", "en", "The price is 1 690 kr/month."),
        ("Birthday cakes start from 39 €.", "fi", "Hinta alkaen 39 €."),
        ("Paita 4,90 €.", "sv", "Priset är 4,90 €."),
    ],
)
def test_a_statements_one_price_is_said_in_the_replys_language(sentence: str, language: str, line: str) -> None:
    assert price_line(sentence, language) == line


@pytest.mark.parametrize(
    "sentence", ["Perus 12 €, Plus vahalla 17 € ja Premium 24 €.", "Pesuohjelmat kestävät 6–12 minuuttia."]
)
def test_a_statement_with_two_prices_or_none_is_not_bridged(sentence: str) -> None:
    assert price_line(sentence, "sv") is None


def test_a_statement_for_a_country_the_comment_does_not_name_is_not_bridged() -> None:
    statement = CARWASH[0].text
    assert bridgeable("Paljonko Glansa Fri maksaa Suomessa?", statement, CARWASH, ["Glansa"])
    assert bridgeable("Vad kostar Fri i Finland?", statement, CARWASH, ["Glansa"])
    assert not bridgeable("vad kostar det, tvättar varannan vecka", statement, CARWASH, ["Glansa"])


def test_a_statement_with_another_figure_or_without_the_name_asked_is_not_bridged() -> None:
    hours = "Resident- ja Fixed Desk -jäsenillä on 8 tuntia neuvotteluhuoneita, sen jälkeen 25 €."
    assert not bridgeable("What's the price per fixed desk?", hours, CARWASH, ["Kupla"])
    # "Premium" is written alike in the Finnish and the Swedish guidance: a name, which Fri's price does not carry
    assert not bridgeable("vad kostar premium i finland nu", CARWASH[0].text, CARWASH, ["Glansa"])


@pytest.mark.parametrize(
    ("comment", "language", "said"),
    [
        ("Paljonko Glansa Fri maksaa Suomessa? Harkitsen.", "fi", "Hinta on 29 €/kk."),
        ("Vad kostar Glansa Fri i Finland?", "sv", "Priset är 29 €/mån."),
    ],
)
def test_offline_answer_says_a_price_stated_only_in_another_language(
    offline: OfflineDrafter,
    comment: str,
    language: str,
    said: str,
) -> None:
    eager = OfflineDrafter(offline.embedder, threshold=0.0)
    result = eager.draft(request(comment, language, plan="answer", passages=CARWASH, answer_passages=("fri-en",)))

    assert not result.skip and said in result.text and "fri-en" in result.cited
    assert "costs" not in result.text  # no English in a Finnish or Swedish reply


def test_offline_bridges_no_price_into_a_complaint_nor_for_a_question_of_another_kind(
    offline: OfflineDrafter,
) -> None:
    eager = OfflineDrafter(offline.embedder, threshold=0.0)
    complaint = request(
        "Paljonko Glansa Fri maksaa Suomessa? Pesu jäi kesken!",
        "fi",
        plan="answer",
        passages=CARWASH,
        answer_passages=("fri-en",),
        complaint=True,
    )
    when = request(
        "Kuinka pitkään Glansa Fri on voimassa Suomessa?",
        "fi",
        plan="answer",
        passages=CARWASH,
        answer_passages=("fri-en",),
    )

    assert eager.draft(complaint).skip
    assert eager.draft(when).skip


@pytest.mark.parametrize(
    ("language", "line"), [("fi", "Yleensä 1–2 päivää."), ("sv", "Vanligtvis 1–2 dagar."), ("en", "Usually 1–2 days.")]
)
def test_a_statements_one_duration_is_said_in_the_replys_language(language: str, line: str) -> None:
    assert duration_line("Installation usually takes 1–2 days once the team arrives.", language) == line
    # a price in the duration's own clause, or tied to it ("sedan"), is never dropped from it
    assert duration_line("Kemtvätt: 9 € extra, klar på 1 arbetsdag.", language) is None
    assert duration_line("Kemtvätten tar 3 arbetsdagar, sedan 9 € per dag.", language) is None


def test_a_price_with_a_condition_or_a_second_sum_is_not_bridged() -> None:
    # "4,90 € under 60 euros": the fixed sentence would drop the free delivery above it
    assert price_line("Toimitusmaksu on 4,90 € alle 60 euron tilauksissa.", "sv") is None
    reported = "Jos tuote puuttuu, ilmoita siitä 48 tunnin sisällä toimituksesta."
    assert not bridgeable("how fast can you deliver?", reported, CARWASH, ["Korivo"], "duration")


def test_offline_answer_says_a_duration_stated_only_in_another_language(
    offline: OfflineDrafter,
) -> None:
    guidance = (
        passage("install-en", "fact", "en", "Installation usually takes 1–2 days once the team arrives."),
        passage("order-sv", "fact", "sv", "Beställ solpaneler via vår webbplats."),
        passage("order-fi", "fact", "fi", "Tilaa aurinkopaneelit verkkosivuiltamme."),
    )
    eager = OfflineDrafter(offline.embedder, threshold=0.0)
    sv = eager.draft(
        request(
            "hur länge håller installationen på?",
            "sv",
            plan="answer",
            passages=guidance,
            answer_passages=("install-en",),
        )
    )
    fi = eager.draft(
        request("kuinka kauan asennus kestää?", "fi", plan="answer", passages=guidance, answer_passages=("install-en",))
    )

    assert "1–2 dagar." in sv.text and "1–2 päivää." in fi.text


SUPPORT_EN = "Support: chat in the app, phone +358 40 123 4567 (weekdays 9–17), email apua@pyorapaja.fi."
SUPPORT_SV = "Kundtjänst: telefon 010-44 55 666, e-post hjalp@bokcafe.se."


@pytest.mark.parametrize(
    ("sentence", "kind", "language", "line"),
    [
        (SUPPORT_EN, "email", "fi", "Sähköpostiosoite on apua@pyorapaja.fi."),
        (SUPPORT_EN, "phone", "sv", "Telefonnumret är +358 40 123 4567."),
        (SUPPORT_SV, "phone", "en", "The phone number is 010-44 55 666."),
        (SUPPORT_SV, "email", "fi", "Sähköpostiosoite on hjalp@bokcafe.se."),
    ],
)
def test_a_statements_one_contact_route_is_said_in_the_replys_language(
    sentence: str, kind: str, language: str, line: str
) -> None:
    assert route_line(sentence, kind, language) == line


def test_a_route_for_a_case_a_condition_or_beside_another_is_not_bridged() -> None:
    # whose route it is ("Billing:") or when it applies ("if ...") would be dropped by the fixed sentence
    assert route_line("Billing: invoices@pyorapaja.fi, with the invoice number.", "email", "sv") is None
    assert route_line("Jos tilaus on kadonnut, soita numeroon 040 765 4321.", "phone", "en") is None
    assert route_line("Skriv till info@bokcafe.se eller order@bokcafe.se.", "email", "fi") is None
    # a price or a date is no phone number
    assert routes("Hyllyn hinta on 1 200 € ja tarjous päättyy 1.1.2027.", "phone") == []


@pytest.mark.parametrize(
    ("question", "route"),
    [
        ("what's the number for customer service?", "phone"),
        ("mihin voin lähettää kuvat?", "email"),
        ("vart skickar man kvittot?", "email"),
        ("har ni nåt telefonnummer?", "phone"),
        ("what should I write when I email them?", None),  # asks what to say, not where
        ("do you sell spare tubes?", None),
    ],
)
def test_the_route_a_question_asks_for(question: str, route: str | None) -> None:
    assert asked_route(question) == route


def test_offline_answer_says_a_contact_route_stated_only_in_another_language(
    offline: OfflineDrafter,
) -> None:
    guidance = (
        passage("support-en", "support", "en", SUPPORT_EN),
        passage("repair-fi", "fact", "fi", "Korjaamme kaikki polkupyörät."),
        passage("repair-sv", "fact", "sv", "Vi reparerar alla cyklar."),
    )
    eager = OfflineDrafter(offline.embedder, threshold=0.0)
    fi = eager.draft(
        request("mihin voin lähettää kuvat?", "fi", plan="answer", passages=guidance, answer_passages=("support-en",))
    )
    sv = eager.draft(
        request("vad är numret till er?", "sv", plan="answer", passages=guidance, answer_passages=("support-en",))
    )
    complaint = eager.draft(
        request(
            "mihin voin lähettää kuvat? pyörä tuli rikki!",
            "fi",
            plan="answer",
            passages=guidance,
            answer_passages=("support-en",),
            complaint=True,
        )
    )

    assert "Sähköpostiosoite on apua@pyorapaja.fi." in fi.text and "support-en" in fi.cited
    assert "Telefonnumret är +358 40 123 4567." in sv.text and "weekdays" not in sv.text
    assert complaint.skip


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("fi", "Hinta on 8 €/vrk, enintään 40 €."),
        ("sv", "Priset är 8 €/dygn, högst 40 €."),
        ("en", "The price is 8 €/day, at most 40 €."),
    ],
)
def test_a_price_and_its_ceiling_are_said_together(language: str, line: str) -> None:
    assert price_line("Lastenrattaat maksavat 8 € päivässä, kuitenkin enintään 40 € viikossa.", language) is None
    assert price_line("A roof box costs 8 € per day, max 40 € per booking.", language) == line


@pytest.mark.parametrize(
    ("sentence", "language", "line"),
    [
        ("Huolto kestää noin 1,5–2 tuntia.", "en", "About 1.5–2 hours."),
        ("A full service takes about 3 hours.", "sv", "Cirka 3 timmar."),
        ("Leveransen tar högst 5 arbetsdagar.", "fi", "Enintään 5 arkipäivää."),
        ("Delivery takes 2,5 days.", "fi", "2,5 päivää."),
    ],
)
def test_an_estimate_or_a_ceiling_stays_one_when_its_duration_is_bridged(
    sentence: str, language: str, line: str
) -> None:
    assert duration_line(sentence, language) == line


def test_offline_bridges_the_time_from_the_plans_own_passage_not_a_nearer_price(
    offline: OfflineDrafter,
) -> None:
    guidance = (
        passage("service-sv", "fact", "sv", "Vi rekommenderar service en gång per år. En service tar cirka 2 timmar."),
        passage("deal-en", "fact", "en", "Book a basic bike service before 1 May and pay a fixed 49 €."),
        passage("shop-fi", "fact", "fi", "Korjaamo on Tampereella."),
    )
    eager = OfflineDrafter(offline.embedder, threshold=0.0)
    result = eager.draft(
        request(
            "kuinka kauan peruspyörähuolto kestää jos varaan ennen toukokuuta?",
            "fi",
            plan="answer",
            passages=guidance,
            answer_passages=("service-sv", "deal-en"),
        )
    )

    assert "Se kestää noin 2 tuntia." in result.text and "service-sv" in result.cited and "49" not in result.text


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("fi", "Toimitus on maksuton yli 40 € tilauksiin, muuten 3,50 €."),
        ("sv", "Frakten är gratis för beställningar över 40 €, annars 3,50 €."),
        ("en", "Shipping is free on orders over 40 €, otherwise 3.50 €."),
    ],
)
def test_a_price_free_above_a_sum_keeps_its_sum(language: str, line: str) -> None:
    assert price_line("Postning är kostnadsfri för köp över 40 €, annars kostar den 3,50 €.", language) == line
    # free above a sum, and a second price for something else: which one was asked?
    assert price_line("Postning är gratis över 40 €, expressfrakt kostar 9 €.", language) is None
