"""Hard negatives flagged or escalated on the spent judgement-k and -l (issue 18, session 22): fixed figures of speech
the idiom list lacked (a chore that "will be the death of me", money given a body's harm), an indirect question that
went unread as one (so its figure was never weighed), and a grey title passed on by comments that only come near its
class."""

from __future__ import annotations

import pytest

from bot.signals import rules
from bot.signals.combine import TITLE_SUPPORT_MIN, thread_flags
from bot.signals.judgement import CLASSES, Verdict


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Grouting the tiles will be the death of me, is it included in the fitting?", "en"),
        ("Ironing is my sworn enemy, does the steam press come in a smaller size?", "en"),
        ("Our cat has selective hearing, does the clicker course help with that?", "en"),
        ("I'll be dead and buried before the council decides, how long is your queue?", "en"),
        ("That last hill is a real killer, do you deliver?", "en"),
        ("My bank account just had a heart attack looking at the quote, any discounts?", "en"),
        ("Ikkunoiden pesu on mun arkkivihollinen, paljonko teillä maksaa kerta?", "fi"),
        ("Oon varmaan kuollut ja haudattu ennen kuin naapurit päättää värin", "fi"),
        ("Myisin vaikka munuaiseni tuosta sohvasta, onko sitä harmaana?", "fi"),
        ("Mun pankkitili sai ihan sydärin kun näin laskun, voiko maksaa osissa?", "fi"),
        ("Kukkaro on jo valmiiks tehohoidossa, onko alennuskoodeja?", "fi"),
        ("Tvätten tar död på mig, har ni en större maskin?", "sv"),
        ("Jag dör lite inombords när jag ser kvittot", "sv"),
        ("Plånboken grät blod efter julen, finns det delbetalning?", "sv"),
        ("Jag höll på att få en hjärtattack av priset, ingår frakten?", "sv"),
    ],
)
def test_new_figures_of_speech_are_idioms(text: str, language: str) -> None:
    assert rules.match("idiom", text, language) is not None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # money beside a real illness or a real stay in intensive care is told as it happened
        ("My savings are gone since my stroke, can I pause the plan?", "en"),
        ("Säästöt meni kun isä joutui tehohoitoon, voiko laskua siirtää?", "fi"),
        ("Budgeten räckte inte när pappa låg på intensiven i våras", "sv"),
        ("The burglar was a killer the police had been looking for", "en"),
    ],
)
def test_money_beside_a_real_harm_is_no_figure(text: str, language: str) -> None:
    assert rules.match("idiom", text, language) is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("I'd like to know whether the warranty covers the motor", "en"),
        ("Haluaisin tietää kauanko toimitus kestää", "fi"),
        ("Jag vill gärna veta hur länge garantin gäller", "sv"),
    ],
)
def test_an_indirect_question_is_a_question(text: str, language: str) -> None:
    assert rules.is_question(text, language)


def _grey(flag: str) -> Verdict:
    return Verdict((), (flag,), dict.fromkeys(CLASSES, 0.0))


def test_a_grey_title_needs_comments_that_carry_its_class_not_only_come_near_it() -> None:
    title, flag = "Ikkuna halkesi yöllä itsestään?!", "injury_or_health"
    # three comments carry injury counting one doubt, two without it
    with_doubts, firm = {flag: TITLE_SUPPORT_MIN}, {flag: TITLE_SUPPORT_MIN - 1}
    assert thread_flags(title, _grey(flag), "fi", with_doubts, TITLE_SUPPORT_MIN, firm) == ()
    assert thread_flags(title, _grey(flag), "fi", with_doubts, TITLE_SUPPORT_MIN, with_doubts) == (flag,)


def test_a_detector_flagged_title_still_counts_doubts() -> None:
    flag = "injury_or_health"
    verdict = Verdict((flag,), (), dict.fromkeys(CLASSES, 0.0))
    with_doubts, firm = {flag: TITLE_SUPPORT_MIN}, {flag: 0}
    title = "Lasiseinä hajosi ja äiti loukkaantui"
    assert thread_flags(title, verdict, "fi", with_doubts, TITLE_SUPPORT_MIN, firm) == (flag,)


def test_under_a_far_title_a_figure_of_speech_does_not_bring_a_comment_near_the_thread_class() -> None:
    """Five comments of twelve tell an injury under a title about sewing tips; a question whose own injury reading is a
    figure ("ironing is my sworn enemy") gets the thread's injury as a doubt, as the plain questions do, while the same
    reading told as it happened still comes near and is escalated with its thread."""
    from dataclasses import replace

    from bot.signals.combine import FIGURE_MARGIN, SIBLING_NEAR_SHARE, judge_threads
    from bot.signals.judgement import detector
    from bot.signals.types import Signals

    model = detector()
    flag = "injury_or_health"
    grey = float(model.grey_at[model.classes.index(flag)])
    close = Verdict((), (), {**dict.fromkeys(CLASSES, 0.0), flag: round(SIBLING_NEAR_SHARE * grey + 0.01, 4)})
    n, carrying = 12, 5
    verdicts = [Verdict((flag,), (), dict.fromkeys(CLASSES, 0.0)) for _ in range(carrying)]
    verdicts += [Verdict((), (), dict.fromkeys(CLASSES, 0.0)) for _ in range(n - carrying - 2)]
    verdicts += [replace(close, figure=FIGURE_MARGIN + 0.01), replace(close, figure=FIGURE_MARGIN - 0.03)]
    question = Signals(language="en", intent="question", emotion="neutral", is_question=True)
    far = ("Sewing machine tips thread", Verdict((), (), dict.fromkeys(CLASSES, 0.0)))
    judged = judge_threads([question] * n, verdicts, ["t"] * n, {"t": far})
    figure, literal = judged[-2].signals, judged[-1].signals
    assert flag not in figure.risk and flag in figure.risk_doubt
    assert flag in literal.risk


@pytest.mark.parametrize(
    ("text", "language", "politics"),
    [
        ("I'd vote for the green one, is it in stock?", "en", False),
        ("I vote for a bigger drawer, do you make one?", "en", False),
        ("Jag röstar för mörkblått i hallen, finns den färgen?", "sv", False),
        ("Folk röstar med fötterna och köper billigare", "sv", False),
        ("Äänestän jaloillani ja vaihdan halvempaan", "fi", False),
        ("Everyone should vote for change in the election", "en", True),
        ("Vote for the Greens on Sunday, they fund bike lanes", "en", True),
        ("Jag röstar på Moderaterna i år", "sv", True),
        ("Vilka röstade för nedskärningen i fullmäktige?", "sv", True),
        ("Kuka äänestää tällaisia tyyppejä valtuustoon?", "fi", True),
    ],
)
def test_the_speakers_own_vote_for_a_thing_is_a_preference(text: str, language: str, politics: bool) -> None:
    assert ("politics" in rules.risk_flags(text, language)) is politics
