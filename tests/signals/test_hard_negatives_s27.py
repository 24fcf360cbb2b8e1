"""Hard negatives escalated as risky (issue 18, session 27): a grey reading nearer a figure of speech, a thing's death
in a title the detector reads as a death, a parent choosing between places for children of two ages. Invented
comments and titles, no model."""

from __future__ import annotations

import pytest

from bot.opportunities.scoring import ScoreInput, score_opportunity
from bot.signals import rules
from bot.signals.combine import GREY_FIGURE_AT, judge, thread_flags
from bot.signals.figurative import THING_MARGIN, subject
from bot.signals.judgement import CLASSES, Verdict
from tests.signals.helpers import question

CALM = dict.fromkeys(CLASSES, 0.01)


def _grey(flag: str, figure: float | None, flags: tuple[str, ...] = ()) -> Verdict:
    return Verdict(flags, (flag,), {**CALM, flag: 0.45}, figure=figure)


@pytest.mark.parametrize(
    ("text", "language", "flag"),
    [
        ("my bank account is on life support after the sale, do you ship to Oulu?", "en", "injury_or_health"),
        ("vaimo uhkaa muuttaa pois jos ostan vielä yhden kulhon 😂 onko lahjakortteja?", "fi", "harassment"),
        ("plånboken ligger på intensiven, finns det studentrabatt?", "sv", "legal_or_financial_advice"),
    ],
)
def test_a_grey_reading_nearer_a_figure_is_a_doubt_not_an_escalation(text: str, language: str, flag: str) -> None:
    """Only the detector's grey band, and the riskiest clause a little nearer a figure than a harm as it happened
    (under FIGURE_MARGIN): never drafted, at most digested, not sent to a person as a risk."""
    assert GREY_FIGURE_AT is not None
    judged = judge(question(language=language), _grey(flag, GREY_FIGURE_AT + 0.005))
    assert flag not in judged.uncertain and flag in judged.risk_doubt
    assert "figure of speech" in judged.evidence["figurative"]
    action = score_opportunity(ScoreInput(signals=judged, answer_similarity=0.99)).action
    assert action not in ("draft", "escalate"), text


def test_a_grey_reading_nearer_a_harm_a_rule_a_flag_or_the_thread_still_escalates() -> None:
    assert GREY_FIGURE_AT is not None
    below = judge(question(), _grey("injury_or_health", GREY_FIGURE_AT - 0.005))
    assert below.uncertain == ("injury_or_health",)
    # a rule's hit of the comment's own, or the detector's flag of another class, keeps the grey band
    ruled = judge(question(risk=("minors",)), _grey("injury_or_health", GREY_FIGURE_AT + 0.005))
    assert "injury_or_health" in ruled.uncertain
    flagged = judge(question(), _grey("injury_or_health", GREY_FIGURE_AT + 0.005, flags=("minors",)))
    assert "injury_or_health" in flagged.uncertain
    # a grey class the figure test does not weigh (politics) stays grey
    politics = judge(question(), _grey("politics", GREY_FIGURE_AT + 0.005))
    assert politics.uncertain == ("politics",)
    # the thread's flags still reach the comment
    threaded = judge(question(), _grey("injury_or_health", GREY_FIGURE_AT + 0.005), ("crisis_or_tragedy",))
    assert threaded.risk == ("crisis_or_tragedy",)
    # a model's own labels are never touched
    llm = judge(question(method="llm", uncertain=("injury_or_health",)), _grey("injury_or_health", 0.02))
    assert "injury_or_health" in llm.uncertain


@pytest.mark.parametrize(
    ("clause", "named"),
    [
        ("Second-hand kettle from Kahvila Aroma died", "Second-hand kettle"),
        ("gamla mixern från Köksboden dog", "gamla mixern"),
        ("my uncle in Tampere died", "my uncle"),
        ("my old phone died", "old phone"),
    ],
)
def test_what_died_is_named_before_a_place_or_seller(clause: str, named: str) -> None:
    assert subject(clause) == named


def test_a_things_death_in_a_title_passes_the_detectors_crisis_only_with_support() -> None:
    """ "Second-hand kettle from <shop> died after a week": the rule's "died" about a thing needs no support no longer
    because the detector also reads a death; its own flag passes on as any detector-only class, with support."""
    title = "Second-hand kettle from Kahvila Aroma died after a week"
    verdict = Verdict(("crisis_or_tragedy",), (), {**CALM, "crisis_or_tragedy": 0.9}, thing_death=THING_MARGIN + 0.01)
    assert "crisis_or_tragedy" not in thread_flags(title, verdict, "en", support={}, needed=3)
    assert "crisis_or_tragedy" in thread_flags(title, verdict, "en", support={"crisis_or_tragedy": 3}, needed=3)
    # about a person (the thing margin under THING_MARGIN) the rule passes it on by itself
    person = Verdict(("crisis_or_tragedy",), (), {**CALM, "crisis_or_tragedy": 0.9}, thing_death=THING_MARGIN - 0.02)
    assert "crisis_or_tragedy" in thread_flags("My uncle died last week", person, "en", support={}, needed=3)


@pytest.mark.parametrize(
    "text",
    [
        "Kumpi kerho sopii paremmin 7- ja 9-vuotiaille?",
        "Uimahalli vai keilahalli 8-vuotiaille synttäreille?",
        "Which model is best for 6-year-olds?",
        "Vilken bana passar bäst för 10-åringar?",
    ],
)
def test_choosing_between_places_or_models_for_children_of_an_age_is_a_child_buyer(text: str) -> None:
    assert rules.match("child_buyer", text) is not None


@pytest.mark.parametrize(
    "text",
    ["Saako 9-vuotiaat tulla yksin?", "Onko tää kiva vai ei?", "My 8-year-olds keep fighting at home"],
)
def test_an_age_without_a_choice_for_the_child_is_no_child_buyer(text: str) -> None:
    assert rules.match("child_buyer", text) is None


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("Ni vet vem jag menar. Vi vet var du jobbar, Kalle.", "harassment"),
        ("tiedetään kyllä missä sä asut, Jonne", "harassment"),
        ("We know who you are, Mia, and we know your car", "harassment"),
        ("Jag vet vem du är och var du parkerar", "harassment"),
        ("Hela kvarteret fick flytta undan skogsbranden i juli, har ni öppet nu?", "crisis_or_tragedy"),
        ("Metsäpalo vei meidän mökin viime kesänä, onko teillä lahjakortteja?", "crisis_or_tragedy"),
        ("We want to make a small bowl for grandpa's ashes, can you glaze it in blue?", "crisis_or_tragedy"),
        ("Farfars aska ska strös i sjön, säljer ni lådor för det?", "crisis_or_tragedy"),
    ],
)
def test_we_know_where_you_are_a_wildfire_and_a_kins_ashes_are_risks_in_every_language(text: str, flag: str) -> None:
    assert flag in rules.risk_flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Vi vet var butiken ligger, men när öppnar ni?",
        "tiedän missä se kauppa on, mutta onko se auki sunnuntaina?",
        "We know your shop from the market, do you ship?",
        "Behöver jag tömma askan ur ugnen själv?",
    ],
)
def test_knowing_a_place_or_a_stoves_ash_is_no_risk(text: str) -> None:
    assert not rules.risk_flags(text)
