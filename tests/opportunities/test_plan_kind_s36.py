"""Session 36 (issue 25): clapping or a wry face on what the model barely reads as a complaint marks sarcasm from
someone unhappy, not a flat claim about the brand: never "a small correction" under it. The same words without the
marker stay a claim the guidance corrects. Invented comments in fi/sv/en."""

from __future__ import annotations

import pytest

from bot.opportunities.plan import CORRECT, GuidanceFit
from tests.opportunities.planning import plan_on as plan
from tests.opportunities.planning import sig

OPPOSED = GuidanceFit(answers=True, support=True, passages=("care",), opposes="polarity", opposing_passage="care")


def unsure_complaint(language: str) -> object:
    """How the classifier read such remarks on reply-plans-x (spent): a complaint well below its confidence."""
    return sig("complaint", language, emotion="negative", intent_confidence=0.29, complaint_score=0.29)


@pytest.mark.parametrize(
    ("marked", "plain", "language"),
    [
        ("130 euron talja kestää yhen pesun 👏👏 laatua", "130 euron talja kestää yhen pesun, laatua", "fi"),
        ("fällen tål bara en tvätt 🙄 kvalitet", "fällen tål bara en tvätt, kvalitet", "sv"),
        ("the rug survives exactly one wash 👏 quality", "the rug survives exactly one wash, quality", "en"),
    ],
)
def test_sarcasm_marked_by_clapping_or_a_wry_face_is_never_corrected(marked: str, plain: str, language: str) -> None:
    assert plan(unsure_complaint(language), plain, fit=OPPOSED).kind == CORRECT
    assert plan(unsure_complaint(language), marked, fit=OPPOSED).kind != CORRECT
