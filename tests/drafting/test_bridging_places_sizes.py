"""A length or a country's price the guidance states only in another language, said in a fixed sentence of the
reply's language (bot/drafting/measures.py, bridging.country_price_line; issue 25): the one length for a question
that plainly asks a size or a distance, the price of the one country a question names with that country said as the
reply's language writes it; never a town read as its country, two lengths, or a time asked as "how long"."""

from __future__ import annotations

import pytest

from bot.drafting.bridging import bridgeable, price_line
from bot.drafting.measures import asks_size, size_line
from bot.drafting.offline import OfflineDrafter
from tests.drafting.conftest import passage
from tests.drafting.test_offline_drafter import request


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("hur långt är bladet på Vaara", True),
        ("how wide is the Tiira?", True),
        ("mikä on sen pituus", True),
        ("how long is the warranty", False),  # a time: the duration's bridge
        ("hur lång garanti har ni", False),
        ("kuinka pitkä takuu on", False),
    ],
)
def test_a_question_plainly_asking_a_size(question: str, asks: bool) -> None:
    assert asks_size(question) is asks


@pytest.mark.parametrize(
    ("sentence", "lines"),
    [
        (
            "Puukko Vaara (terä 95 mm) maksaa 189 € ja siihen kuuluu käsin ommeltu nahkatuppi.",
            ("Se on 95 mm.", "Det är 95 mm.", "It is 95 mm."),
        ),
        ("Lumme Tiira 14 is a 4.3 m cedar-strip canoe.", ("Se on 4,3 m.", "Det är 4,3 m.", "It is 4.3 m.")),
        ("Matkaa rannalle on noin 2 km.", ("Se on noin 2 km.", "Det är cirka 2 km.", "It is about 2 km.")),
    ],
)
def test_a_statements_one_length_is_said_in_each_language(sentence: str, lines: tuple[str, ...]) -> None:
    assert tuple(size_line(sentence, language) for language in ("fi", "sv", "en")) == lines


@pytest.mark.parametrize(
    "sentence",
    [
        "Terä 95 mm, kahva 110 mm.",  # two lengths: which one was asked?
        "Om du beställer före mars är bladet 100 mm.",  # for a condition
        "Bastun rymmer 6 m³.",  # a volume is no length
        "It weighs 22 kg.",
    ],
)
def test_two_lengths_a_condition_or_no_length_is_not_bridged(sentence: str) -> None:
    assert all(size_line(sentence, language) is None for language in ("fi", "sv", "en"))


@pytest.mark.parametrize(
    ("sentence", "question", "lines"),
    [
        (
            "Shipping: Finland 8,90 €, rest of the EU 19 €.",
            "toimitatteko Suomeen ja paljonko postikulut",
            ("Suomen hinta on 8,90 €.", "Priset för Finland är 8,90 €.", "The price for Finland is 8.90 €."),
        ),
        (
            "Delivery anywhere in Finland costs 290 €, to Sweden and Norway 690 €.",
            "vad kostar leveransen till Norge?",
            ("Norjan hinta on 690 €.", "Priset för Norge är 690 €.", "The price for Norway is 690 €."),
        ),
    ],
)
def test_the_price_of_the_country_a_question_names(sentence: str, question: str, lines: tuple[str, ...]) -> None:
    assert tuple(price_line(sentence, language, question) for language in ("fi", "sv", "en")) == lines


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        # a town is not read as its country
        ("Delivery anywhere in Finland costs 290 €, to Sweden and Norway 690 €.", "tuotteko tukholmaan, paljonko"),
        # a country the statement names neither itself nor by a region holding it gets nothing (session 37: a region
        # holding it, "rest of the EU 19 €" for Germany, gives its price: test_language_neutral_s37)
        ("Shipping: Finland 8,90 €, rest of the EU 19 €.", "paljonko toimitus Norjaan"),
        # a price a "not" or "free" stands beside
        ("Finland 8,90 €, free over 50 €; Sweden 12 €.", "vad kostar frakten till Sverige"),
    ],
)
def test_a_town_a_region_or_a_qualified_price_is_not_a_countrys_price(sentence: str, question: str) -> None:
    assert all(price_line(sentence, language, question) is None for language in ("fi", "sv", "en"))


def test_a_statement_pricing_two_countries_is_bridgeable_for_the_country_named() -> None:
    statement = "Delivery anywhere in Finland costs 290 €, to Sweden and Norway 690 €."
    assert bridgeable("vad kostar leveransen till Sverige?", statement, (), ())
    assert not bridgeable("vad kostar leveransen?", statement, (), ())


SMITHY = (
    passage("vaara-fi", "fact", "fi", "Puukko Vaara (terä 95 mm) maksaa 189 €."),
    passage("care-sv", "fact", "sv", "Kniven ska diskas för hand."),
    passage("care-en", "fact", "en", "Wash the knife by hand."),
)


def test_offline_answer_says_a_length_stated_only_in_another_language(offline: OfflineDrafter) -> None:
    eager = OfflineDrafter(offline.embedder, threshold=0.0)  # the wiring, not e5's cross-language score
    comment = "hur långt är bladet på Vaara?"
    result = eager.draft(request(comment, "sv", plan="answer", passages=SMITHY, answer_passages=("vaara-fi",)))
    assert not result.skip, result.skip_reason
    assert "Det är 95 mm." in result.text


LESSON = "60 min, 79 € for one person or 99 € for two."


@pytest.mark.parametrize(
    ("question", "lines"),
    [
        (
            "jag vill ge min man och mig en privatlektion, vad kostar det för två",
            ("Kahden hengen hinta on 99 €.", "Priset för två personer är 99 €.", "The price for two people is 99 €."),
        ),
        (
            "paljonko yksityistunti?",
            (
                "Hinta on 79 € yhdelle tai 99 € kahdelle.",
                "Priset är 79 € för en person eller 99 € för två.",
                "The price is 79 € for one person or 99 € for two.",
            ),
        ),
    ],
)
def test_the_price_for_the_number_of_people_asked_or_every_counts(question: str, lines: tuple[str, ...]) -> None:
    assert tuple(price_line(LESSON, language, question) for language in ("fi", "sv", "en")) == lines
    assert bridgeable(question, LESSON, (), ())  # the lesson's length before its prices describes it


def test_a_count_the_statement_does_not_price_gets_nothing() -> None:
    assert all(price_line(LESSON, language, "vad kostar det för tre?") is None for language in ("fi", "sv", "en"))
