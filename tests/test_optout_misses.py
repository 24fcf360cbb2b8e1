"""eval.optout_misses (session 32, issue 18): opt-outs not recognised, put in the detector's band, and the cost of a
lower bar. Invented comments and signals, no model file, no set."""

from __future__ import annotations

from bot.signals.combine import OPT_OUT_DOUBT
from bot.signals.types import Signals
from eval.dataset import EvalComment
from eval.optout_misses import Row, band_of, cost_lines, low_cost, miss_line, summary
from eval.run import Prepared


def _row(
    text: str, *, opt_out: bool, found: bool, action: str, score: float, band: str, should_draft: bool = False
) -> Row:
    comment = EvalComment(
        id=f"c-{len(text)}",
        brand="b",
        thread_id="t",
        split="blind",
        platform="reddit",
        language="en",
        intent="question",
        risk=(),
        should_draft=should_draft,
        sarcasm=False,
        opt_out=opt_out,
        text=text,
    )
    signals = Signals(language="en", intent="question", emotion="neutral", opt_out=found)
    prepared = Prepared(comment, signals, "answer", 0.5, 0.5, True, "faq")
    return Row("judgement-x", prepared, action, band, score)


def test_a_score_falls_in_one_band_from_flag_down_to_low() -> None:
    assert band_of(0.95, 0.8, 0.9) == "flag"
    assert band_of(0.85, 0.8, 0.9) == "grey"
    assert band_of(OPT_OUT_DOUBT, 0.8, 0.9) == "doubt"
    assert band_of(OPT_OUT_DOUBT - 0.01, 0.8, 0.9) == "low"


def test_summary_counts_recognised_drafted_and_misses_by_band() -> None:
    rows = [
        _row("stop tagging me", opt_out=True, found=True, action="ignore", score=0.97, band="flag"),
        _row("brands, scroll past. is it warm?", opt_out=True, found=False, action="draft", score=0.05, band="low"),
        _row("bots stay away, any sockets?", opt_out=True, found=False, action="escalate", score=0.85, band="grey"),
        _row("how warm is it?", opt_out=False, found=False, action="draft", score=0.3, band="low", should_draft=True),
    ]
    line = summary("judgement-x", rows)
    assert "recognised   1/  3 (0.333)" in line
    assert "escalated  1 drafted 1" in line
    assert "grey=1 doubt=0 low=1" in line
    assert miss_line(rows[1]).startswith("judgement-x  low   0.05 draft")


def test_the_cost_of_a_lower_bar_counts_only_comments_not_labelled_opt_out() -> None:
    rows = [
        _row("how warm is it?", opt_out=False, found=False, action="draft", score=0.3, band="low", should_draft=True),
        _row("nice photo", opt_out=False, found=False, action="ignore", score=0.1, band="low"),
        _row("brands, scroll past. warm?", opt_out=True, found=False, action="draft", score=0.25, band="low"),
    ]
    assert "low      2 comments: drafted   1" in "\n".join(cost_lines(rows))
    (at_020,) = low_cost(rows, (0.2,))
    assert "at or over it 1; other comments newly escalated 1 (drafted now 1, should-draft 1)" in at_020
