"""A title that asks names its thread's topic (session 32, issue 18): money the detector alone reads in it reaches the
thread's comments as a doubt, not a flag (:data:`bot.signals.combine.ASKED_TITLE`). A title telling a harm, a rule's
hit, injury and the thread's siblings pass their class as before. Invented comments and verdicts, no model run."""

from __future__ import annotations

import pytest

from bot.signals import combine
from bot.signals.combine import ASKED_TITLE_CLASSES, asked_title_flags, asking_title, judge_threads
from bot.signals.judgement import CLASSES, Verdict
from tests.signals.helpers import question


def _verdict(flags: tuple[str, ...] = (), grey: tuple[str, ...] = ()) -> Verdict:
    return Verdict(flags, grey, dict.fromkeys(CLASSES, 0.0))


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Ungdomar som reser ensamma till Åland – regler?", "sv"),
        ("Hyresvärden vill inte betala för målningen – vad gäller?", "sv"),
        ("Jobba på Tuli som 15-åring – någon som vet", "sv"),
        ("Lasten leiri kesällä – onko kokemuksia", "fi"),
        ("Onko kellään kokemuksia kesäleireistä", "fi"),
        ("Anyone know the rules for teens travelling alone", "en"),
    ],
)
def test_a_title_asking_about_a_topic_asks(title: str, language: str) -> None:
    """A question, with or without its mark, or a question put to the thread's people (fi, sv, en)."""
    assert asking_title(title, language)


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Matkustaja putosi yli laidan yöllä – etsinnät lopetettu", "fi"),  # news, no question
        ("Brand i restaurangen i natt – två döda", "sv"),
        ("Two skiers died in the avalanche – what happened?", "en"),  # asks, but tells a death
        ("Min son bröt armen i parken – vad gör jag nu?", "sv"),  # asks, but tells a break
        ("Sain allergisen reaktion – mitä nyt?", "fi"),
    ],
)
def test_a_title_telling_a_harm_or_asking_nothing_does_not(title: str, language: str) -> None:
    assert not asking_title(title, language)


def _thread(head: tuple[str, Verdict], flag: str, carrying: int = 1, size: int = 3) -> list[combine.Judged]:
    signals = [question() for _ in range(size)]
    verdicts = [_verdict((flag,)) if i < carrying else _verdict() for i in range(size)]
    return judge_threads(signals, verdicts, ["t"] * size, {"t": head})


MONEY = "legal_or_financial_advice"


def test_money_only_the_detector_reads_in_an_asking_title_is_a_doubt_on_the_comments_that_do_not_carry_it() -> None:
    """ "The landlord won't pay for the paint – what applies?" read as money: the comment telling a dispute of its own
    keeps its flag, the others ask about paint and get a doubt (never drafted, at most digested), not the title's
    flag."""
    head = ("The landlord won't pay for the paint – what applies?", _verdict((MONEY,)))
    judged = _thread(head, MONEY)
    assert MONEY in judged[0].signals.risk  # its own flag
    for j in judged[1:]:
        assert j.title_flags == ()
        assert MONEY not in j.signals.risk
        assert MONEY in j.signals.risk_doubt


def test_money_in_an_asking_titles_grey_band_is_a_doubt_too(monkeypatch: pytest.MonkeyPatch) -> None:
    head = ("Deposit kept for a scratch – what applies?", _verdict(grey=(MONEY,)))
    judged = _thread(head, MONEY)
    assert all(MONEY not in j.signals.risk and MONEY in j.signals.risk_doubt for j in judged[1:])
    monkeypatch.setattr(combine, "ASKED_TITLE", False)
    assert all(MONEY in j.signals.risk for j in _thread(head, MONEY))


def test_a_declarative_or_harm_telling_title_still_passes_its_class_to_every_comment() -> None:
    for title in ("The landlord won't pay for the paint", "My son broke his arm on your trip – what now?"):
        judged = _thread((title, _verdict((MONEY,))), MONEY)
        assert all(j.title_flags == (MONEY,) and MONEY in j.signals.risk for j in judged)


def test_a_rule_on_the_asking_title_and_the_other_classes_still_pass() -> None:
    """A rule's hit names the risk itself ("My 13yo ..."); minors (a child's own question: judgement-m), injury (a
    moved sofa's thread, judgement-f) and the other classes are not among ASKED_TITLE_CLASSES."""
    assert ASKED_TITLE_CLASSES == (MONEY,)
    ruled = _thread(("My 13yo wants to travel alone – any tips?", _verdict(("minors",))), "minors")
    assert all("minors" in j.signals.risk for j in ruled)
    for flag in ("minors", "injury_or_health", "crisis_or_tragedy", "politics", "harassment"):
        # the detector sure of its class: minors under MINORS_TITLE_SURE is a doubt (test_minors_titles_s33)
        sure = Verdict((flag,), (), {**dict.fromkeys(CLASSES, 0.0), flag: 0.95})
        judged = _thread(("Teens travelling alone to Åland – rules?", sure), flag)
        assert all(flag in j.signals.risk for j in judged)


def test_the_threads_siblings_still_pass_the_class_as_a_flag() -> None:
    """Under an asking title, a thread where most comments carry money on their own is about it: every comment gets
    it from its siblings (combine.sibling_flags), whatever the title passes."""
    head = ("Landlord won't pay for the paint – what applies?", _verdict((MONEY,)))
    judged = _thread(head, MONEY, carrying=4, size=6)
    assert all(j.sibling_flags == (MONEY,) for j in judged)
    assert all(MONEY in j.signals.risk for j in judged)


def test_switched_off_the_asking_title_passes_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    head = ("Deposit kept for a scratch – what applies?", _verdict((MONEY,)))
    assert asked_title_flags(head[0], head[1], (MONEY,), "en") == (MONEY,)
    monkeypatch.setattr(combine, "ASKED_TITLE", False)
    assert asked_title_flags(head[0], head[1], (MONEY,), "en") == ()
    assert all(MONEY in j.signals.risk for j in _thread(head, MONEY))
