"""The question's own object picks the plan's passage (``assess._best_passage``, the shared
``bot.opportunities.objects``) and a support route for one kind of trouble is not given for another."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

from bot.domain import Passage
from bot.drafting.support import bare_route, claims_route
from bot.opportunities.assess import _best_passage
from bot.opportunities.objects import common_stems, language_common, names_own_object, on_object, shared_names


class FixedRetriever:
    """Returns its passages, best first, as a search for any text would (the kinds filter applied)."""

    def __init__(self, passages: Sequence[Passage]) -> None:
        self.passages = sorted(passages, key=lambda p: p.score, reverse=True)

    def search(self, text: str, *, k: int = 5, kinds: Sequence[str] | None = None, **_: Any) -> list[Passage]:
        return [p for p in self.passages if kinds is None or p.kind in kinds][:k]


def _p(pid: str, score: float, text: str, language: str = "fi", kind: str = "fact") -> Passage:
    return Passage(pid, text, kind, language, "public", f"{pid}.txt", score=score)


FILLER = [_p(f"f{n}", 0.78, f"Tuulikki-kauppa palvelee asiakkaita arkisin, kohta {n}.") for n in range(4)]


def test_the_passage_whose_compound_names_the_asked_thing_wins_over_a_nearer_one() -> None:
    loyalty = _p("loyalty", 0.86, "Kanta-asiakkaana saat jokaisesta 10 eurosta pisteen.")
    bags = _p("bags", 0.84, "Myymälöissämme on vain kierrätyspaperikasseja, hinta 0,50 €.")
    best = _best_passage(FixedRetriever([loyalty, bags, *FILLER]), "paljonko kassi maksaa kaupassa?")
    assert best is not None and best.id == "bags"


def test_a_sum_or_a_town_the_question_names_picks_the_passage_stating_it() -> None:
    booking = _p("booking", 0.86, "Book online and you get a fixed price before confirming.", "en")
    offer = _p("offer", 0.84, "Early bird: book before 15 March and pay a fixed 99 € for a small flat.", "en")
    others = [_p(f"e{n}", 0.78, f"Windows are cleaned with care, item {n}.", "en") for n in range(4)]
    best = _best_passage(FixedRetriever([booking, offer, *others]), "till när gäller 99 euro priset?")
    assert best is not None and best.id == "offer"
    towns = _p("towns", 0.84, "Vi putsar fönster i Helsingfors, Esbo och Åbo.", "sv")
    prices = _p("prices", 0.86, "Fönsterputs kostar från 119 € för en lägenhet.", "sv")
    best = _best_passage(FixedRetriever([prices, towns, *others]), "gäller det också i Åbo?")
    assert best is not None and best.id == "towns"


def test_a_question_naming_nothing_of_its_own_keeps_the_nearest_passage() -> None:
    first = _p("first", 0.86, "Kertamaksu on 17 €.")
    second = _p("second", 0.84, "Kuukausijäsenyys maksaa 69 €.")
    best = _best_passage(FixedRetriever([first, second, *FILLER]), "paljonko se maksaa?")
    assert best is not None and best.id == "first"


def test_an_object_word_is_a_compound_head_never_its_first_part_and_never_the_brands() -> None:
    common = frozenset({"tuul"})
    assert names_own_object("paljonko kassi maksaa?", "kierrätyspaperikasseja 0,50 €", [], common)
    assert not names_own_object("saako paperia?", "Myymälöissämme on vain kierrätyspaperikasseja.", [], common)
    assert not names_own_object("Tuulikki aukeaa milloin?", "Tuulikki-kauppa palvelee Tuulikissa", [], common)
    assert not names_own_object("paljonko se maksaa?", "Kertamaksu on 17 €.", [], common)


def test_what_the_brand_speaks_of_is_counted_within_each_language() -> None:
    texts = [("Ikkunanpesu kotiin.", "fi"), ("Ikkunanpesu mökille.", "fi"), ("Window cleaning.", "en")]
    assert "ikku" in language_common(texts, 0.2)
    assert "ikku" in common_stems([t for t, _ in texts])
    assert "wind" not in language_common(texts, 0.2)


@pytest.mark.parametrize(
    ("sentence", "claims"),
    [
        ("Lähetä kuvat ja varausnumero osoitteeseen kund@ikkuna.example 3 päivän sisällä pesusta.", True),
        ("Send photos of the damage to claims@shop.example within 3 days.", True),
        ("Ring 09 612 4400 vardagar 8–16 eller mejla kund@ikkuna.example.", False),
        (
            "For order problems, email help@shop.example with your order number, and a photo if it arrived damaged.",
            False,
        ),
    ],
)
def test_a_claims_route_asks_for_photos_beyond_a_closing_photo_clause(sentence: str, claims: bool) -> None:
    assert claims_route(sentence) is claims


def test_a_claims_route_under_another_trouble_is_said_as_its_address_alone() -> None:
    sentence = "Lähetä kuvat ja varausnumero osoitteeseen kund@ikkuna.example 3 päivän sisällä pesusta."
    assert bare_route(sentence, "fi", sentence) == "Saat meihin yhteyden sähköpostitse osoitteesta kund@ikkuna.example."
    assert bare_route("Lähetä kuvat 3 päivän sisällä.", "fi") is None


BIKES = ["Polkupaja", "Retkipaketti", "Kaupunkipyörä"]


def test_a_product_the_question_names_and_the_statement_prices_is_its_object() -> None:
    priced = "Retkipaketti: opastettu päivä pyörillä ja lounas, 89 € hengeltä."
    assert on_object("mitä toi retkipaketti maksaa jos meitä on viisi tyyppiä?", priced, BIKES, frozenset())
    assert on_object("how much is the retkipaketti for our whole gang?", priced, BIKES, frozenset())
    assert on_object("vad kostar retkipaketti för hela gänget?", priced, BIKES, frozenset())
    # The brand's own name is in every question: it names no object. Nor is a product named beside no price asked.
    rent = "Polkupaja vuokraa pyöriä, 25 € päivä."
    assert not on_object("mitä Polkupaja maksaa porukalle?", rent, BIKES, frozenset())
    assert not on_object("sopiiko retkipaketti lapsiperheelle?", priced, BIKES, frozenset())


def test_a_campaign_answering_what_something_costs_brings_the_regular_price_with_it() -> None:
    offer = _p("offer", 0.87, "Jäsenetu: ensimmäinen kuukausi 0 €, kun liityt tammikuussa.", kind="campaign")
    regular = _p("regular", 0.84, "Jäsenyys maksaa 29 €/kk ja sisältää vuosittaisen tarkastuksen.")
    swedish = _p("sv", 0.85, "Medlemskapet kostar 289 kr/mån.", "sv")
    best = _best_passage(FixedRetriever([offer, swedish, regular, *FILLER]), "paljonko jäsenyys maksaa kuukaudessa?")
    assert best is not None and best.id == "offer" and "regular" in best.close and "sv" not in best.close
    # Asked what the deal gives, the campaign alone answers.
    deal = _best_passage(FixedRetriever([offer, regular, *FILLER]), "paljonko alennusta jäsenyydestä saa?")
    assert deal is not None and "regular" not in deal.close


def test_names_the_question_capitalises_are_shared_beside_the_brands() -> None:
    statement = "ePassi, Smartum ja Edenred käyvät kertamaksuissa, eivät kuukausijäsenyydessä."
    assert shared_names("Käykö Smartum yksittäisiin käynteihin?", statement, ["Kiipeilykeskus"]) == {"smartum"}
    assert not shared_names("Käykö Kiipeilykeskus lapsille?", "Meillä Kiipeilykeskus on auki.", ["Kiipeilykeskus"])


def test_a_product_named_in_the_statements_passage_counts_only_for_a_price_asked() -> None:
    rooms = "Rooms: The Cellar, The Tower. Price 120 € per room for 2–4 players, 150 € for 5–6."
    price = "Price 120 € per room for 2–4 players, 150 € for 5–6."
    brand = ["Lukkola", "The Cellar", "The Tower"]
    assert on_object("how much is the cellar for six friends", price, brand, frozenset(), context=rooms)
    assert not on_object("how much is the cellar for six friends", price, brand, frozenset())
    assert not on_object("is the cellar dark or scary", price, brand, frozenset(), context=rooms)


def test_a_question_naming_only_a_product_is_answered_by_its_passages_list_of_products() -> None:
    listed = "Rooms: The Cellar, The Tower and The Attic."
    brand = ["Lukkola", "The Cellar", "The Tower", "The Attic"]
    # Its only long word is the product's: the statement listing it, its price beside it in the passage, answers.
    assert on_object("how much for 6 in the cellar", listed, brand, frozenset({"cella"}), context=listed + " 120 €.")
    assert not on_object("how much for 6 in the cellar", "Bookings close at 20.", brand, frozenset({"cella"}))
