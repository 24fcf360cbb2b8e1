"""Fact extraction for the offline drafter: whole sentences, no headings pasted into replies."""

from __future__ import annotations

from bot.drafting.matching import sentences, split
from bot.opportunities.plan import slot_fit, slots


def test_a_sentence_is_never_cut_inside_parentheses_or_after_an_abbreviation() -> None:
    campaign = (
        "Kevätkampanja: Viuh Passin ensimmäinen kuukausi 9,90 € (norm. 24,90 €) koodilla KEVÄT25. "
        "Esim. opiskelijat saavat alennuksen. Ask for e.g. Holma covers. They ship in 2 days."
    )

    assert split(campaign) == [
        "Kevätkampanja: Viuh Passin ensimmäinen kuukausi 9,90 € (norm. 24,90 €) koodilla KEVÄT25.",
        "Esim. opiskelijat saavat alennuksen.",
        "Ask for e.g. Holma covers.",
        "They ship in 2 days.",
    ]


def test_a_passage_label_is_not_pasted_into_a_reply_but_a_list_keeps_it() -> None:
    assert sentences("Garanti: 10 års garanti på stommar i massivt trä. Gäller inte slitage.") == [
        "10 års garanti på stommar i massivt trä.",
        "Gäller inte slitage.",
    ]
    assert sentences("Student offer: students get 30% off Viuh Pass with a student card.") == [
        "Students get 30% off Viuh Pass with a student card."
    ]
    assert sentences("Suomen-kampanja: ilmainen toimitus Suomeen yli 500 euron tilauksille.")[0].startswith(
        "Ilmainen toimitus"
    )
    # "Payment: card, Swish or Klarna" needs its label; so does a FAQ question, which is left out
    assert sentences("Payment: card, Swish (Sweden) or Klarna.") == ["Payment: card, Swish (Sweden) or Klarna."]
    assert sentences("Mistä saan kuitin? Kuitti tulee sähköpostiisi.") == ["Kuitti tulee sähköpostiisi."]


def test_slots_tell_what_a_question_asks_in_finnish_swedish_and_english() -> None:
    assert "warranty" in slots("Kuinka pitkä takuu teillä on?")
    assert {"delivery", "duration"} <= slots("Hur lång tid tar leveransen till Stockholm?")
    assert "installation" in slots("Do you offer assembly in Finland?")
    assert "price" in slots("Paljonko maksaa?") and "price" not in slots("Kuinka pitkä takuu teillä on?")
    asked = slots("How long does delivery take?")
    time = "Stock items are delivered within 2–4 weeks."
    cost = "Home delivery costs 495 kr."
    assert slot_fit(asked, time) > slot_fit(asked, cost)
