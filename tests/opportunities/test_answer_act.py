"""The plan's passage for a question asking what to do with its thing (make it, rent it, open, book): the passage
naming that act answers first where it is nearly as close as the nearest one (issue 25)."""

from __future__ import annotations

from bot.opportunities.acts import acts, asked_acts
from bot.opportunities.assess import ACT_MARGIN, _best_passage
from bot.opportunities.objects import own_object
from tests.opportunities.test_answering import FixedRetriever, _p

# A shop's guidance in one language: a loan during repairs reads nearest to a question about how long making one takes.
LOAN = "Lainakitara korjauksen ajaksi on ilmainen, jos korjaus kestää yli viikon."
MAKING = "Uuden kitaran valmistusaika on noin 5 kuukautta tilauksesta."
RENT = "Vuokraamme kitaroita 19 € kuukaudessa."
BUY = "Oppilaskitara maksaa 390 €."


def test_how_long_making_takes_is_planned_from_the_making_passage_not_the_nearer_loan() -> None:
    others = [_p(f"o{n}", "fi", 0.80, f"Muu asia {n}.") for n in range(3)]
    retriever = FixedRetriever([_p("loan", "fi", 0.90, LOAN), _p("make", "fi", 0.89, MAKING), *others])
    best = _best_passage(retriever, "kuinka kauan yhden kitaran tekeminen kestää?")
    assert best is not None and best.id == "make"


def test_a_rent_question_takes_the_rent_passage_within_the_margin_and_never_a_far_one() -> None:
    others = [_p(f"o{n}", "en", 0.80, f"Other thing {n}.") for n in range(3)]
    near = FixedRetriever([_p("buy", "en", 0.90, BUY), _p("rent", "en", 0.90 - ACT_MARGIN + 0.01, RENT), *others])
    best = _best_passage(near, "how much is it to hire one per month?")
    assert best is not None and best.id == "rent"
    far = FixedRetriever([_p("buy", "en", 0.90, BUY), _p("rent", "en", 0.90 - ACT_MARGIN - 0.02, RENT), *others])
    best = _best_passage(far, "how much is it to hire one per month?")
    assert best is not None and best.id == "buy"


def test_a_question_asking_no_act_keeps_the_nearest_passage() -> None:
    others = [_p(f"o{n}", "sv", 0.80, f"Annat {n}.") for n in range(3)]
    retriever = FixedRetriever(
        [
            _p("buy", "sv", 0.90, "Elevgitarren kostar 390 €."),
            _p("rent", "sv", 0.89, "Vi hyr ut gitarrer för 19 € i månaden."),
            *others,
        ]
    )
    best = _best_passage(retriever, "vad kostar elevgitarren?")
    assert best is not None and best.id == "buy"


def test_acts_are_read_in_finnish_swedish_and_english() -> None:
    assert asked_acts("kan man hyra en gitarr?") == {"rent"}
    assert asked_acts("måste man boka i förväg?") == {"book"}
    assert asked_acts("how long does building one take?") == {"make"}
    assert "book" not in asked_acts("how long is the lesson if I book two?")  # booking in passing asks no booking
    assert acts(MAKING) == {"make"}


def test_determiners_name_no_thing_of_the_question() -> None:
    assert own_object("do the cabins have their own grill?", [], frozenset()) == {"cabin", "grill"}
    assert own_object("har de andra stugorna ingen bastu?", [], frozenset()) == {"stugo", "bastu"}


def test_whether_they_make_a_kind_at_all_is_no_figure_of_making_and_keeps_the_nearest() -> None:
    others = [_p(f"o{n}", "sv", 0.80, f"Annat {n}.") for n in range(3)]
    kinds = _p("kinds", "sv", 0.88, "Instrument med förstärkare säljer vi inte.")
    building = _p("build", "sv", 0.87, "Våra gitarrer byggs för hand i Borgå.")
    best = _best_passage(FixedRetriever([kinds, building, *others]), "tillverkar ni elgitarrer?")
    assert best is not None and best.id == "kinds"
    best = _best_passage(FixedRetriever([kinds, building, *others]), "hur länge tar det att tillverka en gitarr?")
    assert best is not None and best.id == "build"
