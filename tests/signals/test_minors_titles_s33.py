"""A title naming children as a group passes minors as a doubt (session 33, issue 18): minors the detector alone reads
in a thread's title under :data:`bot.signals.combine.MINORS_TITLE_SURE` ("Bus trip with the kids – experiences")
reaches the thread's comments as a doubt, not a flag, and lets the comments' own minors pass only to those near it; a
title about one child the detector is sure of, or a minors rule's hit, passes minors on as before. Invented titles,
comments and verdicts, no model run."""

from __future__ import annotations

import pytest

from bot.signals import combine, rules
from bot.signals.combine import MINORS_TITLE_SURE, judge_threads, sibling_title_agrees, unsure_minors_title
from bot.signals.judgement import CLASSES, Verdict
from tests.signals.helpers import question

MINORS = "minors"


def _title(score: float, *, grey: bool = False) -> Verdict:
    """A title's verdict with minors at ``score``, flagged or (``grey``) in the grey band."""
    scores = {**dict.fromkeys(CLASSES, 0.01), MINORS: score}
    return Verdict((), (MINORS,), scores) if grey else Verdict((MINORS,), (), scores)


def _comment(minors: bool) -> Verdict:
    scores = {**dict.fromkeys(CLASSES, 0.01), MINORS: 0.9 if minors else 0.01}
    return Verdict((MINORS,) if minors else (), (), scores)


def _thread(head: tuple[str, Verdict], carrying: int = 5, size: int = 12) -> list[combine.Judged]:
    signals = [question() for _ in range(size)]
    verdicts = [_comment(i < carrying) for i in range(size)]
    return judge_threads(signals, verdicts, ["t"] * size, {"t": head})


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Buss Åbo–Vasa med barn – erfarenheter", "sv"),
        ("Uimahallin turvallisuus lasten kanssa – kokemuksia", "fi"),
        ("Family day at the festival – tips from parents", "en"),
    ],
)
def test_a_group_title_the_detector_is_unsure_of_passes_minors_as_a_doubt(title: str, language: str) -> None:
    """Five parents of twelve tell of their own children: they keep minors, the others get a doubt (never drafted,
    at most digested), not a flag, neither from the title nor from the siblings."""
    assert MINORS_TITLE_SURE is not None
    for head in (_title(MINORS_TITLE_SURE - 0.2), _title(0.52, grey=True)):
        assert unsure_minors_title(title, head, language)
        assert not sibling_title_agrees(MINORS, title, head, language)
        judged = _thread((title, head))
        assert all(MINORS in j.signals.risk for j in judged[:5])
        assert all(MINORS not in j.signals.risk and MINORS in j.signals.risk_doubt for j in judged[5:])
        assert all(j.title_flags == () and j.sibling_flags == () for j in judged[5:])


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Dottern vill sälja mössor på nätet – hur gör man?", "sv"),
        ("Tyttö haluaa kiipeillä ilman vanhempia – saako?", "fi"),
        ("Thirteen here, can I climb without my parents?", "en"),
    ],
)
def test_a_title_about_one_child_the_detector_is_sure_of_passes_minors_on(title: str, language: str) -> None:
    assert MINORS_TITLE_SURE is not None
    head = _title(MINORS_TITLE_SURE + 0.1)
    assert not unsure_minors_title(title, head, language)
    judged = _thread((title, head))
    assert all(MINORS in j.signals.risk for j in judged)


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Min 12-åriga dotter vill sälja mössor på nätet – hur gör man?", "sv"),
        ("13-åring här – får jag klättra utan föräldrar?", "sv"),
        ("Meidän 9-vuotias haluaa ratsastamaan – kokemuksia?", "fi"),
        ("My 13yo wants to paint a mural", "en"),
    ],
)
def test_a_title_naming_a_childs_age_passes_minors_on_though_the_detector_is_unsure(title: str, language: str) -> None:
    """An age names one child (judgement-r's daughter of twelve read at 0.82): the thread is about that child."""
    assert rules.match("child_age", title, language) is not None
    head = _title(0.6)
    assert not unsure_minors_title(title, head, language)
    assert all(MINORS in j.signals.risk for j in _thread((title, head)))


@pytest.mark.parametrize("text", ["Takuu 2v – kokemuksia?", "3 år garanti på cykeln", "Barn och vuxna – tider?"])
def test_a_warranty_a_number_or_children_without_an_age_name_no_childs_age(text: str) -> None:
    assert rules.match("child_age", text) is None


def test_a_minors_rule_on_the_title_passes_minors_on_whatever_the_detector_reads() -> None:
    title = "I'm 14, can I row alone?"
    head = _title(0.6)
    assert not unsure_minors_title(title, head, "en")
    assert sibling_title_agrees(MINORS, title, head, "en")
    assert all(MINORS in j.signals.risk for j in _thread((title, head)))


def test_no_setting_passes_a_group_titles_minors_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(combine, "MINORS_TITLE_SURE", None)
    title = "Buss Åbo–Vasa med barn – erfarenheter"
    head = _title(0.6)
    assert not unsure_minors_title(title, head, "sv")
    assert all(MINORS in j.signals.risk for j in _thread((title, head)))
