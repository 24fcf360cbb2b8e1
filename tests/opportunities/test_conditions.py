"""The case a question asks about (the freezer, an opened jar, Sweden): read in fi/sv/en, and the plan's passage is
the one naming it where it is nearly as close; a passage speaking only of another case holds no answer (issue 25)."""

from __future__ import annotations

import pytest

from bot.opportunities.assess import CASE_MARGIN, _best_passage, _holds_what_is_asked
from bot.opportunities.conditions import asked_cases, named_anywhere, names_cases, other_case, unlisted
from bot.opportunities.coverage import asks_for, missing
from tests.opportunities.test_answering import FixedRetriever, _p

SHELF = "En oöppnad burk håller 18 månader i rumstemperatur. En öppnad burk ska förvaras i kylskåp i 3 veckor."
FREEZER = "Hillon voi pakastaa, ja se säilyy pakkasessa noin vuoden."
FINNISH_POST = "Toimitus Postin pakettiautomaattiin 9,90 €, yli 60 € tilauksiin ilmainen."
SWEDISH_POST = "Vi skickar även till Sverige: på tisdagar, frakt 14,90 €, leverans på 3–5 arbetsdagar."


@pytest.mark.parametrize(
    ("question", "case"),
    [
        ("hur länge håller den i frysen?", {"storage": "freezer"}),
        ("pitääkö leipä viipaloida ennen pakastusta", {"storage": "freezer"}),
        ("kauanko säilyy jääkaapissa?", {"storage": "fridge"}),
        ("how long does it keep once opened?", {"opened": "opened"}),
        ("kauanko avattu purkki säilyy", {"opened": "opened"}),
        ("paljonko postikulut Ruotsiin?", {"country": "sweden"}),
        ("Vad kostar frakten till Sverige?", {"country": "sweden"}),
        ("do you ship to the UK?", {"country": "uk"}),
    ],
)
def test_the_case_a_question_names_is_read_in_finnish_swedish_and_english(question: str, case: dict[str, str]) -> None:
    assert asked_cases(question) == case


def test_a_country_beside_no_sending_or_buying_and_two_cases_of_one_dimension_ask_no_case() -> None:
    assert asked_cases("Asun Ruotsissa, onko hillo vegaaninen?") == {}  # where the person lives
    assert asked_cases("onko ohjeet suomen kielellä?") == {}  # the language, not the country
    assert asked_cases("does it keep better in the fridge or the freezer?") == {}


def test_a_statement_about_another_case_only_is_told_from_one_naming_the_case_or_none() -> None:
    freezer = {"storage": "freezer"}
    assert other_case(freezer, "En öppnad burk ska förvaras i kylskåp och ätas upp inom 3 veckor.") == "storage"
    assert other_case(freezer, "Keeps 7 days at room temperature; it freezes well for 3 months.") is None
    assert other_case(freezer, "Leipäkerhon voi keskeyttää milloin tahansa.") is None  # names no case: not another
    assert names_cases(freezer, FREEZER) and not names_cases(freezer, SHELF)
    # A list of the countries shipped to tells "no" of another: only counted where the guidance names the asked one.
    uk = {"country": "uk"}
    listing = "We ship to Sweden, Norway and Germany; we do not ship outside the EU."
    assert other_case(uk, listing) is None and other_case(uk, listing, listing=False) == "country"
    assert unlisted({"country": "sweden", "storage": "fridge"}) == {"storage": "fridge"}
    assert named_anywhere({"country": "sweden"}, [FINNISH_POST, SWEDISH_POST]) == {"country": "sweden"}


def test_the_passage_naming_the_case_asked_answers_within_the_margin_in_any_language() -> None:
    others = [_p(f"o{n}", "fi", 0.80, f"Muu asia {n}.") for n in range(3)]
    near = FixedRetriever([_p("fi-post", "fi", 0.90, FINNISH_POST), _p("se", "sv", 0.88, SWEDISH_POST), *others])
    best = _best_passage(near, "paljonko postikulut Ruotsiin?")
    assert best is not None and best.id == "se"
    far = FixedRetriever(
        [_p("fi-post", "fi", 0.90, FINNISH_POST), _p("se", "sv", 0.90 - CASE_MARGIN - 0.03, SWEDISH_POST), *others]
    )
    best = _best_passage(far, "paljonko postikulut Ruotsiin?")
    assert best is not None and best.id == "fi-post"


def test_a_passage_speaking_only_of_another_storage_holds_no_answer_unless_a_close_one_names_the_case() -> None:
    shelf = _p("shelf", "sv", 0.90, SHELF)
    others = [_p(f"o{n}", "sv", 0.70, f"Annat {n}.") for n in range(3)]
    alone = FixedRetriever([shelf, *others])
    best = _best_passage(alone, "hur länge håller den i frysen?")
    assert best is not None and best.id == "shelf"
    assert not _holds_what_is_asked(alone, "hur länge håller den i frysen?", best)
    assert _holds_what_is_asked(alone, "hur länge håller en öppnad burk i kylskåp?", best)
    with_freezer = FixedRetriever([shelf, _p("frozen", "fi", 0.89, FREEZER), *others])
    best = _best_passage(with_freezer, "hur länge håller den i frysen?")
    assert best is not None and best.id == "frozen"
    assert _holds_what_is_asked(with_freezer, "hur länge håller den i frysen?", best)


@pytest.mark.parametrize(
    "question", ["Varför kostar sockerfri mer?", "miks toi on kalliimpi?", "why does the sugar-free one cost more?"]
)
def test_a_question_asking_why_is_answered_only_by_a_passage_giving_a_reason(question: str) -> None:
    assert "reason" in asks_for(question)
    assert missing(question, "Sokeriton hillo (makeutettu ksylitolilla) 200 g 14,90 €.") == "reason"
    assert missing(question, "Sugar-free jam costs more because xylitol is dearer than sugar.") is None
    assert missing(question, "Sockerfri sylt kostar mer eftersom xylitol är dyrare.") is None
