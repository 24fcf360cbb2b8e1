"""eval.hard_groups (session 31, issue 18): each hard negative flagged or escalated sorted by the signal that did it.
Invented signals and verdicts, no model file beyond the committed detector's grey thresholds, no set."""

from __future__ import annotations

from bot.signals.combine import _grey_start
from bot.signals.judgement import CLASSES, Verdict
from eval.hard_groups import coarse, own_group, thread_group
from tests.signals.helpers import harmless, question

CALM = dict.fromkeys(CLASSES, 0.01)
MONEY = "legal_or_financial_advice"


def _verdict(
    flags: tuple[str, ...] = (), uncertain: tuple[str, ...] = (), scores: dict[str, float] | None = None
) -> Verdict:
    return Verdict(flags, uncertain, {**CALM, **(scores or {})})


def test_a_comments_own_reading_is_named_by_its_strongest_signal() -> None:
    assert own_group(question(), harmless()) is None
    assert own_group(question(), _verdict((MONEY,), scores={MONEY: 0.95})) == f"own detector_flag:{MONEY}"
    grey = _grey_start("harassment") + 0.01
    assert own_group(question(), _verdict((), ("harassment",), {"harassment": grey})) == "own detector_grey:harassment"
    # a rule's hit outranks the detector's grey band beside it
    both = own_group(question(risk=("politics",)), _verdict((), ("harassment",), {"harassment": grey}))
    assert both == "own rule:politics"


def test_an_injury_clause_in_the_grey_band_under_a_calm_whole_comment_is_the_sure_clause() -> None:
    injury = "injury_or_health"
    verdict = _verdict((), (injury,), {injury: 0.05})
    assert own_group(question(), verdict) == f"own sure_clause:{injury}"


def test_what_a_thread_passes_on_is_named_by_its_source() -> None:
    plain = ("Ask us anything", None)
    flagged = ("Ask us anything", _verdict(("minors",), scores={"minors": 0.9}))
    assert thread_group(flagged, "en", ("minors",), ()) == "thread title_detector:minors"
    assert thread_group(plain, "en", ("minors",), ()) == "thread title_grey:minors"
    assert thread_group(plain, "en", (), ("injury_or_health",)) == "thread siblings:injury_or_health"
    assert thread_group(None, "en", (), ()) == "other"


def test_coarse_groups_split_own_and_thread_and_the_figure_classes() -> None:
    assert coarse(f"own detector_flag:{MONEY}") == [
        "own *",
        "own detector_flag",
        "own * of crisis, injury, money, harassment",
    ]
    assert coarse("own rule:politics") == ["own *", "own rule"]
    assert coarse("thread siblings:minors") == ["thread *", "thread siblings"]
