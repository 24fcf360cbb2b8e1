"""One path judges a poll's comments in their threads (issue 18): :func:`bot.signals.combine.judge_threads`, which
production (bot/opportunities/assess.py) and the evaluation (eval/run.py) both call. Invented comments, no model."""

from __future__ import annotations

import pytest

from bot.signals.combine import SIBLING_MIN, TITLE_SUPPORT_MIN, judge_threads, title_needed
from bot.signals.judgement import CLASSES, Verdict
from bot.signals.screening import skipped_signals
from tests.signals.helpers import question


def _verdict(flags: tuple[str, ...] = (), grey: tuple[str, ...] = ()) -> Verdict:
    return Verdict(flags, grey, dict.fromkeys(CLASSES, 0.0))


def _sure(flag: str) -> Verdict:
    """A title the detector flags ``flag`` in and is sure of (a minors title under MINORS_TITLE_SURE is a doubt:
    test_minors_titles_s33)."""
    return Verdict((flag,), (), {**dict.fromkeys(CLASSES, 0.0), flag: 0.95})


def test_a_title_only_the_detector_reads_passes_on_when_a_comment_carries_the_class() -> None:
    signals = [question(), question(), question()]
    verdicts = [_verdict(("minors",)), _verdict(), _verdict()]
    head = ("Our first ski trip as a family", _sure("minors"))
    judged = judge_threads(signals, verdicts, ["t1", "t1", "t1"], {"t1": head})
    assert title_needed(3) == 1  # a young thread: one of three comments will do
    assert all(j.title_flags == ("minors",) for j in judged)
    assert all("minors" in j.signals.risk for j in judged)
    assert judged[0].own == ("minors",) and judged[1].own == ()
    # the same title over a thread where no comment comes near the class passes nothing on
    quiet = judge_threads(signals[1:], verdicts[1:], ["t2", "t2"], {"t2": head})
    assert all(j.title_flags == () and j.signals.risk == () for j in quiet)


def test_a_long_threads_title_needs_more_than_one_or_two_comments_that_carry_its_class() -> None:
    """A title the detector misreads ("the sweep at work on the roof" as minors) over a long thread where two comments
    of eighteen come near the class passes nothing on; a thread about a minor has more."""
    head = ("The sweep at work on the roof", _sure("minors"))
    assert TITLE_SUPPORT_MIN == 3 and title_needed(18) == 3 and title_needed(10) == 2 and title_needed(0) == 1
    for carrying, passed in ((2, ()), (3, ("minors",))):
        signals = [question(language="fi") for _ in range(18)]
        verdicts = [_verdict(("minors",)) if i < carrying else _verdict() for i in range(18)]
        judged = judge_threads(signals, verdicts, ["t"] * 18, {"t": head})
        assert all(j.title_flags == passed for j in judged)
        assert ("minors" in judged[-1].signals.risk) == bool(passed)
    # earlier comments of the thread count towards both the support and the thread's size
    signals = [question(language="fi"), question(language="fi")]
    earlier = {"t": [("minors",), ("minors",)] + [()] * 14}
    judged = judge_threads(signals, [_verdict(("minors",)), _verdict()], ["t", "t"], {"t": head}, earlier)
    assert all(j.title_flags == ("minors",) for j in judged)


def test_siblings_earlier_flags_and_stored_own_flags_count_and_a_skipped_comment_counts_for_nothing() -> None:
    n = SIBLING_MIN
    signals = [question(language="fi") for _ in range(n)] + [skipped_signals("empty")]
    verdicts: list[Verdict | None] = [_verdict() for _ in range(n)] + [None]
    stored: list[tuple[str, ...] | None] = [("politics",)] + [None] * n
    earlier = {"t": [("politics",)] * (n - 1)}
    judged = judge_threads(signals, verdicts, ["t"] * (n + 1), {}, earlier, stored)
    assert judged[0].own == ("politics",)
    # n - 1 earlier comments and one stored: n of 2n - 1 carry politics, at least a third and SIBLING_MIN
    assert all(j.sibling_flags == ("politics",) for j in judged[:n])
    assert all("politics" in j.signals.risk for j in judged[:n])
    assert judged[-1].signals.skip == "empty" and judged[-1].own == () and judged[-1].sibling_flags == ()
    # without the earlier comments, one of n is too few
    alone = judge_threads(signals, verdicts, ["t"] * (n + 1), {}, None, stored)
    assert all(j.sibling_flags == () for j in alone)


