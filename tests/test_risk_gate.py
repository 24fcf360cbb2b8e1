"""eval.risk_gate (session 30, issue 18): the kinds of risky comments drafted or missed, and the draft gate fitted
leaving each writer out. Invented rows, no model, no set."""

from __future__ import annotations

import numpy as np
import pytest

from eval import risk_gate
from eval.dataset import EvalComment
from eval.risk_gate import GUARD_CLASSES, Row, fit, guarded, mechanism, totals
from eval.run import Prepared
from tests.signals.helpers import question


def _row(
    name: str = "judgement-x",
    *,
    risk: tuple[str, ...] = (),
    should_draft: bool = False,
    action: str = "draft",
    near: dict[str, float] | None = None,
    figure: str = "",
    head_near: tuple[str, ...] = (),
    sibling_share: dict[str, float] | None = None,
) -> Row:
    comment = EvalComment(
        id=f"c{id(object())}",
        brand="b",
        thread_id="t",
        split="test",
        platform="reddit",
        language="en",
        intent="question",
        risk=risk,
        should_draft=should_draft,
        sarcasm=False,
        opt_out=False,
        text="is it open on Sundays?",
    )
    ratios = np.zeros(len(GUARD_CLASSES))
    for flag, value in (near or {}).items():
        ratios[GUARD_CLASSES.index(flag)] = value
    prepared = Prepared(comment, question(), "trust", 0.9, 0.9, True, "faq")
    return Row(name, prepared, action, ratios, figure, head_near, sibling_share or {})


def test_a_risky_comment_is_sorted_by_what_let_it_through() -> None:
    injury = ("injury_or_health",)
    assert mechanism(_row(risk=injury, figure="figure", near={"injury_or_health": 0.9})) == "figure"
    assert mechanism(_row(risk=injury, figure="combine")) == "combine"
    assert mechanism(_row(risk=injury, head_near=injury)) == "thread"
    assert mechanism(_row(risk=injury, sibling_share={"injury_or_health": 0.4})) == "thread"
    assert mechanism(_row(risk=injury, sibling_share={"injury_or_health": 0.2})) == "gap"
    assert mechanism(_row(risk=injury, near={"injury_or_health": 0.6})) == "near"
    # near another class than the labelled one is no nearness to the risk
    assert mechanism(_row(risk=injury, near={"harassment": 0.9})) == "gap"


def test_the_gate_only_stops_a_would_be_draft_at_or_above_its_share() -> None:
    shares = np.full(len(GUARD_CLASSES), np.inf)
    shares[GUARD_CLASSES.index("injury_or_health")] = 0.8
    assert guarded(_row(near={"injury_or_health": 0.8}), shares)
    assert not guarded(_row(near={"injury_or_health": 0.79}), shares)
    assert not guarded(_row(near={"injury_or_health": 0.9}, action="digest"), shares)
    rows = [
        _row(risk=("injury_or_health",), near={"injury_or_health": 0.85}),
        _row(should_draft=True, near={"injury_or_health": 0.82}),
        _row(should_draft=True, near={"injury_or_health": 0.5}),
    ]
    assert totals(rows, shares) == {"risky": 1, "sd_lost": 1, "fp_saved": 1, "hard": 0, "optout": 0}


@pytest.mark.parametrize("single", [False, True])
def test_the_fit_weighs_a_risky_draft_against_the_should_draft_comments_it_costs(
    monkeypatch: pytest.MonkeyPatch, single: bool
) -> None:
    monkeypatch.setattr(risk_gate, "SINGLE", single)
    injury = GUARD_CLASSES.index("injury_or_health")
    rows = [_row(risk=("injury_or_health",), near={"injury_or_health": 0.86})]
    rows += [_row(should_draft=True, near={"injury_or_health": 0.87 + k / 100}) for k in range(3)]
    # one risky comment over three should-draft ones: stopped at weight 5, not at weight 2
    assert fit(rows, 5.0)[injury] == pytest.approx(0.85)
    assert np.isinf(fit(rows, 2.0)).all()
