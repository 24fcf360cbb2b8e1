"""Hard negatives escalated as risky (issue 18, session 26): an opt-out beside a figurative rule word ("I'm allergic to
sales emails") and a grey title whose support is only other grey readings. Invented comments, no model."""

from __future__ import annotations

from bot.opportunities.scoring import ScoreInput, score_opportunity
from bot.signals.combine import TITLE_SUPPORT_MIN, judge, judge_threads, title_needed
from bot.signals.judgement import CLASSES, Verdict
from tests.signals.helpers import question

CALM = dict.fromkeys(CLASSES, 0.01)


def _verdict(flags: tuple[str, ...] = (), grey: tuple[str, ...] = ()) -> Verdict:
    return Verdict(flags, grey, dict.fromkeys(CLASSES, 0.0))


def test_an_opt_out_the_detector_reads_does_not_keep_a_figurative_rule_hit() -> None:
    """ "Don't pitch me anything, I'm allergic to sales emails. Is the range open on weekends?": the allergy rule's word
    is a figure the detector gives injury 0.01; the comment is an opt-out (never drafted), not an injury to escalate."""
    allergic = question(risk=("injury_or_health",))
    for opted in (Verdict(("opt_out",), (), {**CALM, "opt_out": 0.99}), Verdict((), ("opt_out",), CALM)):
        judged = judge(allergic, opted)
        assert judged.risk == () and "injury_or_health" in judged.evidence["figurative"]
        assert score_opportunity(ScoreInput(signals=judged, answer_similarity=0.99)).action != "draft"
    assert judge(allergic, Verdict(("opt_out",), (), {**CALM, "opt_out": 0.99})).opt_out
    # a risk class the detector flags or doubts beside the opt-out still keeps the rule's word
    with_risk = Verdict(("opt_out",), ("crisis_or_tragedy",), {**CALM, "opt_out": 0.99})
    assert "injury_or_health" in judge(allergic, with_risk).risk
    # and the detector seeing the class itself keeps it, opt-out or not
    seen = Verdict(("opt_out",), (), {**CALM, "opt_out": 0.99, "injury_or_health": 0.2})
    assert judge(allergic, seen).risk == ("injury_or_health",)


def test_a_grey_title_needs_comments_that_carry_its_class_by_a_flag_or_a_crowded_thread() -> None:
    """ "Robin Hood challenge: I split an arrow with an arrow" read as harassment in the grey band, over a thread where
    two comments are flagged and one joke is grey: weak readings, nothing passed on. Three flagged comments are a
    thread about harassment and pass the title's class to every comment, and so does a thread crowded with it."""
    n = 18
    assert title_needed(n) == TITLE_SUPPORT_MIN
    head = ("Robin Hood challenge: I split an arrow with an arrow", _verdict(grey=("harassment",)))
    flagged = [_verdict(("harassment",)) for _ in range(TITLE_SUPPORT_MIN - 1)]
    weak = flagged + [_verdict(grey=("harassment",))] + [_verdict() for _ in range(n - TITLE_SUPPORT_MIN)]
    judged = judge_threads([question() for _ in range(n)], weak, ["t"] * n, {"t": head})
    assert all(j.title_flags == () for j in judged)
    assert "harassment" not in judged[-1].signals.risk
    firm = flagged + [_verdict(("harassment",))] + [_verdict() for _ in range(n - TITLE_SUPPORT_MIN)]
    judged = judge_threads([question() for _ in range(n)], firm, ["t"] * n, {"t": head})
    assert all(j.title_flags == ("harassment",) for j in judged)
    assert "harassment" in judged[-1].signals.risk
    # a thread crowded with the class (twice the support needed, doubts counted) is about it, flagged or not: a
    # father's hoarding read as injury, with two comments flagged, one grey and three near it
    near = [_verdict(("injury_or_health",)), _verdict(("injury_or_health",)), _verdict(grey=("injury_or_health",))]
    near += [Verdict((), (), dict.fromkeys(CLASSES, 0.0), doubts=("injury_or_health",)) for _ in range(3)]
    near += [_verdict() for _ in range(n - len(near))]
    hoard = ("Dad hoards – can an organiser help?", _verdict(grey=("injury_or_health",)))
    judged = judge_threads([question() for _ in range(n)], near, ["t"] * n, {"t": hoard})
    assert judged[-1].title_flags == ("injury_or_health",)
    judged = judge_threads([question() for _ in range(n)], near[:5] + near[6:] + [_verdict()], ["t"] * n, {"t": hoard})
    assert judged[-1].title_flags == ()
    # a rule hit on a comment counts as a flag
    ruled = [question(risk=("harassment",)) if i < TITLE_SUPPORT_MIN else question() for i in range(n)]
    judged = judge_threads(ruled, [_verdict() for _ in range(n)], ["t"] * n, {"t": head})
    assert judged[-1].title_flags == ("harassment",)
    # a detector-flagged title still counts its comments' grey bands
    flagged_head = ("Robin Hood challenge: I split an arrow with an arrow", _verdict(("harassment",)))
    judged = judge_threads([question() for _ in range(n)], weak, ["t"] * n, {"t": flagged_head})
    assert judged[-1].title_flags == ("harassment",)


def test_a_grey_titles_support_from_an_earlier_poll_counts_its_stored_own_risk() -> None:
    """Comments assessed in an earlier poll count what was stored of their own (flags and grey band together)."""
    n = 18
    head = ("Robin Hood challenge", _verdict(grey=("harassment",)))
    earlier = {"t": [("harassment",)] * TITLE_SUPPORT_MIN + [()] * (n - TITLE_SUPPORT_MIN - 1)}
    judged = judge_threads([question()], [_verdict()], ["t"], {"t": head}, earlier)
    assert judged[0].title_flags == ("harassment",)
