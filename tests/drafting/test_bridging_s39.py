"""Facts the guidance states only in another language, said in the reply's language (session 39, issue 25): the period
a warranty or the returns last, asked with no figure ("is there a warranty?"); a delivery time for the one country
asked of a statement giving one per country; and the shipping cost never said as the price of a thing."""

from __future__ import annotations

import pytest

from bot.drafting.bridging import country_duration_line, figure_line, period_topic, prices_delivery
from bot.drafting.offline import OfflineDrafter, asks_delivery_price, period_sentence
from tests.drafting.conftest import passage
from tests.drafting.test_offline_drafter import request


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("is there any guarantee on these?", "warranty"),
        ("onko näissä takuuta", "warranty"),
        ("vad har ni för garanti på jackan?", "warranty"),
        ("voiko käyttämättömän tuotteen palauttaa?", "returns"),
        ("can I send it back if I never used it?", "returns"),
        ("går det att returnera skorna?", "returns"),
    ],
)
def test_period_topic_reads_a_warranty_or_a_return_asked_with_no_figure(question: str, topic: str) -> None:
    assert period_topic(question) == topic


@pytest.mark.parametrize(
    "question",
    [
        "does the warranty cover a cracked handle?",  # its scope, not its length
        "kattaako takuu kolhut?",
        "täcker garantin vattenskador?",
        "how do I return an order?",  # a way
        "mihin palautus lähetetään?",  # a place
        "hur returnerar man?",
        "is the warranty longer if I return it?",  # two topics
    ],
)
def test_period_topic_is_none_for_a_scope_a_way_a_place_or_two_topics(question: str) -> None:
    assert period_topic(question) is None


@pytest.mark.parametrize(
    ("topic", "comment", "language", "line"),
    [
        ("warranty", "finns det garanti?", "sv", "Garantin är {figure}"),
        ("warranty", "onko takuuta", "fi", "Takuu on {figure}"),
        ("returns", "can I return it?", "en", "The return period is {figure}"),
        ("returns", "voiko palauttaa", "fi", "Palautusaika on {figure}"),
    ],
)
def test_period_sentence_names_the_topic_asked(topic: str, comment: str, language: str, line: str) -> None:
    assert period_sentence(topic, comment, language) == line


@pytest.mark.parametrize(
    ("sentence", "delivery"),
    [
        ("Frakten kostar 7,90 €.", True),
        ("Postage is 4,50 € per parcel.", True),
        ("Toimitus maksaa 5,90 € ja kestää 2 päivää.", True),
        ("Takki maksaa 129 € sisältäen toimituksen.", False),  # the thing's own price, the delivery after it
        ("The lamp costs 89 €.", False),
    ],
)
def test_prices_delivery_reads_the_delivery_as_what_is_priced(sentence: str, delivery: bool) -> None:
    assert prices_delivery(sentence) is delivery


@pytest.mark.parametrize(
    ("comment", "asks"),
    [
        ("paljonko on postikulut", True),
        ("vad kostar frakten till Norge?", True),
        ("how much is the lamp?", False),
        ("Vad kostar jackan?", False),
    ],
)
def test_asks_delivery_price(comment: str, asks: bool) -> None:
    assert asks_delivery_price(comment) is asks


TIMES = "Toimitus: Suomeen 1–3 arkipäivää, Ruotsiin ja Norjaan 4–7 arkipäivää."


