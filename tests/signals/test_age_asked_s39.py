"""A grown-up asking the age a thing or a course is for is no minor (issue 18, session 39): the detector's own minors
reading is dropped when the comment asks an age (rules' ``age_asked``) as the child's grown-up (rules' ``grown_up``)
and no minors rule hits it. Invented comments, no model."""

from __future__ import annotations

import pytest

from bot.signals import judgement, rules
from bot.signals.judgement import Verdict, _age_asked

MINORS = Verdict(("minors",), (), {"minors": 0.8})
GREY = Verdict((), ("minors", "harassment"), {"minors": 0.5, "harassment": 0.5})


@pytest.mark.parametrize(
    "text",
    [
        "What's the minimum age for the pottery class? My daughter keeps asking",
        "Is there an age limit for the forge course? Asking for my nephew",
        "Our two kids are wild about it, from what age is the junior set meant?",
        "Meidän kuusivuotias on ihan innoissaan, mikä on ikäraja ja pitääkö aikuisen olla mukana?",
        "Kummityttö täyttää kohta kahdeksan, mistä iästä kurssi on?",
        "Minkä ikäiselle tämä setti sopii? Lapsenlapsi täyttää kohta viisi",
        "Från vilken ålder får mitt barnbarn vara med på kursen?",
        "Min tonåring tjatar, finns det en åldersgräns eller får han gå med en förälder?",
    ],
)
def test_a_grown_up_asking_the_age_a_thing_is_for_drops_the_detectors_minors(text: str) -> None:
    assert rules.match("age_asked", text) is not None
    assert rules.match("grown_up", text) is not None
    assert "minors" not in _age_asked(MINORS, text).flags
    grey = _age_asked(GREY, text)
    assert "minors" not in grey.uncertain and "harassment" in grey.uncertain


@pytest.mark.parametrize(
    "text",
    [
        # a child speaking: a minors rule hits
        "I'm 13, what's the age limit? My mum won't let me go alone",
        "Oon 12 ja mun äiti ei anna, mikä on ikäraja?",
        "Jag är 14, får barn gå kursen med en förälder?",
        # an age asked with no grown-up in it
        "Saako 9-vuotiaat tulla yksin?",
        "How old must you be to rent a kayak?",
        # whether a particular child may do something: their own situation, no age asked of the thing
        "Voiko 13-vuotias tyttäremme tulla yksin, hän on innoissaan mutta koulu sanoo ei?",
        "Can 10-year-olds join the workshop with a parent?",
        "Min son på 15 vill gå kursen, får barn åka hem själva efteråt?",
        # a child's own situation, no age asked
        "My son is being bullied at the riding school, what do I do?",
        "Vår dotter blev skadad på kursen, vem ska vi prata med?",
        # a child's age told with the question: a minors rule hits
        "Mun tytär (9v) on allerginen, mistä iästä kurssi on?",
    ],
)
def test_a_child_speaking_or_a_childs_own_situation_keeps_the_detectors_minors(text: str) -> None:
    assert "minors" in _age_asked(MINORS, text).flags


def test_only_the_detectors_minors_is_dropped() -> None:
    text = "What's the age range for the junior course? My daughter keeps asking"
    other = Verdict(("harassment",), (), {"harassment": 0.9})
    assert _age_asked(other, text) == other


def test_no_setting_keeps_the_detectors_minors(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(judgement, "AGE_ASKED_DROPS_MINORS", False)
    assert "minors" in _age_asked(MINORS, "What's the minimum age? My son keeps asking").flags
