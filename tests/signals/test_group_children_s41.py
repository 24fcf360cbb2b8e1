"""Children named only as a group of customers are no particular minor (issue 18, session 41): the detector's own minors
reading of a comment naming no particular child (no child's age word, no own child or grown-up asked, no child speaking
of their age or their parents, no child alone, no minor by the law's word) and hit by no minors rule is a doubt (never
drafted, at most digested), not an escalation. Invented comments, no model."""

from __future__ import annotations

import pytest

from bot.signals import judgement, rules
from bot.signals.combine import judge
from bot.signals.judgement import Verdict, _group_children
from bot.signals.types import Signals

MINORS = Verdict(("minors",), (), {"minors": 0.8})
GREY = Verdict((), ("minors", "harassment"), {"minors": 0.52, "harassment": 0.5})


@pytest.mark.parametrize(
    "text",
    [
        "Can kids join the night climbing or is it adults only?",
        "What should kids bring to the junior course?",
        "Is there a student discount? I'm at uni",
        "Mitä te teette lasten kanssa sadepäivinä? Ideoita kaivataan",
        "Onko nuorten kurssilla eri hinta?",
        "Från vilken ålder kan barn vara med på vanliga kurser?",
        "Hur gammal måste man vara för att åka Kråkan?",
    ],
)
def test_children_named_only_as_a_group_are_a_doubt_not_a_flag(text: str) -> None:
    assert rules.risk_match("minors", text) is None
    assert all(rules.match(group, text) is None for group in judgement.PARTICULAR_CHILD)
    moved = _group_children(MINORS, text)
    assert "minors" not in moved.flags and "minors" in moved.doubts
    grey = _group_children(GREY, text)
    assert "minors" not in grey.uncertain and "minors" in grey.doubts and "harassment" in grey.uncertain


@pytest.mark.parametrize(
    "text",
    [
        # a child speaking: their age, their parents
        "I'm 14 and good with tools, can I put it up myself?",
        "Blir kursen även på svenska? Min mamma pratar bara svenska",
        "Oon 13, pääseekö kurssille?",
        "Äiti sanoo että se on liian kallis",
        "jag fyller 12 i maj, får jag gå på stora banan?",
        # a particular child: an age word, the speaker's own child
        "Can I bring my 13 year old? She'd love this",
        "Kan vi låna flytväst till en 4-åring på familjelägret?",
        "Mun tytär haluaa kurssille, onko tilaa?",
        "Min son vill gå juniorkursen, finns det plats?",
        # a child alone, without a grown-up
        "Can kids come alone or does a parent need to be there?",
        "Saako lapset tulla ilman aikuista?",
        "Får barn åka ensam?",
        # a minor by the law's word
        "Tietääkö joku saako puukkoja myydä alaikäiselle?",
        "Får man sälja kniven till en minderårig?",
        "Is it legal to sell these to minors?",
    ],
)
def test_a_particular_child_or_a_child_speaking_keeps_the_detectors_minors(text: str) -> None:
    assert "minors" in _group_children(MINORS, text).flags
    assert "minors" in _group_children(GREY, text).uncertain


def test_only_the_detectors_minors_is_moved() -> None:
    text = "Can kids join the night climbing or is it adults only?"
    other = Verdict(("harassment",), (), {"harassment": 0.9})
    assert _group_children(other, text) == other


def test_the_doubt_is_never_drafted_nor_escalated() -> None:
    """combine.judge reads the detector's doubts as ``risk_doubt`` (never drafted, at most digested): no risk flag,
    no grey band."""
    text = "What should kids bring to the junior course?"
    sig = Signals(language="en", intent="question", emotion="neutral", is_question=True, method="offline")
    judged = judge(sig, _group_children(MINORS, text))
    assert "minors" not in judged.risk and "minors" not in judged.uncertain
    assert "minors" in judged.risk_doubt


def test_a_thread_still_passes_its_minors() -> None:
    text = "What should kids bring to the junior course?"
    sig = Signals(language="en", intent="question", emotion="neutral", is_question=True, method="offline")
    assert "minors" in judge(sig, _group_children(MINORS, text), ("minors",)).risk


def test_no_setting_keeps_the_detectors_minors(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(judgement, "GROUP_CHILDREN_DOUBT", False)
    assert "minors" in _group_children(MINORS, "Can kids join the night climbing?").flags
