"""The fact that answers this question (issue 25, session 33): a price stated only in another language is said of the
product asked about, and never of a product nobody named; a weight asked is answered by the statement in kilograms;
a question of two alternatives gets the statement about the one that holds (bot/drafting/offline.py,
bot/drafting/bridging.py, bot/drafting/matching.py)."""

from __future__ import annotations

import pytest

from bot.drafting.bridging import named_price
from bot.drafting.offline import OfflineDrafter, products, subject_product
from tests.drafting.conftest import passage
from tests.drafting.test_offline_drafter import request

TEA = (
    passage("night-fi", "fact", "fi", "Ängsö Iltahetki (kamomilla, sitruunamelissa, laventeli) on kofeiiniton. "
            "60 g pussi maksaa 12,90 €."),
    passage("nettle-en", "fact", "en", "Ängsö Morning Nettle (nettle, peppermint, green rooibos) is caffeine free. "
            "A 60 g pouch costs 11,90 €."),
    passage("ship-en", "faq", "en", "Shipping is free on orders over 39 €, otherwise 4,90 €."),
    passage("shop-sv", "fact", "sv", "Butiken på Torggatan 9 i Mariehamn har öppet tisdag–lördag 10–17."),
    passage("loose-fi", "fact", "fi", "Emme myy annospusseja. Kaikki teemme ovat irtoteetä."),
    passage("bags-fi", "faq", "fi", "Pussit ovat paperia ja selluloosakalvoa, eivätkä ne sisällä muovia."),
)  # fmt: skip
TEA_TERMS = ("brand:Ängsö", "brand:Ängsö Örtte", "brand:Angso", "brand:Iltahetki", "brand:Morning Nettle")

CANOES = (
    passage("tiira-en", "fact", "en", "Lumme Tiira 14 is a 4.3 m cedar-strip canoe for one or two paddlers. "
            "It weighs 22 kg and carries up to 230 kg. Price 3 950 € incl. VAT."),
    passage("era-fi", "fact", "fi", "Lumme Erä 16 on 4,9 metrin kanootti kahdelle. Hinta 4 890 € sis. alv."),
    passage("color-sv", "fact", "sv", "Kanoterna kan fås med valfri färg på skrovets utsida mot ett tillägg på 350 €."),
    passage("rent-sv", "faq", "sv", "Under sommaren hyr vi ut provkanoter från verkstaden för 45 € per dag."),
)  # fmt: skip
CANOE_TERMS = ("brand:Lumme", "brand:Lumme Kanootti", "brand:Lummen verstas", "brand:Erä 16", "brand:Tiira 14")


@pytest.mark.parametrize(
    ("line", "language", "name", "sentence", "said"),
    [
        ("Hinta on 11,90 €.", "fi", "Nettle", "A 60 g pouch costs 11,90 €.", "Nettle maksaa 11,90 € (60 g)."),
        ("Priset är 3 950 €.", "sv", "Tiira 14", "Price 3 950 € incl. VAT.", "Tiira 14 kostar 3 950 €."),
        ("The price is 29 €/month.", "en", "Plus", "Plus 29 €/kk, 2 x 50 ml.", "Plus costs 29 €/month."),
        ("Hinta alkaen 39 €.", "fi", "Kakku", "Kakut alkaen 39 € (500 g).", "Hinta alkaen 39 €."),
    ],
)  # fmt: skip
def test_a_plain_bridged_price_is_said_of_its_product_with_its_one_pack_size(
    line: str, language: str, name: str, sentence: str, said: str
) -> None:
    assert named_price(line, language, name, sentence) == said


def test_the_brands_own_name_said_otherwise_is_no_product_and_a_passage_is_about_what_it_opens_with() -> None:
    lumme = products([t.split(":", 1)[1] for t in CANOE_TERMS])
    assert "Tiira" in lumme and "Lummen" not in lumme  # "Lummen verstas" is the brand's workshop
    assert "Angso" not in products([t.split(":", 1)[1] for t in TEA_TERMS])
    assert subject_product(CANOES[0], lumme) == ["Tiira"]
    assert subject_product(CANOES[2], lumme) == []


