"""Fact extraction for the offline drafter: whole sentences, no headings pasted into replies."""

from __future__ import annotations

from bot.domain import Passage
from bot.drafting.matching import Match, _named_cases, sentences, split
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


def test_of_two_parallel_figures_only_the_case_the_thread_names_is_kept() -> None:
    passage = Passage(id="faq", text="", kind="faq", language="en", visibility="public", source="faq.md")
    air = Match(passage, "An air-to-water heat pump typically costs 9,000–14,000 € including installation.", 0, 0.9)
    ground = Match(
        passage,
        "A ground-source heat pump with its borehole typically costs 18,000–25,000 € including installation.",
        1,
        0.91,
    )
    after = Match(passage, "The exact price depends on the house.", 2, 0.85)

    kept = _named_cases([ground, air, after], "How much is it installed? Air-to-water heat pump for a 1970s house")
    assert kept == [air, after]
    # neither case named: both stay, the question may be about either
    assert _named_cases([ground, air], "How much does a heat pump cost?") == [ground, air]
