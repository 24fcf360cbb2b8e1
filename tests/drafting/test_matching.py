"""Fact extraction for the offline drafter: whole sentences, no headings pasted into replies."""

from __future__ import annotations

import pytest

from bot.domain import Passage
from bot.drafting.matching import Match, _named_cases, answer, guidance_cases, sentences, split
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
    assert sentences("Butiker: Liljeholmen, Stockholm, öppet mån–fre 10–19.")[0].startswith("Butiker:")
    # a name before a whole statement is no list: the campaign's label goes (the spent panels: "robotic")
    assert sentences(
        "Kampanj: januarierbjudande, Plus för 249 kr/mån i 3 månader och ingen startavgift för dig som går med."
    ) == ["Januarierbjudande, Plus för 249 kr/mån i 3 månader och ingen startavgift för dig som går med."]
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


def test_a_runner_up_about_the_other_case_the_guidance_names_is_left_out_in_finnish_swedish_and_english() -> None:
    def faq(name: str, score: float, *statements: str) -> list[Match]:
        passage = Passage(id=name, text="", kind="faq", language="xx", visibility="public", source="faq.md")
        return [Match(passage, s, i, score - i / 100) for i, s in enumerate(statements)]

    cases = {
        "en": (
            "An air-to-water heat pump typically costs 9,000–14,000 € including installation.",
            "A ground-source heat pump with its borehole typically costs 18,000–25,000 € including installation.",
            "Installation usually takes 1–2 days.",
            "For ground-source heat the borehole is usually drilled before installation day.",
            "How long does the installation take? Air-to-water heat pump in a cold climate",
            "How long does the installation take? Ground-source heat for our farm",
        ),
        "fi": (
            "Ilma-vesilämpöpumppu maksaa asennettuna tyypillisesti 9 000–14 000 €.",
            "Maalämpöpumppu porakaivoineen maksaa asennettuna tyypillisesti 18 000–25 000 €.",
            "Asennus kestää tavallisesti 1–2 päivää.",
            "Maalämmössä porakaivon poraus tehdään yleensä ennen asennuspäivää.",
            "Kauanko asennus kestää? Ilma-vesilämpöpumppu 70-luvun omakotitaloon",
            "Kauanko asennus kestää? Maalämpö mökille",
        ),
        "sv": (
            "En luft-vattenvärmepump kostar vanligtvis 9 000–14 000 € inklusive installation.",
            "En bergvärmepump med borrhål kostar vanligtvis 18 000–25 000 € inklusive installation.",
            "Installationen tar vanligtvis 1–2 dagar.",
            "För bergvärme borras hålet oftast före installationsdagen.",
            "Hur lång tid tar installationen? Luft-vattenvärmepump i Norrland",
            "Hur lång tid tar installationen? Bergvärme till villan",
        ),
    }
    for language, (air, ground, takes, borehole, air_thread, ground_thread) in cases.items():
        # the price statements that name the two cases need not be among the matches (the plan's passages)
        matches = faq("installation", 0.9, takes, borehole)
        known = guidance_cases([[takes, borehole], [air, ground]])
        said_air = [m.sentence for m in answer(matches, 0.5, 3, air_thread.split("?")[0], air_thread, known)]
        assert said_air == [takes], language
        # the thread about the other case keeps the sentence, and so does a thread naming neither
        said_ground = [m.sentence for m in answer(matches, 0.5, 3, ground_thread.split("?")[0], ground_thread, known)]
        assert borehole in said_ground, language
        assert borehole in [m.sentence for m in answer(matches, 0.5, 3, "Kauanko asennus kestää?", "", known)], language
    # two figures in one passage that say different things are not two cases of one thing
    assert (
        guidance_cases([["Our stones come in 20 kg boxes for 29 €.", "The 6 kW stove takes about 25 kg of stones."]])
        == {}
    )


def test_the_statement_that_qualifies_the_figure_comes_with_it_but_not_another_figure() -> None:
    passage = Passage(id="price", text="", kind="faq", language="xx", visibility="public", source="faq.md")
    for query, figure, qualifier, rival in (
        (
            "Paljonko asennus maksaa asennettuna?",
            "Ilma-vesilämpöpumppu maksaa asennettuna tyypillisesti 9 000–14 000 €.",
            "Tarkka hinta riippuu talon koosta, ja sen saa maksuttomasta kotikäynnistä.",
            "Huolto maksaa 190 € vuodessa.",
        ),
        (
            "Vad kostar installationen ungefär?",
            "En luft-vattenvärmepump kostar vanligtvis 9 000–14 000 € inklusive installation.",
            "Det exakta priset beror på huset och tas fram vid ett kostnadsfritt hembesök.",
            "Service kostar 190 € per år.",
        ),
        (
            "Roughly how much is the installation?",
            "An air-to-water heat pump typically costs 9,000–14,000 € including installation.",
            "The exact price depends on the house and comes from a free home survey.",
            "Servicing costs 190 € a year.",
        ),
    ):
        matches = [Match(passage, figure, 0, 0.9), Match(passage, qualifier, 1, 0.82), Match(passage, rival, 2, 0.83)]
        said = [m.sentence for m in answer(matches, 0.5, 2, query)]
        assert said == [figure, qualifier], query


@pytest.mark.parametrize(
    ("query", "first", "second"),
    [
        (
            "is the callout fee more expensive on sundays too or just the hourly",
            "Evening and weekend call-outs are charged at double the hourly rate, 168 € per hour.",
            "The 69 € call-out fee stays the same.",
        ),
        (
            "är kaffet kravmärkt eller inte",
            "Vi rostar allt kaffe själva i Uppsala.",
            "Alla våra bönor är KRAV-märkta.",
        ),
        (
            "saako teiltä myös ekirjoja",
            "Kirjasto on auki arkisin 10–20.",
            "E-kirjat lainataan sovelluksessa kirjastokortilla.",
        ),
    ],
)
def test_a_runner_up_naming_the_asked_thing_as_a_hyphenated_compound_comes_along(
    query: str, first: str, second: str
) -> None:
    source = Passage(id="p", text=f"{first} {second}", kind="fact", language=None, visibility="public", source="x")
    matches = [Match(source, first, 0, 0.95), Match(source, second, 1, 0.90)]
    assert [m.sentence for m in answer(matches, 0.86, 2, query)] == [first, second]
