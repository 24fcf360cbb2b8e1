"""Risk kinds of session 28 (issue 18): a title naming a standing condition passes no injury to its thread; a child
telling their school grade, an insult to a person by name, a sprain, a stomach bug or an inflammation told in passing.
Invented comments and titles, no model."""

from __future__ import annotations

import pytest

from bot.signals import rules
from bot.signals.combine import condition_title, sibling_title_agrees, thread_flags
from bot.signals.judgement import CLASSES, Verdict

CALM = dict.fromkeys(CLASSES, 0.01)


def _flagged(flag: str) -> Verdict:
    return Verdict((flag,), (), {**CALM, flag: 0.9})


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Laktoosi-intoleranssi ja tilan jäätelöt – mitä voi syödä?", "fi"),
        ("Glutenintolerant och sugen på er tårta – funkar det?", "sv"),
        ("Pregnant and booked your canoe trip – still ok?", "en"),
        ("Nötallergi i familjen – vilka sylter är säkra?", "sv"),
    ],
)
def test_a_title_naming_a_standing_condition_passes_no_injury(title: str, language: str) -> None:
    """The condition is the thread's topic: each comment's own risk decides, not the title."""
    assert condition_title(title)
    assert "injury_or_health" not in thread_flags(title, _flagged("injury_or_health"), language, support={})
    assert "injury_or_health" not in thread_flags(title, _flagged("injury_or_health"), language)
    # the siblings' count reads it far from injury: a comment near injury on its own keeps it, others get a doubt
    assert not sibling_title_agrees("injury_or_health", title, _flagged("injury_or_health"), language)


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Sain allergisen reaktion jäätelöstä – huulet turvoksissa", "fi"),
        ("Gravid och halkade på er trappa – hamnade på akuten", "sv"),
        ("Allergic reaction after your fudge, we ended up in hospital", "en"),
        ("Broke my wrist on your ski trail – anyone else?", "en"),
    ],
)
def test_a_title_telling_a_harm_that_happened_still_passes_injury(title: str, language: str) -> None:
    assert not condition_title(title)
    assert "injury_or_health" in thread_flags(title, _flagged("injury_or_health"), language, support={})


def test_a_condition_title_still_passes_its_other_classes() -> None:
    title = "Allergia ja kunnanvaltuusto – valtuusto kieltää pähkinät kouluissa"
    assert condition_title(title)
    assert "politics" in thread_flags(title, _flagged("politics"), "fi", support={})


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Hej jag heter Saga och går i fyran, har ni ponnyer?", "sv"),
        ("moi oon vitosella ja meidän luokka tulee teille retkelle", "fi"),
        ("hi I'm in 4th grade, can we feed the goats?", "en"),
    ],
)
def test_a_child_telling_their_school_grade_is_minors(text: str, language: str) -> None:
    assert rules.risk_match("minors", text, language) is not None


@pytest.mark.parametrize(
    ("text", "language"),
    [("Vi var där med klass 3 i fjol", "sv"), ("My son is in 4th grade, is there a group price?", "en")],
)
def test_a_class_or_a_childs_grade_told_by_an_adult_is_not(text: str, language: str) -> None:
    assert rules.risk_match("minors", text, language) is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Kassan Pirjo on ihan täys ääliö, älkää menkö sen kassalle", "fi"),
        ("Guiden Petter är en riktig idiot", "sv"),
        ("Their driver Sam is a total jerk", "en"),
    ],
)
def test_an_insult_aimed_at_a_person_by_name_is_harassment(text: str, language: str) -> None:
    assert rules.risk_match("harassment", text, language) is not None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Jag är en idiot ibland, glömde plånboken", "sv"),
        ("Whoever pays 90 € for a used Thriller is a clown", "en"),
        ("Startpaket är för idioter som inte läser", "sv"),
    ],
)
def test_self_mockery_or_a_things_name_is_no_harassment(text: str, language: str) -> None:
    assert rules.risk_match("harassment", text, language) is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Stukade foten på er parkering i fjol, fixa gropen", "sv"),
        ("Lapset sai noron viime viikolla, voiko se olla teidän mansikoista?", "fi"),
        ("I have tendinitis in my wrist, is the beginner class ok?", "en"),
        ("Mulla on olkapäässä tulehdus, sopiiko kurssi?", "fi"),
    ],
)
def test_a_sprain_a_stomach_bug_or_an_inflammation_told_in_passing_is_injury(text: str, language: str) -> None:
    assert rules.risk_match("injury_or_health", text, language) is not None


def test_the_virus_named_as_a_topic_is_not() -> None:
    assert rules.risk_match("injury_or_health", "Miten norovirus leviää, riittääkö käsidesi?", "fi") is None


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Luokkaretki marjatilalle – vinkkejä opettajille?", "fi"),
        ("Familjekurs i keramik – funkar det med barn?", "sv"),
        ("School trip to the farm – any tips?", "en"),
    ],
)
def test_minors_pass_from_siblings_only_under_a_head_that_carries_minors(title: str, language: str) -> None:
    """Children as a group in a title: its comments' own minors do not reach every comment as a flag."""
    near = Verdict((), (), {**CALM, "minors": 0.4})
    assert not sibling_title_agrees("minors", title, near, language)
    assert sibling_title_agrees("minors", title, _flagged("minors"), language)
    # a grey band under MINORS_TITLE_SURE names children as a group too (session 33, test_minors_titles_s33)
    grey = Verdict((), ("minors",), {**CALM, "minors": 0.5})
    assert not sibling_title_agrees("minors", title, grey, language)
    # another class near the title still agrees as before
    legal = Verdict((), (), {**CALM, "legal_or_financial_advice": 0.4})
    assert sibling_title_agrees("legal_or_financial_advice", title, legal, language)