@pytest.fixture(scope="module")
def eager(offline: OfflineDrafter) -> OfflineDrafter:
    return OfflineDrafter(offline.embedder, threshold=0.0)


@pytest.mark.parametrize(
    ("comment", "language", "said"),
    [
        ("how much is Iltahetki, want to try it", "en", "Iltahetki costs 12.90 € (60 g)."),
        ("vad kostar Iltahetki, vill prova", "sv", "Iltahetki kostar 12,90 € (60 g)."),
    ],
)
def test_a_price_asked_by_the_products_name_is_bridged_from_the_passage_about_it(
    eager: OfflineDrafter, comment: str, language: str, said: str
) -> None:
    result = eager.draft(
        request(comment, language, plan="answer", passages=TEA, answer_passages=("night-fi",), topics=TEA_TERMS)
    )

    assert not result.skip, result.skip_reason
    assert said in result.text and "night-fi" in result.cited


def test_a_price_of_a_product_nobody_named_is_not_bridged(eager: OfflineDrafter) -> None:
    # The paddle weekend's price asked; the plan's first passage is the Tiira canoe's (reply-plans-v, spent).
    result = eager.draft(
        request(
            "vad kostar paddelhelgen och ingår virket",
            "sv",
            plan="answer",
            passages=CANOES,
            answer_passages=("tiira-en",),
            topics=CANOE_TERMS,
            thread_title="Paddle-making weekend 13–14.6.",
        )
    )

    assert result.skip and "3 950" not in result.text


def test_a_weight_asked_is_answered_by_the_statement_in_kilograms(eager: OfflineDrafter) -> None:
    result = eager.draft(
        request(
            "how heavy is the Tiira, I'd need to carry it alone to the lake ~300m from the cabin",
            "en",
            plan="answer",
            passages=CANOES,
            answer_passages=("tiira-en",),
            topics=CANOE_TERMS,
        )
    )

    assert not result.skip, result.skip_reason
    assert "22 kg" in result.text


@pytest.mark.parametrize(
    ("comment", "language", "passage_id", "said"),
    [
        ("onks kalenterin teet annospusseissa vai irtona, en jaksa siivilöidä", "fi", "loose-fi", "irtoteetä"),
        ("are the little pouches plastic or paper?", "en", "bags-fi", ""),
    ],
)
def test_a_question_of_two_alternatives_gets_the_statement_about_the_one_that_holds(
    offline: OfflineDrafter, comment: str, language: str, passage_id: str, said: str
) -> None:
    result = offline.draft(
        request(comment, language, plan="answer", passages=TEA, answer_passages=(passage_id,), topics=TEA_TERMS)
    )

    if said:
        assert not result.skip, result.skip_reason
        assert "annospusseja" in result.text and said in result.text
    else:  # the answer stands only in Finnish: no English reply borrows a Finnish sentence
        assert "muovia" not in result.text


def test_a_price_asked_of_a_model_named_by_its_number_is_answered_from_the_plans_passage(
    offline: OfflineDrafter,
) -> None:
    # "erä" is too short a word to share a stem with the statement: the model's name with its number is shared whole.
    result = offline.draft(
        request(
            "paljonko toi erä 16 maksaa, mies haaveilee ja mä vähän kans 😅",
            "fi",
            plan="answer",
            passages=CANOES,
            answer_passages=("era-fi",),
            topics=CANOE_TERMS,
        )
    )

    assert not result.skip, result.skip_reason
    assert "4 890 €" in result.text and "3 950" not in result.text


def test_a_yes_or_no_question_about_the_persons_own_measure_gets_the_statement_in_it(offline: OfflineDrafter) -> None:
    result = offline.draft(
        request(
            "would a Tiira carry two adults plus a week of camping gear, like 210 kg total",
            "en",
            plan="answer",
            passages=CANOES,
            answer_passages=("tiira-en",),
            topics=CANOE_TERMS,
        )
    )

    assert not result.skip, result.skip_reason
    assert "230 kg" in result.text
