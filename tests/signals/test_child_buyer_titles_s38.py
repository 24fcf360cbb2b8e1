"""A thread head where a parent chooses or buys for a child of an age carries no minors (session 38, issue 18): the age
rule's hit lies inside the buying phrase and the detector reads the head under its grey band, so the head passes no
minors to its comments and its comments' own minors reach only those near it. A child's own post, a named child's
story or a head the detector reads as minors passes minors on as before. Invented titles and verdicts, no model run."""

from __future__ import annotations

import pytest

from bot.signals import combine, rules
from bot.signals.combine import child_buyer_head, judge_threads, sibling_title_agrees, thread_flags
from bot.signals.judgement import CLASSES, Verdict
from tests.signals.helpers import question

MINORS = "minors"


def _head(score: float) -> Verdict:
    """A head's verdict with minors at ``score`` (flagged at 0.8 or more, in the grey band from 0.5)."""
    scores = {**dict.fromkeys(CLASSES, 0.01), MINORS: score}
    if score >= 0.8:
        return Verdict((MINORS,), (), scores)
    return Verdict((), (MINORS,), scores) if score >= 0.5 else Verdict((), (), scores)


def _comment(minors: bool) -> Verdict:
    scores = {**dict.fromkeys(CLASSES, 0.01), MINORS: 0.9 if minors else 0.01}
    return Verdict((MINORS,) if minors else (), (), scores)


def _thread(head: tuple[str, Verdict], carrying: int = 2, size: int = 12) -> list[combine.Judged]:
    signals = [question() for _ in range(size)]
    verdicts = [_comment(i < carrying) for i in range(size)]
    return judge_threads(signals, verdicts, ["t"] * size, {"t": head})


BUYING = [
    ("Hockeypaketet till min 9-åring – vilken storlek behövs?", "sv"),
    ("Skis for my 7-year-old – which size should we get?", "en"),
    ("Pyöräilykypärä 10-vuotiaalle – mikä koko?", "fi"),
]


@pytest.mark.parametrize(("title", "language"), BUYING)
def test_a_parent_choosing_a_size_for_a_child_of_an_age_is_a_child_buyer(title: str, language: str) -> None:
    assert rules.match("child_buyer", title, language) is not None


@pytest.mark.parametrize(("title", "language"), BUYING)
def test_a_child_buyer_head_passes_no_minors_to_its_comments(title: str, language: str) -> None:
    """Two parents of twelve tell of their own child: they keep their own minors, the others are judged alone."""
    head = _head(0.2)
    assert child_buyer_head(title, head, language)
    assert MINORS not in thread_flags(title, head, language, support={}, needed=3)
    assert not sibling_title_agrees(MINORS, title, head, language)
    judged = _thread((title, head))
    assert all(MINORS in j.signals.risk for j in judged[:2])
    assert all(MINORS not in j.signals.risk and j.title_flags == () for j in judged[2:])


@pytest.mark.parametrize(("title", "language"), BUYING)
def test_a_child_buyer_head_the_detector_reads_as_minors_passes_minors_on(title: str, language: str) -> None:
    """Read as minors (grey band or flag), the head is judged as any title: with its thread's support it passes on."""
    for head in (_head(0.6), _head(0.9)):
        assert not child_buyer_head(title, head, language)
        assert MINORS in thread_flags(title, head, language, support={MINORS: 5}, needed=3)


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("I'm 12 and saving for skates for my 6-year-old sister, which size?", "en"),
        ("Min 14-åring vill jobba i butiken – hur söker man?", "sv"),
        ("Eino 8v pelasi ensimmäisen turnauksensa uusilla luistimilla", "fi"),
    ],
)
def test_a_minors_rule_outside_a_buying_phrase_keeps_the_heads_minors(title: str, language: str) -> None:
    head = _head(0.2)
    assert rules.risk_match(MINORS, title, language) is not None
    assert not child_buyer_head(title, head, language)
    assert MINORS in thread_flags(title, head, language, support={}, needed=3)
    assert all(MINORS in j.signals.risk for j in _thread((title, head)))


def test_no_setting_passes_a_child_buyer_heads_rule_on_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(combine, "CHILD_BUYER_HEAD", False)
    title, language = BUYING[0]
    head = _head(0.2)
    assert not child_buyer_head(title, head, language)
    assert all(MINORS in j.signals.risk for j in _thread((title, head)))
