"""A title read just under its grey band passes its class on when its own comments carry that class by a rule or the
detector's flag (issue 18, session 42: combine.NEAR_TITLE_SHARE)."""

from __future__ import annotations

import pytest

from bot.signals import combine
from bot.signals.combine import _grey_start, thread_flags, title_needed
from bot.signals.judgement import CLASSES, Verdict

INJURY = "injury_or_health"


def _head(share: float, flag: str = INJURY) -> Verdict:
    """A head the detector reads at ``share`` of ``flag``'s grey band's start, with no flag or grey band of it."""
    scores = dict.fromkeys(CLASSES, 0.0)
    scores[flag] = share * _grey_start(flag)
    return Verdict((), (), scores)


TITLES = [
    ("Rankka viikko, en vieläkään usko mitä polulla tapahtui", "fi"),
    ("Tuff vecka, kan fortfarande inte tro vad som hände på leden", "sv"),
    ("Rough week, still cannot believe what happened on the trail", "en"),
]
ASKED = [
    ("Pitkä viikko takana – kokemuksia otsalampuista?", "fi"),
    ("En lång vecka bakom mig – erfarenheter av pannlampor?", "sv"),
    ("A long week behind me – anyone tried these headlamps?", "en"),
]


@pytest.mark.parametrize(("title", "language"), TITLES)
def test_a_title_just_under_its_grey_band_passes_the_class_its_comments_flag(title: str, language: str) -> None:
    assert combine.NEAR_TITLE_SHARE is not None
    near = _head(combine.NEAR_TITLE_SHARE + 0.05)
    needed = title_needed(15)
    assert thread_flags(title, near, language, support={}, needed=needed, firm={}, flagged={}) == ()
    flagged = {INJURY: needed}
    assert thread_flags(title, near, language, support=flagged, needed=needed, firm=flagged, flagged=flagged) == (
        INJURY,
    )


@pytest.mark.parametrize(("title", "language"), TITLES)
def test_a_near_title_needs_its_own_class_flagged_in_numbers(title: str, language: str) -> None:
    """Grey readings and doubts of the class, another class flagged, one comment too few, or a title reading far
    under the band pass nothing: an ordinary thread where a few people tell their own harms stays theirs."""
    assert combine.NEAR_TITLE_SHARE is not None
    near = _head(combine.NEAR_TITLE_SHARE + 0.05)
    needed = title_needed(15)
    many = {INJURY: 2 * needed}
    # the class near in the comments (grey bands and doubts), none flagged by a rule or the detector
    assert thread_flags(title, near, language, support=many, needed=needed, firm=many, flagged={}) == ()
    # another class flagged in numbers
    other = {"harassment": needed}
    assert thread_flags(title, near, language, support=other, needed=needed, firm=other, flagged=other) == ()
    # one flagged comment too few
    few = {INJURY: needed - 1}
    assert thread_flags(title, near, language, support=few, needed=needed, firm=few, flagged=few) == ()
    # the title reads too far under the grey band
    far = _head(combine.NEAR_TITLE_SHARE - 0.1)
    flagged = {INJURY: needed}
    assert thread_flags(title, far, language, support=flagged, needed=needed, firm=flagged, flagged=flagged) == ()
    # without the flagged counts (a caller that has none) a near title passes nothing, as before
    assert thread_flags(title, near, language) == ()


@pytest.mark.parametrize(("title", "language"), ASKED)
def test_an_asking_title_just_under_its_grey_band_passes_nothing(title: str, language: str) -> None:
    """A title that asks names its thread's topic: the people who tell their own harms under it are flagged one by
    one, as the writers label them."""
    assert combine.asking_title(title, language)
    assert combine.NEAR_TITLE_SHARE is not None
    near = _head(combine.NEAR_TITLE_SHARE + 0.05)
    flagged = {INJURY: 5}
    assert thread_flags(title, near, language, support=flagged, needed=3, firm=flagged, flagged=flagged) == ()


@pytest.mark.parametrize("flag", ["minors", "harassment", "politics", "legal_or_financial_advice"])
def test_only_a_harm_told_passes_from_a_near_title(flag: str) -> None:
    """Parents telling of their own children, a pile-on of insults: a title near those classes with comments flagging
    them is not a thread about them (NEAR_TITLE_CLASSES)."""
    assert flag not in combine.NEAR_TITLE_CLASSES
    assert combine.NEAR_TITLE_SHARE is not None
    near = _head(combine.NEAR_TITLE_SHARE + 0.05, flag)
    flagged = {flag: 5}
    title = "Rough week, still cannot believe what happened on the trail"
    assert flag not in thread_flags(title, near, "en", support=flagged, needed=3, firm=flagged, flagged=flagged)


def test_a_near_title_is_off_with_its_setting_and_a_condition_title_still_passes_no_injury(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert combine.NEAR_TITLE_SHARE is not None
    near = _head(combine.NEAR_TITLE_SHARE + 0.05)
    flagged = {INJURY: 3}
    title = "Rough week, still cannot believe what happened on the trail"
    assert thread_flags(title, near, "en", support=flagged, needed=3, firm=flagged, flagged=flagged) == (INJURY,)
    monkeypatch.setattr(combine, "NEAR_TITLE_SHARE", None)
    assert thread_flags(title, near, "en", support=flagged, needed=3, firm=flagged, flagged=flagged) == ()
    monkeypatch.undo()
    # a standing condition named as the thread's topic passes no injury, however its comments read
    condition = "Laktoosi-intoleranssi ja jäätelöt"
    assert combine.condition_title(condition)
    assert thread_flags(condition, near, "fi", support=flagged, needed=3, firm=flagged, flagged=flagged) == ()