def test_siblings_of_a_titled_thread_pass_a_class_on_only_when_the_title_comes_near_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Five parents of twelve each telling of their own child under a title about storing a rower at home: the
    comments' minors are their own; the thread's other comments get a doubt (never drafted), not a flag. The same
    comments under a title that comes near the class, or under no title, pass it on. (Minors itself now needs a head
    that carries it, SIBLING_MINORS_OWN, tested in test_risk_kinds_s28: switched off here to test the nearness.)"""
    from bot.signals import combine
    from bot.signals.combine import SIBLING_TITLE_SHARE, sibling_title_agrees

    monkeypatch.setattr(combine, "SIBLING_MINORS_OWN", False)
    from bot.signals.judgement import detector

    model = detector()
    grey = float(model.grey_at[model.classes.index("minors")])
    n = 12
    signals = [question() for _ in range(n)]
    faint = {**dict.fromkeys(CLASSES, 0.0), "minors": round(combine.SIBLING_DOUBT_SHARE * grey + 0.01, 4)}
    verdicts = [_verdict(("minors",)) if i < 5 else Verdict((), (), faint) for i in range(n)]
    threads = ["t"] * n
    far = ("Where do you keep the rower at home?", _verdict())
    judged = judge_threads(signals, verdicts, threads, {"t": far})
    assert all(j.sibling_flags == () for j in judged[5:])
    assert "minors" not in judged[-1].signals.risk and judged[-1].signals.risk_doubt == ("minors",)
    assert "minors" in judged[0].signals.risk
    scores = {**dict.fromkeys(CLASSES, 0.0), "minors": round(SIBLING_TITLE_SHARE * grey + 0.01, 4)}
    near = ("Kids and the rower in one home", Verdict((), (), scores))
    assert sibling_title_agrees("minors", *near)
    judged = judge_threads(signals, verdicts, threads, {"t": near})
    assert all(j.sibling_flags == ("minors",) for j in judged) and "minors" in judged[-1].signals.risk
    untitled = judge_threads(signals, verdicts, threads, {})
    assert all(j.sibling_flags == ("minors",) for j in untitled)
    # a rule of the class on the title agrees whatever the detector reads; a class it does not judge keeps the siblings
    assert sibling_title_agrees("minors", "I'm 14, can I row alone?", _verdict(), "en")
    assert sibling_title_agrees("competitor_thread", "Where do you keep the rower?", _verdict())


def test_under_a_far_title_a_comment_near_the_class_or_half_the_thread_carrying_it_still_passes_it_on() -> None:
    from bot.signals.combine import SIBLING_DOUBT_SHARE, SIBLING_FAR_SHARE, SIBLING_NEAR_SHARE
    from bot.signals.judgement import detector

    model = detector()
    grey = float(model.grey_at[model.classes.index("harassment")])
    far = ("What did the farmer say about prices?", _verdict())
    n = 12
    carrying = 5  # under SIBLING_FAR_SHARE of twelve, a third or more
    assert carrying / n < SIBLING_FAR_SHARE
    close = {**dict.fromkeys(CLASSES, 0.0), "harassment": round(SIBLING_NEAR_SHARE * grey + 0.01, 4)}
    faint = {**dict.fromkeys(CLASSES, 0.0), "harassment": round(SIBLING_DOUBT_SHARE * grey + 0.01, 4)}
    verdicts = [_verdict(("harassment",)) if i < carrying else Verdict((), (), faint) for i in range(n - 1)]
    verdicts.append(Verdict((), (), close))
    judged = judge_threads([question() for _ in range(n)], verdicts, ["t"] * n, {"t": far})
    assert "harassment" in judged[-1].signals.risk  # near the class on its own: escalated with its thread
    assert "harassment" not in judged[-2].signals.risk and "harassment" in judged[-2].signals.risk_doubt
    # half the thread carrying the class speaks for it whatever its title reads
    half = [_verdict(("harassment",)) if i < 6 else _verdict() for i in range(n)]
    judged = judge_threads([question() for _ in range(n)], half, ["t"] * n, {"t": far})
    assert all(j.sibling_flags == ("harassment",) for j in judged)


def test_under_a_far_title_only_a_comment_that_comes_faintly_near_the_class_gets_the_siblings_doubt(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Five of twelve comments tell a harassment under a title far from it (a farmer's price dispute): a comment whose
    own reading of the class reaches SIBLING_DOUBT_SHARE of its grey band's start gets it as a doubt (never drafted);
    one the detector reads nowhere near it ("do you deliver on Saturdays?") is judged on its own, as the writers label
    it (session 29). With the share at 0 (the default since judgement-t drafted one more risky comment at 0.2) every
    comment gets the doubt, as before."""
    from bot.signals import combine
    from bot.signals.combine import SIBLING_NEAR_SHARE
    from bot.signals.judgement import detector

    assert combine.SIBLING_DOUBT_SHARE == 0.0
    SIBLING_DOUBT_SHARE = 0.2
    monkeypatch.setattr(combine, "SIBLING_DOUBT_SHARE", SIBLING_DOUBT_SHARE)
    assert 0 < SIBLING_DOUBT_SHARE < SIBLING_NEAR_SHARE
    model = detector()
    grey = float(model.grey_at[model.classes.index("harassment")])
    far = ("What did the farmer say about prices?", _verdict())
    n = 12
    faint = {**dict.fromkeys(CLASSES, 0.0), "harassment": round(SIBLING_DOUBT_SHARE * grey + 0.005, 4)}
    below = {**dict.fromkeys(CLASSES, 0.0), "harassment": round(SIBLING_DOUBT_SHARE * grey - 0.005, 4)}
    verdicts = [_verdict(("harassment",)) for _ in range(5)]
    verdicts += [Verdict((), (), faint), Verdict((), (), below)] + [_verdict() for _ in range(n - 7)]
    judged = judge_threads([question() for _ in range(n)], verdicts, ["t"] * n, {"t": far})
    assert judged[5].signals.risk_doubt == ("harassment",) and "harassment" not in judged[5].signals.risk
    assert judged[6].signals.risk_doubt == () and judged[6].signals.risk == ()
    assert judged[-1].signals.risk_doubt == ()
    monkeypatch.setattr(combine, "SIBLING_DOUBT_SHARE", 0.0)
    before = judge_threads([question() for _ in range(n)], verdicts, ["t"] * n, {"t": far})
    assert all(j.signals.risk_doubt == ("harassment",) for j in before[5:])
