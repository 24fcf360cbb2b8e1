"""The fact that answers *this* question, second round (issue 25, session 23): the day asked, the group asked
(adults, children), the asked figure first, a statement that stands on its own, an "also" cut only from a statement's
opening words. Sentences written for these tests (fi/sv/en)."""

from __future__ import annotations

import pytest

from bot.domain import Passage
from bot.drafting.answering import asked_acts, asked_object_first, fit_need, quotable, stands_alone
from bot.drafting.matching import Match
from bot.drafting.reading import without_opening_also
from bot.opportunities.objects import days, other_compound, other_days, other_group, post_figures, which_thing


def _m(sentence: str, pid: str = "p", position: int = 0, kind: str = "fact", language: str = "en") -> Match:
    return Match(Passage(pid, sentence, kind, language, "public", f"{pid}.md"), sentence, position, 0.9)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Auki ti–la 10–17, sunnuntaisin suljettu.", {1, 2, 3, 4, 5, 6}),
        ("Vi har öppet mån–fre 9–16 och lör 10–13.", {0, 1, 2, 3, 4, 5}),
        ("The studio is open Wed-Sun from noon.", {2, 3, 4, 5, 6}),
        ("onko teillä auki viikonloppuna?", {5, 6}),
        ("har ni öppet på helgerna", {5, 6}),
        ("do you deliver on weekdays?", {0, 1, 2, 3, 4}),
        ("we go to la plage next summer", set()),
    ],
)
def test_the_days_a_text_names_are_read(text: str, expected: set[int]) -> None:
    assert days(text) == expected


@pytest.mark.parametrize(
    ("question", "statement", "other"),
    [
        ("onko kahvila kiinni sunnuntaisin?", "Maanantaisin suljettu.", True),
        ("onko kahvila kiinni sunnuntaisin?", "Auki ti–su 10–17.", False),
        ("har ni stängt på söndagar?", "Måndagar stängt.", True),
        ("are the workshops held on weekends?", "Workshops run on Saturdays and Sundays at 11.", False),
        ("are the workshops held on weekends?", "Call us Mon–Fri 9–15.", True),
        ("are the workshops held on weekends?", "Bring warm clothes.", False),
    ],
)
def test_a_statement_about_other_days_is_no_answer(question: str, statement: str, other: bool) -> None:
    assert other_days(question, statement) is other


def test_the_statement_naming_the_day_asked_leads() -> None:
    closed = _m("Måndagar stängt.", "hours", 2, language="sv")
    hours = _m("Öppet tis–fre 10–17 och sön 12–16.", "hours", 1, language="sv")
    where = _m("Butiken ligger vid torget i Ekenäs.", "hours", 0, language="sv")
    kept, unmet = fit_need("stämmer det att butiken är stängd på söndagar?", [closed, where, hours], ["Kruka"])
    assert unmet is None and kept[0] is hours


def test_only_other_days_means_the_guidance_does_not_answer() -> None:
    kept, unmet = fit_need("oletteko auki lauantaina?", [_m("Sunnuntaisin suljettu.", language="fi")], ["Kruka"])
    assert kept == [] and unmet is not None and "other days" in unmet


@pytest.mark.parametrize(
    ("question", "statement", "other"),
    [
        ("what's the price for adults?", "Kids under 5 ride free with an adult.", True),
        ("paljonko aikuisten lippu maksaa?", "Alle 12-vuotiaat pääsevät ilmaiseksi aikuisen kanssa.", True),
        ("vad kostar det för vuxna?", "Barn under 10 år åker gratis med en vuxen.", True),
        ("vad kostar det för barn?", "Pris 30 € per vuxen och 15 € för barn under 12 år.", False),
        ("what's the price for adults?", "Tickets are 30 € per adult and 15 € under 12.", False),
        ("what's the price?", "Kids under 5 ride free with an adult.", False),
    ],
)
def test_a_statement_about_another_group_is_no_answer(question: str, statement: str, other: bool) -> None:
    assert other_group(question, statement) is other


def test_the_figure_of_the_thing_asked_alone() -> None:
    group = _m("Group classes (90 min) cost 25 € per class, billed monthly.", "classes", 0)
    private = _m("Private classes cost 70 € for 60 minutes.", "classes", 1)
    assert asked_object_first("how much are private classes?", [group, private], ["Savi"]) == [private]
    assert asked_object_first("how much are the classes?", [group, private], ["Savi"]) == [group, private]


@pytest.mark.parametrize(
    ("sentence", "position", "alone"),
    [
        ("Sopii 10-vuotiaille ja sitä vanhemmille, myös aikuisille.", 1, False),
        ("Passar barn från 8 år och vuxna.", 2, False),
        ("Suits makers aged 10 and up.", 1, False),
        ("Kurssi sopii 10-vuotiaille.", 1, True),
        ("Sopii kaikille.", 0, True),
    ],
)
def test_a_statement_opening_with_its_verb_does_not_stand_alone(sentence: str, position: int, alone: bool) -> None:
    match = _m(sentence, position=position)
    assert stands_alone(match) is alone
    assert quotable(match) is alone


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("Voit myös noutaa tilauksen myymälästä.", "Voit noutaa tilauksen myymälästä."),
        ("Den kan också hyras per vecka.", "Den kan hyras per vecka."),
        ("We also ship to Åland.", "We ship to Åland."),
        ("Sopii 10-vuotiaille, myös aikuisille.", "Sopii 10-vuotiaille, myös aikuisille."),
        ("Classes for kids, teens and also adults.", "Classes for kids, teens and also adults."),
    ],
)
def test_an_also_is_cut_only_from_the_opening_words(sentence: str, said: str) -> None:
    assert without_opening_also(sentence) == said