@pytest.mark.parametrize(
    ("question", "language", "line"),
    [
        ("how long does shipping to Sweden take?", "en", "Delivery to Sweden takes 4–7 working days."),
        ("hur länge tar leveransen till Norge?", "sv", "Leveranstiden till Norge är 4–7 arbetsdagar."),
        ("kauanko toimitus suomeen kestää", "fi", "Suomen toimitusaika on 1–3 arkipäivää."),
    ],
)
def test_country_duration_line_gives_the_country_asked(question: str, language: str, line: str) -> None:
    assert figure_line(TIMES, "duration", language, question, "fi") == line


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        (TIMES, "how long does delivery take?"),  # no country named
        (TIMES, "how long to Denmark?"),  # a country the statement does not name
        (TIMES, "Sweden or Norway, which is faster?"),  # two countries
        ("Toimitus: Suomeen 1–3 arkipäivää, Ruotsiin 4–7 arkipäivää, 9 €.", "how long to Sweden?"),  # a price beside
        ("Toimitus: Suomeen 1–3 arkipäivää, Ruotsiin ei toimiteta.", "how long to Sweden?"),  # a "not"
        ("Palautus: Suomesta 14 päivää, Ruotsista 30 päivää.", "how long to return from Sweden?"),  # no delivery
    ],
)
def test_country_duration_line_says_nothing_without_one_delivery_time_for_the_country(
    sentence: str, question: str
) -> None:
    assert country_duration_line(sentence, "en", question) is None


SHOP = (
    passage("warranty-en", "faq", "en", "Warranty: 2 years on the frame and the hinges."),
    passage("returns-en", "support", "en", "Returns: unused items can be returned within 14 days."),
    passage("shipping-sv", "faq", "sv", "Frakten kostar 6,50 €."),
    passage("lamp-fi", "fact", "fi", "Lamppu on valmistettu koivusta."),
)


def test_offline_answer_says_a_warranty_period_stated_only_in_another_language(offline: OfflineDrafter) -> None:
    eager = OfflineDrafter(offline.embedder, threshold=0.0)  # the wiring, not e5's cross-language score
    result = eager.draft(
        request("finns det garanti på lampan?", "sv", plan="answer", passages=SHOP, answer_passages=("warranty-en",))
    )
    assert not result.skip, result.skip_reason
    assert "Ja, garantin är 2 år." in result.text
    what = request(
        "täcker garantin en trasig glödlampa?", "sv", plan="answer", passages=SHOP, answer_passages=("warranty-en",)
    )
    assert "2 år" not in (eager.draft(what).text or "")  # what it covers is not its length


def test_offline_answer_says_a_return_period_stated_only_in_another_language(offline: OfflineDrafter) -> None:
    eager = OfflineDrafter(offline.embedder, threshold=0.0)
    result = eager.draft(
        request(
            "voiko lampun palauttaa jos en käytä sitä?",
            "fi",
            plan="answer",
            passages=SHOP,
            answer_passages=("returns-en",),
        )
    )
    assert not result.skip, result.skip_reason
    assert "14 päivää" in result.text
    assert result.text.startswith("Kyllä, palautusaika on")


def test_offline_answer_never_gives_the_shipping_cost_as_a_things_price(offline: OfflineDrafter) -> None:
    eager = OfflineDrafter(offline.embedder, threshold=0.0)
    result = eager.draft(
        request("paljonko lamppu maksaa?", "fi", plan="answer", passages=SHOP, answer_passages=("shipping-sv",))
    )
    assert "6,50" not in (result.text or "")
    postage = eager.draft(
        request("paljonko on postikulut?", "fi", plan="answer", passages=SHOP, answer_passages=("shipping-sv",))
    )
    assert not postage.skip, postage.skip_reason
    assert "Toimitus maksaa 6,50 €." in postage.text


def test_offline_answer_says_a_countrys_delivery_time_stated_only_in_another_language(offline: OfflineDrafter) -> None:
    eager = OfflineDrafter(offline.embedder, threshold=0.0)
    times = (passage("times-fi", "faq", "fi", TIMES),)
    result = eager.draft(
        request(
            "do you ship to Norway, how long does it take?",
            "en",
            plan="answer",
            passages=times,
            answer_passages=("times-fi",),
        )
    )
    assert not result.skip, result.skip_reason
    assert "Delivery to Norway takes 4–7 working days." in result.text