@pytest.mark.parametrize(
    ("question", "statement", "other"),
    [
        ("saako lainapyörän korjauksen ajaksi?", "Lainaskootteri huollon ajaksi on maksuton.", True),
        ("kan man få en hyrsadel?", "Hyrcyklar kostar 15 € per dag.", False),  # "hyr" alone is too short a part
        ("paljonko toimitusmaksu on?", "Toimituspäivä on tiistai.", True),
        ("nuohoatteko takat?", "Nuohoojamme nuohoavat takat.", False),  # one verb inflected
        ("saako lainapyörän korjauksen ajaksi?", "Lainapyörä korjauksen ajaksi on maksuton.", False),
        ("onko lahjakortti voimassa vuoden?", "Lahjakortit ovat voimassa 12 kuukautta.", False),
    ],
)
def test_a_compound_naming_another_thing_is_no_answer(question: str, statement: str, other: bool) -> None:
    assert other_compound(question, statement) is other


@pytest.mark.parametrize(
    ("question", "thing"),
    [
        ("what glaze do you use on the mugs?", "glaze"),
        ("mikä liima tuoleissa on?", "liima"),
        ("vilken lack använder ni?", "lack"),
        ("what kind of clay is it?", "clay"),
        ("what time does the class start?", None),
        ("mitä kurssi maksaa?", None),
        ("which size fits a 6-year-old?", None),
    ],
)
def test_the_thing_a_which_question_asks_is_read(question: str, thing: str | None) -> None:
    assert which_thing(question) == thing


def test_a_which_question_is_not_answered_without_its_thing() -> None:
    woods = _m("Our mugs are made of local stoneware clay from Kemiö.", "mugs")
    kept, unmet = fit_need("what glaze do you use on the mugs?", [woods], ["Savi"])
    assert kept == [] and unmet is not None and "glaze" in unmet
    glazed = _m("We use lead-free glazes on every mug.", "mugs", 1)
    kept, unmet = fit_need("what glaze do you use on the mugs?", [woods, glazed], ["Savi"])
    assert unmet is None and kept == [glazed]


@pytest.mark.parametrize(
    ("question", "act"),
    [
        ("how long does making one kayak take?", "make"),
        ("kuinka kauan yhden kajakin rakentaminen kestää?", "make"),
        ("hur lång tid tar det att bygga en kajak?", "make"),
        ("can I just show up or do I need to book?", "book"),
        ("pitääkö tunnille ilmoittautua etukäteen?", "book"),
        ("måste man boka en tid?", "book"),
    ],
)
def test_the_making_and_booking_acts_are_read(question: str, act: str) -> None:
    assert act in asked_acts(question)


def test_booking_in_passing_is_no_booking_asked() -> None:
    assert "book" not in asked_acts("kuinka kauan huolto kestää jos varaan ennen toukokuuta?")
    assert "book" not in asked_acts("how long is the tour if I book the morning one?")


def test_a_question_about_making_is_not_answered_by_a_repair_loan() -> None:
    loan = _m("Lainakajakki huollon ajaksi on maksuton, jos huolto kestää yli viikon.", "loan", language="fi")
    kept, unmet = fit_need("kuinka kauan yhden kajakin rakentaminen kestää?", [loan], ["Mela"])
    assert kept == [] and unmet is not None and "making" in unmet


@pytest.mark.parametrize(
    ("question", "post", "figures"),
    [
        ("how much", "Your kayak built in 6 weeks", {(6.0, "week")}),
        ("paljonko?", "Kajakkisi valmistuu 6 viikossa", {(6.0, "week")}),
        ("vad kostar den?", "Din kajak klar på 6 veckor", {(6.0, "week")}),
        ("how much is the paddle?", "Your kayak built in 6 weeks", set()),
        ("how much", "Meet our new workshop", set()),
        ("nice video", "Your kayak built in 6 weeks", set()),
    ],
)
def test_a_bare_question_asks_about_the_posts_figure(question: str, post: str, figures: set[object]) -> None:
    assert post_figures(question, post, ["Mela"], frozenset()) == figures


def test_a_booking_passage_answers_how_far_ahead_to_book() -> None:
    text = "Book online at example.org. The earliest free slot is usually within 3 weeks."
    passage = Passage("booking", text, "faq", "en", "public", "booking.md")
    soon = Match(passage, "The earliest free slot is usually within 3 weeks.", 1, 0.9)
    kept, unmet = fit_need("how far ahead do I need to book for a wedding?", [soon], ["Kello"])
    assert unmet is None and kept == [soon]


def test_self_built_is_no_making_asked() -> None:
    assert "make" not in asked_acts("can you fit the stove in my self-built cabin?")


def test_an_exclamation_asks_no_which_thing() -> None:
    assert which_thing("Vilken fin båt! Vad kostar det att hyra en sån?") is None
    assert which_thing("What a lovely kayak! How much is it?") is None
